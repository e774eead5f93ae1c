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

describe("readApiEnv: email", () => {
  const secret = "x".repeat(32);
  it("is off unless both SMTP_URL and MAIL_FROM are set", () => {
    expect(readApiEnv({}).mail).toBeNull();
    expect(readApiEnv({ SMTP_URL: "smtp://127.0.0.1:25" }).mail).toBeNull();
    const on = readApiEnv({
      SMTP_URL: "smtp://127.0.0.1:25",
      MAIL_FROM: "a@b.c",
      MAIL_SECRET: secret,
    });
    expect(on.mail).toEqual({ smtpUrl: "smtp://127.0.0.1:25", from: "a@b.c", secret });
  });

  it("needs MAIL_SECRET to sign unsubscribe links, and links to PUBLIC_WEB_URL", () => {
    expect(() => readApiEnv({ SMTP_URL: "smtp://127.0.0.1:25", MAIL_FROM: "a@b.c" })).toThrow(
      /MAIL_SECRET/,
    );
    expect(() =>
      readApiEnv({ SMTP_URL: "smtp://127.0.0.1:25", MAIL_FROM: "a@b.c", MAIL_SECRET: "short" }),
    ).toThrow(/MAIL_SECRET/);
    expect(readApiEnv({ SMTP_URL: "", MAIL_FROM: "", MAIL_SECRET: "" }).mail).toBeNull();
    expect(readApiEnv({ PUBLIC_WEB_URL: "" }).publicWebUrl).toBe("http://localhost:3000");
    expect(readApiEnv({}).publicWebUrl).toBe("http://localhost:3000");
    expect(readApiEnv({ PUBLIC_WEB_URL: "https://steelman.example/" }).publicWebUrl).toBe(
      "https://steelman.example",
    );
  });
});
