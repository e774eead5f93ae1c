import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/w/team/d/123?tab=map#c4")).toBe("/w/team/d/123?tab=map#c4");
    expect(safeReturnPath(["/join/ABC", "/other"])).toBe("/join/ABC");
  });

  it.each([
    ["a tab", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash", "/\\evil.example"],
    ["a backslash after a tab", "/\t\\evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["nothing", undefined],
    ["an empty string", ""],
  ])("refuses %s", (_what, next) => {
    expect(safeReturnPath(next)).toBe("/workspaces");
  });
});
