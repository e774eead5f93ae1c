// Most big APX files name their arguments with one prefix and a number —
// Steelman's export writes claim references, ICCMA's generators `a1`, `a2`, …
// Such a name finds its slot in an array indexed by its number: one read in a
// few MB that stay mostly cached, where the hash table costs a miss in a
// table of tens of MB and another in the file, at the name's first place.
// Whether a name is read this way depends on its bytes only (the prefix is
// fixed by the first name that has one), so a name always finds the same slot.

const ZERO = 48;
const NINE = 57;
/** Nine digits at most, so a number fits an int. */
const MAX_DIGITS = 9;

export class NumberedNames {
  private prefixStart = -1;
  private prefixLength = -1;
  /** Per number: its name's slot + 1, or 0 when not seen yet. */
  private slotOfNumber = new Int32Array(1024);

  /** `limit`: numbers above it go to the hash table, instead of making a huge array. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly limit: number,
  ) {}

  /**
   * The number of the name at `bytes[start, end)` when it is the file's
   * prefix and a decimal number without leading zeros; else -1.
   */
  numberOf(start: number, end: number): number {
    const { bytes } = this;
    let digits = end;
    while (digits > start && bytes[digits - 1]! >= ZERO && bytes[digits - 1]! <= NINE) digits--;
    const count = end - digits;
    if (count === 0 || count > MAX_DIGITS || (bytes[digits] === ZERO && count > 1)) return -1;
    const length = digits - start;
    if (this.prefixLength < 0) {
      this.prefixStart = start;
      this.prefixLength = length;
    } else if (length !== this.prefixLength || !this.samePrefix(start)) {
      return -1;
    }
    let number = 0;
    for (let i = digits; i < end; i++) number = number * 10 + bytes[i]! - ZERO;
    return number <= this.limit ? number : -1;
  }

  /** The slot already given to `number`, or -1; reading it also warms the cache. */
  slotOf(number: number): number {
    return number < this.slotOfNumber.length ? this.slotOfNumber[number]! - 1 : -1;
  }

  remember(number: number, slot: number): void {
    if (number >= this.slotOfNumber.length) {
      const grown = new Int32Array(Math.max(2 * this.slotOfNumber.length, number + 1));
      grown.set(this.slotOfNumber);
      this.slotOfNumber = grown;
    }
    this.slotOfNumber[number] = slot + 1;
  }

  private samePrefix(start: number): boolean {
    const { bytes, prefixStart, prefixLength } = this;
    for (let i = 0; i < prefixLength; i++)
      if (bytes[start + i] !== bytes[prefixStart + i]) return false;
    return true;
  }
}
