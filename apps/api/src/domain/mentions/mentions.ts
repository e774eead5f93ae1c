// Mentions: "@Display Name" written in a claim's text, for a person the
// author picked from the workspace's members (the composer's list sends their
// ids along). The text stays plain, so exports, search and the archive read
// as written; a pick counts only while its "@Name" is still in the text.
// Pure.
export type Mentionable = { id: string; displayName: string };

const NAME_CHAR = /[\p{L}\p{N}_]/u;

/** Whether `text` holds "@name" as a whole name (not the start of a longer one). */
function holdsMention(text: string, name: string): boolean {
  const needle = `@${name}`;
  let from = text.indexOf(needle);
  while (from >= 0) {
    const after = text[from + needle.length];
    if (after === undefined || !NAME_CHAR.test(after)) return true;
    from = text.indexOf(needle, from + 1);
  }
  return false;
}

/** The picked people whose "@Name" the text holds. */
export function mentionedIn(text: string, picked: readonly Mentionable[]): string[] {
  return picked
    .filter((person) => person.displayName.length > 0 && holdsMention(text, person.displayName))
    .map((person) => person.id);
}

/** Those mentioned after an edit who were not before: only they are told. */
export function newlyMentioned(
  before: string,
  after: string,
  picked: readonly Mentionable[],
): string[] {
  const already = new Set(mentionedIn(before, picked));
  return mentionedIn(after, picked).filter((id) => !already.has(id));
}
