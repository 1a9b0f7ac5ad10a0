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
 * them) is stored as its two 32-bit halves; a DOUBLE's -0.0 never arrives as a number (the
 * key function gives values.ts's NEGATIVE_ZERO_KEY, apart from 0 as Flink's Double.equals); any
 * other key (strings, doubles, NaN, NULL, encoded composites) goes through a dictionary value →
 * id and is stored as (id, DICT), which no safe integer's high half equals. So two keys are
 * equal here exactly when a Map would find them equal.
 *
 * Entries are never removed: the table serves insert-only inputs, whose groups never go away.
 */

/**
 * Slots are `stride` Int32s: owner + 1 (0 = empty), the value's low half, the value's high half
 * encoded in 23 bits (below), and the bit set: in the top 9 bits of the third word when every
 * argument list has at most 9 calls (a 12-byte slot: q16's table of 2.2M values is 48 MB instead
 * of 128 MB, i.e. fewer pages, cache lines and growth copies), else in a fourth word.
 *
 * High halves: a safe integer's lies in [-2^21, 2^21), kept as its low 22 bits; a dictionary
 * id's (ids < 2^32) is marked by bit 22 instead.
 */
const HI_BITS = 0x7fffff;
const HI_SAFE = 0x3fffff;
const DICT = 0x400000;
/** Calls per argument list that fit the compact slot's bit set. */
export const COMPACT_CALLS = 9;
const TWO32 = 4294967296;
/**
 * Grow when more than this fraction of slots is used: linear probing stays short below it
 * (several slots share a cache line), and a fuller table touches fewer pages per lookup.
 */
const MAX_LOAD = 0.75;
/**
 * Tables below this many slots (48 MB of compact slots) grow 4 times at once, larger ones double.
 * A growth rehashes every entry into fresh memory, whose first touch is slow on a VM: q16's
 * table, grown by doubling from 1024 to 4M slots, spent ~30 % of the cold half in growths
 * (presized: 2.29 -> 1.48 s, quadrupling: 1.58 s); quadrupling halves the number of growths at
 * the price of a table at most 4 times (not 2) larger than its entries need, while it is small.
 */
const QUADRUPLE_BELOW = 1 << 22;

/** One operator's insert-only DISTINCT seen-sets. */
export class DistinctSeenTable {
  /** Interleaved slots (see {@link stride}). */
  table: Int32Array;
  /** Int32s per slot: 3 (bit set packed with the high half) or 4. */
  readonly stride: number;
  private readonly compact: boolean;
  private mask: number;
  private count = 0;
  private limit: number;
  private readonly dict = new Map<unknown, number>();
  /** {@link split}'s result: the key's low and high word. */
  private kLo = 0;
  private kHi = 0;
  /** Prepared entries (see {@link prepare}): owner + 1, value halves, hash. */
  private pOwner: Int32Array<ArrayBuffer> = new Int32Array(0);
  private pLo: Int32Array<ArrayBuffer> = new Int32Array(0);
  private pHi: Int32Array<ArrayBuffer> = new Int32Array(0);
  private pHash: Int32Array<ArrayBuffer> = new Int32Array(0);

  /** `maxCalls`: the most calls of one argument list (bits per value). */
  constructor(maxCalls = 30, initialSlots = 1024) {
    this.compact = maxCalls <= COMPACT_CALLS;
    this.stride = this.compact ? 3 : 4;
    let cap = 16;
    while (cap < initialSlots) cap *= 2;
    this.table = new Int32Array(cap * this.stride);
    this.mask = cap - 1;
    this.limit = Math.floor(cap * MAX_LOAD);
  }

  /** Values held. */
  get size(): number {
    return this.count;
  }

  /** The bit set of the entry at `at` (an index {@link slot} returned). */
  bits(at: number): number {
    return this.compact ? this.table[at + 2]! >>> 23 : this.table[at + 3]!;
  }

  /** Stores the bit set of the entry at `at`. */
  setBits(at: number, bits: number): void {
    const t = this.table;
    if (this.compact) t[at + 2] = (t[at + 2]! & HI_BITS) | (bits << 23);
    else t[at + 3] = bits;
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
   * absent (see {@link bits}). The caller must have reserved room.
   */
  slot(owner: number, key: unknown): number {
    this.split(key);
    const o = owner + 1;
    const lo = this.kLo;
    const hi = this.kHi;
    return this.probe(o, lo, hi, hash(o, lo, hi));
  }

  /**
   * The key as the two words a slot stores, in {@link kLo} / {@link kHi}: a safe integer as its
   * halves, anything else as (its dictionary id, DICT). Fields, not a returned pair: nothing is
   * allocated on this path, and the method is small enough to be inlined.
   */
  private split(key: unknown): void {
    if (typeof key === 'number' && Number.isSafeInteger(key)) {
      // Floor division keeps negatives exact: key = hi * 2^32 + (lo >>> 0).
      const hi = Math.floor(key / TWO32);
      this.kLo = (key - hi * TWO32) | 0;
      this.kHi = hi & HI_SAFE;
    } else {
      let id = this.dict.get(key);
      if (id === undefined) this.dict.set(key, (id = this.dict.size));
      this.kLo = id | 0;
      this.kHi = DICT;
    }
  }

  /** Finds or inserts (o = owner + 1, lo, hi), whose hash is h. */
  private probe(o: number, lo: number, hi: number, h: number): number {
    const t = this.table;
    const stride = this.stride;
    let i = h & this.mask;
    for (;;) {
      const at = i * stride;
      const e = t[at]!;
      if (e === 0) {
        t[at] = o;
        t[at + 1] = lo;
        t[at + 2] = hi;
        this.count++;
        return at;
      }
      if (e === o && t[at + 1] === lo && (t[at + 2]! & HI_BITS) === hi) return at;
      i = (i + 1) & this.mask;
    }
  }

  /**
   * Converts (owner, key) once and keeps it at position `i` of the prepared entries, for a
   * later {@link touchPrepared} and {@link slotPrepared}: operators prepare a chunk of rows'
   * entries, load their home slots together, then apply the rows. (A key prepared for a row whose
   * FILTERs then skip it may get a dictionary id without an entry: ids only name keys.)
   */
  prepare(i: number, owner: number, key: unknown): void {
    if (i >= this.pOwner.length) this.growPrepared(i + 1);
    this.split(key);
    const lo = this.kLo;
    const hi = this.kHi;
    const o = owner + 1;
    this.pOwner[i] = o;
    this.pLo[i] = lo;
    this.pHi[i] = hi;
    this.pHash[i] = hash(o, lo, hi);
  }

  /**
   * {@link prepare} of a key that is a safe integer (the caller checked: `Number.isSafeInteger`),
   * at a position below what {@link preparedRoom} made room for: no type test, no dictionary,
   * no growth check, small enough to be inlined into an operator's generated loop.
   */
  prepareInt(i: number, owner: number, key: number): void {
    const hi = Math.floor(key / TWO32);
    const lo = (key - hi * TWO32) | 0;
    const h = hi & HI_SAFE;
    const o = owner + 1;
    this.pOwner[i] = o;
    this.pLo[i] = lo;
    this.pHi[i] = h;
    this.pHash[i] = hash(o, lo, h);
  }

  /** Makes room for prepared positions below `n` (see {@link prepareInt}). */
  preparedRoom(n: number): void {
    if (n > this.pOwner.length) this.growPrepared(n);
  }

  /** Marks prepared positions [i, i + n) as holding nothing (a touch skips them). */
  skipPrepared(i: number, n: number): void {
    if (i + n > this.pOwner.length) this.growPrepared(i + n);
    for (let j = i; j < i + n; j++) this.pOwner[j] = 0;
  }

  /**
   * Loads the home slots of prepared entries [0, n) and returns a sum of what it read (a value
   * of no meaning: the point is that the loads are independent, so their cache and TLB misses
   * overlap, and that the lines are in cache when {@link slotPrepared} probes them).
   */
  touchPrepared(n: number): number {
    const t = this.table;
    const h = this.pHash;
    const mask = this.mask;
    const stride = this.stride;
    const o = this.pOwner;
    let s = 0;
    for (let i = 0; i < n; i++) if (o[i] !== 0) s += t[(h[i]! & mask) * stride]!;
    return s;
  }

  /** {@link slot} of prepared entry `i`. */
  slotPrepared(i: number): number {
    return this.probe(this.pOwner[i]!, this.pLo[i]!, this.pHi[i]!, this.pHash[i]!);
  }

  private growPrepared(n: number): void {
    let cap = Math.max(64, this.pOwner.length);
    while (cap < n) cap *= 2;
    const grown = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.pOwner = grown(this.pOwner);
    this.pLo = grown(this.pLo);
    this.pHi = grown(this.pHi);
    this.pHash = grown(this.pHash);
  }

  private grow(): void {
    const old = this.table;
    const stride = this.stride;
    const slots = this.mask + 1;
    const cap = slots * (slots < QUADRUPLE_BELOW ? 4 : 2);
    const t = new Int32Array(cap * stride);
    const mask = cap - 1;
    // Slots are read in order; with the doubled mask each lands at its old home or that plus
    // the old capacity, so the writes run through two regions in order too.
    for (let at = 0; at < old.length; at += stride) {
      const o = old[at]!;
      if (o === 0) continue;
      const lo = old[at + 1]!;
      const w = old[at + 2]!;
      let i = hash(o, lo, w & HI_BITS) & mask;
      while (t[i * stride] !== 0) i = (i + 1) & mask;
      const to = i * stride;
      t[to] = o;
      t[to + 1] = lo;
      t[to + 2] = w;
      if (stride === 4) t[to + 3] = old[at + 3]!;
    }
    this.table = t;
    this.mask = mask;
    this.limit = Math.floor(cap * MAX_LOAD);
  }
}

/** A 32-bit mix of the three parts (murmur3's finaliser over a multiplicative combination). */
function hash(o: number, lo: number, hi: number): number {
  let h = Math.imul(o, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca77) ^ Math.imul(hi, 0xc2b2ae3d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h;
}
