/**
 * The bytes an APX file is made of, as the reader sees them: the file is read
 * as bytes (a million-argument file is tens of MB, and one pass over bytes
 * costs about half as much as the same pass over a decoded string).
 */
export const LF = 10;
export const CR = 13;
export const TAB = 9;
export const SPACE = 32;
export const PERCENT = 37;
export const OPEN = 40;
export const CLOSE = 41;
export const COMMA = 44;
export const DOT = 46;

export const isBlank = (byte: number) => byte === SPACE || byte === TAB || byte === CR;

/** 1 for the bytes a name may hold: ASCII letters, digits, `_` and `-`. */
export const NAME_BYTE = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ok =
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
  NAME_BYTE[c] = ok ? 1 : 0;
}

/** Whether `bytes[start, end)` is a name: not empty, name bytes only. */
export function isNameAt(bytes: Uint8Array, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (NAME_BYTE[bytes[i]!] === 0) return false;
  return true;
}

/** Letters, digits, `_` and `-`: what APX names may hold here. */
export function isApxName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 255 || NAME_BYTE[c] === 0) return false;
  }
  return true;
}

/** FNV-1a, one byte at a time: names are hashed as the reader walks over them. */
export const HASH_SEED = 0x811c9dc5;
export const mixHash = (hash: number, byte: number) => Math.imul(hash ^ byte, 0x01000193);

export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = mixHash(hash, bytes[i]!);
  return hash;
}

const utf8 = new TextDecoder();

/** `bytes[start, end)` as text, for messages: UTF-8, bad bytes shown as U+FFFD. */
export function textAt(bytes: Uint8Array, start: number, end: number): string {
  return utf8.decode(bytes.subarray(start, end));
}
