/**
 * An open-addressing hash index from 64-bit integer keys (two int32 words) to small non-negative
 * int32 references (the caller's dense entry numbers): a lookup reads typed memory only, an
 * insert allocates nothing (but at a growth), and no JS Map entry exists per key. Linear probing
 * with backward-shift deletion, so no tombstones accumulate under churn.
 *
 * The slots hold only reference + 1 (4 bytes); each reference's key words sit in pages that are
 * never copied. A growth so writes a quarter of what [key, reference] slots would: rehashing into
 * fresh memory was ~20 ms of each q17 run with 16-byte slots (first touches of new pages), more
 * than the Map's own growth.
 *
 * RowKeyedMap keeps its first key column's integer parts here (BIGINT, INT … values): a JS Map's
 * `set` of a new key was ~0.5 µs per new group in Nexmark q17 and its `get` ~10 % of the query
 * (REQUESTS-from-agg items 57, 62).
 *
 * @example
 * const ix = new Int64Index();
 * ix.add(5, 0, 7); // key 5 (low word 5, high word 0) → 7
 * ix.get(5, 0); // 7
 */

const MIN_BITS = 4;
/** References per key page (two int32 words each). */
const PAGE_BITS = 12;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

/** Multiplicative (Fibonacci) hash: its top bits pick the slot, well spread for sequential ids. */
function hash(lo: number, hi: number): number {
  return Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
}

export class Int64Index {
  /** Per slot: reference + 1, or 0 when empty. */
  private slots = new Int32Array(1 << MIN_BITS);
  private mask = (1 << MIN_BITS) - 1;
  private shift = 32 - MIN_BITS;
  private count = 0;
  /** Reference r's key words at [2 (r & PAGE_MASK)] of page r >>> PAGE_BITS. */
  private readonly keys: Int32Array[] = [];

  get size(): number {
    return this.count;
  }

  /** The reference of key (lo, hi), or -1. */
  get(lo: number, hi: number): number {
    const s = this.slots;
    const mask = this.mask;
    const keys = this.keys;
    let i = hash(lo, hi) >>> this.shift;
    for (;;) {
      const r = s[i]! - 1;
      if (r < 0) return -1;
      const p = keys[r >>> PAGE_BITS]!;
      const o = (r & PAGE_MASK) << 1;
      if (p[o] === lo && p[o + 1] === hi) return r;
      i = (i + 1) & mask;
    }
  }

  /**
   * Adds key (lo, hi) → ref; the key must be absent and ref not held by another key. Refs should
   * be dense from 0 (memory for key words is kept up to the largest).
   */
  add(lo: number, hi: number, ref: number): void {
    const pg = ref >>> PAGE_BITS;
    while (this.keys.length <= pg) this.keys.push(new Int32Array(2 << PAGE_BITS));
    const p = this.keys[pg]!;
    const o = (ref & PAGE_MASK) << 1;
    p[o] = lo;
    p[o + 1] = hi;
    // At most half full: probes stay short without the cost of a second hash.
    if (++this.count * 2 > this.mask + 1) this.grow();
    this.place(hash(lo, hi) >>> this.shift, ref + 1);
  }

  private place(home: number, ref1: number): void {
    const s = this.slots;
    const mask = this.mask;
    let i = home;
    while (s[i] !== 0) i = (i + 1) & mask;
    s[i] = ref1;
  }

  /** The home slot of the key of ref + 1. */
  private homeOf(ref1: number): number {
    const r = ref1 - 1;
    const p = this.keys[r >>> PAGE_BITS]!;
    const o = (r & PAGE_MASK) << 1;
    return hash(p[o]!, p[o + 1]!) >>> this.shift;
  }

  private grow(): void {
    const old = this.slots;
    const bits = 32 - this.shift + 1;
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    for (let i = 0; i < old.length; i++) {
      const r1 = old[i]!;
      if (r1 !== 0) this.place(this.homeOf(r1), r1);
    }
  }

  /** Removes key (lo, hi); returns its reference, or -1 when it was absent. */
  delete(lo: number, hi: number): number {
    const ref = this.get(lo, hi);
    if (ref < 0) return -1;
    const s = this.slots;
    const mask = this.mask;
    let i = hash(lo, hi) >>> this.shift;
    while (s[i] !== ref + 1) i = (i + 1) & mask;
    this.count--;
    // Backward shift: move each later entry of the run whose home is not in (i, j] into the hole.
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const r1 = s[j]!;
      if (r1 === 0) break;
      const home = this.homeOf(r1);
      const between = i <= j ? i < home && home <= j : i < home || home <= j;
      if (between) continue;
      s[i] = r1;
      i = j;
    }
    s[i] = 0;
    return ref;
  }

  clear(): void {
    this.slots = new Int32Array(1 << MIN_BITS);
    this.mask = (1 << MIN_BITS) - 1;
    this.shift = 32 - MIN_BITS;
    this.count = 0;
    this.keys.length = 0;
  }
}
