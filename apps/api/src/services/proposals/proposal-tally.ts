// Counts a proposal's ballots with the pure counting module. A consent block
// counts as standing while the objection that carries it stands: merged into
// another claim, it stands with that claim; hidden by a facilitator, it still
// stands (moderation cannot silently remove a block); withdrawn by its
// author, it no longer does.
import type { Db } from "../../db.ts";
import { type Ballot, countVotes, type TallyWithTurnout } from "../../domain/voting/index.ts";
import { computeDebateStatus, loadDebateGraph } from "../debates/read-debate.ts";
import { type LoadedProposal, rulesOf } from "./proposal-access.ts";

export async function tallyProposal(db: Db, proposal: LoadedProposal): Promise<TallyWithTurnout> {
  const [rows, eligible] = await Promise.all([
    db.ballot.findMany({
      where: { proposalId: proposal.id },
      select: { choice: true, reason: true, objectionId: true },
    }),
    db.membership.count({
      where: { workspaceId: proposal.workspaceId, role: { not: "observer" } },
    }),
  ]);
  const needsLabels = rows.some((row) => row.objectionId !== null);
  const graph = needsLabels ? await loadDebateGraph(db, proposal.debateId) : null;
  const claims = new Map(graph?.claims.map((c) => [c.id, c]) ?? []);
  const status = graph ? computeDebateStatus(graph).status : null;
  const ballots = rows.map((row): Ballot => {
    const choice = row.choice as Ballot;
    if (choice.method !== "consent") return choice;
    const label =
      row.objectionId && status ? blockLabel(status, claims, row.objectionId) : undefined;
    return { ...choice, reason: row.reason, blockStands: label === "in" };
  });
  return countVotes(rulesOf(proposal), ballots, eligible);
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
