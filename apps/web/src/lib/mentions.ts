// The "@" a person is typing in a claim. Pure. Which picked people the text
// still names is the API's own rule (@steelman/api/mentions).
export type MentionQuery = { start: number; text: string };

const OPENERS = /[\s([{"'“‘]/;

/** The "@…" right before the caret, if the person is typing one; null otherwise. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  const previous = before[at - 1];
  // "ada@example.org" is an address, not a mention.
  if (previous !== undefined && !OPENERS.test(previous)) return null;
  const typed = before.slice(at + 1);
  if (typed.length > 40 || /[\n\r@]/.test(typed) || /^\s|\s$/.test(typed)) return null;
  if (typed.split(" ").length > 3) return null;
  return { start: at, text: typed };
}
