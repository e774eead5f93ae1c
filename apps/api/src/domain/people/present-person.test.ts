import { describe, expect, it } from "vitest";
import { presentPerson } from "./present-person.ts";

const alice = { id: "a", displayName: "Alice", email: "alice@example.com" };

describe("presentPerson", () => {
  it("names people in an open debate, without email for non-owners", () => {
    for (const role of ["observer", "member", "facilitator"] as const) {
      expect(presentPerson({ userId: "x", role, anonymous: false }, alice)).toEqual({
        id: "a",
        displayName: "Alice",
      });
    }
  });

  it("gives the email to owners only", () => {
    expect(presentPerson({ userId: "x", role: "owner", anonymous: false }, alice)).toEqual(alice);
  });

  it("hides people from participants of an anonymous debate", () => {
    expect(presentPerson({ userId: "x", role: "member", anonymous: true }, alice)).toBeNull();
    expect(presentPerson({ userId: "x", role: "observer", anonymous: true }, alice)).toBeNull();
  });

  it("shows facilitators who wrote what even when anonymous", () => {
    expect(presentPerson({ userId: "x", role: "facilitator", anonymous: true }, alice)).toEqual({
      id: "a",
      displayName: "Alice",
    });
  });

  it("does not name a reader's own posts in an anonymous debate (a screen may be shared)", () => {
    expect(presentPerson({ userId: "a", role: "member", anonymous: true }, alice)).toBeNull();
  });

  it("passes null through", () => {
    expect(presentPerson({ userId: "a", role: "owner", anonymous: false }, null)).toBeNull();
  });
});
