// The shapes Prisma 7 (with the pg driver adapter) gives a database that is
// going away, taken from its runtime: each must read as "unavailable" (503),
// and an ordinary failure must not.
import { Prisma } from "@steelman/db";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./db-errors.ts";

/** A DriverAdapterError as @prisma/adapter-pg raises it for a PostgreSQL error. */
function adapterError(originalCode: string, originalMessage: string) {
  return Object.assign(new Error("DriverAdapterError"), {
    name: "DriverAdapterError",
    cause: { kind: "postgres", originalCode, originalMessage },
  });
}

/** What the client makes of it for a model query (P2039) or a raw one (P2010). */
function knownRequestError(code: "P2039" | "P2010", sqlState: string, message: string) {
  return new Prisma.PrismaClientKnownRequestError(`Database error. Code: \`${sqlState}\`.`, {
    code,
    clientVersion: "7",
    meta: { driverAdapterError: adapterError(sqlState, message) },
  });
}

describe("isDatabaseUnavailable", () => {
  it("reads a server shutting down or refusing connections from a model query's P2039", () => {
    expect(
      isDatabaseUnavailable(
        knownRequestError("P2039", "57P03", "the database system is shutting down"),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        knownRequestError("P2039", "57P01", "terminating connection due to administrator command"),
      ),
    ).toBe(true);
  });

  it("reads the same from a raw query's P2010", () => {
    expect(
      isDatabaseUnavailable(
        knownRequestError("P2010", "57P03", "the database system is shutting down"),
      ),
    ).toBe(true);
  });

  it("does not call a constraint or syntax error unavailable", () => {
    expect(isDatabaseUnavailable(knownRequestError("P2039", "23514", "check constraint"))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(knownRequestError("P2010", "42601", "syntax error"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("something else"))).toBe(false);
  });

  it("still reads a unique violation as such", () => {
    const error = new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
      code: "P2002",
      clientVersion: "7",
    });
    expect(isUniqueViolation(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
