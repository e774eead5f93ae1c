// Who may call each proposal.* procedure, from one table. Putting a proposal
// to the group is for facilitators, and for members too only when the debate
// says so (membersMayPropose): both settings have their own row.
import { expect } from "vitest";
import { createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import {
  describePermissionTable,
  type PermissionCase,
  teamFixture,
} from "../test/permission-table.ts";
import { openProposal } from "../test/proposal-fixtures.ts";

/** A debate with one open consent proposal, on which the owner has agreed. */
async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const proposal = await openProposal(team.facilitator.caller, debateId, {
    method: "consent",
    title: "Pilot the four-day week",
  });
  await team.owner.caller.proposal.vote({
    debateId,
    proposalId: proposal.id,
    ballot: { method: "consent", choice: "agree" },
  });
  return { ...team, debateId, proposalId: proposal.id };
}

type Fixture = Awaited<ReturnType<typeof arrange>>;

const allowMembersToPropose = (f: Fixture) =>
  testPrisma()
    .debate.update({ where: { id: f.debateId }, data: { membersMayPropose: true } })
    .then(() => undefined);

const createCall: PermissionCase<Fixture>["call"] = (c, f) =>
  c.proposal.create({
    debateId: f.debateId,
    title: "Hire a designer",
    method: "single_choice",
    options: ["Now", "Next year"],
    closesAt: new Date(Date.now() + 60_000),
  });

const createAllowed: PermissionCase<Fixture>["allowed"] = async (f, result, actor) => {
  const { id } = result as { id: string };
  const row = await testPrisma().proposal.findUniqueOrThrow({
    where: { id },
    select: { debateId: true, createdById: true, title: true, claim: { select: { kind: true } } },
  });
  expect(row).toEqual({
    debateId: f.debateId,
    createdById: actor.user.id,
    title: "Hire a designer",
    claim: { kind: "proposal" },
  });
};

const TABLE: PermissionCase<Fixture>[] = [
  {
    procedure: "proposal.list",
    minimum: "observer",
    scope: "debate",
    call: (c, f) => c.proposal.list({ debateId: f.debateId }),
    allowed: async (f, result) =>
      expect(result).toEqual([
        expect.objectContaining({
          id: f.proposalId,
          title: "Pilot the four-day week",
          status: "open",
          ballotCount: 1,
          myBallot: null,
        }),
      ]),
  },
  {
    procedure: "proposal.create (members may propose)",
    minimum: "member",
    scope: "debate",
    setup: allowMembersToPropose,
    call: createCall,
    allowed: createAllowed,
  },
  {
    procedure: "proposal.create (facilitators only, the default)",
    minimum: "facilitator",
    scope: "debate",
    forbidden: { observer: "Only a member or above can put proposals to the group." },
    call: createCall,
    allowed: createAllowed,
  },
  {
    procedure: "proposal.vote",
    minimum: "member",
    scope: "debate",
    call: (c, f) =>
      c.proposal.vote({
        debateId: f.debateId,
        proposalId: f.proposalId,
        ballot: { method: "consent", choice: "abstain" },
      }),
    allowed: async (f, result, actor) => {
      expect(result).toEqual({ objectionId: null });
      const ballot = await testPrisma().ballot.findUniqueOrThrow({
        where: { proposalId_userId: { proposalId: f.proposalId, userId: actor.user.id } },
      });
      expect(ballot.choice).toMatchObject({ method: "consent", choice: "abstain" });
    },
  },
  {
    procedure: "proposal.close",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.proposal.close({ debateId: f.debateId, proposalId: f.proposalId }),
    allowed: async (f, result) => {
      expect(result).toMatchObject({ id: f.proposalId, closedAt: expect.any(Date) });
      const row = await testPrisma().proposal.findUniqueOrThrow({ where: { id: f.proposalId } });
      expect(row.result).toMatchObject({ method: "consent", outcome: "consented", ballots: 1 });
    },
  },
];

describePermissionTable(TABLE, teamFixture(arrange));
