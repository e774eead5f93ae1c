import {
  type FieldErrors,
  installHumanValidationMessages,
  toFieldErrors,
} from "@steelman/api/schemas";
import { TRPCClientError } from "@trpc/client";
import { getErrorMessage } from "./error-message";

// The same sentences as the server's for checks a schema has no message for.
installHumanValidationMessages();

export type { FieldErrors };

/** What a form needs of one of the API's zod schemas (the web does not import zod itself). */
export type InputSchema = {
  safeParse(
    input: unknown,
  ):
    | { success: true }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** The server's per-field sentences from a refused request (empty for other failures). */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof TRPCClientError)) return {};
  const data: unknown = error.data;
  const fieldErrors =
    data && typeof data === "object" && "fieldErrors" in data ? data.fieldErrors : null;
  return fieldErrors && typeof fieldErrors === "object" ? (fieldErrors as FieldErrors) : {};
}

/** Checks input with the API's own schema before sending: null when it passes. */
export function checkFields(schema: InputSchema, input: unknown): FieldErrors | null {
  const result = schema.safeParse(input);
  return result.success ? null : toFieldErrors(result.error.issues);
}

/**
 * What the form-level message should say once the fields show their own
 * errors: the error's sentence unless every field it names is on screen.
 */
export function formLevelMessage(
  error: unknown,
  fieldErrors: FieldErrors,
  shownFields: readonly string[],
): string | null {
  const paths = Object.keys(fieldErrors);
  const unshown = paths.filter((path) => !shownFields.includes(path));
  if (paths.length > 0 && unshown.length === 0) return null;
  const firstUnshown = unshown[0];
  if (firstUnshown !== undefined) return fieldErrors[firstUnshown] ?? null;
  return error ? getErrorMessage(error) : null;
}
