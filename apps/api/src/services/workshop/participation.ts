// Who has taken part in a debate — posted, voted on claims, cast ballots —
// and who has not yet: the facilitator's view of the room.
import type { PrismaClient } from "../../db.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import type { DebateAccess } from "../debates/debate-access.ts";

export async function readParticipation(prisma: PrismaClient, access: DebateAccess) {
  assertCanModerate(access, "see who has taken part");
  const debateId = access.debate.id;
  const [members, guests, posts, votes, ballots] = await Promise.all([
    prisma.membership.findMany({
      where: { workspaceId: access.debate.workspaceId, role: { not: "observer" } },
      select: { role: true, user: { select: { id: true, displayName: true } } },
    }),
    prisma.guestGrant.findMany({
      where: { debateId, removedAt: null, role: { not: "observer" } },
      select: { role: true, user: { select: { id: true, displayName: true } } },
    }),
    prisma.claim.groupBy({ by: ["authorId"], where: { debateId }, _count: { _all: true } }),
    prisma.claimVote.groupBy({ by: ["userId"], where: { debateId }, _count: { _all: true } }),
    prisma.ballot.groupBy({
      by: ["userId"],
      where: { proposal: { debateId } },
      _count: { _all: true },
    }),
  ]);
  const postsBy = new Map(posts.map((p) => [p.authorId, p._count._all]));
  const votesBy = new Map(votes.map((v) => [v.userId, v._count._all]));
  const ballotsBy = new Map(ballots.map((b) => [b.userId, b._count._all]));
  const people = [
    ...members.map((m) => ({ ...m.user, role: m.role, guest: false })),
    ...guests.map((g) => ({ ...g.user, role: g.role, guest: true })),
  ].map((person) => {
    const posted = postsBy.get(person.id) ?? 0;
    const voted = (votesBy.get(person.id) ?? 0) + (ballotsBy.get(person.id) ?? 0);
    return { ...person, posted, voted, silent: posted === 0 && voted === 0 };
  });
  return {
    people: people.sort(
      (a, b) => Number(b.silent) - Number(a.silent) || a.displayName.localeCompare(b.displayName),
    ),
    postedCount: people.filter((p) => p.posted > 0).length,
    votedCount: people.filter((p) => p.voted > 0).length,
    total: people.length,
  };
}
