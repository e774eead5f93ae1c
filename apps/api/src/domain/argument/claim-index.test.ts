// The numbered path (claims and links carrying claim numbers) must give
// exactly what the id path gives; it only avoids the hashing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeArgumentStatus } from "./argument-status.ts";
import { ArgumentError } from "./errors.ts";
import type { ArgumentClaim, ArgumentLink } from "./types.ts";

type Drawn = { claims: ArgumentClaim[]; links: ArgumentLink[] };

const debateArb = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc
    .record({
      claims: fc.array(
        fc.record({
          kind: fc.constantFrom("position", "proposal", "support", "objection", "objection"),
          target: fc.option(fc.nat(n + 1)), // n and n + 1 name claims that are not there
          moderation: fc.constantFrom("visible", "visible", "visible", "hidden", "withdrawn"),
          resolution: fc.constantFrom(null, null, "conceded", "out_of_scope"),
          parked: fc.boolean(),
        }),
        { minLength: n, maxLength: n },
      ),
      links: fc.array(fc.record({ from: fc.nat(n + 1), to: fc.nat(n + 1) }), { maxLength: 2 * n }),
      // Numbers as the database gives them: dense from 1, in any input order.
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    })
    .map(({ claims, links, order }): Drawn => {
      const numberOf = (i: number) => i + 1;
      const all = claims.map(
        (c, i): ArgumentClaim => ({
          id: `claim-${i}`,
          number: numberOf(i),
          kind: c.kind as ArgumentClaim["kind"],
          targetId: c.target === null ? null : `claim-${c.target}`,
          targetNumber: c.target === null ? null : numberOf(c.target),
          moderation: c.moderation as ArgumentClaim["moderation"],
          resolution: c.kind === "objection" ? (c.resolution as ArgumentClaim["resolution"]) : null,
          parked: c.parked,
        }),
      );
      return {
        claims: order.map((i) => all[i]!),
        links: links.map((l) => ({
          fromId: `claim-${l.from}`,
          toId: `claim-${l.to}`,
          fromNumber: numberOf(l.from),
          toNumber: numberOf(l.to),
        })),
      };
    }),
);

function withoutNumbers({ claims, links }: Drawn): Drawn {
  return {
    claims: claims.map(({ number: _n, targetNumber: _t, ...claim }) => claim),
    links: links.map(({ fromId, toId }) => ({ fromId, toId })),
  };
}

/** A visible, unresolved claim with its number, and its target's id and number. */
function numberedClaim(
  id: string,
  number: number,
  kind: ArgumentClaim["kind"],
  target: [string, number] | null,
): ArgumentClaim {
  return {
    id,
    number,
    kind,
    targetId: target?.[0] ?? null,
    targetNumber: target?.[1] ?? null,
    moderation: "visible",
    resolution: null,
  };
}

describe("claims indexed by number", () => {
  it("give the same statuses and unanswered objections as claims indexed by id", () => {
    fc.assert(
      fc.property(debateArb, (debate) => {
        const byNumber = computeArgumentStatus(debate.claims, debate.links);
        const plain = withoutNumbers(debate);
        const byId = computeArgumentStatus(plain.claims, plain.links);
        expect(byNumber.claims).toEqual(byId.claims);
        expect(byNumber.unansweredObjectionIds).toEqual(byId.unansweredObjectionIds);
        for (const claim of debate.claims) {
          expect(byNumber.statusOf(claim.id)).toEqual(byId.statusOf(claim.id));
          expect(byNumber.statusOfNumber(claim.number!)).toEqual(byId.statusOf(claim.id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses two claims with one number, as it refuses two with one id", () => {
    const claims = [
      numberedClaim("a", 1, "position", null),
      numberedClaim("b", 1, "position", null),
    ];
    expect(() => computeArgumentStatus(claims, [])).toThrow(ArgumentError);
  });

  it("reads numbers in order from any start, and out of order after a run in order", () => {
    const claims = [
      numberedClaim("p", 7, "position", null),
      numberedClaim("o", 8, "objection", ["p", 7]),
      numberedClaim("r", 9, "objection", ["o", 8]),
      numberedClaim("q", 3, "objection", ["r", 9]),
    ];
    const status = computeArgumentStatus(claims, [
      { fromId: "q", toId: "p", fromNumber: 3, toNumber: 7 },
    ]);
    expect(status.statusOfNumber(9)?.status).toBe("challenged");
    expect(status.statusOfNumber(8)?.status).toBe("stands");
    expect(status.statusOfNumber(7)?.status).toBe("challenged");
    expect(status.statusOfNumber(3)?.claimId).toBe("q");
    expect(status.statusOfNumber(10)).toBeUndefined();
    expect(status.statusOfNumber(7.5)).toBeUndefined();
  });

  it("refuses a bad number, first or later", () => {
    const bad = (first: number, second: number) => [
      numberedClaim("p", first, "position", null),
      numberedClaim("o", second, "objection", ["p", first]),
    ];
    expect(() => computeArgumentStatus(bad(-1, 2), [])).toThrow(/claim "p" has number -1/);
    expect(() => computeArgumentStatus(bad(1, 2.5), [])).toThrow(/claim "o" has number 2.5/);
    expect(() => computeArgumentStatus(bad(4, 4), [])).toThrow(/number 4 appears twice/);
  });

  it("falls back to ids when one link lacks numbers", () => {
    const claims = [
      numberedClaim("p", 1, "position", null),
      numberedClaim("o", 2, "objection", ["p", 1]),
      numberedClaim("r", 3, "objection", ["p", 1]),
    ];
    const status = computeArgumentStatus(claims, [{ fromId: "r", toId: "o" }]);
    expect(status.statusOf("o")?.status).toBe("answered");
    expect(status.statusOfNumber(2)?.status).toBe("answered");
  });

  it("uses ids when numbers are far sparser than the claims, instead of a huge array", () => {
    const claims = [
      numberedClaim("p", 1, "position", null),
      numberedClaim("o", 2_000_000_000, "objection", ["p", 1]),
    ];
    const status = computeArgumentStatus(claims, []);
    expect(status.statusOf("p")?.status).toBe("challenged");
    expect(status.statusOfNumber(2_000_000_000)?.unanswered).toBe(true);
  });
});
