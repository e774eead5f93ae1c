// A room split in two camps, for the opinion-group and decision tests.
import type { TestCaller } from "./assertions.ts";
import { addPerson, post } from "./debate-fixtures.ts";
import { arrangeWorkshop } from "./workshop-fixtures.ts";

type Agreement = "agree" | "disagree" | "unsure";

/** Four people per camp: they agree on o2, and split on the position, o1 and s1. */
export async function arrangeTwoCamps() {
  const room = await arrangeWorkshop();
  const f = room.facilitator.caller;
  const o1 = await post(f, room.debateId, "objection", room.position.id, "It costs too much");
  const o2 = await post(f, room.debateId, "objection", room.position.id, "Clients need Fridays");
  const s1 = await post(f, room.debateId, "support", room.position.id, "People rest better");
  const extra = await Promise.all(
    Array.from({ length: 7 }, (_, i) => addPerson(room.workspace.id, "member", `voter-${i}`)),
  );
  const voters: TestCaller[] = [room.member.caller, ...extra.map((p) => p.caller)];
  const campA = voters.slice(0, 4);
  const campB = voters.slice(4);
  const vote = (caller: TestCaller, claimId: string, agreement: Agreement) =>
    caller.claim.vote({ claimId, agreement });
  for (const caller of campA) {
    await vote(caller, room.position.id, "agree");
    await vote(caller, o1.id, "disagree");
    await vote(caller, o2.id, "agree");
    await vote(caller, s1.id, "agree");
  }
  for (const caller of campB) {
    await vote(caller, room.position.id, "disagree");
    await vote(caller, o1.id, "agree");
    await vote(caller, o2.id, "agree");
    await vote(caller, s1.id, "disagree");
  }
  return { ...room, o1, o2, s1, campA, campB };
}
