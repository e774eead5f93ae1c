// Locking a thread: a facilitator stops new replies beneath a claim — to it
// and to everything below it — until the thread is unlocked. Each lock and
// unlock is an event.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import {
  createDebateTeam,
  expectNothingStored,
  openDebate,
  post,
} from "../test/debate-fixtures.ts";
import { countDebateEvents, debateEvents } from "../test/workshop-fixtures.ts";

const LOCKED = "This thread is locked by a facilitator: it takes no new replies.";

/** #1 position, #2 objection to #1, #3 rebuttal of #2, #4 support of #3, #5 another objection to #1. */
async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const m = team.member.caller;
  const p1 = await post(m, debateId, "position", null, "Adopt it");
  const o2 = await post(m, debateId, "objection", p1.id, "Costs");
  const r3 = await post(m, debateId, "objection", o2.id, "Costs are small");
  const s4 = await post(m, debateId, "support", r3.id, "See the budget");
  const o5 = await post(m, debateId, "objection", p1.id, "Clients");
  return { ...team, debateId, p1, o2, r3, s4, o5 };
}

describe("locked threads", () => {
  it("refuse replies to the locked claim and to every claim beneath it", async () => {
    const { facilitator, member, debateId, o2, r3, s4 } = await arrange();
    await facilitator.caller.workshop.lockThread({ claimId: o2.id });
    for (const target of [o2, r3, s4]) {
      for (const kind of ["objection", "support"] as const) {
        await expectNothingStored(debateId, () =>
          expectTrpcError(
            member.caller.claim.post({ debateId, kind, targetId: target.id, body: "More" }),
            "CONFLICT",
            LOCKED,
          ),
        );
      }
    }
    // Facilitators are held to the lock too, until they lift it.
    await expectTrpcError(
      facilitator.caller.claim.post({ debateId, kind: "objection", targetId: s4.id, body: "x" }),
      "CONFLICT",
      LOCKED,
    );
  });

  it("leave the claims above and beside the locked one open", async () => {
    const { facilitator, member, debateId, p1, o2, o5 } = await arrange();
    await facilitator.caller.workshop.lockThread({ claimId: o2.id });
    const beside = await post(member.caller, debateId, "objection", o5.id, "Clients stay");
    const above = await post(member.caller, debateId, "support", p1.id, "Pilots worked");
    expect([beside.number, above.number]).toEqual([6, 7]);
  });

  it("take replies again once unlocked, and each change is an event", async () => {
    const { facilitator, member, debateId, o2, s4 } = await arrange();
    const before = (await debateEvents(debateId)).length;
    await facilitator.caller.workshop.lockThread({ claimId: o2.id });
    const read = await member.caller.debate.get({ debateId });
    expect(read.claims.find((c) => c.id === o2.id)?.lockedAt).toEqual(expect.any(String));
    await facilitator.caller.workshop.unlockThread({ claimId: o2.id });
    const reply = await post(member.caller, debateId, "objection", s4.id, "Budget is old");
    expect(reply.number).toBe(6);
    const added = (await debateEvents(debateId)).slice(before);
    expect(
      added.map(({ type, subjectId, data, actorId }) => ({ type, subjectId, data, actorId })),
    ).toEqual([
      {
        type: "thread.locked",
        subjectId: o2.id,
        data: { number: 2 },
        actorId: facilitator.user.id,
      },
      {
        type: "thread.unlocked",
        subjectId: o2.id,
        data: { number: 2 },
        actorId: facilitator.user.id,
      },
      expect.objectContaining({ type: "claim.posted", subjectId: expect.any(String) }),
    ]);
  });

  it("refuse locking twice and unlocking an open thread, writing nothing", async () => {
    const { facilitator, debateId, p1, o2 } = await arrange();
    await facilitator.caller.workshop.lockThread({ claimId: o2.id });
    const events = await countDebateEvents(debateId);
    await expectTrpcError(
      facilitator.caller.workshop.lockThread({ claimId: o2.id }),
      "CONFLICT",
      "This thread is already locked.",
    );
    await expectTrpcError(
      facilitator.caller.workshop.unlockThread({ claimId: p1.id }),
      "CONFLICT",
      "This thread is not locked.",
    );
    expect(await countDebateEvents(debateId)).toBe(events);
  });
});
