// Validation problems as forms show them: one sentence per input path
// ("options.2" for the third option, "" for the input as a whole). Used by the
// API's error formatter and by the web's forms on their own safeParse, so a
// field's error reads the same whoever found it first.

export type FieldErrors = Record<string, string>;

type ValidationIssue = { path?: readonly PropertyKey[]; message: string };

/** The first sentence for each input path ("" for the input as a whole). */
export function toFieldErrors(issues: readonly ValidationIssue[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map(String).join(".");
    fieldErrors[path] ??= issue.message;
  }
  return fieldErrors;
}
