/**
 * The seen-values table of an insert-only DISTINCT group: argument key → a small bit set (bit i:
 * call i of the group has counted the value). A value absent reads as 0 and a stored value is
 * never 0 (a value is stored when a call counts it).
 *
 * Small non-negative integer keys (ids: Nexmark's bidders and auctions, most surrogate keys) go
 * to a dense byte array indexed by the key while the array stays dense enough (its length at
 * most {@link SPREAD} times the values it holds, past a small floor): an indexed read instead of
 * a hash lookup per row and group, and one byte per value instead of a Map entry. Any other key,
 * or a key that would make the array too sparse, moves everything to a Map for good.
 */

/** The dense array may be this many times longer than the values it holds… */
const SPREAD = 8;
/** …once it is longer than this (small tables are always allowed). */
const FLOOR = 4096;

/** One insert-only DISTINCT group's table (bit sets of at most 8 calls in the dense form). */
export class DistinctBits {
  private dense: Uint8Array | null;
  private map: Map<unknown, number> | null = null;
  private count = 0;

  constructor(
    /** Calls of the group: more than 8 need more than a byte, so start as a Map. */
    calls: number,
  ) {
    this.dense = calls <= 8 ? new Uint8Array(16) : null;
    if (this.dense === null) this.map = new Map();
  }

  /** The bit set of `key` (0 when absent). */
  get(key: unknown): number {
    const d = this.dense;
    if (d !== null) {
      if (typeof key === 'number' && key >= 0 && key < d.length && (key | 0) === key) return d[key]!;
      if (typeof key === 'number' && key >= 0 && (key | 0) === key) return 0;
      this.toMap();
    }
    return this.map!.get(key) ?? 0;
  }

  /** Stores the (non-zero) bit set of `key`. */
  set(key: unknown, bits: number): void {
    let d = this.dense;
    if (d !== null) {
      if (typeof key === 'number' && key >= 0 && (key | 0) === key) {
        if (key >= d.length) {
          const len = Math.max(d.length * 2, key + 1);
          if (len > FLOOR && len > SPREAD * (this.count + 1)) {
            this.toMap();
            this.map!.set(key, bits);
            return;
          }
          const grown = new Uint8Array(len);
          grown.set(d);
          this.dense = d = grown;
        }
        if (d[key] === 0) this.count++;
        d[key] = bits;
        return;
      }
      this.toMap();
    }
    this.map!.set(key, bits);
  }

  /** Values held. */
  get size(): number {
    return this.dense !== null ? this.count : this.map!.size;
  }

  private toMap(): void {
    const d = this.dense!;
    const m = new Map<unknown, number>();
    for (let i = 0; i < d.length; i++) if (d[i] !== 0) m.set(i, d[i]!);
    this.map = m;
    this.dense = null;
  }
}
