// The debate's read as one plain (unbatched) tRPC GET, and the page's way
// back from its answer's text to the debate query's data.
import type { DebateView } from "@/lib/debate";
import { leanTransformer } from "@/lib/lean-transformer";

type Envelope = { result?: { data: Parameters<typeof leanTransformer.deserialize>[0] } };

export function debateReadUrl(debateId: string): string {
  return `/trpc/debate.get?input=${encodeURIComponent(JSON.stringify({ json: { debateId } }))}`;
}

/** The debate view in a `debate.get` answer's text; null when it holds none. */
export function debateViewFromAnswer(text: string): DebateView | null {
  const body = JSON.parse(text) as Envelope;
  return body.result ? (leanTransformer.deserialize(body.result.data) as DebateView) : null;
}

/**
 * The debate's question in a read's answer, for the page's title, without
 * parsing the whole answer (2 MB at 10,000 claims): the debate's header comes
 * first, and no other part of a read has a "question" (a claim's words that
 * contain one are escaped, \"question\").
 */
export function questionInAnswer(answer: string): string | null {
  const found = /"question":("(?:[^"\\]|\\.)*")/.exec(answer);
  return found?.[1] ? (JSON.parse(found[1]) as string) : null;
}
