/**
 * A memo for one call site of generated code whose result depends only on one string (the
 * fields of a SPLIT_INDEX group, a query-parameter REGEXP_EXTRACT): string columns of real data
 * often repeat a small set of values (URLs, channels, countries), and a hit then costs one `Map`
 * lookup and shares the strings computed the first time instead of scanning and copying again
 * (Nexmark q22: six `indexOf` and three short-string copies per bid).
 *
 * Correct for any input: the key is the string's content (`Map` compares strings by value, not
 * by identity), and a value is only stored after it was computed from that key by a
 * deterministic function of it alone. Adaptive, so that a column of mostly distinct values pays
 * ~nothing: the hit rate is measured over windows of {@link WINDOW} lookups; below
 * {@link MIN_HITS_PER_WINDOW} the memo switches off (no lookups, no stores: the generated code
 * computes every value) for a number of rows that doubles with each failed probe (up to
 * {@link MAX_OFF_WINDOWS} windows), then probes again with what it kept.
 */

/** Lookups per measuring window (enough to tell a hit rate of 1/4 from none). */
export const WINDOW = 512;
/** A window with fewer hits than this switches the memo off (a hit saves ~3× a miss's cost). */
export const MIN_HITS_PER_WINDOW = WINDOW / 4;
/**
 * Windows off after the first failed probe; doubled after each further one. A probe of fresh
 * values costs ~0.5 µs per row (hashing the string, a new entry), so probes must be rare.
 */
export const MIN_OFF_WINDOWS = 64;
/** The longest pause between probes, in windows (~2M rows). */
export const MAX_OFF_WINDOWS = 4096;
/** Entries kept; the memo starts over when full (a column's set of values may drift). */
export const CAPACITY = 16384;
/** Longer keys are not stored (memory held by the memo stays small). */
export const MAX_KEY_LENGTH = 256;

/**
 * The generated code of a call site uses it as {@link memoCode} writes: `get` and `set` only
 * while `on`; while off, each row counts `left` down and calls `decide` at 0 (inline code: the
 * method calls cost ~10 ns per row, more than the rest of the off path).
 */
export class StringMemo {
  private readonly map = new Map<string, unknown>();
  /**
   * Entries of several values ({@link setFields}): side by side here, the map holding the
   * offset of the first. A hit then reads its values from one flat array instead of through a
   * small array object per entry (Nexmark q22's three URL fields: ~10-25 ns less per hit in a
   * loop over the bench's rows, where the 10k scattered value arrays missed in cache).
   */
  readonly vals: unknown[] = [];
  /** Lookups (while on) or rows (while off) until the next {@link decide}. */
  left = WINDOW;
  private hits = 0;
  private offWindows = MIN_OFF_WINDOWS;
  /** Lookups and stores happen only while on. */
  on = true;

  /**
   * The value stored for `s` (for {@link setFields}: the offset of its values in {@link vals}),
   * or undefined when none is. Stored values are never undefined (SQL NULL is null), so
   * undefined always means "compute it". Only while on.
   */
  get(s: string): unknown {
    if (--this.left === 0) this.decide();
    const v = this.map.get(s);
    if (v !== undefined) this.hits++;
    return v;
  }

  /** Stores `v`, computed from `s` alone; returns true. Only while on. */
  set(s: string, v: unknown): true {
    if (s.length <= MAX_KEY_LENGTH) {
      if (this.map.size >= CAPACITY) this.clear();
      this.map.set(s, v);
    }
    return true;
  }

  /**
   * Stores `fields`, computed from `s` alone, into {@link vals}: `get(s)` then returns the
   * offset of the first (a number). Returns true. Only while on; a memo uses either this or
   * {@link set}, never both.
   */
  setFields(s: string, fields: readonly unknown[]): true {
    if (s.length <= MAX_KEY_LENGTH) {
      if (this.map.size >= CAPACITY) this.clear();
      this.map.set(s, this.vals.length);
      for (const f of fields) this.vals.push(f);
    }
    return true;
  }

  private clear(): void {
    this.map.clear();
    this.vals.length = 0;
  }

  /** Entries held (for tests). */
  get size(): number {
    return this.map.size;
  }

  /** Ends a window (on) or a pause (off): switches on, stays on, or pauses. */
  decide(): void {
    if (!this.on) {
      // probe again, with the entries kept from before
      this.on = true;
      this.left = WINDOW;
    } else if (this.hits >= MIN_HITS_PER_WINDOW) {
      this.offWindows = MIN_OFF_WINDOWS;
      this.left = WINDOW;
    } else {
      this.on = false;
      this.left = WINDOW * this.offWindows;
      this.offWindows = Math.min(this.offWindows * 2, MAX_OFF_WINDOWS);
    }
    this.hits = 0;
  }
}

/**
 * The memoised form of a value computed from the string in local `value` (non-NULL): `memo`
 * names the bound {@link StringMemo} and `entry` a local for the looked-up entry; `hit` reads
 * the entry (e.g. into locals), `compute` computes the value (into locals), `stored` is the
 * entry to store after it (built only while on), and `result` the expression the whole yields.
 */
export function memoCode(
  memo: string,
  value: string,
  entry: string,
  code: { hit: string; compute: string; stored: string; result: string; fields?: boolean },
): string {
  const { hit, compute, stored, result } = code;
  // fields: `stored` is an array of values kept by setFields, `entry` gets their offset
  const store = code.fields === true ? 'setFields' : 'set';
  return `(${memo}.on && (${entry} = ${memo}.get(${value})) !== undefined ? (${hit}, ${result}) : (${compute}, ${memo}.on ? ${memo}.${store}(${value}, ${stored}) : --${memo}.left === 0 && ${memo}.decide(), ${result}))`;
}
