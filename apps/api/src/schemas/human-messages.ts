// Human sentences for validation problems a schema gave no message of its
// own: zod's defaults ("Too big: expected string to have <=100 characters")
// never reach a person. Installed once by the API and by the web's forms.
import { z } from "zod";

/** How a field is called in a sentence, by its input key. */
const FIELD_NAMES: Record<string, string> = {
  token: "The invitation link",
  code: "The join code",
  body: "The claim",
  name: "The name",
  displayName: "Your name",
  email: "The email address",
  password: "The password",
  question: "The question",
  description: "The description",
  title: "The title",
  options: "The options",
  outcome: "The outcome",
  rationale: "The rationale",
  note: "The note",
  reason: "The reason",
  query: "The search",
  idempotencyKey: "The form's submission key",
};

/** "The invitation link", or "Display name" made from an unknown key, or "This value". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((part): part is string => typeof part === "string");
  if (!key) return "This value";
  const known = FIELD_NAMES[key];
  if (known) return known;
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `The ${words}`;
}

type Issue = z.core.$ZodRawIssue;

function sizeSentence(issue: Issue, field: string): string {
  const big = issue.code === "too_big";
  const limit = Number(big ? issue.maximum : issue.code === "too_small" ? issue.minimum : 0);
  const count = limit.toLocaleString("en");
  switch (issue.origin) {
    case "string":
      if (!big && limit <= 1) return `${field} cannot be empty.`;
      return big
        ? `${field} is too long: keep it to ${count} characters or fewer.`
        : `${field} is too short: write at least ${count} characters.`;
    case "array":
    case "set":
      return big
        ? `${field} has too many entries: at most ${count}.`
        : `${field} needs at least ${count} ${limit === 1 ? "entry" : "entries"}.`;
    default:
      return big ? `${field} must be at most ${count}.` : `${field} must be at least ${count}.`;
  }
}

/** The sentence for one validation problem. */
export function humanValidationMessage(issue: Issue): string {
  const field = fieldLabel(issue.path ?? []);
  switch (issue.code) {
    case "too_big":
    case "too_small":
      return sizeSentence(issue, field);
    case "invalid_type":
      return issue.input === undefined || issue.input === null
        ? `${field} is missing.`
        : `${field} is not valid.`;
    case "invalid_format":
      return `${field} is not in the expected format.`;
    case "invalid_value":
      return `${field} is not one of the choices offered.`;
    case "unrecognized_keys":
      return "The form sent fields this action does not take. Reload the page and try again.";
    default:
      return `${field} is not valid.`;
  }
}

/** Makes zod use these sentences wherever a schema has no message of its own. */
export function installHumanValidationMessages(): void {
  z.config({ customError: (issue) => humanValidationMessage(issue) });
}
