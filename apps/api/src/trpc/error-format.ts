// Turns input-validation failures into one readable sentence (the first
// problem found) and a `fieldErrors` record (input path → sentence) that
// forms show inline. The sentences come from the schemas or, where a schema
// has none, from schemas/human-messages.ts — never zod's own wording.
import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";

export type FieldErrors = Record<string, string>;

type ValidationIssue = { path?: PropertyKey[]; message: string };

function isValidationIssues(value: unknown): value is ValidationIssue[] {
  return Array.isArray(value);
}

/** The first sentence for each input path ("" for the input as a whole). */
export function toFieldErrors(issues: ValidationIssue[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map(String).join(".");
    fieldErrors[path] ??= issue.message;
  }
  return fieldErrors;
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
      message: "Something went wrong on our side. Please try again.",
      data: { ...shape.data, fieldErrors: null as FieldErrors | null },
    };
  }
  return { ...shape, data: { ...shape.data, fieldErrors: null as FieldErrors | null } };
}
