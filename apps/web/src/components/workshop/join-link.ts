/** The address a guest opens to join with a code: the code is in the path, so a QR code carries it. */
export function joinLink(code: string): string {
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  return `${origin}/join/${encodeURIComponent(code)}`;
}

/** The API shows codes grouped ("K7QX-M2PD-9R"); older six-letter codes read "ABC 123". Typing either way works. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
