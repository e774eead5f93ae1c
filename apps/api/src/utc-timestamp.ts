// PostgreSQL's text for a `timestamp(3)` value (UTC here) as a Date, read by
// hand, as a column gives it ("2026-12-06 13:17:23.12") and as JSON does
// ("2026-12-06T13:17:23.12"): a whole-debate read parses two hundred of them
// at 100 claims, and V8's own parse of a rewritten ISO string cost twice as
// much and three string copies each. Anything not in that shape (fixed
// places, 0-3 digits of fraction, a four-digit year; not "… BC", not
// "infinity") goes through V8's parse as before.

const DIGIT_0 = 48;
const SPACE = 32;
const LETTER_T = 84;

function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - DIGIT_0;
  return value;
}

export function parseUtcTimestamp(text: string): Date {
  const length = text.length;
  const usual =
    length >= 19 &&
    length <= 23 &&
    length !== 20 &&
    text.charCodeAt(4) === 45 &&
    (text.charCodeAt(10) === SPACE || text.charCodeAt(10) === LETTER_T) &&
    (length === 19 || text.charCodeAt(19) === 46) &&
    // Years below 1000 go to V8: Date.UTC would read a year below 100 as 19xx.
    text.charCodeAt(0) !== DIGIT_0;
  if (!usual) return new Date(`${text.replace(" ", "T")}Z`);
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
