// The one place typed domain errors (and a few database errors) become
// tRPC errors with a human message.
import { TRPCError } from "@trpc/server";
import { isDatabaseUnavailable, isSerializationFailure } from "../db-errors.ts";
import { DomainError } from "../domain/domain-error.ts";

/** The tRPC error for a failure's cause, or null to leave the failure as it is. */
export function mapDomainError(cause: unknown): TRPCError | null {
  if (cause instanceof DomainError) {
    return new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  if (isSerializationFailure(cause)) {
    return new TRPCError({
      code: "CONFLICT",
      message: "Someone else changed this at the same moment. Please try again.",
      cause: cause as Error,
    });
  }
  if (isDatabaseUnavailable(cause)) return databaseUnavailableError(cause);
  return null;
}

/** 503: the database is down or not answering; the same request can succeed later. */
export function databaseUnavailableError(cause: unknown): TRPCError {
  return new TRPCError({
    code: "SERVICE_UNAVAILABLE",
    message: "The database is not answering right now. Please try again in a moment.",
    cause: cause instanceof Error ? cause : undefined,
  });
}
