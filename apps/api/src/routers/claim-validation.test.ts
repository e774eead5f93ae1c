// Bad claims and bad links are refused with a message a person can act on,
// and store nothing: no claim, no revision, no link, no claim number used up.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import {
  type ClaimKind,
  createDebateTeam,
  expectNothingStored,
  openDebate,
  post,
  readDebate,
} from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";

/** A debate with a position and an objection to it, and a second debate with a position. */
async function arrange() {
  const team = await createDebateTeam();
  const { facilitator, member } = team;
  const debateId = await openDebate(facilitator.caller, team.workspace.id);
  const position = await post(member.caller, debateId, "position", null);
  const objection = await post(member.caller, debateId, "objection", position.id);
  const otherDebateId = await openDebate(facilitator.caller, team.workspace.id);
  const elsewhere = await post(member.caller, otherDebateId, "position", null);
  return { ...team, debateId, position, objection, elsewhere };
}

type PostInput = { kind: ClaimKind; targetId: string | null; body: string };

describe("claim.post refuses bad claims", () => {
  const cases: { what: string; input: (f: Fixture) => PostInput; message: string }[] = [
    {
      what: "a target that does not exist",
      input: () => ({ kind: "objection", targetId: crypto.randomUUID(), body: "No" }),
      message: "The target claim does not exist.",
    },
    {
      what: "a target in another debate",
      input: (f: Fixture) => ({ kind: "objection", targetId: f.elsewhere.id, body: "No" }),
      message: "The target claim belongs to another debate.",
    },
    {
      what: "a position with a target",
      input: (f: Fixture) => ({ kind: "position", targetId: f.position.id, body: "Maybe" }),
      message: "A position answers the debate's question; it has no target.",
    },
    {
      what: "an objection without a target",
      input: () => ({ kind: "objection", targetId: null, body: "No" }),
      message: "An objection needs a target: the claim it objects to.",
    },
    {
      what: "a support without a target",
      input: () => ({ kind: "support", targetId: null, body: "Yes" }),
      message: "A support needs a target: the claim it supports.",
    },
    {
      what: "an empty body",
      input: () => ({ kind: "position", targetId: null, body: "   " }),
      message: "Write the claim before posting it.",
    },
    {
      what: "a body over 5000 characters",
      input: () => ({ kind: "position", targetId: null, body: "x".repeat(5001) }),
      message: "Keep a claim under 5000 characters; split longer arguments.",
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.what}`, async () => {
      const f = await arrange();
      await expectNothingStored(f.debateId, () =>
        expectTrpcError(
          f.member.caller.claim.post({ debateId: f.debateId, ...c.input(f) }),
          "BAD_REQUEST",
          c.message,
        ),
      );
      const debate = await testPrisma().debate.findUniqueOrThrow({ where: { id: f.debateId } });
      expect(debate.claimCount).toBe(2);
    });
  }

  it("accepts a body of exactly 5000 characters", async () => {
    const f = await arrange();
    const claim = await post(f.member.caller, f.debateId, "position", null, "x".repeat(5000));
    expect(claim.number).toBe(3);
  });

  it("refuses to reply to a hidden claim", async () => {
    const f = await arrange();
    await f.facilitator.caller.claim.hide({ claimId: f.objection.id });
    await expectNothingStored(f.debateId, () =>
      expectTrpcError(
        post(f.member.caller, f.debateId, "objection", f.objection.id),
        "BAD_REQUEST",
        "The target claim is hidden; reply to a visible claim.",
      ),
    );
  });
});

type Fixture = Awaited<ReturnType<typeof arrange>>;

describe("claim.link refuses bad links", () => {
  it("links an objection to a further claim once", async () => {
    const f = await arrange();
    const second = await post(f.member.caller, f.debateId, "position", null);
    const link = await f.member.caller.claim.link({ claimId: f.objection.id, toId: second.id });
    expect(link).toMatchObject({ fromId: f.objection.id, toId: second.id });
    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(f.objection.id).linkedTargetIds).toEqual([second.id]);
  });

  const cases = [
    {
      what: "a link to itself",
      toId: (f: Fixture) => f.objection.id,
      code: "BAD_REQUEST",
      message: "A claim cannot target itself.",
    },
    {
      what: "a link duplicating the primary target",
      toId: (f: Fixture) => f.position.id,
      code: "CONFLICT",
      message: "These two claims are already linked.",
    },
    {
      what: "a link to a claim in another debate",
      toId: (f: Fixture) => f.elsewhere.id,
      code: "BAD_REQUEST",
      message: "The claim to link to belongs to another debate.",
    },
    {
      what: "a link to a claim that does not exist",
      toId: () => crypto.randomUUID(),
      code: "BAD_REQUEST",
      message: "The claim to link to does not exist.",
    },
  ] as const;

  for (const c of cases) {
    it(`refuses ${c.what}`, async () => {
      const f = await arrange();
      await expectNothingStored(f.debateId, () =>
        expectTrpcError(
          f.member.caller.claim.link({ claimId: f.objection.id, toId: c.toId(f) }),
          c.code,
          c.message,
        ),
      );
    });
  }

  it("refuses a link that already exists", async () => {
    const f = await arrange();
    const second = await post(f.member.caller, f.debateId, "position", null);
    await f.member.caller.claim.link({ claimId: f.objection.id, toId: second.id });
    await expectNothingStored(f.debateId, () =>
      expectTrpcError(
        f.member.caller.claim.link({ claimId: f.objection.id, toId: second.id }),
        "CONFLICT",
        "These two claims are already linked.",
      ),
    );
  });

  it("refuses a link from a position", async () => {
    const f = await arrange();
    const second = await post(f.member.caller, f.debateId, "position", null);
    await expectNothingStored(f.debateId, () =>
      expectTrpcError(
        f.member.caller.claim.link({ claimId: f.position.id, toId: second.id }),
        "BAD_REQUEST",
        "A position has no targets; link a support or an objection.",
      ),
    );
  });

  it("refuses to unlink claims that are not linked", async () => {
    const f = await arrange();
    await expectTrpcError(
      f.member.caller.claim.unlink({ claimId: f.objection.id, toId: f.position.id }),
      "NOT_FOUND",
      "These two claims are not linked.",
    );
  });
});
