import type { ClaimAttackGraph } from "./attack-graph.ts";
import { buildClaimAttackGraph, findNodeIndex, findNodeIndexByNumber } from "./attack-graph.ts";
import { UNRESOLVED } from "./claim-columns.ts";
import { AGAINST, computeClaimSides, roleOf, sideName } from "./claim-sides.ts";
import {
  decodeLabel,
  flagConcededObjections,
  IN,
  labelGroundedIndexed,
  OUT,
} from "./grounded-labels.ts";
import type {
  ArgumentClaim,
  ArgumentLink,
  ArgumentRole,
  DisplayStatus,
  Label,
  Side,
} from "./types.ts";
import { isConcededObjection } from "./types.ts";

export interface ClaimStatus {
  claimId: string;
  label: Label;
  status: DisplayStatus;
  side: Side;
  role: ArgumentRole;
  /** The position or proposal at the root of the claim's tree; null for an orphan. */
  rootId: string | null;
  /** An objection (never a rebuttal) that stands and has no resolution. */
  unanswered: boolean;
  /** Unanswered, although it was answered once: an answer to it was countered. */
  reopened: boolean;
  /** For a reopened objection: the standing counter-rebuttals to answer to close it again. */
  answerNextIds: readonly string[];
  /** How many unanswered objections attack this claim directly (target or extra link). */
  unansweredCount: number;
}

export interface ArgumentStatus {
  /** One entry per visible claim, in input order (made on first use). */
  readonly claims: ClaimStatus[];
  /** Ids of the unanswered objections (parked ones included), in input order. */
  unansweredObjectionIds: string[];
  /** The status of one claim; undefined when it is unknown or takes no part. */
  statusOf(claimId: string): ClaimStatus | undefined;
  /** The same by claim number, without an id lookup (claims given with numbers). */
  statusOfNumber(claimNumber: number): ClaimStatus | undefined;
}

function displayStatus(claim: ArgumentClaim, code: number, side: number, open: boolean) {
  if (isConcededObjection(claim)) return "conceded";
  if (open && claim.parked === true) return "parked";
  if (code === IN) return "stands";
  if (code === OUT) return side === AGAINST ? "answered" : "challenged";
  return "undecided";
}

/**
 * The counter-rebuttals that reinstated an objection: the standing attackers
 * of its (defeated) attackers, each once, in node order.
 */
function findAnswersToGive(graph: ClaimAttackGraph, codes: Uint8Array, node: number): string[] {
  const { attackerStart, attackers } = graph;
  const found: number[] = [];
  for (let k = attackerStart[node]!; k < attackerStart[node + 1]!; k++) {
    const answer = attackers[k]!;
    for (let m = attackerStart[answer]!; m < attackerStart[answer + 1]!; m++) {
      const counter = attackers[m]!;
      if (codes[counter] === IN && !found.includes(counter)) found.push(counter);
    }
  }
  return found.sort((a, b) => a - b).map((n) => graph.inputClaims[n]!.id);
}

// Shared by every claim with nothing to answer next (most of them): no allocation per claim.
const NONE: readonly string[] = [];

/** Argument status of a debate whose attack graph is already built. */
export function computeArgumentStatusOfGraph(graph: ClaimAttackGraph): ArgumentStatus {
  // Node i is input claim i (claims that take no part have no attacks).
  const { size, inputClaims, targetStart, targets, attackerCounts } = graph;
  const codes = labelGroundedIndexed(graph, flagConcededObjections(graph));
  const { kinds, resolutions, visible } = graph.columns;
  const { sides, roots, objections } = computeClaimSides(kinds, graph.targetOfInput);
  const unanswered = new Uint8Array(size);
  const unansweredCount = new Int32Array(size);
  const unansweredObjectionIds: string[] = [];

  for (let i = 0; i < size; i++) {
    if (objections[i] !== 1 || codes[i] !== IN || resolutions[i] !== UNRESOLVED) continue;
    if (visible[i] === 0) continue;
    unanswered[i] = 1;
    unansweredObjectionIds.push(inputClaims[i]!.id);
    const end = targetStart[i + 1]!;
    for (let k = targetStart[i]!; k < end; k++) unansweredCount[targets[k]!]!++;
  }

  // Statuses are computed above as typed columns; the objects people's code
  // reads are made on demand (a read asks for each once), so a caller that
  // needs only the unanswered list or a few claims pays for no more.
  const statusAt = (i: number): ClaimStatus => {
    const code = codes[i]!;
    const claim = inputClaims[i]!;
    const open = unanswered[i] === 1;
    // Every attacker of a standing, unresolved claim is out: having any means it was answered once.
    const reopened = open && attackerCounts[i]! > 0;
    const root = roots[i]!;
    return {
      claimId: claim.id,
      label: decodeLabel(code),
      status: displayStatus(claim, code, sides[i]!, open),
      side: sideName(sides[i]!),
      role: roleOf(claim, objections[i] === 1),
      rootId: root < 0 ? null : inputClaims[root]!.id,
      unanswered: open,
      reopened,
      answerNextIds: reopened ? findAnswersToGive(graph, codes, i) : NONE,
      unansweredCount: unansweredCount[i]!,
    };
  };
  // One entry per visible claim, in input order; `byInput` finds a claim's entry.
  let all: ClaimStatus[] | undefined;
  let byInput: (ClaimStatus | undefined)[] | undefined;
  const build = () => {
    const made: ClaimStatus[] = [];
    const madeByInput = new Array<ClaimStatus | undefined>(size);
    for (let i = 0; i < size; i++) {
      if (visible[i] === 0) continue;
      const status = statusAt(i);
      madeByInput[i] = status;
      made.push(status);
    }
    byInput = madeByInput;
    all = made;
    return made;
  };
  const at = (i: number) => (i < 0 ? undefined : (byInput?.[i] ?? statusAt(i)));
  return {
    get claims() {
      return all ?? build();
    },
    unansweredObjectionIds,
    statusOf: (claimId) => at(findNodeIndex(graph, claimId)),
    statusOfNumber: (claimNumber) => at(findNodeIndexByNumber(graph, claimNumber)),
  };
}

/**
 * Label, display status, side and unanswered objections of every visible
 * claim of a debate. Linear in claims + links.
 */
export function computeArgumentStatus(
  claims: readonly ArgumentClaim[],
  links: readonly ArgumentLink[],
): ArgumentStatus {
  return computeArgumentStatusOfGraph(buildClaimAttackGraph(claims, links));
}
