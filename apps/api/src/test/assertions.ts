// Small helpers for integration tests: assert a tRPC refusal by its code and
// message, and make per-test client addresses so rate limits never collide.
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import type { callerWithToken } from "./harness.ts";

export type TestCaller = Awaited<ReturnType<typeof callerWithToken>>["caller"];

/** Awaits a call that must fail with a TRPCError of this code (or one matching a pattern) (and message, when given). */
export async function expectTrpcError(
  call: Promise<unknown>,
  code: TRPCError["code"] | RegExp,
  message?: string | RegExp,
): Promise<TRPCError> {
  const outcome = await call.then(
    (value: unknown) => ({ failed: false as const, value }),
    (error: unknown) => ({ failed: true as const, error }),
  );
  if (!outcome.failed) {
    throw new Error(
      `Expected ${code}, but the call succeeded with ${JSON.stringify(outcome.value)}`,
    );
  }
  if (!(outcome.error instanceof TRPCError)) throw outcome.error;
  if (code instanceof RegExp) expect(outcome.error.code, outcome.error.message).toMatch(code);
  else expect(outcome.error.code, outcome.error.message).toBe(code);
  if (message !== undefined) expect(outcome.error.message).toMatch(message);
  return outcome.error;
}

/** A random private IPv4 address, so per-IP rate limits are this test's alone. */
export function uniqueIp(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}
