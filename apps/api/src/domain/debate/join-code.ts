// Join codes for a room: short, read aloud or typed from a projector, so
// no look-alike characters (0/O, 1/I/L). Pure apart from randomness passed in.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function makeJoinCode(randomBytes: Uint8Array): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += ALPHABET[(randomBytes[i] ?? 0) % ALPHABET.length];
  return code;
}

/** What people type: case, spaces and dashes do not matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}
