/**
 * The seen values of every insert-only DISTINCT of one aggregation operator, in one
 * open-addressing hash table of typed arrays: (owner, value) → a bit set (bit i: call i of the
 * owner's distinct group has counted the value). An owner is a group's ordinal times the number
 * of distinct argument lists plus the list's index, so each group's lists stay apart. Flink keeps
 * one MapView per distinct field shared by its FILTER variants; this is the same payload, with
 * all groups' maps folded into one table.
 *
 * Why one table: Nexmark q16 has ~10 000 cold groups, each seeing mostly new (group, bidder)
 * pairs; with a Map per group a row costs two lookups in cold, growing Maps (~1.5 µs each). Here
 * a lookup is a hash and one or two cache lines of one Int32Array, and nothing is allocated per
 * value (no Map entries for the young generation to promote).
 *
 * Values: a safe integer (BIGINT/INT ids, already numbers as the distinct key functions give
 * them; -0 as 0, as a Map's SameValueZero) is stored as its two 32-bit halves; any other key
 * (strings, doubles, NaN, NULL, encoded composites) goes through a dictionary value → id and is
 * stored as (DICT, id), which no safe integer's high half equals. So two keys are equal here
 * exactly when a Map would find them equal.
 *
 * Entries are never removed: the table serves insert-only inputs, whose groups never go away.
 */

/** Int32s per slot: owner + 1 (0 = empty), value low half, value high half, bit set. */
const STRIDE = 4;
/** High half of a dictionary id (safe integers' high halves lie in [-2^21, 2^21)). */
const DICT = 0x40000000;
const TWO32 = 4294967296;
/** Grow when more than this fraction of slots is used (linear probing stays short below it). */
const MAX_LOAD = 0.5;

/** One operator's insert-only DISTINCT seen-sets. */
export class DistinctSeenTable {
  /** Interleaved slots (see STRIDE). */
  table: Int32Array;
  private mask: number;
  private count = 0;
  private limit: number;
  private readonly dict = new Map<unknown, number>();

  constructor(initialSlots = 1024) {
    let cap = 16;
    while (cap < initialSlots) cap *= 2;
    this.table = new Int32Array(cap * STRIDE);
    this.mask = cap - 1;
    this.limit = Math.floor(cap * MAX_LOAD);
  }

  /** Values held. */
  get size(): number {
    return this.count;
  }

  /**
   * Makes room for `n` insertions, so that slot indices returned by the next `n` calls of
   * {@link slot} stay valid together (the table grows only here).
   */
  reserve(n: number): void {
    while (this.count + n > this.limit) this.grow();
  }

  /**
   * The index in {@link table} of the entry (owner, key), inserted with an empty bit set when
   * absent; its bit set is `table[index + 3]`. The caller must have reserved room.
   */
  slot(owner: number, key: unknown): number {
    let lo: number;
    let hi: number;
    if (typeof key === 'number' && Number.isSafeInteger(key)) {
      // Floor division keeps negatives exact: key = hi * 2^32 + (lo >>> 0).
      hi = Math.floor(key / TWO32);
      lo = (key - hi * TWO32) | 0;
      hi |= 0;
    } else {
      let id = this.dict.get(key);
      if (id === undefined) this.dict.set(key, (id = this.dict.size));
      lo = id | 0;
      hi = DICT + Math.floor(id / TWO32);
    }
    const o = owner + 1;
    const t = this.table;
    let i = hash(o, lo, hi) & this.mask;
    for (;;) {
      const at = i * STRIDE;
      const e = t[at]!;
      if (e === 0) {
        t[at] = o;
        t[at + 1] = lo;
        t[at + 2] = hi;
        this.count++;
        return at;
      }
      if (e === o && t[at + 1] === lo && t[at + 2] === hi) return at;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.table;
    const cap = (this.mask + 1) * 2;
    const t = new Int32Array(cap * STRIDE);
    const mask = cap - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      const o = old[at]!;
      if (o === 0) continue;
      const lo = old[at + 1]!;
      const hi = old[at + 2]!;
      let i = hash(o, lo, hi) & mask;
      while (t[i * STRIDE] !== 0) i = (i + 1) & mask;
      const to = i * STRIDE;
      t[to] = o;
      t[to + 1] = lo;
      t[to + 2] = hi;
      t[to + 3] = old[at + 3]!;
    }
    this.table = t;
    this.mask = mask;
    this.limit = Math.floor(cap * MAX_LOAD);
  }
}

/** A 32-bit mix of the three halves (murmur3's finaliser over a multiplicative combination). */
function hash(o: number, lo: number, hi: number): number {
  let h = Math.imul(o, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca77) ^ Math.imul(hi, 0xc2b2ae3d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h;
}
