// Cross-site request forgery defence: a state-changing request must show,
// through Sec-Fetch-Site or Origin, that it comes from the app's own origin.
// Requests that show neither are refused too (every current browser sends one).
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = { allowed: true } | { allowed: false; reason: string };

export function checkRequestOrigin(
  method: string,
  headers: { origin?: string | undefined; "sec-fetch-site"?: string | undefined },
  allowedOrigins: ReadonlySet<string>,
): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { allowed: true };
  const site = headers["sec-fetch-site"];
  if (site && site !== "same-origin") {
    return { allowed: false, reason: `Cross-site request refused (Sec-Fetch-Site: ${site}).` };
  }
  const origin = headers.origin;
  if (origin) {
    return allowedOrigins.has(origin)
      ? { allowed: true }
      : { allowed: false, reason: `Request from another origin refused (${origin}).` };
  }
  if (site === "same-origin") return { allowed: true };
  return { allowed: false, reason: "Request refused: it does not say which site it comes from." };
}
