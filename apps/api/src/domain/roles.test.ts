import { describe, expect, it } from "vitest";
import { DomainError } from "./domain-error.ts";
import { assertCanInviteWithRole, assertKeepsAnOwner, hasAtLeastRole } from "./roles.ts";

describe("roles", () => {
  it("orders roles owner > facilitator > member > observer", () => {
    expect(hasAtLeastRole("owner", "facilitator")).toBe(true);
    expect(hasAtLeastRole("facilitator", "member")).toBe(true);
    expect(hasAtLeastRole("member", "facilitator")).toBe(false);
    expect(hasAtLeastRole("observer", "member")).toBe(false);
  });

  it("lets facilitators invite members but not owners", () => {
    expect(() => assertCanInviteWithRole("facilitator", "member")).not.toThrow();
    expect(() => assertCanInviteWithRole("facilitator", "owner")).toThrow(DomainError);
    expect(() => assertCanInviteWithRole("owner", "owner")).not.toThrow();
    expect(() => assertCanInviteWithRole("member", "observer")).toThrow(/facilitator or above/);
  });

  it("refuses to lose the last owner", () => {
    expect(() => assertKeepsAnOwner(1, true)).toThrow(/at least one owner/);
    expect(() => assertKeepsAnOwner(2, true)).not.toThrow();
    expect(() => assertKeepsAnOwner(1, false)).not.toThrow();
  });
});
