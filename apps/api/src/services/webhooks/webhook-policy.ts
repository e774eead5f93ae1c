// Pure rules of webhook delivery: which addresses are allowed, how long to
// wait before the next attempt, when to give up, and how a body is signed.
import { createHmac } from "node:crypto";

/** Consecutive failed attempts after which a webhook is disabled until an owner re-enables it. */
export const MAX_CONSECUTIVE_FAILURES = 8;

/** Growing delays: 10 s, 20 s, 40 s… capped at one hour. */
export function retryDelayMs(failures: number, baseMs = 10_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, failures - 1), 60 * 60_000);
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * https everywhere; plain http only to this machine and only outside
 * production (development and tests run receivers on localhost).
 * Returns a sentence to show when the address is refused, else null.
 */
export function webhookUrlProblem(url: string, production: boolean): string | null {
  if (!URL.canParse(url)) return "Enter a full address, e.g. https://chat.example/hook.";
  const parsed = new URL(url);
  if (parsed.username || parsed.password)
    return "Leave user names and passwords out of the address.";
  if (production && isInternalHost(parsed.hostname)) {
    return "Webhooks go to public addresses; this one points inside the server's own network.";
  }
  if (parsed.protocol === "https:") return null;
  if (parsed.protocol === "http:" && !production && LOOPBACK_HOSTS.has(parsed.hostname)) {
    return null;
  }
  return production
    ? "Webhook addresses must start with https://."
    : "Webhook addresses must start with https:// (http:// is allowed for localhost outside production).";
}

/**
 * Loopback, private and link-local addresses written literally (e.g. a cloud
 * metadata address). Names that resolve to such addresses are not caught here.
 */
function isInternalHost(hostname: string): boolean {
  if (LOOPBACK_HOSTS.has(hostname) || hostname.endsWith(".localhost")) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(hostname);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  // IPv6 literals: loopback, unique-local (fc00::/7), link-local (fe80::/10), v4-mapped.
  return /^\[(::1?|f[cd][0-9a-f]*:.*|fe[89ab][0-9a-f]*:.*|::ffff:.*)\]$/i.test(hostname);
}

/** `X-Steelman-Signature`: HMAC-SHA256 of "<timestamp>.<body>" with the webhook's secret. */
export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Whether a webhook subscribed to these types wants an event of `type`. */
export function wantsEvent(eventTypes: readonly string[], type: string): boolean {
  return eventTypes.includes("*") || eventTypes.includes(type);
}
