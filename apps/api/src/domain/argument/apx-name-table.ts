import { hashBytes } from "./apx-bytes.ts";

/**
 * The argument names of an APX file that are not numbered
 * (apx-numbered-names.ts), interned by their place in its bytes: a hash table
 * over bytes, so that reading a million attacks makes no string and no
 * string-keyed lookup per name. A name's slot is its number in order of first
 * appearance.
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
/** Names looked up together (`slotsOf`), at most. */
export const BATCH = 256;

export class ApxNameTable {
  /** BUCKET ints per bucket; SLOT holds slot + 1, or 0 for an empty bucket. */
  private buckets: Int32Array;
  private mask: number;
  /** Per slot: the index of its declaration + 1, or 0 when not declared. */
  private declarations = new Int32Array(1024);
  /** What the warming passes of `slotsOf` read: kept so that their reads are not dropped. */
  private warmed = 0;
  private hashes = new Int32Array(BATCH);
  private readonly fullSize: number;
  count = 0;

  /** `expected`: about how many names there will be (the table grows past it). */
  constructor(
    private readonly bytes: Uint8Array,
    expected = 1024,
  ) {
    // The table starts small: in files of numbered names it stays empty. It
    // takes its full size when the first name not numbered comes.
    let size = 1 << 12;
    while (size < 2 * expected) size *= 2;
    this.fullSize = size;
    this.buckets = new Int32Array((1 << 12) * BUCKET);
    this.mask = (1 << 12) - 1;
  }

  /**
   * The slots of `count` names at `bytes[starts[k], ends[k])`, into `slots`,
   * as `slotOf` would give them one by one. Looked up in three passes: the
   * first two only read each name's bucket, then the bytes that bucket points
   * at. Those reads do not depend on each other, so the CPU waits for many
   * cache misses at once rather than one after another, and the third pass,
   * which does the work, finds them in the cache.
   */
  slotsOf(starts: Int32Array, ends: Int32Array, count: number, slots: Int32Array): void {
    const { bytes } = this;
    const hashes = this.hashes;
    for (let k = 0; k < count; k++) hashes[k] = hashBytes(bytes, starts[k]!, ends[k]!);
    let warmed = this.warmed;
    const { buckets, mask } = this;
    for (let k = 0; k < count; k++) warmed ^= buckets[(hashes[k]! & mask) * BUCKET + START]!;
    for (let k = 0; k < count; k++)
      warmed ^= bytes[buckets[(hashes[k]! & mask) * BUCKET + START]!]!;
    this.warmed = warmed;
    for (let k = 0; k < count; k++) slots[k] = this.slotOf(starts[k]!, ends[k]!, hashes[k]!);
  }

  /** The slot of the name at `bytes[start, end)`, whose `hashBytes` is `hash`; made when first seen. */
  slotOf(start: number, end: number, hash: number): number {
    const { buckets } = this;
    const length = end - start;
    for (let b = hash & this.mask; ; b = (b + 1) & this.mask) {
      const at = b * BUCKET;
      const entry = buckets[at + SLOT]!;
      if (entry === 0) return this.add(hash, start, length);
      if (
        buckets[at + HASH] === hash &&
        buckets[at + LENGTH] === length &&
        this.sameBytes(buckets[at + START]!, start, length)
      ) {
        return entry - 1;
      }
    }
  }

  /** The index of `slot`'s declaration, or -1 when it has none (yet). */
  declarationOf(slot: number): number {
    return this.declarations[slot]! - 1;
  }

  declare(slot: number, index: number): void {
    this.declarations[slot] = index + 1;
  }

  private sameBytes(first: number, start: number, length: number): boolean {
    const { bytes } = this;
    for (let i = 0; i < length; i++) if (bytes[first + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(hash: number, start: number, length: number): number {
    if (this.count === 0 && this.fullSize > this.mask + 1) {
      this.buckets = new Int32Array(this.fullSize * BUCKET);
      this.mask = this.fullSize - 1;
    }
    const { buckets, mask } = this;
    let b = hash & mask;
    while (buckets[b * BUCKET + SLOT] !== 0) b = (b + 1) & mask;
    const slot = this.count++;
    if (slot === this.declarations.length) this.declarations = grow(this.declarations);
    const at = b * BUCKET;
    buckets[at + HASH] = hash;
    buckets[at + SLOT] = slot + 1;
    buckets[at + START] = start;
    buckets[at + LENGTH] = length;
    if (this.count * 2 > mask + 1) this.rehash();
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
