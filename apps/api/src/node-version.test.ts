import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MINIMUM_NODE_VERSION, unsupportedNodeMessage } from "./node-version.ts";

describe("unsupportedNodeMessage", () => {
  it("accepts the minimum and anything newer", () => {
    expect(unsupportedNodeMessage("v20.19.0", "20.19.0")).toBeUndefined();
    expect(unsupportedNodeMessage("v20.20.2", "20.19.0")).toBeUndefined();
    expect(unsupportedNodeMessage("v22.1.0", "20.19.0")).toBeUndefined();
  });

  it("names both versions when Node is too old", () => {
    expect(unsupportedNodeMessage("v20.18.3", "20.19.0")).toBe(
      "Steelman needs Node.js 20.19.0 or newer; this is v20.18.3. Install a current Node.js LTS and try again.",
    );
    expect(unsupportedNodeMessage("v18.20.0", "20.19.0")).toMatch(/needs Node\.js 20\.19\.0/);
  });

  it("matches the engines field of the root package.json", () => {
    const rootPackage = JSON.parse(
      readFileSync(new URL("../../../package.json", import.meta.url), "utf8"),
    ) as { engines: { node: string } };
    expect(rootPackage.engines.node).toBe(`>=${MINIMUM_NODE_VERSION}`);
  });
});
