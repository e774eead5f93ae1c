// Reads a debate's live events from the API's plain SSE route
// (/api/live/debates/:id) with fetch, not EventSource: an EventSource cannot
// tell a refusal (signed out, removed: stop) from an outage (503: try again),
// and this must. It resumes from the last id it read, so a reconnect misses
// nothing and repeats nothing.
import { readSseBlock } from "@steelman/api/sse-block";

export type StreamState = "connecting" | "live" | "reconnecting" | "offline";

export type FollowHandlers<T> = {
  onEvent: (id: string, data: T) => void;
  onState: (state: StreamState) => void;
};

/** After a stream drops, the first retry is quick; repeated failures wait longer. */
const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 5_000;

/** How one attempt ended: refused (stop), and whether a stream had opened (retry soon). */
type Ending = { refused: boolean; opened: boolean };

/**
 * Follows the debate from `lastEventId` until the returned function is
 * called. States: live while a stream is open; reconnecting after one was
 * open; offline when refused (a 4xx, which asking again will not change) or
 * when no stream has opened yet — still retried unless refused.
 */
export function followDebateEvents<T>(
  debateId: string,
  lastEventId: string,
  handlers: FollowHandlers<T>,
): () => void {
  const abort = new AbortController();
  let last = lastEventId;
  let wasLive = false;
  handlers.onState("connecting");

  const readOnce = async (): Promise<Ending> => {
    const response = await fetch(
      `/api/live/debates/${encodeURIComponent(debateId)}?lastEventId=${encodeURIComponent(last)}`,
      { headers: { accept: "text/event-stream" }, signal: abort.signal, cache: "no-store" },
    );
    if (!response.ok || !response.body) return { refused: response.status < 500, opened: false };
    wasLive = true;
    handlers.onState("live");
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return { refused: false, opened: true };
      buffer += chunk.value;
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message = readSseBlock(block);
        if (!message?.data) continue;
        if (message.event === "error") {
          const status = (JSON.parse(message.data) as { httpStatus?: number }).httpStatus ?? 500;
          return { refused: status < 500, opened: true };
        }
        if (message.id && message.event === "message") {
          last = message.id;
          handlers.onEvent(message.id, JSON.parse(message.data) as T);
        }
      }
    }
  };

  void (async () => {
    let wait = FIRST_RETRY_MS;
    while (!abort.signal.aborted) {
      let ending: Ending;
      try {
        ending = await readOnce();
      } catch {
        // The network dropped (mid-stream or before it opened).
        ending = { refused: false, opened: false };
      }
      if (abort.signal.aborted) return;
      if (ending.refused) {
        handlers.onState("offline");
        return;
      }
      handlers.onState(wasLive ? "reconnecting" : "offline");
      if (ending.opened) wait = FIRST_RETRY_MS;
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, LONGEST_RETRY_MS);
    }
  })();

  return () => abort.abort();
}
