import { describe, expect, it } from "vitest";
import { readApiEnv } from "./env.ts";

describe("readApiEnv: the demo seed", () => {
  it("is off in production unless asked for explicitly", () => {
    expect(readApiEnv({ NODE_ENV: "production" }).demoSeed).toBe(false);
    expect(readApiEnv({ NODE_ENV: "production", STEELMAN_DEMO_SEED: "true" }).demoSeed).toBe(true);
  });

  it("is on by default for development, and can be turned off", () => {
    expect(readApiEnv({ NODE_ENV: "development" }).demoSeed).toBe(true);
    expect(readApiEnv({ STEELMAN_DEMO_SEED: "false" }).demoSeed).toBe(false);
  });
});

describe("readApiEnv: cookies", () => {
  it("are Secure only when the app is served over https", () => {
    expect(readApiEnv({ APP_ORIGIN: "https://steelman.example" }).secureCookies).toBe(true);
    expect(readApiEnv({ APP_ORIGIN: "http://localhost:3000" }).secureCookies).toBe(false);
  });
});
