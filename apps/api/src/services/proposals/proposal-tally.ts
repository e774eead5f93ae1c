// Counts a proposal's ballots with the pure counting module. A consent block
// counts as standing while the objection that carries it stands: merged into
// another claim, it stands with that claim; hidden by a facilitator, it still
// stands (moderation cannot silently remove a block); withdrawn by its
// author, it no longer does.

import type { Db } from "../../db.ts";
import {
  type Ballot,
  countVotesApart,
  type Electorate,
  type TallyApart,
} from "../../domain/voting/index.ts";
import { computeDebateStatus, loadDebateGraph } from "../debates/read-debate.ts";
import { type LoadedProposal, rulesOf } from "./proposal-access.ts";
import { readBallot } from "./proposal-json.ts";

/**
 * The combined result decides (members and, where the proposal lets them,
 * guests); members' and guests' ballots are also counted apart for display.
 */
export async function tallyProposal(db: Db, proposal: LoadedProposal): Promise<TallyApart> {
  const [rows, electorate] = await Promise.all([
    db.ballot.findMany({
      where: { proposalId: proposal.id },
      select: {
        choice: true,
        reason: true,
        objectionId: true,
        user: { select: { isGuest: true } },
      },
    }),
    countElectorate(db, proposal),
  ]);
  const needsLabels = rows.some((row) => row.objectionId !== null);
  const graph = needsLabels ? await loadDebateGraph(db, proposal.debateId) : null;
  const claims = new Map(graph?.claims.map((c) => [c.id, c]) ?? []);
  const status = graph ? computeDebateStatus(graph).status : null;
  // A row whose choice is not a ballot (none are written so) counts as no ballot.
  const ballots = rows.flatMap((row) => {
    const guest = row.user.isGuest;
    const choice = readBallot(row.choice);
    if (!choice) return [];
    if (choice.method !== "consent") return { ballot: choice, guest };
    const label =
      row.objectionId && status ? blockLabel(status, claims, row.objectionId) : undefined;
    const ballot: Ballot = { ...choice, reason: row.reason, blockStands: label === "in" };
    return { ballot, guest };
  });
  return countVotesApart(rulesOf(proposal), ballots, electorate, proposal.guestsMayVote);
}

/** Members who may vote (not observers), and this debate's guests who may, not removed. */
async function countElectorate(db: Db, proposal: LoadedProposal): Promise<Electorate> {
  const [votingMembers, votingGuests] = await Promise.all([
    db.membership.count({
      where: { workspaceId: proposal.workspaceId, role: { not: "observer" } },
    }),
    db.guestGrant.count({
      where: { debateId: proposal.debateId, removedAt: null, role: { not: "observer" } },
    }),
  ]);
  return { votingMembers, votingGuests };
}

type ClaimFacts = { moderation: string; mergedIntoId: string | null };

function blockLabel(
  status: ReturnType<typeof computeDebateStatus>["status"],
  claims: ReadonlyMap<string, ClaimFacts>,
  objectionId: string,
): string | undefined {
  let id = objectionId;
  for (let hops = 0; hops < 100; hops++) {
    const claim = claims.get(id);
    if (!claim) return undefined;
    if (claim.moderation === "merged" && claim.mergedIntoId) id = claim.mergedIntoId;
    else if (claim.moderation === "hidden") return "in";
    else return status.statusOf(id)?.label;
  }
  return undefined;
}
