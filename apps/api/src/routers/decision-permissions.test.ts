// Who may call each decision.* procedure and debate.exportArgdown, from one
// table: preparing and recording a decision is for facilitators; reading,
// exporting and the log are for every member, observers included.
import { expect } from "vitest";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import {
  describePermissionTable,
  type PermissionCase,
  teamFixture,
} from "../test/permission-table.ts";
import { openProposal } from "../test/proposal-fixtures.ts";

/**
 * #1 position (member), #2 objection to #1 (facilitator, left open), #3 the
 * claim of a consent proposal, closed; a decision recorded from it, resting
 * on #3, with #2 taken as an accepted risk.
 */
async function arrange() {
  const team = await createDebateTeam();
  const f = team.facilitator.caller;
  const debateId = await openDebate(f, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null, "Open on Fridays");
  const objection = await post(f, debateId, "objection", position.id, "Nobody comes on Fridays");
  const premise = await post(team.member.caller, debateId, "position", null, "Staff asked for it");
  const proposal = await openProposal(f, debateId, { method: "consent" });
  await f.proposal.close({ debateId, proposalId: proposal.id });
  const dispositions = [{ claimId: objection.id, disposition: "accepted_risk" as const }];
  const decision = await f.decision.record({
    debateId,
    outcome: "We open on Fridays",
    proposalId: proposal.id,
    premiseClaimIds: [premise.id],
    ownerId: team.member.user.id,
    dispositions,
  });
  return { ...team, debateId, objectionId: objection.id, dispositions, decisionId: decision.id };
}

type Fixture = Awaited<ReturnType<typeof arrange>>;

const TABLE: PermissionCase<Fixture>[] = [
  {
    procedure: "decision.prepare",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.decision.prepare({ debateId: f.debateId }),
    allowed: async (f, result) =>
      expect(result).toMatchObject({
        openObjections: [{ id: f.objectionId, number: 2, body: "Nobody comes on Fridays" }],
        closedProposals: [expect.objectContaining({ method: "consent" })],
      }),
  },
  {
    procedure: "decision.record",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) =>
      c.decision.record({
        debateId: f.debateId,
        outcome: "We also open on Saturdays",
        ownerId: f.owner.user.id,
        dispositions: f.dispositions,
      }),
    allowed: async (f, result, actor) => {
      const { id } = result as { id: string };
      const row = await testPrisma().decision.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({
        debateId: f.debateId,
        version: 1,
        outcome: "We also open on Saturdays",
        recordedById: actor.user.id,
      });
    },
  },
  {
    procedure: "decision.get",
    minimum: "observer",
    scope: "decision",
    call: (c, f) => c.decision.get({ decisionId: f.decisionId }),
    allowed: async (f, result) =>
      expect(result).toMatchObject({
        id: f.decisionId,
        outcome: "We open on Fridays",
        status: "active",
        objections: [{ number: 2, disposition: "accepted_risk" }],
      }),
  },
  {
    procedure: "decision.markdown",
    minimum: "observer",
    scope: "decision",
    call: (c, f) => c.decision.markdown({ decisionId: f.decisionId }),
    allowed: async (_f, result) => {
      const { markdown } = result as { markdown: string };
      expect(markdown).toContain("# Decision: We open on Fridays");
      expect(markdown).toContain("- #2 Nobody comes on Fridays — **Accepted risk**");
    },
  },
  {
    procedure: "decision.log",
    minimum: "observer",
    scope: "workspace",
    call: (c, f) => c.decision.log({ workspaceId: f.workspace.id }),
    allowed: async (f, result) =>
      expect(result).toEqual([
        expect.objectContaining({ id: f.decisionId, status: "active", openObjectionCount: 1 }),
      ]),
  },
  {
    procedure: "debate.exportArgdown",
    minimum: "observer",
    scope: "debate",
    call: (c, f) => c.debate.exportArgdown({ debateId: f.debateId }),
    allowed: async (_f, result) => {
      const { argdown } = result as { argdown: string };
      expect(argdown).toContain("[Position 1]: Open on Fridays\n    - [Objection 2]: Nobody");
    },
  },
];

describePermissionTable(TABLE, teamFixture(arrange));
