// Checks made on a request's line and headers alone, before its body is read:
// only JSON bodies reach the API, and one request carries only a few calls.
// Fastify reads no body for these; every other method (OPTIONS too) may carry one.
const BODYLESS_METHODS = new Set(["GET", "HEAD"]);

/** Calls one batched request may carry: writes are few at a time; a page loads more reads. */
export const MAX_MUTATIONS_PER_REQUEST = 10;
export const MAX_QUERIES_PER_REQUEST = 40;

export type GuardVerdict = { allowed: true } | { allowed: false; status: number; reason: string };

const ALLOWED: GuardVerdict = { allowed: true };

/** Any body must be declared `application/json` (e.g. not multipart, which bypasses the JSON limit). */
export function checkBodyContentType(
  method: string,
  contentType: string | undefined,
): GuardVerdict {
  if (BODYLESS_METHODS.has(method.toUpperCase())) return ALLOWED;
  const mediaType = contentType?.split(";", 1)[0]?.trim().toLowerCase();
  if (mediaType === "application/json") return ALLOWED;
  return {
    allowed: false,
    status: 415,
    reason: "The API accepts only application/json request bodies.",
  };
}

/** A tRPC batch (`/trpc/a,b,c?batch=1`) of more calls than allowed is refused before any runs. */
export function checkBatchSize(method: string, url: string): GuardVerdict {
  const parsed = new URL(url, "http://api.invalid");
  if (!parsed.pathname.startsWith("/trpc/")) return ALLOWED;
  const calls = parsed.pathname.slice("/trpc/".length).split(",").length;
  const max = method.toUpperCase() === "GET" ? MAX_QUERIES_PER_REQUEST : MAX_MUTATIONS_PER_REQUEST;
  if (calls <= max) return ALLOWED;
  return {
    allowed: false,
    status: 413,
    reason: `Too many calls in one request (${calls}); send at most ${max} at a time.`,
  };
}
