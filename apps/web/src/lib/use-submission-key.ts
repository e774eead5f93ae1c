"use client";

import { useCallback, useRef } from "react";

/** A v4 UUID; `crypto.randomUUID` exists only on https and localhost. */
function newUuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The idempotency key of one form submission: the same key for every send
 * (a double click, a retry after a lost answer) until one succeeds, so the
 * server creates one thing. Call `succeeded()` once it has.
 */
export function useSubmissionKey() {
  const key = useRef<string | null>(null);
  const current = useCallback(() => {
    key.current ??= newUuid();
    return key.current;
  }, []);
  const succeeded = useCallback(() => {
    key.current = null;
  }, []);
  return { current, succeeded };
}
