/**
 * The argument names of an APX text, interned by their place in the text: a
 * hash table over character codes, so that reading a million attacks makes
 * no string and no string-keyed lookup per name. A name's slot is its number
 * in order of first appearance; `name(slot)` makes the string when asked.
 */
export class ApxNames {
  /** Per bucket: slot + 1, or 0 for empty. */
  private buckets = new Int32Array(1 << 12);
  private starts: Int32Array = new Int32Array(1 << 10);
  private ends: Int32Array = new Int32Array(1 << 10);
  private hashes: Int32Array = new Int32Array(1 << 10);
  count = 0;

  constructor(private readonly text: string) {}

  /** The slot of the name at `text[start, end)`, made when first seen. */
  slot(start: number, end: number): number {
    const { text } = this;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.buckets.length - 1;
    for (let b = hash & mask; ; b = (b + 1) & mask) {
      const entry = this.buckets[b]!;
      if (entry === 0) {
        const slot = this.add(start, end, hash);
        this.buckets[b] = slot + 1;
        if (this.count * 2 > this.buckets.length) this.rehash();
        return slot;
      }
      const slot = entry - 1;
      if (this.hashes[slot] === hash && this.same(slot, start, end)) return slot;
    }
  }

  name(slot: number): string {
    return this.text.slice(this.starts[slot], this.ends[slot]);
  }

  private same(slot: number, start: number, end: number): boolean {
    const from = this.starts[slot]!;
    if (this.ends[slot]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) {
      if (this.text.charCodeAt(from + i) !== this.text.charCodeAt(start + i)) return false;
    }
    return true;
  }

  private add(start: number, end: number, hash: number): number {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    return this.count++;
  }

  private rehash() {
    const buckets = new Int32Array(this.buckets.length * 2);
    const mask = buckets.length - 1;
    for (let slot = 0; slot < this.count; slot++) {
      let b = this.hashes[slot]! & mask;
      while (buckets[b] !== 0) b = (b + 1) & mask;
      buckets[b] = slot + 1;
    }
    this.buckets = buckets;
  }
}

/** The array twice as long, its contents kept. */
export function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
