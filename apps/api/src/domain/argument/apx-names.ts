import { textAt } from "./apx-bytes.ts";
import { NumberedNames } from "./apx-numbered-names.ts";

/**
 * The argument names of an APX file, interned by their place in its bytes: a
 * hash table over bytes, so that reading a million attacks makes no string
 * and no string-keyed lookup per name. A name's slot is its number in order
 * of first appearance; `names(slots)` makes the strings when asked.
 *
 * At a million names the table and the file outgrow the CPU caches, and each
 * lookup costs its memory misses more than its arithmetic. So a bucket holds
 * everything a lookup needs side by side — hash, slot, where the name is in
 * the file and its length — and only a matching hash reads the bytes.
 */
const HASH = 0;
const SLOT = 1;
const START = 2;
const LENGTH = 3;
const BUCKET = 4;

export class ApxNames {
  /** BUCKET ints per bucket; SLOT holds slot + 1, or 0 for an empty bucket. */
  private buckets: Int32Array;
  private mask: number;
  /** Per slot: where its name is in the file, and its length (read in slot order). */
  private startOf: Int32Array;
  private lengthOf: Int32Array;
  private readonly numbered: NumberedNames;
  /** Per name of a `slotsOf` call: its number (NumberedNames), or -1 for the table. */
  private numbers = new Int32Array(512);
  /** What the warming passes of `slotsOf` read: kept so that their reads are not dropped. */
  private warmed = 0;
  /** Names in the table (the others are numbered): what its load factor counts. */
  private hashed = 0;
  private readonly fullSize: number;
  count = 0;

  /** `expected`: about how many names there will be (the table grows past it). */
  constructor(
    private readonly bytes: Uint8Array,
    expected = 1024,
  ) {
    // The table starts small: in files of numbered names it stays empty. It
    // takes its full size when the first name of the file is not numbered.
    let size = 1 << 12;
    while (size < 2 * expected) size *= 2;
    this.fullSize = size;
    this.buckets = new Int32Array((1 << 12) * BUCKET);
    this.mask = (1 << 12) - 1;
    this.startOf = new Int32Array(Math.max(1024, expected));
    this.lengthOf = new Int32Array(this.startOf.length);
    this.numbered = new NumberedNames(bytes, 4 * expected + 1024);
  }

  /**
   * The slots of `count` names given as (start, end, hash) triples in
   * `names`, into `slots`, as `slot` would give them one by one. Looked up in
   * three passes: the first two only read each name's bucket, then the bytes
   * that bucket points at. Those reads do not depend on each other, so the
   * CPU waits for many cache misses at once rather than one after another,
   * and the third pass, which does the work, finds them in the cache.
   */
  slotsOf(names: Int32Array, count: number, slots: Int32Array) {
    const { buckets, mask, bytes, numbered } = this;
    if (this.numbers.length < count) this.numbers = new Int32Array(count);
    const { numbers } = this;
    for (let k = 0; k < count; k++)
      numbers[k] = numbered.numberOf(names[3 * k]!, names[3 * k + 1]!);
    // Only reads in these loops, each independent of the last, so that many
    // cache misses are under way at once.
    let warmed = this.warmed;
    for (let k = 0; k < count; k++) {
      const number = numbers[k]!;
      warmed ^=
        number >= 0
          ? numbered.slotOf(number)
          : buckets[(names[3 * k + 2]! & mask) * BUCKET + START]!;
    }
    for (let k = 0; k < count; k++) {
      if (numbers[k]! >= 0) continue;
      warmed ^= bytes[buckets[(names[3 * k + 2]! & mask) * BUCKET + START]!]!;
    }
    this.warmed = warmed;
    for (let k = 0; k < count; k++) {
      const start = names[3 * k]!;
      const end = names[3 * k + 1]!;
      const number = numbers[k]!;
      if (number < 0) {
        slots[k] = this.hashedSlot(start, end, names[3 * k + 2]!);
        continue;
      }
      let slot = numbered.slotOf(number);
      if (slot < 0) {
        slot = this.newSlot(start, end - start);
        numbered.remember(number, slot);
      }
      slots[k] = slot;
    }
  }

  /** The slot of the name at `bytes[start, end)`, whose `hashBytes` is `hash`; made when first seen. */
  private hashedSlot(start: number, end: number, hash: number): number {
    const { buckets } = this;
    const length = end - start;
    for (let b = hash & this.mask; ; b = (b + 1) & this.mask) {
      const at = b * BUCKET;
      const entry = buckets[at + SLOT]!;
      if (entry === 0) return this.add(at, start, length, hash);
      if (
        buckets[at + HASH] === hash &&
        buckets[at + LENGTH] === length &&
        this.sameBytes(buckets[at + START]!, start, length)
      ) {
        return entry - 1;
      }
    }
  }

  name(slot: number): string {
    const start = this.startOf[slot]!;
    return textAt(this.bytes, start, start + this.lengthOf[slot]!);
  }

  /**
   * The names of `slots`, in that order. Decoded together: their bytes are
   * copied side by side and decoded once, then sliced, because one decoder
   * call per name would cost more than the rest of reading the file.
   */
  names(slots: ArrayLike<number>): string[] {
    const { bytes, startOf, lengthOf } = this;
    let total = 0;
    for (let k = 0; k < slots.length; k++) total += lengthOf[slots[k]!]!;
    const packed = new Uint8Array(total);
    const ends = new Int32Array(slots.length);
    let end = 0;
    for (let k = 0; k < slots.length; k++) {
      const start = startOf[slots[k]!]!;
      const stop = start + lengthOf[slots[k]!]!;
      for (let i = start; i < stop; i++) packed[end++] = bytes[i]!;
      ends[k] = end;
    }
    // Names hold ASCII only (checked before they get a slot): one byte, one character.
    const text = textAt(packed, 0, total);
    const names = new Array<string>(slots.length);
    for (let k = 0, start = 0; k < slots.length; start = ends[k]!, k++) {
      names[k] = text.slice(start, ends[k]);
    }
    return names;
  }

  private sameBytes(first: number, start: number, length: number): boolean {
    const { bytes } = this;
    for (let i = 0; i < length; i++) if (bytes[first + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(bucket: number, start: number, length: number, hash: number): number {
    let at = bucket;
    if (this.count === 0 && this.fullSize > this.mask + 1) {
      this.buckets = new Int32Array(this.fullSize * BUCKET);
      this.mask = this.fullSize - 1;
      at = (hash & this.mask) * BUCKET;
    }
    const slot = this.newSlot(start, length);
    const { buckets } = this;
    buckets[at + HASH] = hash;
    buckets[at + SLOT] = slot + 1;
    buckets[at + START] = start;
    buckets[at + LENGTH] = length;
    if (++this.hashed * 2 > this.mask + 1) this.rehash();
    return slot;
  }

  private newSlot(start: number, length: number): number {
    const slot = this.count++;
    if (slot === this.startOf.length) {
      this.startOf = grow(this.startOf);
      this.lengthOf = grow(this.lengthOf);
    }
    this.startOf[slot] = start;
    this.lengthOf[slot] = length;
    return slot;
  }

  private rehash() {
    const old = this.buckets;
    const size = (this.mask + 1) * 2;
    const buckets = new Int32Array(size * BUCKET);
    const mask = size - 1;
    for (let from = 0; from < old.length; from += BUCKET) {
      if (old[from + SLOT] === 0) continue;
      let b = old[from + HASH]! & mask;
      while (buckets[b * BUCKET + SLOT] !== 0) b = (b + 1) & mask;
      buckets.set(old.subarray(from, from + BUCKET), b * BUCKET);
    }
    this.buckets = buckets;
    this.mask = mask;
  }
}

/** The array twice as long, its contents kept. */
export function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
