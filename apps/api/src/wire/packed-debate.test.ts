// The packed debate read gives back exactly what was packed, for real reads
// of a debate with every feature (links, resolutions, merges, hidden and
// withdrawn claims, votes), as each role reads it; and it is smaller.
import { describe, expect, it } from "vitest";
import { buildRichDebate, createDebateTeam } from "../test/debate-fixtures.ts";
import { isPackedDebate, packDebateView, unpackDebateView } from "./packed-debate.ts";

/** What the wire carries: JSON text, parsed again on the other side. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("packed debate reads", () => {
  it("unpack to exactly the read that was packed, for every role", async () => {
    const team = await createDebateTeam();
    const { debateId, claims } = await buildRichDebate(team);
    await team.member.caller.claim.vote({ claimId: claims.c1.id, agreement: "agree" });
    await team.owner.caller.claim.vote({ claimId: claims.c4.id, agreement: "agree", impact: 4 });
    await team.facilitator.caller.claim.vote({ claimId: claims.c4.id, agreement: "disagree" });
    for (const role of ["owner", "facilitator", "member", "observer"] as const) {
      const read = overTheWire(await team[role].caller.debate.get({ debateId }));
      const packed = overTheWire(packDebateView(read));
      expect(isPackedDebate(packed)).toBe(true);
      expect(isPackedDebate(read)).toBe(false);
      expect(unpackDebateView(packed)).toEqual(read);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(read).length);
    }
  });

  it("sends references to claims as numbers and keeps anything else as it was", () => {
    const claim = (n: number, target: string | null) => ({
      id: `id-${n}`,
      number: n,
      targetId: target,
      linkedTargetIds: n === 3 ? ["id-1", "elsewhere"] : [],
      tally: n % 2 === 0 ? { agree: 1 } : null,
    });
    const read = {
      debate: { id: "d" },
      claims: Array.from({ length: 12 }, (_, i) => claim(i + 1, i === 0 ? null : "id-1")),
      unansweredObjectionIds: ["id-2", "id-3"],
    };
    const packed = overTheWire(packDebateView(read));
    expect(packed.unansweredObjectionIds).toEqual([2, 3]);
    expect(JSON.stringify(packed)).not.toContain('"id-1","id-1"');
    const back = unpackDebateView(packed);
    expect(back).toEqual(read);
    // Rows get their own copies of a shared dictionary value.
    expect(back.claims[1]!.tally).toEqual(back.claims[3]!.tally);
    expect(back.claims[1]!.tally).not.toBe(back.claims[3]!.tally);
  });

  it("keeps a text apart from the list its characters spell", () => {
    // "[]" as text in some rows, an empty list in others, "[1]" and [1] alike: five values.
    const some = ["[]", [], "[1]", [1], null, "[]", [], [1], "[1]", [], "[]", null];
    const values = [...some, ...some];
    const read = {
      claims: values.map((note, i) => ({ id: `id-${i}`, number: i + 1, note })),
      unansweredObjectionIds: [],
    };
    const packed = overTheWire(packDebateView(read));
    expect(packed.claims.columns.note).toHaveProperty("dictionary");
    expect(unpackDebateView(packed)).toEqual(read);
  });

  it("packs an empty debate", () => {
    const read = { debate: { id: "d" }, claims: [], unansweredObjectionIds: [] };
    expect(unpackDebateView(overTheWire(packDebateView(read)))).toEqual(read);
  });
});
