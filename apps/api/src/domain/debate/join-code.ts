// Join codes for a room: read aloud or typed from a projector, yet long
// enough not to be guessed. Crockford base32 (no I, L, O or U), 10 characters
// = 50 bits, shown in groups (`K7QX-M2PD-9R`). Pure apart from randomness
// passed in.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 10;
/** Hours a code admits guests unless the facilitator chose otherwise. */
export const DEFAULT_JOIN_CODE_HOURS = 12;

/** `randomBytes` needs JOIN_CODE_LENGTH bytes; 256 is a multiple of 32, so no bias. */
export function makeJoinCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < JOIN_CODE_LENGTH) throw new RangeError("Not enough random bytes.");
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += ALPHABET[(randomBytes[i] ?? 0) % 32];
  return code;
}

/** What people type: case, spaces and dashes do not matter; I/L read as 1 and O as 0. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
}

/** How a stored code is shown: groups of four, `K7QX-M2PD-9R`. */
export function displayJoinCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

export type JoinCodeFacts = {
  closedAt: Date | null;
  createdAt: Date;
  /** Null on codes opened before codes expired: they count from createdAt. */
  expiresAt: Date | null;
  maxGuests: number | null;
  /** Guests this code has admitted so far (removed ones included: a seat stays used). */
  admitted: number;
  archived: boolean;
};

export function joinCodeExpiry(code: Pick<JoinCodeFacts, "createdAt" | "expiresAt">): Date {
  return (
    code.expiresAt ?? new Date(code.createdAt.getTime() + DEFAULT_JOIN_CODE_HOURS * 60 * 60_000)
  );
}

export const JOIN_CODE_REFUSALS = {
  unknown: "There is no join code like that. Check the code shown in the room.",
  closed: "The facilitator has closed this join code. Ask them for the current one.",
  expired: "This join code has expired. Ask the facilitator for a new one.",
  full: "This join code has admitted all the guests it allows. Ask the facilitator to raise the limit.",
  archived: "This debate is archived: it takes no new guests.",
} as const;

/** Why a code admits nobody now, or null when it admits one more guest. */
export function joinCodeRefusal(code: JoinCodeFacts | null, now: Date): string | null {
  if (!code) return JOIN_CODE_REFUSALS.unknown;
  if (code.archived) return JOIN_CODE_REFUSALS.archived;
  if (code.closedAt) return JOIN_CODE_REFUSALS.closed;
  if (joinCodeExpiry(code) <= now) return JOIN_CODE_REFUSALS.expired;
  if (code.maxGuests !== null && code.admitted >= code.maxGuests) return JOIN_CODE_REFUSALS.full;
  return null;
}
