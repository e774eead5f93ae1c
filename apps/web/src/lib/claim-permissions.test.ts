import { describe, expect, it } from "vitest";
import { claimPermissions } from "./claim-permissions";
import type { Claim } from "./debate";

/** Only the fields claimPermissions reads; the rest of a Claim does not matter here. */
function claim(fields: Partial<Claim>): Claim {
  return {
    kind: "objection",
    moderation: "visible",
    isMine: false,
    resolution: null,
    status: null,
    body: "text",
    ...fields,
  } as Claim;
}

describe("claimPermissions: extra links", () => {
  it("offers 'Also answers…' on the author's own support or objection", () => {
    expect(claimPermissions(claim({ isMine: true }), undefined, "member", true).link).toBe(true);
    expect(
      claimPermissions(claim({ isMine: true, kind: "support" }), undefined, "member", true).link,
    ).toBe(true);
  });

  it("offers it to facilitators on anyone's claim, and to members only on their own", () => {
    expect(claimPermissions(claim({}), undefined, "facilitator", true).link).toBe(true);
    expect(claimPermissions(claim({}), undefined, "member", true).link).toBe(false);
    expect(claimPermissions(claim({}), undefined, "member", true).unlink).toBe(false);
  });

  it("never offers it on positions, hidden claims, to observers or in archived debates", () => {
    const own = { isMine: true };
    expect(
      claimPermissions(claim({ ...own, kind: "position" }), undefined, "owner", true).link,
    ).toBe(false);
    expect(
      claimPermissions(claim({ ...own, moderation: "hidden" }), undefined, "owner", true).link,
    ).toBe(false);
    expect(claimPermissions(claim(own), undefined, "observer", true).link).toBe(false);
    expect(claimPermissions(claim(own), undefined, "owner", false).unlink).toBe(false);
  });
});
