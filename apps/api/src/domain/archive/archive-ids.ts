// New ids for imported rows. They are UUIDv7 and strictly increasing in the
// order the archive is read, so an export of the imported workspace (which
// reads rows in id order) lists them in the same order as the archive.
export function monotonicUuid7(): () => string {
  let lastMs = 0;
  let seq = 0;
  return () => {
    const now = Date.now();
    if (now > lastMs) {
      lastMs = now;
      seq = 0;
    } else if (++seq > 0xfff) {
      lastMs += 1;
      seq = 0;
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const ms = BigInt(lastMs);
    for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
    bytes[6] = 0x70 | (seq >> 8);
    bytes[7] = seq & 0xff;
    bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** Ids inside free JSON (event data, tallies, ballots): every string that is a known old id becomes its new one. */
export function remapJsonIds(value: unknown, known: (text: string) => string | undefined): unknown {
  if (typeof value === "string") return known(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => remapJsonIds(item, known));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, remapJsonIds(item, known)]),
    );
  return value;
}
