import { describe, expect, it } from "vitest";
import { ownSitePath } from "./return-path.ts";

describe("ownSitePath", () => {
  it("keeps a path on this site, query and fragment included", () => {
    expect(ownSitePath("/join/abc?x=1#top")).toBe("/join/abc?x=1#top");
  });

  it("drops what a browser would follow to another site", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "/\t/evil",
      "x",
    ]) {
      expect(ownSitePath(next)).toBeNull();
    }
    expect(ownSitePath(undefined)).toBeNull();
    expect(ownSitePath(`/${"a".repeat(2000)}`)).toBeNull();
  });
});
