/**
 * Accumulators in typed arrays: for an insert-only aggregation whose every call is COUNT, SUM,
 * AVG, MIN or MAX over a type with a fixed-width accumulator, each call keeps its fields (a
 * count; a sum and a count; an extreme) in one interleaved Float64Array row per
 * group ({@link AccumulatorRows}: all calls' fields of a group side by side, one or two cache
 * lines for a cold group instead of a line per call) indexed by a group ordinal, instead of an
 * object per group. A new group then allocates nothing that a scavenge must copy and promote (in
 * Nexmark q17 the per-group state array and its boxed accumulators were ~44 % of the query's
 * time, as GC). MIN/MAX of other types keep their value by reference in an array of their own.
 *
 * The operator folds a chunk of rows at once in one generated loop ({@link compileAccumulate}),
 * rows in order, so a group's accumulator sees its rows in the order the general path would. Results are those of the general implementations (aggregates.ts and
 * append-only-aggregates.ts), which the property tests check.
 *
 * Besides the live accumulators there are "saved" copies, one row per bundle position:
 * the mini-batch operator saves a group's accumulator when a bundle first touches it, and
 * compares the results before and after when the bundle fires (no result row kept per group).
 */
import type { Row } from '../batch.js';
import { valuesEqual } from '../values.js';
import type { AggCall, AggregateImpl, ColumnarSpec } from './aggregate-api.js';
import { countValue } from './append-only-aggregates.js';
import type { DistinctBits } from './distinct-bits.js';
import type { DistinctSeenTable } from './distinct-seen-table.js';

/**
 * Insert-only DISTINCT in the columnar path, as the general path keeps it (aggregate-api.ts):
 * the calls of one argument list share a bit set per value (bit: the call has counted it); the
 * first `localGroups` groups keep a {@link DistinctBits} per list of their own (likely hot
 * groups, whose small tables stay in cache), the others share `seen` as owner
 * `(g - localGroups) * lists + list`, looked up from entries prepared per chunk.
 */
export interface ColumnarDistinct {
  /** Per call: its argument list's index, or -1 (not DISTINCT). */
  readonly listOf: readonly number[];
  /** Per call: its bit in its list's bit set. */
  readonly bitOf: readonly number[];
  /** Per list: its argument columns. */
  readonly args: readonly (readonly number[])[];
  /** Per list: its argument tuple's key (see distinctKeyFn). */
  readonly key: readonly ((args: unknown[]) => unknown)[];
  readonly localGroups: number;
  readonly seen: DistinctSeenTable;
  /** The local groups' tables, `local[g * lists + list]`. */
  readonly local: DistinctBits[];
}

/**
 * A BIGINT's number value read through a BigInt64Array's two 32-bit words (little-endian hosts):
 * high · 2^32 + unsigned low is rounded once, as Number(bigint) rounds, so the result is
 * Number's for every int64 (values outside int64 take Number itself).
 */
const INT64 = new BigInt64Array(1);
const INT64_WORDS = new Int32Array(INT64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Groups per page of {@link AccumulatorRows}: log2. */
export const PAGE_BITS = 12;
const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;

/**
 * The groups' fixed-width accumulators together: one row of {@link width} doubles per group (every
 * call's fields side by side), so that a cold group's accumulators are one or two cache lines
 * instead of a line in each call's own array; and the saved copies, one row per bundle position,
 * written at a group's first touch in a bundle and read in bundle order when it fires.
 *
 * Calls share fields that hold the same thing ({@link part}: COUNT(*) and COUNT(a) per FILTER,
 * SUM's and AVG's sum and count of one argument), so Nexmark q17's ten calls fit eight doubles,
 * one cache line per group where twelve took two.
 *
 * Group rows sit in pages of 2^{@link PAGE_BITS} groups that are never copied: a flat array that
 * doubles copies every row at each growth into memory the process touches for the first time
 * (on this VM the page faults of that fresh memory cost more than the copy: ~6 % of Nexmark q17,
 * whose groups keep arriving). The first page doubles up to its full size, so that a small
 * aggregation stays small.
 */
export class AccumulatorRows {
  /** Group g's fields at P[g >>> PAGE_BITS][(g & PAGE_MASK) * width + k]. */
  P: Float64Array<ArrayBuffer>[] = [];
  /** Bundle position b's saved fields at [b * width, (b + 1) * width). */
  S = new Float64Array(0);
  width = 0;
  /** Per field, the value of a new group (0 unless a part says otherwise). */
  private readonly initial: number[] = [];
  /** The parts made so far, by key, in field order. */
  private readonly parts = new Map<string, AccumulatorPart>();

  /** Reserves `n` doubles per group starting with `initial` values; returns their offset in a row. */
  field(n: number, initial: readonly number[] = []): number {
    const o = this.width;
    this.width += n;
    for (let k = 0; k < n; k++) this.initial.push(initial[k] ?? 0);
    return o;
  }

  /**
   * The part folding what `key` names (made by `make` the first time): calls that need the
   * same fields get one part, folded once per row.
   */
  part<P extends AccumulatorPart>(key: string, make: () => P): P {
    let p = this.parts.get(key);
    if (p === undefined) this.parts.set(key, (p = make()));
    return p as P;
  }

  /** Makes room for group ordinals below `capacity` (new rows hold their initial values). */
  grow(capacity: number): void {
    const P = this.P;
    const full = PAGE * this.width;
    const first = P.length === 0 ? new Float64Array(0) : P[0]!;
    P[0] = grown(first, Math.min(capacity, PAGE) * this.width);
    if (capacity > PAGE && first.length < full) P[0] = grown(P[0], full);
    if (P[0] !== first) this.fill(P[0], first.length);
    while (P.length * PAGE < capacity) {
      const page = new Float64Array(full);
      this.fill(page, 0);
      P.push(page);
    }
  }

  /** Writes the initial values into the rows of `page` from double `from` on (rows nobody used yet). */
  private fill(page: Float64Array, from: number): void {
    const w = this.width;
    const init = this.initial;
    if (w === 0 || init.every((v) => Object.is(v, 0))) return;
    for (let r = Math.floor(from / w) * w; r + w <= page.length; r += w)
      for (let k = 0; k < w; k++) page[r + k] = init[k]!;
  }

  /** The page holding group g's row. */
  page(g: number): Float64Array<ArrayBuffer> {
    return this.P[g >>> PAGE_BITS]!;
  }

  /** Where group g's row starts in its {@link page}. */
  at(g: number): number {
    return (g & PAGE_MASK) * this.width;
  }

  /** Field k of group g. */
  get(g: number, k: number): number {
    return this.P[g >>> PAGE_BITS]![(g & PAGE_MASK) * this.width + k]!;
  }

  /** Field k of the copy saved at bundle position b. */
  saved(b: number, k: number): number {
    return this.S[b * this.width + k]!;
  }

  /** Makes room for saved rows at bundle positions below `capacity`. */
  growSaved(capacity: number): void {
    this.S = grown(this.S, capacity * this.width);
  }

  /** Copies the rows of groups `groups[b]` to saved positions b in [from, to). */
  save(groups: Int32Array, from: number, to: number): void {
    const P = this.P;
    const S = this.S;
    const w = this.width;
    for (let b = from; b < to; b++) {
      const g = groups[b]!;
      const F = P[g >>> PAGE_BITS]!;
      const s = (g & PAGE_MASK) * w;
      const d = b * w;
      for (let k = 0; k < w; k++) S[d + k] = F[s + k]!;
    }
  }
}

/**
 * Fields of the group row that one or more calls read, and the code folding a row into them
 * (emitted once per row however many calls share the part).
 */
export interface AccumulatorPart {
  /**
   * The code that folds one row into the part's fields, for the operator's generated loop (see
   * {@link compileAccumulate}): `row` and `g` (the group ordinal) are in scope; `at(k)` is the
   * place of the part's k-th field in the group's row, `v(col)` a local holding `row[col]`,
   * `x(col)` one holding it as a number (a bigint converted once per row for all calls),
   * `self` the part (for slow paths). The call's FILTER is applied around it.
   */
  code(
    self: string,
    at: (field: number) => string,
    v: (col: number) => string,
    x: (col: number) => string,
  ): string;
  /** Offset of the part's first field in a group row. */
  readonly o: number;
  /**
   * Saves what the part keeps outside its fields (side maps, references) for groups
   * `groups[b]` at positions b in [from, to); the fields themselves are saved by
   * {@link AccumulatorRows.save}.
   */
  save(groups: Int32Array, from: number, to: number): void;
  /** Forgets saved copies [0, n) (drops references they hold). */
  clearSaved(n: number): void;
  /** Makes room for group ordinals below `capacity` in storage of its own. */
  grow(capacity: number): void;
  /** Makes room for saved copies at bundle positions below `capacity` (storage of its own). */
  growSaved(capacity: number): void;
}

/** One aggregate call's accumulators for every group of an operator. */
export interface AccumulatorColumn {
  /** The parts its accumulator is made of (shared with other calls where they hold the same thing). */
  readonly parts: readonly AccumulatorPart[];
  /** Group g's current result. */
  value(g: number): unknown;
  /** The result of the copy saved at bundle position b. */
  savedValue(b: number): unknown;
  /** Whether group g's result equals that of the copy at b (Flink's equaliser; allocates nothing in the common case). */
  same(g: number, b: number): boolean;
}

function grown(a: Float64Array<ArrayBuffer>, capacity: number): Float64Array<ArrayBuffer> {
  if (a.length >= capacity) return a;
  const b = new Float64Array(Math.max(capacity, a.length * 2, 64));
  b.set(a);
  return b;
}

/** Equal as Flink's equaliser compares doubles (Double.equals: NaN equals NaN; 0.0 and -0.0 compare equal here as in valuesEqual). */
const sameNumber = (a: number, b: number): boolean => a === b || (a !== a && b !== b);

/** A part with fields only: nothing of its own to grow or save. */
abstract class FieldPart implements AccumulatorPart {
  abstract readonly o: number;
  abstract code(
    self: string,
    at: (field: number) => string,
    v: (col: number) => string,
    x: (col: number) => string,
  ): string;
  save(_groups: Int32Array, _from: number, _to: number): void {}
  clearSaved(_n: number): void {}
  grow(_capacity: number): void {}
  growSaved(_capacity: number): void {}
}

/** Rows whose `args` are all non-NULL (every row without arguments): one field. */
class CountPart extends FieldPart {
  readonly o: number;
  constructor(
    r: AccumulatorRows,
    private readonly args: readonly number[],
  ) {
    super();
    this.o = r.field(1);
  }
  code(_self: string, at: (k: number) => string, v: (col: number) => string): string {
    const cond = this.args.map((a) => `${v(a)} !== null`).join(' && ');
    return cond === '' ? `${at(0)}++;` : `if (${cond}) ${at(0)}++;`;
  }
}

/**
 * Which part the same fields would be for another call: its kind and arguments, its FILTER, and,
 * for DISTINCT calls (each gated by its own bit), the call itself.
 */
function partKey(kind: string, call: AggCall, index: number, args: readonly number[]): string {
  return `${kind}|${args.join(',')}|${call.filter}|${call.distinct ? index : ''}`;
}

function countPart(r: AccumulatorRows, call: AggCall, index: number, args: readonly number[]): CountPart {
  return r.part(partKey('count', call, index, args), () => new CountPart(r, args));
}

/** COUNT(*) / COUNT(a, …): a count per group (exact to 2^53 rows). */
class CountColumn implements AccumulatorColumn {
  readonly parts: readonly AccumulatorPart[];
  private readonly o: number;
  constructor(
    private readonly r: AccumulatorRows,
    count: CountPart,
  ) {
    this.parts = [count];
    this.o = count.o;
  }
  value(g: number): unknown {
    return countValue(this.r.get(g, this.o));
  }
  savedValue(b: number): unknown {
    return countValue(this.r.saved(b, this.o));
  }
  same(g: number, b: number): boolean {
    return this.r.get(g, this.o) === this.r.saved(b, this.o);
  }
}

/**
 * The sum of a BIGINT argument (or a narrower integer for AVG): a double while it is exact
 * (|sum| < 2^53), else (NaN in the field) a 64-bit wrapping bigint in a side map, as the general
 * IntSumAcc: wrapping addition is associative, so the result is Java's long sum either way. One
 * field; SUM and AVG of the argument share it.
 */
class LongSumPart extends FieldPart {
  readonly o: number;
  readonly big = new Map<number, bigint>();
  readonly sbig = new Map<number, bigint>();
  constructor(
    private readonly r: AccumulatorRows,
    private readonly arg: number,
  ) {
    super();
    this.o = r.field(1);
  }
  code(
    self: string,
    at: (k: number) => string,
    v: (col: number) => string,
    x: (col: number) => string,
  ): string {
    const [sum, val, num] = [at(0), v(this.arg), x(this.arg)];
    // NaN (the sum is in the side map) and unsafe values both fail the test.
    return `if (${val} !== null) {
  const s = ${sum} + ${num};
  if (Number.isSafeInteger(s) && Number.isSafeInteger(${num})) ${sum} = s; else ${self}.addBig(g, ${val});
}`;
  }
  /** Slow path of the generated code: the sum leaves (or has left) the safe range. */
  addBig(g: number, v: bigint | number): void {
    const F = this.r.page(g);
    const i = this.r.at(g) + this.o;
    const cur = F[i]!;
    const acc = cur !== cur ? this.big.get(g)! : BigInt(cur);
    F[i] = NaN;
    this.big.set(g, BigInt.asIntN(64, acc + (typeof v === 'bigint' ? v : BigInt(v))));
  }
  override save(groups: Int32Array, from: number, to: number): void {
    if (this.big.size === 0) return;
    for (let b = from; b < to; b++) {
      const s = this.r.saved(b, this.o);
      if (s !== s) this.sbig.set(b, this.big.get(groups[b]!)!);
    }
  }
  override clearSaved(): void {
    this.sbig.clear();
  }
}

/**
 * SUM over BIGINT and AVG over TINYINT…BIGINT: the argument's {@link LongSumPart} and its
 * COUNT. `avgBits`: 0 for SUM, else AVG truncated and wrapped to that many bits (AVG(INT) is INT).
 */
class LongSumColumn implements AccumulatorColumn {
  readonly parts: readonly AccumulatorPart[];
  constructor(
    private readonly r: AccumulatorRows,
    private readonly sum: LongSumPart,
    private readonly count: CountPart,
    private readonly avgBits: 0 | 8 | 16 | 32 | 64,
  ) {
    this.parts = [sum, count];
  }
  value(g: number): unknown {
    return this.result(this.r.get(g, this.sum.o), this.r.get(g, this.count.o), this.sum.big.get(g));
  }
  savedValue(b: number): unknown {
    return this.result(this.r.saved(b, this.sum.o), this.r.saved(b, this.count.o), this.sum.sbig.get(b));
  }
  private result(s: number, c: number, big: bigint | undefined): unknown {
    if (c === 0) return null;
    const bits = this.avgBits;
    if (bits === 0) return s === s ? BigInt(s) : big!;
    if (s === s) {
      // Exact: |sum| < 2^53, so the rounding of sum / count cannot cross an integer.
      const q = Math.trunc(s / c);
      if (bits === 64) return BigInt(q);
      const lim = 2 ** (bits - 1);
      if (q >= -lim && q < lim) return q === 0 ? 0 : q;
      return Number(BigInt.asIntN(bits, BigInt(q)));
    }
    const q = big! / BigInt(c);
    return bits === 64 ? q : Number(BigInt.asIntN(bits, q));
  }
  same(g: number, b: number): boolean {
    const r = this.r;
    const s = r.get(g, this.sum.o);
    const t = r.saved(b, this.sum.o);
    const c = r.get(g, this.count.o);
    const d = r.saved(b, this.count.o);
    if (s !== s || t !== t || (this.avgBits > 0 && this.avgBits < 64)) {
      return valuesEqual(this.value(g), this.savedValue(b));
    }
    if (c === 0 || d === 0) return c === d;
    return this.avgBits === 0 ? s === t : Math.trunc(s / c) === Math.trunc(t / d);
  }
}

/**
 * A sum in a double: wrapping at 8 / 16 / 32 bits (`mode`, SUM over TINYINT / SMALLINT / INT, as
 * Java's arithmetic), rounded to float after each addition (-1, SUM over FLOAT), or a double
 * (0: SUM over DOUBLE, AVG over DOUBLE and FLOAT). One field, starting at -0.0: Flink's
 * SumAggFunction takes the first value as it is (a SUM of -0.0 is -0.0), and -0.0 + v is v for
 * every v. AVG's sum starts from 0 in Flink instead, which is this sum + 0 (the two differ only
 * when this one is -0.0), so SUM and AVG of a DOUBLE share the part.
 */
class NumberSumPart extends FieldPart {
  readonly o: number;
  constructor(
    r: AccumulatorRows,
    private readonly arg: number,
    private readonly mode: 8 | 16 | 32 | 0 | -1,
  ) {
    super();
    this.o = r.field(1, [mode <= 0 ? -0 : 0]);
  }
  code(_self: string, at: (k: number) => string, v: (col: number) => string): string {
    const [sum, val] = [at(0), v(this.arg)];
    const mode = this.mode;
    const shift = 32 - mode;
    const next = mode === 0 ? 's' : mode === -1 ? 'Math.fround(s)' : `(s << ${shift}) >> ${shift}`;
    return `if (${val} !== null) { const s = ${sum} + ${val}; ${sum} = ${next}; }`;
  }
}

/** SUM over TINYINT / SMALLINT / INT / FLOAT / DOUBLE, AVG over FLOAT / DOUBLE: a {@link NumberSumPart} and its COUNT. */
class NumberSumColumn implements AccumulatorColumn {
  readonly parts: readonly AccumulatorPart[];
  constructor(
    private readonly r: AccumulatorRows,
    private readonly sum: NumberSumPart,
    private readonly count: CountPart,
    /** AVG; -1: over FLOAT (the result rounded to float). */
    private readonly avg: false | 0 | -1,
  ) {
    this.parts = [sum, count];
  }
  value(g: number): number | null {
    return this.result(this.r.get(g, this.sum.o), this.r.get(g, this.count.o));
  }
  savedValue(b: number): number | null {
    return this.result(this.r.saved(b, this.sum.o), this.r.saved(b, this.count.o));
  }
  private result(s: number, c: number): number | null {
    if (c === 0) return null;
    if (this.avg === false) return s;
    const r = (s + 0) / c;
    return this.avg === -1 ? Math.fround(r) : r;
  }
  same(g: number, b: number): boolean {
    const x = this.value(g);
    const y = this.savedValue(b);
    return x === null || y === null ? x === y : sameNumber(x, y);
  }
}

/**
 * MIN / MAX over BIGINT: one field, the extreme as a double while it is a safe integer, NaN when
 * it is a bigint in a side map, and +Infinity (MIN) / -Infinity (MAX) before the first value
 * (NULL; no BIGINT is infinite), so the common case is one comparison.
 */
class LongExtremePart extends FieldPart {
  readonly o: number;
  readonly big = new Map<number, bigint>();
  readonly sbig = new Map<number, bigint>();
  /** The field's value before the first value. */
  readonly none: number;
  constructor(
    private readonly r: AccumulatorRows,
    private readonly arg: number,
    private readonly min: boolean,
  ) {
    super();
    this.none = min ? Infinity : -Infinity;
    this.o = r.field(1, [this.none]);
  }
  code(
    self: string,
    at: (k: number) => string,
    v: (col: number) => string,
    x: (col: number) => string,
  ): string {
    const [ext, val, n] = [at(0), v(this.arg), x(this.arg)];
    return `if (${val} !== null) {
  const e = ${ext};
  if (e === e && Number.isSafeInteger(${n})) { if (${n} ${this.min ? '<' : '>'} e) ${ext} = ${n}; }
  else ${self}.slow(g, typeof ${val} === 'bigint' ? ${val} : BigInt(${val}));
}`;
  }
  /** Slow path of the generated code: a value or extreme outside the safe range. */
  slow(g: number, x: bigint): void {
    const F = this.r.page(g);
    const i = this.r.at(g) + this.o;
    const e = F[i]!;
    if (e !== this.none) {
      const cur = e !== e ? this.big.get(g)! : BigInt(e);
      if (!(this.min ? x < cur : x > cur)) return;
    }
    const n = Number(x);
    if (Number.isSafeInteger(n)) {
      F[i] = n;
      this.big.delete(g);
    } else {
      F[i] = NaN;
      this.big.set(g, x);
    }
  }
  override save(groups: Int32Array, from: number, to: number): void {
    if (this.big.size === 0) return;
    for (let b = from; b < to; b++) {
      const e = this.r.saved(b, this.o);
      if (e !== e) this.sbig.set(b, this.big.get(groups[b]!)!);
    }
  }
  override clearSaved(): void {
    this.sbig.clear();
  }
}

/** MIN / MAX over BIGINT: its {@link LongExtremePart}. */
class LongExtremeColumn implements AccumulatorColumn {
  readonly parts: readonly AccumulatorPart[];
  constructor(
    private readonly r: AccumulatorRows,
    private readonly ext: LongExtremePart,
  ) {
    this.parts = [ext];
  }
  private result(e: number, big: bigint | undefined): unknown {
    return e === this.ext.none ? null : e !== e ? big! : BigInt(e);
  }
  value(g: number): unknown {
    return this.result(this.r.get(g, this.ext.o), this.ext.big.get(g));
  }
  savedValue(b: number): unknown {
    return this.result(this.r.saved(b, this.ext.o), this.ext.sbig.get(b));
  }
  same(g: number, b: number): boolean {
    const e = this.r.get(g, this.ext.o);
    const f = this.r.saved(b, this.ext.o);
    if (e === e && f === f) return e === f;
    return this.value(g) === this.savedValue(b);
  }
}

/**
 * Any other insert-only call whose accumulator is an immutable value that `accumulate` returns
 * (MIN / MAX over non-BIGINT types: the current extreme itself), kept by reference in an array:
 * nothing is allocated per group beyond what the value already is. Its own part (no fields).
 */
class ValueColumn implements AccumulatorColumn, AccumulatorPart {
  readonly o = 0;
  readonly parts: readonly AccumulatorPart[] = [this];
  private readonly acc: unknown[] = [];
  private readonly saved: unknown[] = [];
  private readonly buf: unknown[];
  constructor(
    private readonly impl: AggregateImpl,
    private readonly args: readonly number[],
  ) {
    this.buf = new Array<unknown>(args.length).fill(null);
  }
  grow(capacity: number): void {
    while (this.acc.length < capacity) this.acc.push(this.impl.create());
  }
  growSaved(capacity: number): void {
    while (this.saved.length < capacity) this.saved.push(null);
  }
  code(self: string): string {
    return `${self}.add(g, row);`;
  }
  /** Folds one row into group g's accumulator. */
  add(g: number, row: Row): void {
    const args = this.args;
    const buf = this.buf;
    for (let j = 0; j < args.length; j++) buf[j] = row[args[j]!];
    this.acc[g] = this.impl.accumulate(this.acc[g], buf);
  }
  save(groups: Int32Array, from: number, to: number): void {
    for (let b = from; b < to; b++) this.saved[b] = this.acc[groups[b]!];
  }
  clearSaved(n: number): void {
    for (let b = 0; b < n; b++) this.saved[b] = null;
  }
  value(g: number): unknown {
    return this.impl.getValue(this.acc[g]);
  }
  savedValue(b: number): unknown {
    return this.impl.getValue(this.saved[b]);
  }
  same(g: number, b: number): boolean {
    return valuesEqual(this.value(g), this.savedValue(b));
  }
}

/** The parts of `cols`, each once, in the order the columns name them. */
export function partsOf(cols: readonly AccumulatorColumn[]): AccumulatorPart[] {
  return [...new Set(cols.flatMap((c) => c.parts))];
}

/**
 * One loop folding a chunk of rows into every call's columns: row i's group is `ords[i - from]`.
 * Generated once per operator (each part's code inline once, each input column read and each
 * BIGINT converted once per row), the page of the group's row read per row (pages never move).
 */
export function compileAccumulate(
  calls: readonly AggCall[],
  cols: readonly AccumulatorColumn[],
  acc: AccumulatorRows,
  distinct: ColumnarDistinct | null = null,
): (rows: readonly Row[], ords: Int32Array, from: number, to: number) => void {
  let head =
    'const seen = D === null ? null : D.seen;\nconst local = D === null ? null : D.local;\nconst P = R.P;\n';
  const lists = distinct === null ? 0 : distinct.args.length;
  const LOCAL = distinct === null ? 0 : distinct.localGroups;
  // Per list: bit set (-1 until loaded), its table or slot, bits before the row, key (local).
  let rowHead = '';
  for (let l = 0; l < lists; l++) rowHead += `let d${l} = -1, m${l} = 0, o${l} = 0, k${l};\n`;
  let rowTail = '';
  for (let l = 0; l < lists; l++) {
    rowTail += `if (d${l} !== o${l} && d${l} >= 0) { if (g < ${LOCAL}) m${l}.set(k${l}, d${l}); else seen.setBits(m${l}, d${l}); }\n`;
  }
  const vs = new Set<number>();
  const xs = new Set<number>();
  const parts = partsOf(cols);
  const emitted = new Set<AccumulatorPart>();
  const v = (c: number): string => (vs.add(c), `v${c}`);
  const x = (c: number): string => (vs.add(c), xs.add(c), `x${c}`);
  parts.forEach((_, n) => (head += `const p${n} = A[${n}];\n`));
  let loop = '';
  cols.forEach((col, k) => {
    // A part shared with an earlier call (same fields, same FILTER) is folded once, there.
    let code = '';
    for (const part of col.parts) {
      if (emitted.has(part)) continue;
      emitted.add(part);
      const at = (f: number): string => `F[gw + ${part.o + f}]`;
      code += `${part.code(`p${parts.indexOf(part)}`, at, v, x)}\n`;
    }
    if (code === '') return;
    const l = distinct === null ? -1 : distinct.listOf[k]!;
    if (l >= 0) {
      // Only a value's first occurrence counts (per call: its bit), as the general path.
      const bit = distinct!.bitOf[k]!;
      const fill = distinct!.args[l]!.map((c, j) => `b${l}[${j}] = row[${c}];`).join(' ');
      code = `if (d${l} < 0) {
  if (g < ${LOCAL}) { m${l} = local[g * ${lists} + ${l}]; ${fill} k${l} = key${l}(b${l}); o${l} = m${l}.get(k${l}); }
  else { m${l} = seen.slotPrepared((i - from) * ${lists} + ${l}); o${l} = seen.bits(m${l}); }
  d${l} = o${l};
}
if ((d${l} & ${bit}) === 0) { d${l} |= ${bit};
${code}
}`;
    }
    const f = calls[k]!.filter;
    loop += f >= 0 ? `if (row[${f}] === true) {\n${code}}\n` : `{\n${code}}\n`;
  });
  let reads = '';
  for (const c of vs) reads += `const v${c} = row[${c}];\n`;
  // A BIGINT as a number through the int64 view (INT64): Number(bigint) is a
  // runtime call in Node 20, ~4× the cost.
  for (const c of xs)
    reads += `const x${c} = typeof v${c} === 'bigint' ? (LE && v${c} >= MIN64 && v${c} <= MAX64 ? (B64[0] = v${c}, I32[1] * 4294967296 + (I32[0] >>> 0)) : Number(v${c})) : v${c};\n`;
  const names = ['A', 'D', 'R', 'B64', 'I32', 'LE', 'MIN64', 'MAX64'];
  const bound: unknown[] = [
    parts,
    distinct,
    acc,
    INT64,
    INT64_WORDS,
    LITTLE_ENDIAN,
    -(2n ** 63n),
    2n ** 63n - 1n,
  ];
  for (let l = 0; l < lists; l++) {
    names.push(`b${l}`, `key${l}`);
    bound.push(new Array<unknown>(distinct!.args[l]!.length).fill(null), distinct!.key[l]);
  }
  const factory = new Function(
    ...names,
    `"use strict";\nreturn function accumulate(rows, ords, from, to) {\n${head}for (let i = from; i < to; i++) {\nconst row = rows[i];\nconst g = ords[i - from];\nconst F = P[g >>> ${PAGE_BITS}];\nconst gw = (g & ${PAGE_MASK}) * ${acc.width};\n${reads}${rowHead}${loop}${rowTail}}\n};`,
  );
  return factory(...bound) as (rows: readonly Row[], ords: Int32Array, from: number, to: number) => void;
}

/**
 * Prepares row's shared-table entries at positions `at + list` (see
 * DistinctSeenTable.prepare), or marks them empty for a group with tables of its own. The
 * caller makes room for the positions first (DistinctSeenTable.preparedRoom).
 */
export function compilePrepare(d: ColumnarDistinct): (row: Row, g: number, at: number) => void {
  const lists = d.args.length;
  let body = `if (g < ${d.localGroups}) { seen.skipPrepared(at, ${lists}); return; }\nconst ob = (g - ${d.localGroups}) * ${lists};\n`;
  const names = ['seen'];
  const bound: unknown[] = [d.seen];
  d.args.forEach((cols, l) => {
    names.push(`b${l}`, `key${l}`);
    bound.push(new Array<unknown>(cols.length).fill(null), d.key[l]);
    const general = `${cols.map((c, j) => `b${l}[${j}] = row[${c}];`).join(' ')} seen.prepare(at + ${l}, ob + ${l}, key${l}(b${l}));`;
    if (cols.length !== 1) {
      body += `${general}\n`;
      return;
    }
    // One argument that is a safe integer (BIGINT and INT ids, the common DISTINCT argument):
    // its key is the number itself (as distinctKeyFn gives it), converted inline; anything
    // else goes through the key function and the table's dictionary as before (a bigint past
    // 2^53 converts to a number past 2^53, never to a safe integer). -0.0 passes
    // isSafeInteger but is another key than 0 (Flink's Double.equals): the key function's path.
    body += `{ const v = row[${cols[0]}]; const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n === 'number' && Number.isSafeInteger(n) && (n !== 0 || 1 / n > 0)) seen.prepareInt(at + ${l}, ob + ${l}, n);
  else { ${general} } }\n`;
  });
  const factory = new Function(...names, `"use strict";\nreturn function prepare(row, g, at) {\n${body}};`);
  return factory(...bound) as (row: Row, g: number, at: number) => void;
}

/**
 * Whether every call can keep its accumulators in a column (for an insert-only input): each has
 * a column form, and DISTINCT argument lists have at most 30 calls (a bit set per value).
 */
export function columnarCalls(calls: readonly AggCall[]): boolean {
  if (!calls.every((c) => c.impl.columnar !== undefined)) return false;
  const perList = new Map<string, number>();
  for (const c of calls)
    if (c.distinct) perList.set(c.args.join(','), (perList.get(c.args.join(',')) ?? 0) + 1);
  return [...perList.values()].every((n) => n <= 30);
}

/**
 * The column of call `index` of `calls` (see {@link columnarCalls}), its fields in `rows`, shared
 * with earlier calls' where they hold the same thing (see {@link AccumulatorRows.part}).
 */
export function accumulatorColumn(call: AggCall, index: number, rows: AccumulatorRows): AccumulatorColumn {
  const spec: ColumnarSpec = call.impl.columnar!;
  const arg = call.args[0]!;
  switch (spec.kind) {
    case 'count':
      return new CountColumn(rows, countPart(rows, call, index, call.args));
    case 'long-sum':
      return new LongSumColumn(
        rows,
        rows.part(partKey('long-sum', call, index, [arg]), () => new LongSumPart(rows, arg)),
        countPart(rows, call, index, [arg]),
        spec.avgBits,
      );
    case 'number-sum': {
      // AVG over FLOAT sums in a double, as Flink's (only its result is rounded to float).
      const mode = spec.avg ? 0 : spec.mode;
      return new NumberSumColumn(
        rows,
        rows.part(partKey(`number-sum${mode}`, call, index, [arg]), () => new NumberSumPart(rows, arg, mode)),
        countPart(rows, call, index, [arg]),
        spec.avg ? (spec.mode === -1 ? -1 : 0) : false,
      );
    }
    case 'long-extreme':
      return new LongExtremeColumn(
        rows,
        rows.part(
          partKey(spec.min ? 'min' : 'max', call, index, [arg]),
          () => new LongExtremePart(rows, arg, spec.min),
        ),
      );
    case 'value':
      return new ValueColumn(call.impl, call.args);
  }
}
