const BASE = "https://steelman.invalid";

/**
 * The `?next=` return path, accepted only when it is a path on this site.
 * Checked after parsing it as a browser would: URL parsing drops tabs and
 * newlines, so `/\t/evil.example` becomes `//evil.example`, another site.
 */
export function safeReturnPath(next: string | string[] | undefined, fallback = "/workspaces") {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value?.startsWith("/")) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (parsed.origin !== BASE) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // A path that itself starts with "//" would be read as another host when followed.
  return path.startsWith("//") ? fallback : path;
}

export function withReturnPath(path: "/sign-in" | "/sign-up", next: string | undefined) {
  return next && next !== "/workspaces" ? `${path}?next=${encodeURIComponent(next)}` : path;
}
