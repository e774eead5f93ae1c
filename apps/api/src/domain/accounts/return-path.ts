// Where a person was headed when they signed up (say, an invitation's join
// page), carried through the confirmation mail. Only a path on our own site
// is kept: "//host", "/\host" and anything with a scheme or control
// characters would send the link elsewhere, so they are dropped.
const MAX_RETURN_PATH = 2000;

export function ownSitePath(next: string | undefined): string | null {
  if (!next || next.length > MAX_RETURN_PATH) return null;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\u0000-\u001f\u007f\s]/.test(next)) return null;
  return next;
}
