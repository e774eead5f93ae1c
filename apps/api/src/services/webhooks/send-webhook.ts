// One outgoing POST: a timeout, no redirects followed, and at most a few
// kilobytes of the answer read, so a slow or huge receiver cannot hold us.
import { signWebhookBody } from "./webhook-policy.ts";

const TIMEOUT_MS = 5_000;
const MAX_RESPONSE_BYTES = 16 * 1024;

export type SendResult = {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
};

export async function sendWebhook(
  target: { url: string; secret: string },
  delivery: { id: string; type: string; body: string },
  timeoutMs = TIMEOUT_MS,
): Promise<SendResult> {
  const started = performance.now();
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(target.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json",
        "user-agent": "Steelman-Webhooks/1",
        "x-steelman-event": delivery.type,
        "x-steelman-delivery": delivery.id,
        "x-steelman-timestamp": timestamp,
        "x-steelman-signature": signWebhookBody(target.secret, timestamp, delivery.body),
      },
      body: delivery.body,
    });
    await readCapped(response);
    const ok = response.status >= 200 && response.status < 300;
    const error = ok
      ? null
      : response.status >= 300 && response.status < 400
        ? "The receiver answered with a redirect; webhooks do not follow redirects."
        : `The receiver answered ${response.status}.`;
    return { ok, statusCode: response.status, durationMs: elapsed(), error };
  } catch (cause) {
    const timedOut = cause instanceof DOMException && cause.name === "TimeoutError";
    const error = timedOut
      ? `No answer within ${timeoutMs / 1000} seconds.`
      : `Could not reach the receiver (${cause instanceof Error ? cause.message : "network error"}).`;
    return { ok: false, statusCode: null, durationMs: elapsed(), error };
  }
}

/** Reads and discards the answer up to the cap, then drops the connection's rest. */
async function readCapped(response: Response): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  let received = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return;
    received += chunk.value.byteLength;
    if (received > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      return;
    }
  }
}
