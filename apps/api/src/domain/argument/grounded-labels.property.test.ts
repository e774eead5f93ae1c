/**
 * The linear labeller against a brute-force reference written independently
 * here: the grounded extension is the least fixpoint of the characteristic
 * function F(S) = {a | every attacker of a is attacked by some member of S},
 * iterated from the empty set; in = S, out = attacked by S, undecided = rest.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelAbstractFramework } from "./abstract-framework.ts";
import { computeArgumentStatus } from "./argument-status.ts";
import { computeGroundedLabels } from "./grounded-labels.ts";
import type { ArgumentClaim, ArgumentLink, Label } from "./types.ts";

type Attack = [string, string];

function referenceGrounded(args: string[], attacks: Attack[]): Map<string, Label> {
  const attackersOf = (a: string) => attacks.filter(([, t]) => t === a).map(([s]) => s);
  const attackedBy = (set: Set<string>, a: string) => attackersOf(a).some((s) => set.has(s));
  let grounded = new Set<string>();
  for (;;) {
    const next = new Set(args.filter((a) => attackersOf(a).every((b) => attackedBy(grounded, b))));
    if (next.size === grounded.size) break; // F is monotone: the sequence only grows
    grounded = next;
  }
  return new Map(
    args.map((a): [string, Label] => [
      a,
      grounded.has(a) ? "in" : attackedBy(grounded, a) ? "out" : "undecided",
    ]),
  );
}

/**
 * Objections in people's sense, by the definition read literally and
 * recursively: the side of a claim is its target's (support) or the opposite
 * (objection); roots and claims with unknown targets hang from a `for` root.
 */
function referenceObjections(claims: ArgumentClaim[]): Set<string> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const sideOf = (claim: ArgumentClaim): "for" | "against" => {
    const target = claim.targetId === null ? undefined : byId.get(claim.targetId);
    if (claim.kind === "position" || claim.kind === "proposal") return "for";
    const up = target ? sideOf(target) : "for";
    if (claim.kind === "support") return up;
    return up === "for" ? "against" : "for";
  };
  return new Set(
    claims
      .filter((c) => c.kind === "objection" && sideOf(c) === "against")
      .filter((c) => {
        const target = c.targetId === null ? undefined : byId.get(c.targetId);
        return target?.kind !== "objection";
      })
      .map((c) => c.id),
  );
}

function hasTargetCycle(claims: ArgumentClaim[]): boolean {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return claims.some((start) => {
    const seen = new Set<string>();
    for (let c: ArgumentClaim | undefined = start; c; c = byId.get(c.targetId ?? "")) {
      if (seen.has(c.id)) return true;
      seen.add(c.id);
    }
    return false;
  });
}

const frameworkArb = fc.integer({ min: 0, max: 12 }).chain((n) => {
  const args = Array.from({ length: n }, (_, i) => `a${i}`);
  const pairs = args.flatMap((s) => args.map((t): Attack => [s, t]));
  return fc
    .tuple(
      fc.double({ min: 0, max: 0.5, noNaN: true }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: pairs.length,
        maxLength: pairs.length,
      }),
    )
    .map(([density, draws]) => ({
      args,
      attacks: pairs.filter((_, i) => (draws[i] ?? 1) < density),
    }));
});

const claimArb = (n: number) =>
  fc.record({
    kind: fc.constantFrom("position", "support", "objection", "objection") as fc.Arbitrary<
      ArgumentClaim["kind"]
    >,
    target: fc.option(fc.nat(n - 1)),
    moderation: fc.constantFrom("visible", "visible", "visible", "hidden", "merged", "withdrawn"),
    resolution: fc.constantFrom(null, null, null, "conceded", "out_of_scope", "duplicate"),
  });

const debateArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    claims: fc.array(claimArb(n), { minLength: n, maxLength: n }).map((drawn) =>
      drawn.map(
        (c, i): ArgumentClaim => ({
          id: `c${i}`,
          kind: c.kind,
          targetId: c.target === null ? null : `c${c.target}`,
          moderation: c.moderation as ArgumentClaim["moderation"],
          resolution: c.resolution as ArgumentClaim["resolution"],
        }),
      ),
    ),
    links: fc.array(
      fc
        .record({ fromId: fc.nat(n - 1), toId: fc.nat(n - 1) })
        .map((l): ArgumentLink => ({ fromId: `c${l.fromId}`, toId: `c${l.toId}` })),
      { maxLength: 2 * n },
    ),
  }),
);

/** The debate as an abstract framework, derived from DESIGN.md's words, not from the module. */
function debateAsFramework(claims: ArgumentClaim[], links: ArgumentLink[]) {
  const visible = new Map(claims.filter((c) => c.moderation === "visible").map((c) => [c.id, c]));
  const isObjection = (id: string) => visible.get(id)?.kind === "objection";
  const conceded = (id: string) => isObjection(id) && visible.get(id)?.resolution === "conceded";
  const edges = [...claims.map((c) => ({ fromId: c.id, toId: c.targetId ?? "" })), ...links].filter(
    (e) => isObjection(e.fromId) && visible.has(e.toId) && !conceded(e.toId),
  );
  const attacks = [...new Set(edges.map((e) => `${e.fromId} ${e.toId}`))].map(
    (key) => key.split(" ") as Attack,
  );
  return { args: [...visible.keys()], attacks, visible };
}

describe("grounded labelling, property-based", () => {
  it("matches the least-fixpoint reference on random frameworks", () => {
    fc.assert(
      fc.property(frameworkArb, ({ args, attacks }) => {
        expect(labelAbstractFramework(args, attacks)).toEqual(referenceGrounded(args, attacks));
      }),
      { numRuns: 200 },
    );
  });

  it("gives a legal labelling (Caminada) on random frameworks", () => {
    fc.assert(
      fc.property(frameworkArb, ({ args, attacks }) => {
        const labels = labelAbstractFramework(args, attacks);
        for (const a of args) {
          const attackerLabels = attacks.filter(([, t]) => t === a).map(([s]) => labels.get(s));
          const label = labels.get(a);
          if (label === "in") expect(attackerLabels.every((l) => l === "out")).toBe(true);
          if (label === "out") expect(attackerLabels).toContain("in");
          if (label === "undecided") {
            expect(attackerLabels).not.toContain("in");
            expect(attackerLabels).toContain("undecided");
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("labels random debates like the reference, and counts unanswered objections", () => {
    fc.assert(
      fc.property(debateArb, ({ claims, links }) => {
        const { args, attacks, visible } = debateAsFramework(claims, links);
        const expected = referenceGrounded(args, attacks);
        expect(computeGroundedLabels(claims, links)).toEqual(expected);

        // Sides follow primary targets, which in real debates never form a cycle.
        if (hasTargetCycle(claims)) return;
        const status = computeArgumentStatus(claims, links);
        const isObjection = referenceObjections(claims);
        const unanswered = args.filter((id) => {
          const claim = visible.get(id);
          return isObjection.has(id) && claim?.resolution === null && expected.get(id) === "in";
        });
        expect(status.unansweredObjectionIds).toEqual(unanswered);
        for (const id of args) {
          // Attacks on a conceded objection still count towards its unanswered count.
          const attackers = new Set(
            [...claims.map((c) => [c.id, c.targetId]), ...links.map((l) => [l.fromId, l.toId])]
              .filter(([from, to]) => to === id && unanswered.includes(from ?? ""))
              .map(([from]) => from),
          );
          expect(status.statusOf(id)?.unansweredCount).toBe(attackers.size);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("labels random debates like the reference on the numbered path, in any input order", () => {
    const numberOf = (id: string) => Number(id.slice(1)) + 1;
    fc.assert(
      fc.property(debateArb, fc.nat(), ({ claims, links }, turn) => {
        const { args, attacks } = debateAsFramework(claims, links);
        const expected = referenceGrounded(args, attacks);
        // As the database gives them: dense numbers on claims, targets and links; rows rotated.
        const numbered = claims.map(
          (claim): ArgumentClaim => ({
            ...claim,
            number: numberOf(claim.id),
            targetNumber: claim.targetId === null ? null : numberOf(claim.targetId),
          }),
        );
        const rotated = numbered.map((_, i) => numbered[(i + turn) % numbered.length]!);
        const status = computeArgumentStatus(
          rotated,
          links.map((link) => ({
            ...link,
            fromNumber: numberOf(link.fromId),
            toNumber: numberOf(link.toId),
          })),
        );
        for (const claim of numbered) {
          expect(status.statusOfNumber(claim.number!)?.label).toBe(expected.get(claim.id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
