// debate.opinionGroups: the cached groups, cut to what this reader may see,
// joined with the debate's unanswered objections from its argument status.
import type { PrismaClient } from "../../db.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { DomainError } from "../../domain/domain-error.ts";
import {
  hiddenOpinionGroups,
  type OpinionGroupsView,
  presentOpinionGroups,
} from "../../domain/opinion-groups/index.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import { computeDebateStatus, loadDebateGraph } from "../debates/read-debate.ts";
import { currentOpinionGroups } from "./opinion-group-snapshot.ts";

export async function readOpinionGroups(
  prisma: PrismaClient,
  access: DebateAccess,
  freshForMs?: number,
): Promise<OpinionGroupsView> {
  const debate = await prisma.debate.findUniqueOrThrow({
    where: { id: access.debate.id },
    select: { guestsSeeGroups: true, hideTallies: true, phase: true },
  });
  if (access.guest && !debate.guestsSeeGroups) {
    throw new DomainError(
      "FORBIDDEN",
      "The facilitator has not opened this debate's opinion groups to guests.",
    );
  }
  // Groups are read from votes: while tallies are hidden, so are they.
  if (!canSeeTallies(access.role, debate)) return hiddenOpinionGroups("hidden-until-results");
  const [snapshot, graph] = await Promise.all([
    currentOpinionGroups(prisma, access.debate.id, freshForMs),
    loadDebateGraph(prisma, access.debate.id),
  ]);
  const { status } = computeDebateStatus(graph);
  const numberById = new Map(graph.claims.map((claim) => [claim.id, claim.number]));
  const openObjectionIds = [...status.unansweredObjectionIds].sort(
    (a, b) => (numberById.get(a) ?? 0) - (numberById.get(b) ?? 0),
  );
  return presentOpinionGroups(
    snapshot.result,
    snapshot.computedAt,
    access.userId,
    openObjectionIds,
  );
}
