/**
 * What the aggregation operators need from an aggregate function (COUNT, SUM, …): Flink's
 * AggregateFunction contract over JS values. Accumulators may be mutated in place or replaced:
 * callers always keep the returned accumulator.
 */
import { ExecutionError } from '../../../common/errors.js';
import type { Row } from '../batch.js';
import { encodeKeyPart as JSONishKey, keyPart, valuesEqual } from '../values.js';
import { DistinctBits } from './distinct-bits.js';
import { DistinctSeenTable } from './distinct-seen-table.js';

/** A runtime aggregate function. */
export interface AggregateImpl {
  /** A fresh, empty accumulator. */
  create(): unknown;
  /** Adds one input (already non-filtered); `args` are the argument values. */
  accumulate(acc: unknown, args: readonly unknown[]): unknown;
  /** Removes one input previously added; only called when `supportsRetract`. */
  retract(acc: unknown, args: readonly unknown[]): unknown;
  /** The current result. */
  getValue(acc: unknown): unknown;
  /** False for functions that cannot take back an input (then updating input is refused by the planner). */
  readonly supportsRetract: boolean;
  /**
   * COUNT's contract, which lets compiled code add 1 in place of a call: the accumulator is a
   * number of rows whose arguments are all non-NULL (or, past 2^53, a bigint; then the calls
   * are used), accumulate adds 1, retract subtracts 1.
   */
  readonly countsRows?: boolean;
  /**
   * Set on insert-only implementations whose accumulator has a fixed-width form: an
   * aggregation whose every call has one may keep accumulators in typed-array columns (see
   * columnar-accumulators.ts) with the same results.
   */
  readonly columnar?: ColumnarSpec;
}

/**
 * The column form of an insert-only accumulator (results exactly those of the implementation):
 * - `count`: COUNT's contract ({@link AggregateImpl.countsRows});
 * - `long-sum`: SUM(BIGINT) (`avgBits` 0) or AVG over TINYINT…BIGINT (truncated, wrapped to `avgBits`);
 * - `number-sum`: SUM over TINYINT / SMALLINT / INT wrapping at `mode` bits, over DOUBLE (`mode` 0)
 *   or FLOAT (-1, rounded after each addition); with `avg`, AVG over DOUBLE (0) / FLOAT (-1);
 * - `long-extreme`: MIN / MAX over BIGINT;
 * - `value`: the accumulator is an immutable value that `accumulate` returns (never mutates).
 */
export type ColumnarSpec =
  | { readonly kind: 'count' }
  | { readonly kind: 'long-sum'; readonly avgBits: 0 | 8 | 16 | 32 | 64 }
  | { readonly kind: 'number-sum'; readonly mode: 8 | 16 | 32 | 0 | -1; readonly avg: boolean }
  | { readonly kind: 'long-extreme'; readonly min: boolean }
  | { readonly kind: 'value' };

/** One aggregate call of an aggregation operator, with its arguments as input column indices. */
export interface AggCall {
  readonly impl: AggregateImpl;
  /** Input columns holding the arguments (a Calc before the aggregate computes expressions). */
  readonly args: readonly number[];
  /** DISTINCT: only the first occurrence of each argument tuple counts. */
  readonly distinct: boolean;
  /** Input column holding the FILTER (WHERE …) condition, or -1. */
  readonly filter: number;
}

/**
 * Per-key accumulators live in a plain array (`slots`, from `offset`): one slot per call, then,
 * when a call is DISTINCT, one slot holding per call a map argument key → occurrences. Operators
 * put their own fields in the same array, so a group costs one array, not several objects.
 */
export type Slots = unknown[];

const NO_ARGS: readonly unknown[] = [];

/**
 * With the shared seen table, the first groups still keep tables of their own (dense byte arrays
 * while their values are dense ids): a key seen early is likely a frequent one (Nexmark q16's 4
 * hot channels take half of the bids), and a small table of its own stays in cache where the
 * shared one misses. The many later groups share one table.
 */
export const LOCAL_SEEN_GROUPS = 64;

/** Shared accumulate/retract logic for every aggregation operator. */
export class Accumulators {
  private readonly argBuf: unknown[][];
  private readonly insertOnly: boolean;
  private readonly hasDistinct: boolean;
  /** Per distinct group: its argument key of a row. */
  private readonly groupKey: ((args: unknown[]) => unknown)[] = [];

  /** Per call: its distinct group (calls with the same arguments share one map, as in Flink), or -1. */
  private readonly groupOf: number[];
  /** Per call: its position in its group's count array. */
  private readonly posInGroup: number[];
  private readonly groupSizes: number[] = [];
  /** Per distinct group: insert-only with at most 30 calls, so a bit set per value ({@link DistinctBits}). */
  private readonly bitGroups: boolean[];
  /**
   * Every group's bit sets in one table for the operator (see {@link DistinctSeenTable}); then a
   * group's distinct slot holds its first owner number instead of a table per argument list.
   */
  private readonly seen: DistinctSeenTable | null;
  /** The owner number of the next group initialised (groups take one per argument list). */
  private nextOwner = 0;
  /** Groups initialised so far. */
  private groups = 0;

  /**
   * `insertOnly`: the input never retracts (then DISTINCT keeps one bit per call and argument
   * key instead of occurrence counts). Without it, insert-only is assumed when some call's
   * implementation cannot retract (build picks those only for insert-only inputs).
   * `sharedSeenAfter`: insert-only DISTINCT keeps the values of every group after the first
   * `sharedSeenAfter` in one table (see {@link LOCAL_SEEN_GROUPS}); for operators whose groups
   * live as long as the operator (a group aggregation over an insert-only input never drops
   * one), not for windows, whose groups are dropped when they fire. Undefined: never.
   */
  constructor(
    readonly calls: readonly AggCall[],
    insertOnly?: boolean,
    private readonly sharedSeenAfter?: number,
  ) {
    this.insertOnly = insertOnly ?? calls.some((c) => !c.impl.supportsRetract);
    this.argBuf = calls.map((c) => new Array<unknown>(c.args.length));
    this.hasDistinct = calls.some((c) => c.distinct);
    const sigs: string[] = [];
    this.groupOf = [];
    this.posInGroup = [];
    for (const c of calls) {
      if (!c.distinct) {
        this.groupOf.push(-1);
        this.posInGroup.push(-1);
        continue;
      }
      const sig = c.args.join(',');
      let g = sigs.indexOf(sig);
      if (g < 0) {
        g = sigs.length;
        sigs.push(sig);
        this.groupSizes.push(0);
        this.groupKey.push(distinctKeyFn(c.args.length));
      }
      this.groupOf.push(g);
      this.posInGroup.push(this.groupSizes[g]!++);
    }
    this.bitGroups = this.groupSizes.map((n) => this.insertOnly && n <= 30);
    this.seen =
      sharedSeenAfter !== undefined && this.groupSizes.length > 0 && this.bitGroups.every((b) => b)
        ? new DistinctSeenTable(Math.max(...this.groupSizes))
        : null;
    this.apply = this.compileApply();
    this.prepare = this.seen !== null ? this.compilePrepare(this.seen) : null;

    this.values = this.compileValues();
    this.valuesChanged = this.compileChanged();
  }

  /** Slots used from the offset. */
  get width(): number {
    return this.calls.length + (this.hasDistinct ? 1 : 0);
  }

  /** Writes fresh accumulators into `slots` from `offset`. */
  init(slots: Slots, offset: number): void {
    for (let i = 0; i < this.calls.length; i++) slots[offset + i] = this.calls[i]!.impl.create();
    // Owner numbers are int32 in the table: past 2^31 groups take local tables again.
    if (
      this.seen !== null &&
      this.groups++ >= this.sharedSeenAfter! &&
      this.nextOwner + this.groupSizes.length < 0x7ffffffe
    ) {
      slots[offset + this.calls.length] = this.nextOwner;
      this.nextOwner += this.groupSizes.length;
    } else if (this.hasDistinct) {
      // One map per distinct argument list: argument key → occurrences per call of the group
      // (or, insert-only, a bit per call of the group).
      slots[offset + this.calls.length] = this.groupSizes.map((n, g) =>
        this.bitGroups[g] ? new DistinctBits(n) : new Map<unknown, number[]>(),
      );
    }
  }

  /** Makes room in the shared seen table for `rows` more rows' values (growth happens here, before a chunk's {@link touchPrepared}). */
  reserveSeen(rows: number): void {
    this.seen?.reserve(rows * this.groupSizes.length);
  }

  /** A fresh slots array holding only accumulators (offset 0). */
  create(): Slots {
    const s = new Array<unknown>(this.width);
    this.init(s, 0);
    return s;
  }

  /**
   * Applies one input row: accumulate when `retract` is false, otherwise retract. Compiled once
   * per operator (see {@link compileApply}) so each call's accumulate is a monomorphic call site.
   * Returns a bit mask of the calls whose accumulator was updated (bit i for call i; every bit
   * set past 30 calls): the others' results cannot have changed. `prepared`: the row's keys were
   * prepared at that position (see {@link prepare}).
   */
  readonly apply: (slots: Slots, offset: number, row: Row, retract: boolean, prepared?: number) => number;

  /**
   * With the shared seen table: converts the row's DISTINCT argument keys (one per distinct
   * argument list, at prepared positions `at`, `at + 1`, …; see {@link distinctLists}) for
   * {@link touchPrepared} and a later `apply(…, at)`; does nothing for a group with tables of its
   * own. Returns 1 when it prepared the row's keys, else 0. Operators prepare a chunk of rows,
   * touch, then apply them: the chunk's cache misses in the table overlap instead of following
   * one another. Null without the shared table.
   */
  readonly prepare: ((slots: Slots, offset: number, row: Row, at: number) => number) | null;

  /** Distinct argument lists (prepared positions per row). */
  get distinctLists(): number {
    return this.groupSizes.length;
  }

  /** Loads the home slots of prepared positions [0, n) (see {@link prepare}); the sum means nothing. */
  touchPrepared(n: number): number {
    return this.seen!.touchPrepared(n);
  }

  /**
   * Writes the current results into `out` from `outOffset`, computing only the calls in
   * `touched` (the others are copied from `prev`, the previous result row at the same
   * positions), and tells whether any result differs from `prev` (Flink's equaliser: a group
   * whose result did not change emits nothing).
   */
  readonly valuesChanged: (
    slots: Slots,
    offset: number,
    out: Row,
    outOffset: number,
    prev: Row,
    touched: number,
  ) => boolean;

  /** Writes the current results into `out` from position `offset`. */
  readonly values: (slots: Slots, offset: number, out: Row, outOffset: number) => void;

  /**
   * The occurrence counts (one per call of distinct group `g`) of the row's argument key, or
   * null when the key is absent and `create` is false. Called once per group and row.
   */
  distinctCounts(
    g: number,
    slots: Slots,
    offset: number,
    args: readonly unknown[],
    create: boolean,
  ): number[] | null {
    const seen = (slots[offset + this.calls.length] as Map<unknown, number[]>[])[g]!;
    // NULL arguments are tracked like any value; the function itself ignores them.
    const key = this.groupKey[g]!(args as unknown[]);
    let counts = seen.get(key);
    if (counts === undefined) {
      if (!create) return null;
      counts = new Array<number>(this.groupSizes[g]!).fill(0);
      seen.set(key, counts);
    }
    return counts;
  }

  /** Forgets the row's argument key of group `g` once no call counts it any more. */
  distinctRelease(g: number, slots: Slots, offset: number, args: readonly unknown[], counts: number[]): void {
    for (let i = 0; i < counts.length; i++) if (counts[i] !== 0) return;
    const seen = (slots[offset + this.calls.length] as Map<unknown, number[]>[])[g]!;
    seen.delete(this.groupKey[g]!(args as unknown[]));
  }

  /** Called by compiled code: an insert-only aggregation got a retraction. */
  refuseRetraction(): never {
    throw new ExecutionError('an aggregation over an insert-only input received a retraction');
  }

  private compileApply(): (
    slots: Slots,
    offset: number,
    row: Row,
    retract: boolean,
    prepared?: number,
  ) => number {
    const bound: unknown[] = [this];
    const bind = (v: unknown): string => {
      bound.push(v);
      return `b${bound.length - 1}`;
    };
    // Bit i of the result: call i's accumulator was updated (all bits past 30 calls).
    const many = this.calls.length > 30;
    const touch = (i: number): string => (many ? '' : `touched |= ${2 ** i};`);
    // Per distinct group, its counts for this row: undefined until a call of the group needs
    // them (a FILTER may skip every call), null when absent on retraction. Insert-only input
    // keeps a bit per call instead (a small integer, no array per argument key).
    const groups = this.groupSizes.map((_, g) => `d${g}`);
    const bitGroups = this.bitGroups;
    let body = `let touched = ${many ? -1 : 0};\n`;
    if (bitGroups.some((b) => b)) {
      body += `if (retract) self.refuseRetraction();\n`;
    }
    const seen = this.seen !== null ? bind(this.seen) : null;
    // A group in the shared table holds its owner number; room for every argument list's value
    // is made first, so no slot index moves during the row.
    if (seen !== null) {
      body += `const ds = slots[offset + ${this.calls.length}]; const sh = typeof ds === 'number';\n`;
      body += `if (sh) ${seen}.reserve(${this.groupSizes.length});\n`;
    }
    if (groups.length > 0) body += `let ${groups.join(', ')};\n`;
    this.groupSizes.forEach((_, g) => {
      if (bitGroups[g]) body += `let m${g}, k${g}, o${g};\n`;
    });
    this.calls.forEach((c, i) => {
      const impl = bind(c.impl);
      let code = '';
      const args = c.args.length > 0 ? bind(this.argBuf[i]!) : bind(NO_ARGS);
      const fillArgs = c.args.map((a, j) => `${args}[${j}] = row[${a}];`).join(' ');
      const slot = `slots[offset + ${i}]`;
      const MAX = Number.MAX_SAFE_INTEGER;
      // COUNT adds 1 inline (a call per row and call is most of a COUNT's cost).
      const accumulate = c.impl.countsRows
        ? `{ const c = ${slot}; ${slot} = ${c.args.map((_, j) => `${args}[${j}] !== null && `).join('')}typeof c === 'number' && c < ${MAX} ? c + 1 : ${impl}.accumulate(c, ${args}); }`
        : `${slot} = ${impl}.accumulate(${slot}, ${args});`;
      if (!c.distinct && c.impl.countsRows) {
        const nonNull = c.args.map((a) => `row[${a}] !== null`).join(' && ') || 'true';
        code += `if (${nonNull}) { const c = ${slot};
if (!retract && typeof c === 'number' && c < ${MAX}) ${slot} = c + 1;
else { ${fillArgs} ${slot} = retract ? ${impl}.retract(c, ${args}) : ${impl}.accumulate(c, ${args}); }
${touch(i)} }`;
      } else if (!c.distinct) {
        code += fillArgs + '\n';
        code += `${slot} = retract ? ${impl}.retract(${slot}, ${args}) : ${impl}.accumulate(${slot}, ${args}); ${touch(i)}`;
      } else if (bitGroups[this.groupOf[i]!]) {
        const g = this.groupOf[i]!;
        const bit = 2 ** this.posInGroup[i]!;
        const key = bind(this.groupKey[g]!);
        code += fillArgs + '\n';
        code +=
          seen !== null
            ? `if (${groups[g]} === undefined) {
  if (sh) { m${g} = prepared >= 0 ? ${seen}.slotPrepared(prepared + ${g}) : ${seen}.slot(ds + ${g}, ${key}(${args})); o${g} = ${seen}.bits(m${g}); }
  else { m${g} = ds[${g}]; k${g} = ${key}(${args}); o${g} = m${g}.get(k${g}); if (o${g} === undefined) o${g} = 0; }
  ${groups[g]} = o${g};
}`
            : `if (${groups[g]} === undefined) {
  m${g} = slots[offset + ${this.calls.length}][${g}]; k${g} = ${key}(${args});
  o${g} = m${g}.get(k${g}); if (o${g} === undefined) o${g} = 0; ${groups[g]} = o${g};
}`;
        code += `
if ((${groups[g]} & ${bit}) === 0) { ${groups[g]} |= ${bit}; ${accumulate} ${touch(i)} }`;
      } else {
        // Only the first occurrence of an argument key counts, and only its last retraction.
        const g = this.groupOf[i]!;
        const d = groups[g]!;
        const p = this.posInGroup[i]!;
        code += fillArgs + '\n';
        code += `if (${d} === undefined) ${d} = self.distinctCounts(${g}, slots, offset, ${args}, !retract);
if (!retract) { if (${d}[${p}]++ === 0) { ${slot} = ${impl}.accumulate(${slot}, ${args}); ${touch(i)} } }
else if (${d} !== null && ${d}[${p}] > 0 && --${d}[${p}] === 0) {
  self.distinctRelease(${g}, slots, offset, ${args}, ${d});
  ${slot} = ${impl}.retract(${slot}, ${args}); ${touch(i)}
}`;
      }
      body += c.filter >= 0 ? `if (row[${c.filter}] === true) {\n${code}\n}\n` : `{\n${code}\n}\n`;
    });
    this.groupSizes.forEach((_, g) => {
      if (!bitGroups[g]) return;
      body +=
        seen !== null
          ? `if (${groups[g]} !== o${g}) { if (sh) ${seen}.setBits(m${g}, ${groups[g]}); else m${g}.set(k${g}, ${groups[g]}); }\n`
          : `if (${groups[g]} !== o${g}) m${g}.set(k${g}, ${groups[g]});\n`;
    });
    body += 'return touched;\n';
    const params = bound.map((_, i) => (i === 0 ? 'self' : `b${i}`));
    const factory = new Function(
      ...params,
      `"use strict";\nreturn function apply(slots, offset, row, retract, prepared) {\n${body}};`,
    );
    return factory(...bound) as (
      slots: Slots,
      offset: number,
      row: Row,
      retract: boolean,
      prepared?: number,
    ) => number;
  }

  private compilePrepare(
    seen: DistinctSeenTable,
  ): (slots: Slots, offset: number, row: Row, at: number) => number {
    const bound: unknown[] = [seen];
    // A group with tables of its own prepares nothing: its positions are cleared so that a
    // touch skips them (they would hold another row's entries).
    let body = `const ds = slots[offset + ${this.calls.length}];\nif (typeof ds !== 'number') { seen.skipPrepared(at, ${this.groupSizes.length}); return 0; }\n`;
    this.groupSizes.forEach((_, g) => {
      const c = this.calls[this.groupOf.indexOf(g)]!;
      bound.push(new Array<unknown>(c.args.length), this.groupKey[g]!);
      const a = `b${bound.length - 2}`;
      body += c.args.map((col, j) => `${a}[${j}] = row[${col}];`).join(' ');
      body += ` seen.prepare(at + ${g}, ds + ${g}, b${bound.length - 1}(${a}));\n`;
    });
    body += 'return 1;\n';
    const params = bound.map((_, i) => (i === 0 ? 'seen' : `b${i}`));
    const factory = new Function(
      ...params,
      `"use strict";\nreturn function prepare(slots, offset, row, at) {\n${body}};`,
    );
    return factory(...bound) as (slots: Slots, offset: number, row: Row, at: number) => number;
  }

  private compileValues(): (slots: Slots, offset: number, out: Row, outOffset: number) => void {
    const impls = this.calls.map((c) => c.impl);
    const body = impls
      .map((_, i) => `out[outOffset + ${i}] = b${i}.getValue(slots[offset + ${i}]);`)
      .join('\n');
    const factory = new Function(
      ...impls.map((_, i) => `b${i}`),
      `"use strict";\nreturn function values(slots, offset, out, outOffset) {\n${body}\n};`,
    );
    return factory(...impls) as (slots: Slots, offset: number, out: Row, outOffset: number) => void;
  }

  private compileChanged(): (
    slots: Slots,
    offset: number,
    out: Row,
    outOffset: number,
    prev: Row,
    touched: number,
  ) => boolean {
    const impls = this.calls.map((c) => c.impl);
    const body = impls
      .map((_, i) => {
        const o = `outOffset + ${i}`;
        const bit = this.calls.length > 30 ? -1 : 2 ** i;
        return `if ((touched & ${bit}) !== 0) { const v = b${i}.getValue(slots[offset + ${i}]); out[${o}] = v; if (!changed && !eq(v, prev[${o}])) changed = true; } else out[${o}] = prev[${o}];`;
      })
      .join('\n');
    const factory = new Function(
      'eq',
      ...impls.map((_, i) => `b${i}`),
      `"use strict";\nreturn function changed(slots, offset, out, outOffset, prev, touched) {\nlet changed = false;\n${body}\nreturn changed;\n};`,
    );
    return factory(valuesEqual, ...impls) as ReturnType<Accumulators['compileChanged']>;
  }
}

/** The key of an argument tuple in a DISTINCT seen-set (equal keys = equal tuples, as Flink's MapView keys). */
export function distinctKeyFn(arity: number): (args: unknown[]) => unknown {
  // One value: its Map key as a group key's (values.ts keyPart: safe BIGINTs as numbers, -0.0
  // apart from 0.0 as Flink's MapView keys by Double.equals, objects encoded).
  if (arity === 1) return (args) => keyPart(args[0]);
  return (args) => {
    let s = '';
    for (const a of args) s += JSONishKey(a) + '\u0001';
    return s;
  };
}
