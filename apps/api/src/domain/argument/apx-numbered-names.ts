// Most big APX files name their arguments with one prefix and a number —
// Steelman's export writes claim references, ICCMA's generators `a1`, `a2`, …
// Such a name needs no lookup while the file is read: its number stands for
// it, and the number's declaration is found in an array at the end. Whether
// a name is read this way depends on its bytes only (the prefix is fixed by
// the first name that has one), so a name always takes the same path.

const ZERO = 48;
const NINE = 57;
/** Nine digits at most, so a number fits an int. */
const MAX_DIGITS = 9;

export class NumberedNames {
  private prefixStart = -1;
  private prefixLength = -1;
  /** Per number: the index of its declaration + 1, or 0 when not declared. */
  private declarations = new Int32Array(1024);

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

  /** The index of `number`'s declaration, or -1 when it has none (yet). */
  declarationOf(number: number): number {
    return number < this.declarations.length ? this.declarations[number]! - 1 : -1;
  }

  declare(number: number, index: number): void {
    if (number >= this.declarations.length) {
      const grown = new Int32Array(Math.max(2 * this.declarations.length, number + 1));
      grown.set(this.declarations);
      this.declarations = grown;
    }
    this.declarations[number] = index + 1;
  }

  private samePrefix(start: number): boolean {
    const { bytes, prefixStart, prefixLength } = this;
    for (let i = 0; i < prefixLength; i++)
      if (bytes[start + i] !== bytes[prefixStart + i]) return false;
    return true;
  }
}
