import { describe, expect, it } from "vitest";
import { ROLES } from "../roles.ts";
import { CLAIM_KINDS, PHASES } from "../vocabulary.ts";
import {
  type ClaimFacts,
  claimAbilities,
  claimActionBits,
  relativeClaimActionBitsReader,
} from "./claim-abilities.ts";
import { claimActionsFor, decodeClaimActions, encodeClaimActions } from "./claim-actions.ts";
import { lockedThreadChecker } from "./thread-locks.ts";
import { viewerAbilities } from "./viewer-abilities.ts";

const MODERATIONS = ["visible", "hidden", "merged", "withdrawn"] as const;
const BOOLS = [false, true];

function* everyClaimState(): Generator<ClaimFacts> {
  for (const kind of CLAIM_KINDS)
    for (const moderation of MODERATIONS)
      for (const resolved of BOOLS)
        for (const threadLocked of BOOLS)
          yield { kind, moderation, resolved, parked: resolved, threadLocked, linked: !resolved };
}

const viewerOf = (role: (typeof ROLES)[number], phase: (typeof PHASES)[number]) => ({
  role,
  phase,
  can: viewerAbilities({
    role,
    phase,
    membersMayPropose: false,
    claimVotesOnlyInVoting: false,
    guestsSeeGroups: false,
    isWorkspaceMember: true,
  }),
});

describe("claim action bits", () => {
  it("decode what they encode", () => {
    const actions = claimAbilities(
      viewerOf("member", "open"),
      {
        kind: "objection",
        moderation: "visible",
        resolved: false,
        parked: false,
        threadLocked: false,
        linked: true,
      },
      { mine: true, targetMine: true },
    );
    expect(decodeClaimActions(encodeClaimActions(actions))).toEqual(actions);
    expect(Object.values(actions).some(Boolean)).toBe(true);
  });

  it("a live delta's relative bits give each reader exactly their own bits", () => {
    for (const role of ROLES)
      for (const phase of PHASES) {
        const viewer = viewerOf(role, phase);
        for (const claim of everyClaimState()) {
          const relative = relativeClaimActionBitsReader(viewer)(claim);
          for (const mine of BOOLS)
            for (const targetMine of BOOLS) {
              const ties = { mine, targetMine };
              expect(claimActionsFor(relative, ties)).toBe(claimActionBits(viewer, claim, ties));
            }
        }
      }
  });

  it("lets an author edit and withdraw, and the target's author resolve, where others may not", () => {
    const viewer = viewerOf("member", "open");
    const claim: ClaimFacts = {
      kind: "objection",
      moderation: "visible",
      resolved: false,
      parked: false,
      threadLocked: false,
      linked: false,
    };
    const relative = relativeClaimActionBitsReader(viewer)(claim);
    expect(decodeClaimActions(relative.base)).toMatchObject({
      reply: true,
      vote: true,
      edit: false,
      resolve: false,
    });
    expect(decodeClaimActions(relative.ifMine)).toMatchObject({
      edit: true,
      withdraw: true,
      link: true,
    });
    expect(decodeClaimActions(relative.ifTargetMine)).toMatchObject({ resolve: true, edit: false });
  });
});

describe("locked threads", () => {
  it("covers a locked claim and everything beneath it, not the claims above", () => {
    const rows = [
      { id: "a", targetId: null, lockedAt: null },
      { id: "b", targetId: "a", lockedAt: new Date() },
      { id: "c", targetId: "b", lockedAt: null },
      { id: "d", targetId: "c", lockedAt: null },
      { id: "e", targetId: "a", lockedAt: null },
    ];
    const isLocked = lockedThreadChecker(rows);
    expect(["d", "a", "b", "c", "e"].map((id) => [id, isLocked(id)])).toEqual([
      ["d", true],
      ["a", false],
      ["b", true],
      ["c", true],
      ["e", false],
    ]);
  });
});
