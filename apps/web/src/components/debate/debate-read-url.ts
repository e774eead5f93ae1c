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
