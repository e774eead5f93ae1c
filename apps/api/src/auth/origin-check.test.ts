import { describe, expect, it } from "vitest";
import { checkRequestOrigin } from "./origin-check.ts";

const allowed = new Set(["http://localhost:3000"]);

describe("checkRequestOrigin", () => {
  it("lets reads through", () => {
    expect(checkRequestOrigin("GET", {}, allowed).allowed).toBe(true);
  });
  it("accepts a same-origin POST", () => {
    expect(checkRequestOrigin("POST", { origin: "http://localhost:3000" }, allowed).allowed).toBe(
      true,
    );
    expect(checkRequestOrigin("POST", { "sec-fetch-site": "same-origin" }, allowed).allowed).toBe(
      true,
    );
  });
  it("refuses a POST from another origin or site", () => {
    expect(checkRequestOrigin("POST", { origin: "https://evil.example" }, allowed).allowed).toBe(
      false,
    );
    expect(
      checkRequestOrigin(
        "POST",
        { origin: "http://localhost:3000", "sec-fetch-site": "cross-site" },
        allowed,
      ).allowed,
    ).toBe(false);
  });
  it("refuses a POST that shows no origin at all", () => {
    expect(checkRequestOrigin("POST", {}, allowed).allowed).toBe(false);
  });
});
