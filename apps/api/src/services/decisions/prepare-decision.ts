// What the decision form walks through: the objections unanswered right
// now, the closed proposals, and the claims a decision may rest on.
import type { PrismaClient } from "../../db.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import { computeDebateStatus, loadDebateGraph } from "../debates/read-debate.ts";
import { objectionGroupSplits } from "../opinion-groups/objection-group-splits.ts";

export async function prepareDecision(db: PrismaClient, access: DebateAccess) {
  const [graph, proposals, members] = await Promise.all([
    loadDebateGraph(db, access.debate.id),
    db.proposal.findMany({
      where: { debateId: access.debate.id, closedAt: { not: null } },
      orderBy: { closedAt: "desc" },
      select: { id: true, title: true, method: true, closedAt: true, result: true, claimId: true },
    }),
    db.membership.findMany({
      where: { workspaceId: access.debate.workspaceId, role: { not: "observer" } },
      select: { user: { select: { id: true, displayName: true } } },
    }),
  ]);
  const { status } = computeDebateStatus(graph);
  // Facilitators prepare decisions, and they always see tallies: no hidden-tally check here.
  const splits = await objectionGroupSplits(db, access.debate.id, status.unansweredObjectionIds);
  const byId = new Map(graph.claims.map((c) => [c.id, c]));
  const brief = (id: string) => {
    const claim = byId.get(id)!;
    return {
      id,
      number: claim.number,
      kind: claim.kind,
      body: claim.body,
      status: status.statusOf(id)?.status ?? null,
      parkReason: claim.parkedAt ? claim.parkReason : null,
    };
  };
  return {
    openObjections: status.unansweredObjectionIds
      .map((id) => ({ ...brief(id), groupSplit: splits.get(id) ?? null }))
      .sort((a, b) => a.number - b.number),
    candidatePremises: status.claims
      // Standing positions and supports; a proposal is chosen as such, never as a premise.
      .filter((c) => c.label === "in" && (c.role === "position" || c.role === "support"))
      .map((c) => brief(c.claimId)),
    closedProposals: proposals,
    possibleOwners: members.map((m) => m.user),
  };
}
