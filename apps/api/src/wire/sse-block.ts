// Reading one block of a Server-Sent Events stream (the text between two
// blank lines), as the web's live pages and the API's HTTP tests both do.
// Pure; the web imports it through `@steelman/api/sse-block`.

export type SseBlock = { event: string; id: string | null; data: string | null };

/** The block's fields; null when it holds only comments (`: ping`) or `retry:`. */
export function readSseBlock(block: string): SseBlock | null {
  let event = "message";
  let id: string | null = null;
  const data: string[] = [];
  let fields = 0;
  for (const line of block.split("\n")) {
    if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
    else if (line.startsWith("id:")) id = line.slice(3).trim();
    else if (line.startsWith("event:")) event = line.slice(6).trim();
    else continue;
    fields += 1;
  }
  if (fields === 0) return null;
  return { event, id, data: data.length > 0 ? data.join("\n") : null };
}
