// The one runner behind every router's permission table (routers/*-permissions.test.ts):
// for each procedure, signed out → UNAUTHORIZED; a stranger, and the owner and
// a member of another workspace → NOT_FOUND; each role below the minimum (and
// anyone the row adds) → FORBIDDEN; every refusal leaves the fixture's rows
// unchanged; and the minimum role gets its way.
import { describe, expect, it } from "vitest";
import type { Role } from "../domain/roles.ts";
import { expectTrpcError, type TestCaller } from "./assertions.ts";
import type { DebateTeam, Person } from "./debate-fixtures.ts";
import { createTestUser, createTestWorkspace, signedInCaller, signedOutCaller } from "./harness.ts";
import { workspaceRows } from "./proposal-fixtures.ts";

/** Weakest first; written out here so the tests do not borrow the ranking they check. */
const LADDER: Role[] = ["observer", "member", "facilitator", "owner"];
const rolesBelow = (minimum: Role) => LADDER.slice(0, LADDER.indexOf(minimum));
export const aRole = (role: Role) =>
  `${role === "owner" || role === "observer" ? "an" : "a"} ${role}`;

export type PermissionScope = "workspace" | "debate" | "claim" | "decision";

export const NOT_FOUND_MESSAGE: Record<PermissionScope, string> = {
  workspace: "Workspace not found, or you are not a member of it.",
  debate: "Debate not found, or you are not a member of its workspace.",
  claim: "Claim not found, or you are not a member of its workspace.",
  decision: "Decision not found, or you are not a member of its workspace.",
};

export type PermissionCase<F> = {
  procedure: string;
  minimum: Role;
  /** Where access is checked: decides the NOT_FOUND message. */
  scope: PermissionScope;
  /** A setting the case needs, applied to the fresh fixture before calling. */
  setup?: (f: F) => Promise<void>;
  /** A role below the minimum refused with another message than the minimum's. */
  forbidden?: Partial<Record<Role, string>>;
  /** Someone else this row refuses (FORBIDDEN): a rule beyond the role, such as authorship. */
  alsoForbidden?: { who: string; person: (f: F) => Person; message: string };
  call: (caller: TestCaller, f: F) => Promise<unknown>;
  /** What the caller sees, or what changed, when the call is allowed. */
  allowed: (f: F, result: unknown, actor: Person) => Promise<void>;
};

export type PermissionFixture<F> = {
  arrange: () => Promise<F>;
  /** The fixture's person of each role. */
  person: (f: F, role: Role) => Person;
  /** What the table's procedures could change: a refusal must leave it equal. */
  snapshot: (f: F) => Promise<unknown>;
};

/** The fixture most tables use: a debate team, its people by role, its workspace's rows. */
export const teamFixture = <F extends DebateTeam>(
  arrange: () => Promise<F>,
): PermissionFixture<F> => ({
  arrange,
  person: (f, role) => f[role],
  snapshot: (f) => workspaceRows(f.workspace.id),
});

export function describePermissionTable<F>(
  table: PermissionCase<F>[],
  fixture: PermissionFixture<F>,
) {
  describe.each(table)("$procedure (at least $minimum)", (c) => {
    const prepare = async () => {
      const f = await fixture.arrange();
      await c.setup?.(f);
      return f;
    };
    const expectRefused = async (
      f: F,
      caller: TestCaller,
      code: "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN",
      message: string | RegExp,
    ) => {
      const before = await fixture.snapshot(f);
      await expectTrpcError(c.call(caller, f), code, message);
      expect(await fixture.snapshot(f)).toEqual(before);
    };

    it("refuses a signed-out caller (UNAUTHORIZED)", async () => {
      const f = await prepare();
      await expectRefused(f, await signedOutCaller(), "UNAUTHORIZED", "Sign in to continue.");
    });

    it("does not reveal anything to a signed-in stranger (NOT_FOUND)", async () => {
      const f = await prepare();
      const { caller } = await signedInCaller(await createTestUser("stranger"));
      await expectRefused(f, caller, "NOT_FOUND", NOT_FOUND_MESSAGE[c.scope]);
    });

    it("does not reveal anything to the owner and a member of another workspace", async () => {
      const f = await prepare();
      const elsewhere = await createTestWorkspace(["member"]);
      for (const user of [elsewhere.owner, elsewhere.members.member!]) {
        const { caller } = await signedInCaller(user);
        await expectRefused(f, caller, "NOT_FOUND", NOT_FOUND_MESSAGE[c.scope]);
      }
    });

    for (const role of rolesBelow(c.minimum)) {
      it(`forbids ${aRole(role)} (FORBIDDEN)`, async () => {
        const f = await prepare();
        const expected = c.forbidden?.[role] ?? new RegExp(`^Only ${aRole(c.minimum)} or above `);
        await expectRefused(f, fixture.person(f, role).caller, "FORBIDDEN", expected);
      });
    }

    const also = c.alsoForbidden;
    if (also) {
      it(`forbids ${also.who} (FORBIDDEN)`, async () => {
        const f = await prepare();
        await expectRefused(f, also.person(f).caller, "FORBIDDEN", also.message);
      });
    }

    it(`lets ${aRole(c.minimum)} do it`, async () => {
      const f = await prepare();
      const actor = fixture.person(f, c.minimum);
      await c.allowed(f, await c.call(actor.caller, f), actor);
    });
  });
}
