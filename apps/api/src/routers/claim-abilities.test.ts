// The `can` bits debate.get sends with each claim are the server's own
// authorization: for each role × claim state × action, the bit is set iff the
// mutation succeeds through createCaller (each reader on a fresh debate, as
// every success changes it).
import { describe, expect, it } from "vitest";
import { CLAIM_ACTIONS, decodeClaimActions } from "../domain/debate/claim-actions.ts";
import type { Role } from "../domain/roles.ts";
import { arrangeClaimStates, attemptAction, succeeds } from "../test/claim-states.ts";
import { createDebateTeam, readDebate } from "../test/debate-fixtures.ts";

const READERS: Role[] = ["owner", "facilitator", "member", "observer"];

describe("claim `can` bits match what the server allows", () => {
  for (const action of CLAIM_ACTIONS) {
    it(`${action}: for each role and claim state`, async () => {
      const team = await createDebateTeam();
      let offered = 0;
      let allowed = 0;
      for (const role of READERS) {
        const { debateId, spares, subjects } = await arrangeClaimStates(team);
        const reader = team[role].caller;
        const read = await readDebate(reader, debateId);
        const flags: Record<string, boolean> = {};
        const outcomes: Record<string, boolean> = {};
        for (const [name, { id }] of Object.entries(subjects)) {
          const claim = read.claim(id);
          flags[name] = decodeClaimActions(claim.can)[action];
          outcomes[name] = await succeeds(attemptAction(reader, debateId, action, claim, spares));
          if (flags[name]) offered += 1;
          if (outcomes[name]) allowed += 1;
        }
        expect({ role, flags }).toEqual({ role, flags: outcomes });
      }
      // Each action is possible somewhere in the table: a bit that is never set would pass too.
      expect(offered).toBeGreaterThan(0);
      expect(allowed).toBe(offered);
    });
  }

  it("offers nothing in an archived debate, and the server refuses it all", async () => {
    const team = await createDebateTeam();
    const { debateId, spares, subjects } = await arrangeClaimStates(team);
    await team.owner.caller.debate.archive({ debateId });
    for (const role of ["facilitator", "member"] as const) {
      const reader = team[role].caller;
      const read = await readDebate(reader, debateId);
      for (const { id } of Object.values(subjects)) {
        const claim = read.claim(id);
        expect(claim.can).toBe(0);
        for (const action of CLAIM_ACTIONS) {
          expect(await succeeds(attemptAction(reader, debateId, action, claim, spares))).toBe(
            false,
          );
        }
      }
    }
  });
});
