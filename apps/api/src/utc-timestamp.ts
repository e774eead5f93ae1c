// PostgreSQL's text for a `timestamp(3)` value (UTC here) as a Date, read by
// hand, as a column gives it ("2026-12-06 13:17:23.12") and as JSON does
// ("2026-12-06T13:17:23.12"): a whole-debate read parses two hundred of them
// at 100 claims, and V8's own parse of a rewritten ISO string cost twice as
// much and three string copies each. Anything not in that shape (fixed
// places, 0-3 digits of fraction, a four-digit year; not "… BC", not
// "infinity") goes through V8's parse as before.

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const SPACE = 32;
const LETTER_T = 84;
const DASH = 45;
const COLON = 58;
const DOT = 46;

function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - DIGIT_0;
  return value;
}

/** Whether the character at `at` may stand there in "YYYY-MM-DD HH:MM:SS.fff" (or with T). */
function fitsUsualShape(code: number, at: number): boolean {
  switch (at) {
    case 4:
    case 7:
      return code === DASH;
    case 10:
      return code === SPACE || code === LETTER_T;
    case 13:
    case 16:
      return code === COLON;
    case 19:
      return code === DOT;
    default:
      return code >= DIGIT_0 && code <= DIGIT_9;
  }
}

/** PostgreSQL's shape, to the character; 0-3 digits of fraction (none: no dot). */
function isUsualShape(text: string): boolean {
  const length = text.length;
  if (length < 19 || length > 23 || length === 20) return false;
  // Years below 1000 go to V8: Date.UTC would read a year below 100 as 19xx.
  if (text.charCodeAt(0) === DIGIT_0) return false;
  for (let at = 0; at < length; at++) {
    if (!fitsUsualShape(text.charCodeAt(at), at)) return false;
  }
  return true;
}

export function parseUtcTimestamp(text: string): Date {
  if (!isUsualShape(text)) return new Date(`${text.replace(" ", "T")}Z`);
  const length = text.length;
  let millis = length > 20 ? digitsAt(text, 20, length) : 0;
  for (let digits = length - 20; digits > 0 && digits < 3; digits++) millis *= 10;
  return new Date(
    Date.UTC(
      digitsAt(text, 0, 4),
      digitsAt(text, 5, 7) - 1,
      digitsAt(text, 8, 10),
      digitsAt(text, 11, 13),
      digitsAt(text, 14, 16),
      digitsAt(text, 17, 19),
      millis,
    ),
  );
}
