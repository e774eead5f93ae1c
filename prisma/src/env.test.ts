import { describe, expect, it } from "vitest";
import { databaseUrlFromParts, readDatabaseEnv } from "./env.ts";

describe("databaseUrlFromParts", () => {
  it("URL-encodes a password with @, / and :, so the driver reads it back whole", () => {
    const url = databaseUrlFromParts({
      DATABASE_HOST: "postgres",
      DATABASE_USER: "steelman",
      DATABASE_PASSWORD: "p@ss/w:rd#1?",
      DATABASE_NAME: "steelman",
    });
    expect(url).toBe("postgresql://steelman:p%40ss%2Fw%3Ard%231%3F@postgres:5432/steelman");
    const parsed = new URL(url!);
    expect(decodeURIComponent(parsed.password)).toBe("p@ss/w:rd#1?");
    expect(parsed.hostname).toBe("postgres");
    expect(parsed.pathname).toBe("/steelman");
  });

  it("is unset without a host, and DATABASE_URL wins when both are given", () => {
    expect(databaseUrlFromParts({})).toBeUndefined();
    const env = { DATABASE_URL: "postgresql://a@b/c", DATABASE_HOST: "other" };
    expect(readDatabaseEnv(env).databaseUrl).toBe("postgresql://a@b/c");
    expect(readDatabaseEnv({ DATABASE_HOST: "db", DATABASE_PORT: "6543" }).databaseUrl).toBe(
      "postgresql://steelman@db:6543/steelman",
    );
  });

  it("refuses a port that is not a number", () => {
    expect(() => databaseUrlFromParts({ DATABASE_HOST: "db", DATABASE_PORT: "x" })).toThrow(
      /DATABASE_PORT/,
    );
  });
});
