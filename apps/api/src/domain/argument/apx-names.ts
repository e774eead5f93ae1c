/**
 * The argument names of an APX text, interned by their place in the text: a
 * hash table over character codes, so that reading a million attacks makes
 * no string and no string-keyed lookup per name. A name's slot is its number
 * in order of first appearance; `name(slot)` makes the string when asked.
 *
 * At a million names the table and the text outgrow the CPU caches, and each
 * lookup costs its memory misses more than its arithmetic. So a bucket holds
 * everything a lookup needs side by side — hash, slot, where the name is in
 * the text and its length — and only a matching hash reads the text.
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
  /** Per slot: the bucket that holds it (for `name`). */
  private bucketOf: Int32Array;
  count = 0;

  /** `expected`: about how many names there will be (the table grows past it). */
  constructor(
    private readonly text: string,
    expected = 1024,
  ) {
    let size = 1 << 12;
    while (size < 2 * expected) size *= 2;
    this.buckets = new Int32Array(size * BUCKET);
    this.mask = size - 1;
    this.bucketOf = new Int32Array(Math.max(1024, expected));
  }

  /** The slot of the name at `text[start, end)`, made when first seen. */
  slot(start: number, end: number): number {
    const { text, buckets } = this;
    const length = end - start;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    for (let b = hash & this.mask; ; b = (b + 1) & this.mask) {
      const at = b * BUCKET;
      const entry = buckets[at + SLOT]!;
      if (entry === 0) return this.add(at, b, start, length, hash);
      if (
        buckets[at + HASH] === hash &&
        buckets[at + LENGTH] === length &&
        this.sameText(buckets[at + START]!, start, length)
      ) {
        return entry - 1;
      }
    }
  }

  name(slot: number): string {
    const at = this.bucketOf[slot]! * BUCKET;
    const start = this.buckets[at + START]!;
    return this.text.slice(start, start + this.buckets[at + LENGTH]!);
  }

  private sameText(first: number, start: number, length: number): boolean {
    const { text } = this;
    for (let i = 0; i < length; i++) {
      if (text.charCodeAt(first + i) !== text.charCodeAt(start + i)) return false;
    }
    return true;
  }

  private add(at: number, bucket: number, start: number, length: number, hash: number): number {
    const slot = this.count++;
    const { buckets } = this;
    buckets[at + HASH] = hash;
    buckets[at + SLOT] = slot + 1;
    buckets[at + START] = start;
    buckets[at + LENGTH] = length;
    if (slot === this.bucketOf.length) this.bucketOf = grow(this.bucketOf);
    this.bucketOf[slot] = bucket;
    if (this.count * 2 > this.mask + 1) this.rehash();
    return slot;
  }

  private rehash() {
    const old = this.buckets;
    const size = (this.mask + 1) * 2;
    const buckets = new Int32Array(size * BUCKET);
    const mask = size - 1;
    for (let from = 0; from < old.length; from += BUCKET) {
      const entry = old[from + SLOT]!;
      if (entry === 0) continue;
      let b = old[from + HASH]! & mask;
      while (buckets[b * BUCKET + SLOT] !== 0) b = (b + 1) & mask;
      buckets.set(old.subarray(from, from + BUCKET), b * BUCKET);
      this.bucketOf[entry - 1] = b;
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
