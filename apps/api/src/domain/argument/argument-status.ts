import type { ClaimAttackGraph } from "./attack-graph.ts";
import { buildClaimAttackGraph, findNodeIndex } from "./attack-graph.ts";
import {
  decodeLabel,
  flagConcededObjections,
  IN,
  labelGroundedIndexed,
  OUT,
} from "./grounded-labels.ts";
import type { ArgumentClaim, ArgumentLink, DisplayStatus, Label } from "./types.ts";
import { isConcededObjection } from "./types.ts";

export interface ClaimStatus {
  claimId: string;
  label: Label;
  status: DisplayStatus;
  /** An objection that stands (`in`) and has no resolution. */
  unanswered: boolean;
  /** How many unanswered objections attack this claim directly (target or extra link). */
  unansweredCount: number;
}

export interface ArgumentStatus {
  /** One entry per visible claim, in input order. */
  claims: ClaimStatus[];
  /** Ids of the unanswered objections, in input order. */
  unansweredObjectionIds: string[];
  /** The status of one claim; undefined when it is unknown or takes no part. */
  statusOf(claimId: string): ClaimStatus | undefined;
}

function displayStatus(claim: ArgumentClaim, code: number): DisplayStatus {
  if (isConcededObjection(claim)) return "conceded";
  if (code === IN) return "stands";
  if (code === OUT) return "answered";
  return "undecided";
}

/** Argument status of a debate whose attack graph is already built. */
export function computeArgumentStatusOfGraph(graph: ClaimAttackGraph): ArgumentStatus {
  const { size, claims, ids, targetStart, targets } = graph;
  const codes = labelGroundedIndexed(graph, flagConcededObjections(claims));
  const unanswered = new Uint8Array(size);
  const unansweredCount = new Int32Array(size);
  const unansweredObjectionIds: string[] = [];

  for (let i = 0; i < size; i++) {
    const claim = claims[i]!;
    if (claim.kind !== "objection" || codes[i] !== IN || claim.resolution !== null) continue;
    unanswered[i] = 1;
    unansweredObjectionIds.push(ids[i]!);
    const end = targetStart[i + 1]!;
    for (let k = targetStart[i]!; k < end; k++) unansweredCount[targets[k]!]!++;
  }

  // An array indexed like the graph; lookups by id reuse the graph's index
  // rather than building a second Map (a Map of 10^5 entries costs ~20 ms).
  const statuses: ClaimStatus[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const code = codes[i]!;
    statuses[i] = {
      claimId: ids[i]!,
      label: decodeLabel(code),
      status: displayStatus(claims[i]!, code),
      unanswered: unanswered[i] === 1,
      unansweredCount: unansweredCount[i]!,
    };
  }
  return {
    claims: statuses,
    unansweredObjectionIds,
    statusOf: (claimId) => statuses[findNodeIndex(graph, claimId)],
  };
}

/**
 * Label, display status and unanswered objections of every visible claim of
 * a debate. Linear in claims + links.
 */
export function computeArgumentStatus(
  claims: readonly ArgumentClaim[],
  links: readonly ArgumentLink[],
): ArgumentStatus {
  return computeArgumentStatusOfGraph(buildClaimAttackGraph(claims, links));
}
