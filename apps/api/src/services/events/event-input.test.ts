// recordEvent takes only the data its event type carries: a wrong shape or an
// unknown type does not compile (`npx tsc` checks the expectations below).
import { describe, expect, it } from "vitest";
import type { EventInput } from "./record-event.ts";

const scope = { workspaceId: "w", actorId: null };

describe("an event's input", () => {
  it("is typed by its event type", () => {
    const right: EventInput = { ...scope, type: "claim.withdrawn", data: { number: 3 } };
    // @ts-expect-error: a withdrawn claim's event carries its number, nothing else.
    const wrongField: EventInput = { ...scope, type: "claim.withdrawn", data: { num: 3 } };
    // @ts-expect-error: the number is a number.
    const wrongValue: EventInput = { ...scope, type: "vote.cast", data: { number: "3" } };
    // @ts-expect-error: a type nobody defined.
    const unknown: EventInput = { ...scope, type: "claim.vanished", data: {} };
    const wrongKind: EventInput = {
      ...scope,
      type: "objection.resolved",
      // @ts-expect-error: a resolution kind from the vocabulary only.
      data: { number: 1, kind: "dismissed", note: "" },
    };
    const otherData: EventInput = {
      ...scope,
      type: "claim.withdrawn",
      // @ts-expect-error: another type's data (a link's) does not fit a withdrawal.
      data: { fromId: "a", toId: "b" },
    };
    const noData: EventInput = { ...scope, type: "debate.archived" };
    expect(
      [right, wrongField, wrongValue, unknown, wrongKind, otherData, noData].map((e) => e.type),
    ).toHaveLength(7);
  });
});
