import { describe, expect, it } from "vitest";
import { retryDelayMs, wantsEvent, webhookUrlProblem } from "./webhook-policy.ts";

describe("webhook addresses", () => {
  it("accepts https anywhere and http to localhost outside production", () => {
    expect(webhookUrlProblem("https://chat.example/hook", true)).toBeNull();
    expect(webhookUrlProblem("http://localhost:8787/hook", false)).toBeNull();
    expect(webhookUrlProblem("http://127.0.0.1:8787/hook", false)).toBeNull();
  });

  it("refuses plain http elsewhere, http in production, other schemes and credentials", () => {
    expect(webhookUrlProblem("http://chat.example/hook", false)).toMatch(/https/);
    expect(webhookUrlProblem("http://localhost:8787/hook", true)).not.toBeNull();
    expect(webhookUrlProblem("http://chat.example/hook", true)).toMatch(/https/);
    expect(webhookUrlProblem("ftp://chat.example/hook", false)).toMatch(/https/);
    expect(webhookUrlProblem("https://user:pw@chat.example/hook", false)).toMatch(/passwords/);
    expect(webhookUrlProblem("not a url", false)).toMatch(/full address/);
  });

  it("refuses internal addresses in production", () => {
    for (const url of [
      "https://169.254.169.254/latest",
      "https://10.0.0.5/hook",
      "https://192.168.1.1/hook",
      "https://172.20.0.1/hook",
      "https://localhost/hook",
      "https://[::1]/hook",
      "https://[fd00::1]/hook",
    ]) {
      expect(webhookUrlProblem(url, true), url).toMatch(/public addresses/);
    }
    expect(webhookUrlProblem("https://172.32.0.1/hook", true)).toBeNull();
  });
});

describe("retry delays", () => {
  it("double after each failure, up to an hour", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(30)).toBe(60 * 60_000);
  });
});

describe("event choice", () => {
  it("takes the listed types, or every type with *", () => {
    expect(wantsEvent(["claim.posted"], "claim.posted")).toBe(true);
    expect(wantsEvent(["claim.posted"], "vote.cast")).toBe(false);
    expect(wantsEvent(["*"], "vote.cast")).toBe(true);
  });
});
