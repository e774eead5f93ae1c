/**
 * The `?next=` return path, accepted only when it is a path on this site
 * (no scheme, no protocol-relative `//host`), so a link cannot send someone elsewhere.
 */
export function safeReturnPath(next: string | string[] | undefined, fallback = "/workspaces") {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}

export function withReturnPath(path: "/sign-in" | "/sign-up", next: string | undefined) {
  return next && next !== "/workspaces" ? `${path}?next=${encodeURIComponent(next)}` : path;
}
