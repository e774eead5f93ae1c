// The page's side of early-debate-read.tsx: the answer the inline script
// fetched, once, as the debate query's data (null when there was none or it
// failed: the page then reads as usual).
import { leanTransformer } from "@/lib/lean-transformer";

type Envelope = { result?: { data: Parameters<typeof leanTransformer.deserialize>[0] } };
/** Where the inline script leaves each read's promise for the page to take. */
export const EARLY_READS = "__steelmanEarlyReads";

/** A debate page's address; its first group is the debate's id. */
export const DEBATE_PATH = /^\/w\/[^/]+\/d\/([^/]+)\/?$/;

/** The debate's read as one plain (unbatched) tRPC GET. */
export function debateReadUrl(debateId: string): string {
  return `/trpc/debate.get?input=${encodeURIComponent(JSON.stringify({ json: { debateId } }))}`;
}

export function takeEarlyDebateRead(debateId: string): Promise<unknown | null> | null {
  const reads = (window as unknown as Record<string, Record<string, Promise<Envelope | null>>>)[
    EARLY_READS
  ];
  const read = reads?.[debateId];
  if (!read) return null;
  // Taken once: a later visit to the page must read afresh.
  delete reads[debateId];
  return read.then((body) => (body?.result ? leanTransformer.deserialize(body.result.data) : null));
}
