/** A search hit's fragment: matched words in <mark>, everything as text (never HTML). */
export function HighlightedFragment({ pieces }: { pieces: { text: string; match: boolean }[] }) {
  return (
    <>
      {pieces.map((piece, index) =>
        piece.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces never move; the index is their identity.
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">
            {piece.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}
