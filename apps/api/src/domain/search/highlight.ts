// Search highlights as data, never as HTML: PostgreSQL marks the matches in a
// fragment with two control characters (which text people write does not
// contain; if one did, a piece would merely be marked wrongly), and the
// fragment is split here into plain and matched pieces that the web renders
// as text and <mark>, so a claim's own markup is always shown as text.
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export type HighlightPiece = { text: string; match: boolean };

/** The pieces of a fragment marked with MATCH_START … MATCH_END around each match. */
export function splitHighlight(fragment: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let rest = fragment;
  while (rest.length > 0) {
    const start = rest.indexOf(MATCH_START);
    if (start < 0) {
      pieces.push({ text: rest, match: false });
      break;
    }
    if (start > 0) pieces.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MATCH_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    pieces.push({ text: rest.slice(start + 1, stop), match: true });
    rest = end < 0 ? "" : rest.slice(end + 1);
  }
  // Adjacent pieces of one kind read better as one.
  return pieces.reduce<HighlightPiece[]>((merged, piece) => {
    const last = merged.at(-1);
    if (last && last.match === piece.match) last.text += piece.text;
    else if (piece.text !== "") merged.push({ ...piece });
    return merged;
  }, []);
}
