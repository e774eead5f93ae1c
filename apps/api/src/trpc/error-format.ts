// Turns input-validation failures into one readable sentence (the first
// problem found) and a `fieldErrors` record (input path → sentence) that
// forms show inline. The sentences come from the schemas or, where a schema
// has none, from schemas/human-messages.ts — never zod's own wording.
import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { type FieldErrors, toFieldErrors } from "../schemas/field-errors.ts";

/** What a person reads when the server failed in a way it did not expect. */
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

type ValidationIssue = { path?: PropertyKey[]; message: string };

function isValidationIssues(value: unknown): value is ValidationIssue[] {
  return Array.isArray(value);
}

export function formatTrpcError({
  shape,
  error,
}: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
}) {
  const validationIssues = (error.cause as { issues?: unknown } | undefined)?.issues;
  if (error.code === "BAD_REQUEST" && isValidationIssues(validationIssues)) {
    return {
      ...shape,
      message: validationIssues[0]?.message ?? "The request was not valid.",
      data: { ...shape.data, fieldErrors: toFieldErrors(validationIssues) as FieldErrors | null },
    };
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    return {
      ...shape,
      message: INTERNAL_ERROR_MESSAGE,
      data: { ...shape.data, fieldErrors: null as FieldErrors | null },
    };
  }
  return { ...shape, data: { ...shape.data, fieldErrors: null as FieldErrors | null } };
}
