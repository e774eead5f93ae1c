// Who may vote on a claim and take a vote back, from one table: signed-out
// callers are refused, strangers and other workspaces learn nothing, an
// observer is forbidden, and a member gets their way.
import { expect } from "vitest";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import {
  describePermissionTable,
  type PermissionCase,
  teamFixture,
} from "../test/permission-table.ts";

/** A debate with #1 position and #2 support of it; owner, facilitator and member agree with #1. */
async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null);
  const support = await post(team.facilitator.caller, debateId, "support", position.id);
  for (const role of ["owner", "facilitator", "member"] as const) {
    await team[role].caller.claim.vote({ claimId: position.id, agreement: "agree" });
  }
  return { ...team, debateId, positionId: position.id, supportId: support.id };
}

type Fixture = Awaited<ReturnType<typeof arrange>>;

const votesOn = (claimId: string) =>
  testPrisma().claimVote.findMany({
    where: { claimId },
    select: { userId: true, agreement: true, impact: true },
  });

const TABLE: PermissionCase<Fixture>[] = [
  {
    procedure: "claim.vote",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.vote({ claimId: f.supportId, agreement: "unsure", impact: 3 }),
    allowed: async (f, result, actor) => {
      expect(result).toEqual({ agreement: "unsure", impact: 3 });
      expect(await votesOn(f.supportId)).toEqual([
        { userId: actor.user.id, agreement: "unsure", impact: 3 },
      ]);
    },
  },
  {
    procedure: "claim.unvote",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.unvote({ claimId: f.positionId }),
    allowed: async (f, result, actor) => {
      expect(result).toEqual({ ok: true });
      const left = (await votesOn(f.positionId)).map((v) => v.userId);
      expect(left).toHaveLength(2);
      expect(left).not.toContain(actor.user.id);
    },
  },
];

describePermissionTable(TABLE, teamFixture(arrange));
