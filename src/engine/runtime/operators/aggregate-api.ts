/**
 * What the aggregation operators need from an aggregate function (COUNT, SUM, …): Flink's
 * AggregateFunction contract over JS values. Accumulators may be mutated in place or replaced:
 * callers always keep the returned accumulator.
 */
import type { Row } from '../batch.js';
import { encodeKeyPart as JSONishKey } from '../values.js';

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
}

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

/** Shared accumulate/retract logic for every aggregation operator. */
export class Accumulators {
  private readonly argBuf: unknown[][];
  private readonly hasDistinct: boolean;
  private readonly distinctKey: ((args: unknown[]) => unknown)[];

  /** Per call: its distinct group (calls with the same arguments share one map, as in Flink), or -1. */
  private readonly groupOf: number[];
  /** Per call: its position in its group's count array. */
  private readonly posInGroup: number[];
  private readonly groupSizes: number[] = [];
  /** Per row being applied: the distinct key of each group (computed once per row). */
  private readonly rowKeys: unknown[] = [];
  private readonly rowKeySet: boolean[] = [];

  constructor(readonly calls: readonly AggCall[]) {
    this.argBuf = calls.map((c) => new Array<unknown>(c.args.length));
    this.hasDistinct = calls.some((c) => c.distinct);
    this.distinctKey = calls.map((c) => distinctKeyFn(c.args.length));
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
      }
      this.groupOf.push(g);
      this.posInGroup.push(this.groupSizes[g]!++);
    }
    this.apply = this.compileApply();
    this.values = this.compileValues();
  }

  /** Slots used from the offset. */
  get width(): number {
    return this.calls.length + (this.hasDistinct ? 1 : 0);
  }

  /** Writes fresh accumulators into `slots` from `offset`. */
  init(slots: Slots, offset: number): void {
    for (let i = 0; i < this.calls.length; i++) slots[offset + i] = this.calls[i]!.impl.create();
    if (this.hasDistinct) {
      // One map per distinct argument list: argument key → occurrences per call of the group.
      slots[offset + this.calls.length] = this.groupSizes.map(() => new Map<unknown, number[]>());
    }
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
   */
  readonly apply: (slots: Slots, offset: number, row: Row, retract: boolean) => void;

  /** Writes the current results into `out` from position `offset`. */
  readonly values: (slots: Slots, offset: number, out: Row, outOffset: number) => void;

  /**
   * For a DISTINCT call: counts the row's argument key in the call's distinct map and tells
   * whether the function must see the row (the first occurrence on accumulate, the last one
   * on retract).
   */
  distinctStep(i: number, slots: Slots, offset: number, args: readonly unknown[], retract: boolean): boolean {
    const g = this.groupOf[i]!;
    const seen = (slots[offset + this.calls.length] as Map<unknown, number[]>[])[g]!;
    // NULL arguments are tracked like any value; the function itself ignores them.
    let key: unknown;
    if (this.rowKeySet[g] === true) key = this.rowKeys[g];
    else {
      key = this.distinctKey[i]!(args as unknown[]);
      this.rowKeys[g] = key;
      this.rowKeySet[g] = true;
    }
    let counts = seen.get(key);
    const pos = this.posInGroup[i]!;
    if (!retract) {
      if (counts === undefined) {
        counts = new Array<number>(this.groupSizes[g]!).fill(0);
        seen.set(key, counts);
      }
      return counts[pos]!++ === 0;
    }
    if (counts === undefined || counts[pos] === 0) return false;
    if (--counts[pos]! > 0) return false;
    if (counts.every((n) => n === 0)) seen.delete(key);
    return true;
  }

  /** Resets the per-row distinct keys (called by the compiled apply at each row). */
  resetRow(): void {
    this.rowKeySet.fill(false);
  }

  private compileApply(): (slots: Slots, offset: number, row: Row, retract: boolean) => void {
    const bound: unknown[] = [this];
    const bind = (v: unknown): string => {
      bound.push(v);
      return `b${bound.length - 1}`;
    };
    let body = this.hasDistinct ? 'self.resetRow();\n' : '';
    this.calls.forEach((c, i) => {
      const impl = bind(c.impl);
      let code = '';
      let args = bind(NO_ARGS);
      if (c.args.length > 0) {
        args = bind(this.argBuf[i]!);
        code += c.args.map((a, j) => `${args}[${j}] = row[${a}];`).join(' ') + '\n';
      }
      const update = `slots[offset + ${i}] = retract ? ${impl}.retract(slots[offset + ${i}], ${args}) : ${impl}.accumulate(slots[offset + ${i}], ${args});`;
      code += c.distinct ? `if (self.distinctStep(${i}, slots, offset, ${args}, retract)) ${update}` : update;
      body += c.filter >= 0 ? `if (row[${c.filter}] === true) {\n${code}\n}\n` : `{\n${code}\n}\n`;
    });
    const params = bound.map((_, i) => (i === 0 ? 'self' : `b${i}`));
    const factory = new Function(
      ...params,
      `"use strict";\nreturn function apply(slots, offset, row, retract) {\n${body}};`,
    );
    return factory(...bound) as (slots: Slots, offset: number, row: Row, retract: boolean) => void;
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
}

function distinctKeyFn(arity: number): (args: unknown[]) => unknown {
  if (arity === 1) {
    return (args) => {
      const v = args[0];
      return v !== null && typeof v === 'object' ? JSONishKey(v) : v;
    };
  }
  return (args) => {
    let s = '';
    for (const a of args) s += JSONishKey(a) + '\u0001';
    return s;
  };
}
