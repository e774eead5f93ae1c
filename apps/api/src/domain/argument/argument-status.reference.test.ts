/**
 * Every field of every claim's status against a slow reference written here
 * from DESIGN.md's words (maps, sets and recursion, no typed arrays), on
 * random debates: cycles of links, hidden / merged / withdrawn claims,
 * resolutions, parked objections, unknown targets, repeated links, links from
 * claims that cannot attack — by id, by number in order and by number shuffled.
 * The fast path may change how it computes, never what.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimStatus } from "./argument-status.ts";
import { computeArgumentStatus } from "./argument-status.ts";
import type { ArgumentClaim, ArgumentLink, Label } from "./types.ts";

type Debate = { claims: ArgumentClaim[]; links: ArgumentLink[] };

function referenceStatus({ claims, links }: Debate): Map<string, ClaimStatus> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const visible = new Map(claims.filter((c) => c.moderation === "visible").map((c) => [c.id, c]));
  const conceded = (id: string) =>
    visible.get(id)?.kind === "objection" && visible.get(id)?.resolution === "conceded";
  const attackersOf = new Map<string, Set<string>>(
    [...visible.keys()].map((id) => [id, new Set()]),
  );
  for (const { fromId, toId } of [
    ...claims.map((c) => ({ fromId: c.id, toId: c.targetId ?? "" })),
    ...links,
  ]) {
    if (visible.get(fromId)?.kind === "objection" && visible.has(toId)) {
      attackersOf.get(toId)!.add(fromId);
    }
  }
  // Grounded labelling: the least fixpoint, a conceded objection held in.
  const label = new Map<string, Label>([...visible.keys()].map((id) => [id, "undecided"]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, attackers] of attackersOf) {
      if (label.get(id) !== "undecided") continue;
      const attackerLabels = [...attackers].map((a) => label.get(a));
      const next: Label =
        conceded(id) || attackerLabels.every((l) => l === "out")
          ? "in"
          : attackerLabels.includes("in")
            ? "out"
            : "undecided";
      if (next !== "undecided") {
        label.set(id, next);
        changed = true;
      }
    }
  }
  const sideOf = (claim: ArgumentClaim): "for" | "against" => {
    if (claim.kind === "position" || claim.kind === "proposal") return "for";
    const target = claim.targetId === null ? undefined : byId.get(claim.targetId);
    const up = target ? sideOf(target) : "for";
    if (claim.kind === "support") return up;
    return up === "for" ? "against" : "for";
  };
  const rootOf = (claim: ArgumentClaim): string | null => {
    if (claim.kind === "position" || claim.kind === "proposal") return claim.id;
    const target = claim.targetId === null ? undefined : byId.get(claim.targetId);
    return target ? rootOf(target) : null;
  };
  const isObjection = (claim: ArgumentClaim) => {
    const target = claim.targetId === null ? undefined : byId.get(claim.targetId);
    return (
      claim.kind === "objection" && sideOf(claim) === "against" && target?.kind !== "objection"
    );
  };
  const unanswered = (claim: ArgumentClaim) =>
    isObjection(claim) && claim.resolution === null && label.get(claim.id) === "in";
  const order = [...visible.keys()];

  const statuses = new Map<string, ClaimStatus>();
  for (const claim of visible.values()) {
    const attackers = attackersOf.get(claim.id)!;
    const open = unanswered(claim);
    const reopened = open && attackers.size > 0;
    const answers = new Set(
      [...attackers].flatMap((a) => [...attackersOf.get(a)!].filter((c) => label.get(c) === "in")),
    );
    const own = label.get(claim.id)!;
    const side = sideOf(claim);
    statuses.set(claim.id, {
      claimId: claim.id,
      label: own,
      status: conceded(claim.id)
        ? "conceded"
        : open && claim.parked === true
          ? "parked"
          : own === "in"
            ? "stands"
            : own === "out"
              ? side === "against"
                ? "answered"
                : "challenged"
              : "undecided",
      side,
      role:
        claim.kind === "objection" ? (isObjection(claim) ? "objection" : "rebuttal") : claim.kind,
      rootId: rootOf(claim),
      unanswered: open,
      reopened,
      answerNextIds: reopened ? order.filter((id) => answers.has(id)) : [],
      unansweredCount: [...attackers].filter((a) => unanswered(visible.get(a)!)).length,
    });
  }
  return statuses;
}

// Targets point at earlier claims (as posting allows) or at claims not given;
// links point anywhere, so they make cycles.
const debateArb = fc.integer({ min: 1, max: 16 }).chain((n) =>
  fc
    .record({
      claims: fc.array(
        fc.record({
          kind: fc.constantFrom("position", "proposal", "support", "objection", "objection"),
          target: fc.double({ min: 0, max: 1.2, noNaN: true }),
          moderation: fc.constantFrom(
            "visible",
            "visible",
            "visible",
            "hidden",
            "merged",
            "withdrawn",
          ),
          resolution: fc.constantFrom(null, null, null, "conceded", "out_of_scope", "duplicate"),
          parked: fc.boolean(),
        }),
        { minLength: n, maxLength: n },
      ),
      links: fc.array(fc.record({ from: fc.nat(n + 1), to: fc.nat(n + 1) }), { maxLength: 3 * n }),
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    })
    .map(({ claims, links, order }) => {
      const all = claims.map((c, i): ArgumentClaim => {
        const root = c.kind === "position" || c.kind === "proposal";
        const target = root || i === 0 ? null : c.target >= 1 ? n + 1 : Math.floor(c.target * i);
        return {
          id: `c${i}`,
          number: i + 1,
          kind: c.kind as ArgumentClaim["kind"],
          targetId: target === null ? null : `c${target}`,
          targetNumber: target === null ? null : target + 1,
          moderation: c.moderation as ArgumentClaim["moderation"],
          resolution: c.kind === "objection" ? (c.resolution as ArgumentClaim["resolution"]) : null,
          parked: c.parked,
        };
      });
      const numberedLinks = links.map((l) => ({
        fromId: `c${l.from}`,
        toId: `c${l.to}`,
        fromNumber: l.from + 1,
        toNumber: l.to + 1,
      }));
      return {
        inOrder: { claims: all, links: numberedLinks },
        shuffled: order.map((i) => all[i]!),
      };
    }),
);

function withoutNumbers({ claims, links }: Debate): Debate {
  return {
    claims: claims.map(({ number: _n, targetNumber: _t, ...claim }) => claim),
    links: links.map(({ fromId, toId }) => ({ fromId, toId })),
  };
}

function expectMatches(debate: Debate, expected = referenceStatus(debate)) {
  const status = computeArgumentStatus(debate.claims, debate.links);
  const visibleInInput = debate.claims.filter((c) => expected.has(c.id));
  expect(status.claims).toEqual(visibleInInput.map((c) => expected.get(c.id)));
  expect(status.unansweredObjectionIds).toEqual(
    visibleInInput.filter((c) => expected.get(c.id)!.unanswered).map((c) => c.id),
  );
  for (const claim of debate.claims) {
    expect(status.statusOf(claim.id)).toEqual(expected.get(claim.id));
    if (claim.number !== undefined) {
      expect(status.statusOfNumber(claim.number)).toEqual(expected.get(claim.id));
    }
  }
  expect(status.statusOf("nowhere")).toBeUndefined();
}

describe("argument status against the reference", () => {
  it("matches it field by field, by id and by number, in order and shuffled", () => {
    fc.assert(
      fc.property(debateArb, ({ inOrder, shuffled }) => {
        expectMatches(inOrder);
        // answerNextIds follow the input order, so the reference reads the shuffled input too.
        expectMatches({ claims: shuffled, links: inOrder.links });
        expectMatches(withoutNumbers(inOrder));
      }),
      { numRuns: 500 },
    );
  });

  it("matches it with numbers that start elsewhere or leave gaps", () => {
    fc.assert(
      fc.property(debateArb, fc.nat(50), fc.boolean(), ({ inOrder }, shift, gaps) => {
        const renumber = (n: number) => (gaps ? 2 * n : n) + shift;
        const debate = {
          claims: inOrder.claims.map((c) => ({
            ...c,
            number: renumber(c.number!),
            targetNumber: c.targetNumber == null ? null : renumber(c.targetNumber),
          })),
          links: inOrder.links.map((l) => ({
            ...l,
            fromNumber: renumber(l.fromNumber),
            toNumber: renumber(l.toNumber),
          })),
        };
        expectMatches(debate, referenceStatus(inOrder));
      }),
      { numRuns: 300 },
    );
  });
});
