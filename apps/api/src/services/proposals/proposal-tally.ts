// Counts a proposal's ballots with the pure counting module. A consent block
// counts as standing while the objection that carries it stands.
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
  const status = needsLabels
    ? computeDebateStatus(await loadDebateGraph(db, proposal.debateId)).status
    : null;
  const ballots = rows.map((row): Ballot => {
    const choice = row.choice as Ballot;
    if (choice.method !== "consent") return choice;
    const label = row.objectionId ? status?.statusOf(row.objectionId)?.label : undefined;
    return { ...choice, reason: row.reason, blockStands: label === "in" };
  });
  return countVotes(rulesOf(proposal), ballots, eligible);
}
