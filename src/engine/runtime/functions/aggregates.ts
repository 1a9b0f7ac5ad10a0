/**
 * Aggregate functions with Flink's accumulate / retract semantics: COUNT, SUM, SUM0, AVG, MIN,
 * MAX, FIRST_VALUE, LAST_VALUE, COLLECT, LISTAGG, ARRAY_AGG, JSON_OBJECTAGG, JSON_ARRAYAGG.
 * Retraction is exact: SUM keeps a count so an all-retracted group gives NULL again, MIN / MAX
 * keep a count per value, FIRST/LAST_VALUE and LISTAGG keep the live values in arrival order.
 * (The STDDEV / VAR family is in aggregates-stats.ts.)
 */
import { ExecutionError } from '../../../common/errors.js';
import {
  arrayType,
  avgResultType,
  bigintType,
  doubleType,
  formatDouble,
  javaHashMapOrder,
  decimalAdd,
  decimalDiv,
  multisetType,
  stringType,
  sumResultType,
  varcharType,
  valueComparator,
  valueKey,
  withNullable,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import type { AggregateImpl } from '../operators/aggregate-api.js';
import { countValue } from '../operators/append-only-aggregates.js';

/** An aggregate implementation that can also merge two accumulators (session windows, two-phase). */
export interface MergeableAggregate extends AggregateImpl {
  /** Folds `other` into `target` and returns the merged accumulator (`other` is not used afterwards). */
  merge(target: unknown, other: unknown): unknown;
}
import { validationError, type BuiltinAggregate } from './define.js';
import { calciteTypeText } from './json-rules.js';
import { singleValueImpl } from './aggregates-single-value.js';
import { jsonValueText, objectText } from './json-text.js';

type Args = readonly unknown[];

/** Options of `create`: `needsRetraction: false` when the input is insert-only (lighter accumulators). */
export interface CreateOptions {
  readonly needsRetraction?: boolean;
}

function agg(
  names: string[],
  inferType: (args: readonly LogicalType[]) => LogicalType | string,
  create: (args: readonly LogicalType[], result: LogicalType, opts?: CreateOptions) => AggregateImpl,
): BuiltinAggregate {
  return {
    name: names[0]!,
    names,
    category: 'aggregate',
    inferType(args) {
      const r = inferType(args);
      if (typeof r === 'string') throw validationError(r);
      return r;
    },
    create,
  };
}

const isNumericType = (t: LogicalType): boolean =>
  ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'DECIMAL', 'FLOAT', 'DOUBLE'].includes(t.kind);

/**
 * Calcite's texts for a one-operand aggregate (SqlCallBinding#newValidationSignatureError and
 * RESOURCE.invalidArgCount), which Flink reports: "Cannot apply 'SUM' to arguments of type
 * 'SUM(<VARCHAR(2147483647)>)'. Supported form(s): 'SUM(<NUMERIC>)'". `family` is the operand
 * family as Calcite's allowed signature names it (NUMERIC, COMPARABLE_TYPE).
 */
export function oneOperandError(
  name: string,
  args: readonly LogicalType[],
  pred: (t: LogicalType) => boolean,
  family: string,
): string | undefined {
  if (args.length !== 1)
    return `Invalid number of arguments to function '${name}'. Was expecting 1 arguments`;
  if (!pred(args[0]!))
    return (
      `Cannot apply '${name}' to arguments of type '${name}(<${calciteTypeText(args[0]!)}>)'. ` +
      `Supported form(s): '${name}(<${family}>)'`
    );
  return undefined;
}

/**
 * Flink's SqlListAggFunction refusal (OperandTypes.or(CHARACTER, sequence(CHARACTER, CHARACTER
 * literal))): also what a separator that is not a character literal gets (the validator checks that).
 */
export function listaggSignatureError(args: readonly LogicalType[]): string {
  return (
    `Cannot apply 'LISTAGG' to arguments of type 'LISTAGG(${args.map((a) => `<${calciteTypeText(a)}>`).join(', ')})'. ` +
    `Supported form(s): 'LISTAGG(<CHARACTER>)'\n'LISTAGG(<CHARACTER>, <CHARACTER_LITERAL>)'`
  );
}

// ---- COUNT ----

/**
 * The count is kept as a number (exact to 2^53, far past any real count; a small integer costs
 * no allocation per row, where a bigint accumulator allocates one per change), its BIGINT
 * result made on reading.
 */
const COUNT_IMPL: MergeableAggregate = {
  supportsRetract: true,
  countsRows: true,
  create: () => 0,
  accumulate(acc, args) {
    for (let i = 0; i < args.length; i++) if (args[i] === null) return acc;
    return typeof acc === 'number' && acc < Number.MAX_SAFE_INTEGER ? acc + 1 : BigInt(acc as number) + 1n;
  },
  retract(acc, args) {
    for (let i = 0; i < args.length; i++) if (args[i] === null) return acc;
    return typeof acc === 'number' ? acc - 1 : normCount((acc as bigint) - 1n);
  },
  getValue: countValue,
  merge: (a, b) => normCount(BigInt(a as number) + BigInt(b as number)),
};

/** A count back to a number when it is exact as one. */
function normCount(c: bigint): number | bigint {
  return c <= BigInt(Number.MAX_SAFE_INTEGER) && c >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(c) : c;
}

// ---- SUM / SUM0 / AVG ----

interface SumAcc {
  sum: number | bigint;
  count: number;
}

/** Adds / subtracts in the SUM result type (wrapping integers, exact decimals). */
function sumOps(
  t: LogicalType,
  argType: LogicalType,
): { zero: number | bigint; add: (a: any, b: any) => any; sub: (a: any, b: any) => any } {
  switch (t.kind) {
    case 'TINYINT':
      return { zero: 0, add: (a, b) => ((a + b) << 24) >> 24, sub: (a, b) => ((a - b) << 24) >> 24 };
    case 'SMALLINT':
      return { zero: 0, add: (a, b) => ((a + b) << 16) >> 16, sub: (a, b) => ((a - b) << 16) >> 16 };
    case 'INT':
      return { zero: 0, add: (a, b) => (a + b) | 0, sub: (a, b) => (a - b) | 0 };
    case 'BIGINT':
      return {
        zero: 0n,
        add: (a, b) => BigInt.asIntN(64, (a as bigint) + (b as bigint)),
        sub: (a, b) => BigInt.asIntN(64, (a as bigint) - (b as bigint)),
      };
    case 'FLOAT':
      return { zero: 0, add: (a, b) => Math.fround(a + b), sub: (a, b) => Math.fround(a - b) };
    case 'DECIMAL': {
      const s = t.scale;
      const sa = argType.kind === 'DECIMAL' ? argType.scale : 0;
      // DECIMAL(38, s) overflow: Flink's DecimalData yields a NULL sum, and SumAggFunction /
      // SumWithRetractAggFunction restart from the next value (IF(sum IS NULL, operand, sum + operand);
      // retract: IF(sum IS NULL, 0 - operand, sum - operand)), so the NULL is not sticky
      return {
        zero: 0n,
        add: (a, b) => decimalAdd(a === null ? 0n : a, s, b, sa, 38, s),
        sub: (a, b) => decimalAdd(a === null ? 0n : a, s, -(b as bigint), sa, 38, s),
      };
    }
    default:
      return { zero: 0, add: (a, b) => a + b, sub: (a, b) => a - b };
  }
}

/**
 * A BIGINT sum kept as a number while it is exact (|sum| < 2^53): a double field of a class
 * instance is updated in place, where a bigint sum allocates on every row (and, held in
 * long-lived state, gets promoted by the GC). Past 2^53 it continues as a 64-bit wrapping
 * bigint; wrapping addition is associative, so the result is Java's long sum either way.
 */
class IntSumAcc {
  n = 0;
  big: bigint | null = null;
  count = 0;
}

function intSumAdd(a: IntSumAcc, v: unknown, sign: 1 | -1): void {
  if (a.big === null) {
    const x = typeof v === 'bigint' ? Number(v) : (v as number);
    const s = sign === 1 ? a.n + x : a.n - x;
    if (Number.isSafeInteger(x) && Number.isSafeInteger(s)) {
      a.n = s;
      return;
    }
    a.big = BigInt(a.n);
  }
  const b = typeof v === 'bigint' ? v : BigInt(v as number);
  a.big = BigInt.asIntN(64, sign === 1 ? a.big + b : a.big - b);
}

function intSumMerge(a: IntSumAcc, b: IntSumAcc): void {
  if (b.big === null) intSumAdd(a, b.n, 1);
  else intSumAdd(a, b.big, 1);
  a.count += b.count;
}

/** The sum of an {@link IntSumAcc} as a bigint. */
const intSumBig = (a: IntSumAcc): bigint => (a.big === null ? BigInt(a.n) : a.big);

function bigintSumImpl(zeroWhenEmpty: boolean): MergeableAggregate {
  return {
    supportsRetract: true,
    create: () => new IntSumAcc(),
    accumulate(acc, args: Args) {
      const v = args[0];
      if (v === null) return acc;
      const a = acc as IntSumAcc;
      intSumAdd(a, v, 1);
      a.count++;
      return a;
    },
    retract(acc, args: Args) {
      const v = args[0];
      if (v === null) return acc;
      const a = acc as IntSumAcc;
      intSumAdd(a, v, -1);
      a.count--;
      return a;
    },
    getValue(acc) {
      const a = acc as IntSumAcc;
      if (a.count === 0) return zeroWhenEmpty ? 0n : null;
      return intSumBig(a);
    },
    merge(target, other) {
      intSumMerge(target as IntSumAcc, other as IntSumAcc);
      return target;
    },
  };
}

function sumImpl(argType: LogicalType, resultType: LogicalType, zeroWhenEmpty: boolean): MergeableAggregate {
  if (resultType.kind === 'BIGINT') return bigintSumImpl(zeroWhenEmpty);
  const ops = sumOps(resultType, argType);
  // both partial sums have the result type: add them in it
  const same = sumOps(resultType, resultType);
  // SumAggFunction's merge skips a NULL (overflowed) partial sum on either side
  const mergeSum = (x: number | bigint, y: number | bigint): number | bigint =>
    y === null ? x : x === null ? y : same.add(x, y);
  // SumAggFunction / SumWithRetractAggFunction start from NULL and take the first value as it is
  // (IF(sum IS NULL, operand, sum + operand); retract: IF(sum IS NULL, 0 - operand, sum - operand),
  // whose 0 - 0.0 is 0.0, not -0.0), so a DOUBLE / FLOAT SUM of -0.0 is -0.0, where 0 + -0.0
  // would be 0.0. SUM0 starts from 0.
  const approximate = !zeroWhenEmpty && (resultType.kind === 'DOUBLE' || resultType.kind === 'FLOAT');
  const zero = approximate ? (null as unknown as number) : ops.zero;
  return {
    supportsRetract: true,
    create: (): SumAcc => ({ sum: zero, count: 0 }),
    accumulate(acc, args: Args) {
      const v = args[0];
      if (v === null) return acc;
      const a = acc as SumAcc;
      a.sum = approximate && a.sum === null ? (v as number) : ops.add(a.sum, v);
      a.count++;
      return a;
    },
    retract(acc, args: Args) {
      const v = args[0];
      if (v === null) return acc;
      const a = acc as SumAcc;
      a.sum = approximate && a.sum === null ? 0 - (v as number) : ops.sub(a.sum, v);
      a.count--;
      return a;
    },
    getValue(acc) {
      const a = acc as SumAcc;
      if (a.count === 0) return zeroWhenEmpty ? ops.zero : null;
      return a.sum;
    },
    merge(target, other) {
      const a = target as SumAcc;
      const b = other as SumAcc;
      a.sum = mergeSum(a.sum, b.sum);
      a.count += b.count;
      return a;
    },
  };
}

function avgImpl(argType: LogicalType, resultType: LogicalType): MergeableAggregate {
  // Flink sums integers in a BIGINT, DECIMAL in DECIMAL(38, s), approximate types in DOUBLE.
  const k = argType.kind;
  const intLike = k === 'TINYINT' || k === 'SMALLINT' || k === 'INT' || k === 'BIGINT';
  const isDec = k === 'DECIMAL';
  const sa = isDec ? argType.scale : 0;
  if (intLike) return intAvgImpl(k);
  return {
    supportsRetract: true,
    create: (): SumAcc => ({ sum: intLike || isDec ? 0n : 0, count: 0 }),
    accumulate(acc, args: Args) {
      const v = args[0];
      if (v === null) return acc;
      const a = acc as SumAcc;
      if (intLike)
        a.sum = BigInt.asIntN(64, (a.sum as bigint) + (typeof v === 'bigint' ? v : BigInt(v as number)));
      else if (isDec) a.sum = (a.sum as bigint) + (v as bigint);
      else a.sum = (a.sum as number) + (v as number);
      a.count++;
      return a;
    },
    retract(acc, args: Args) {
      const v = args[0];
      if (v === null) return acc;
      const a = acc as SumAcc;
      if (intLike)
        a.sum = BigInt.asIntN(64, (a.sum as bigint) - (typeof v === 'bigint' ? v : BigInt(v as number)));
      else if (isDec) a.sum = (a.sum as bigint) - (v as bigint);
      else a.sum = (a.sum as number) - (v as number);
      a.count--;
      return a;
    },
    getValue(acc) {
      const a = acc as SumAcc;
      if (a.count === 0) return null;
      if (intLike) {
        const q = (a.sum as bigint) / BigInt(a.count);
        return k === 'BIGINT' ? q : Number(BigInt.asIntN(k === 'INT' ? 32 : k === 'SMALLINT' ? 16 : 8, q));
      }
      if (isDec) {
        if (resultType.kind !== 'DECIMAL') return null;
        // sum is DECIMAL(38, s) (NULL if it overflowed), divided by the count as DECIMAL(20, 0)
        const sum = a.sum as bigint;
        if (sum >= 10n ** 38n || sum <= -(10n ** 38n)) return null;
        return decimalDiv(sum, sa, BigInt(a.count), 0, resultType.precision, resultType.scale, 'AVG');
      }
      const r = (a.sum as number) / a.count;
      return k === 'FLOAT' ? Math.fround(r) : r;
    },
    merge(target, other) {
      const a = target as SumAcc;
      const b = other as SumAcc;
      if (intLike) a.sum = BigInt.asIntN(64, (a.sum as bigint) + (b.sum as bigint));
      else if (isDec) a.sum = (a.sum as bigint) + (b.sum as bigint);
      else a.sum = (a.sum as number) + (b.sum as number);
      a.count += b.count;
      return a;
    },
  };
}

/** AVG of integers: the sum as in SUM(BIGINT) (exact number, then wrapping bigint), truncated. */
function intAvgImpl(k: string): MergeableAggregate {
  const bits = k === 'INT' ? 32 : k === 'SMALLINT' ? 16 : 8;
  return {
    supportsRetract: true,
    create: () => new IntSumAcc(),
    accumulate(acc, args: Args) {
      const v = args[0];
      if (v === null) return acc;
      const a = acc as IntSumAcc;
      intSumAdd(a, v, 1);
      a.count++;
      return a;
    },
    retract(acc, args: Args) {
      const v = args[0];
      if (v === null) return acc;
      const a = acc as IntSumAcc;
      intSumAdd(a, v, -1);
      a.count--;
      return a;
    },
    getValue(acc) {
      const a = acc as IntSumAcc;
      if (a.count === 0) return null;
      if (a.big === null) {
        // Exact: |sum| < 2^53, so the rounding of sum / count cannot cross an integer.
        const q = Math.trunc(a.n / a.count);
        if (k === 'BIGINT') return BigInt(q);
        const lim = 2 ** (bits - 1);
        if (q >= -lim && q < lim) return q === 0 ? 0 : q;
        return Number(BigInt.asIntN(bits, BigInt(q)));
      }
      const q = a.big / BigInt(a.count);
      return k === 'BIGINT' ? q : Number(BigInt.asIntN(bits, q));
    },
    merge(target, other) {
      intSumMerge(target as IntSumAcc, other as IntSumAcc);
      return target;
    },
  };
}

// ---- MIN / MAX ----

function extremeImpl(t: LogicalType, max: boolean): MergeableAggregate {
  const cmp = valueComparator(t);
  const key = valueKey(t);
  interface Acc {
    counts: Map<unknown, number>;
    values: Map<unknown, SqlValue>;
    best: SqlValue;
    dirty: boolean;
  }
  const better = (a: SqlValue, b: SqlValue) => (max ? cmp(a, b) > 0 : cmp(a, b) < 0);
  return {
    supportsRetract: true,
    create: (): Acc => ({ counts: new Map(), values: new Map(), best: null, dirty: false }),
    accumulate(acc, args: Args) {
      const v = args[0] as SqlValue;
      if (v === null) return acc;
      const a = acc as Acc;
      const k = key(v);
      const n = a.counts.get(k);
      if (n === undefined) {
        a.counts.set(k, 1);
        a.values.set(k, v);
      } else a.counts.set(k, n + 1);
      if (!a.dirty && (a.best === null || better(v, a.best))) a.best = v;
      return a;
    },
    retract(acc, args: Args) {
      const v = args[0] as SqlValue;
      if (v === null) return acc;
      const a = acc as Acc;
      const k = key(v);
      const n = a.counts.get(k) ?? 0;
      if (n <= 1) {
        a.counts.delete(k);
        a.values.delete(k);
        // Object.is: a retracted NaN maximum must be found too (NaN !== NaN)
        if (a.best !== null && Object.is(key(a.best), k)) a.dirty = true;
      } else a.counts.set(k, n - 1);
      return a;
    },
    merge(target, other) {
      const a = target as Acc;
      const b = other as Acc;
      for (const [k, n] of b.counts) {
        a.counts.set(k, (a.counts.get(k) ?? 0) + n);
        if (!a.values.has(k)) a.values.set(k, b.values.get(k)!);
      }
      a.dirty = true;
      return a;
    },
    getValue(acc) {
      const a = acc as Acc;
      if (a.dirty) {
        a.best = null;
        for (const v of a.values.values()) if (a.best === null || better(v, a.best)) a.best = v;
        a.dirty = false;
      }
      return a.best;
    },
  };
}

/**
 * Append-only MIN / MAX / FIRST_VALUE / LAST_VALUE (Flink's MinAggFunction etc.): one value per
 * group instead of the per-value counts retraction needs.
 */
function appendOnlyImpl(t: LogicalType, pick: 'min' | 'max' | 'first' | 'last'): MergeableAggregate {
  const cmp = valueComparator(t);
  interface Acc {
    v: SqlValue;
  }
  return {
    supportsRetract: false,
    create: (): Acc => ({ v: null }),
    accumulate(acc, args: Args) {
      const v = args[0] as SqlValue;
      if (v === null) return acc;
      const a = acc as Acc;
      if (a.v === null) a.v = v;
      else if (pick === 'last') a.v = v;
      else if (pick === 'min' ? cmp(v, a.v) < 0 : pick === 'max' ? cmp(v, a.v) > 0 : false) a.v = v;
      return a;
    },
    retract() {
      throw new ExecutionError(
        `${pick.toUpperCase()} was created for an insert-only input and cannot retract`,
      );
    },
    getValue: (acc) => (acc as Acc).v,
    merge(target, other) {
      const a = target as Acc;
      const b = (other as Acc).v;
      if (b === null) return a;
      if (a.v === null || pick === 'last') a.v = b;
      else if (pick === 'min' ? cmp(b, a.v) < 0 : pick === 'max' ? cmp(b, a.v) > 0 : false) a.v = b;
      return a;
    },
  };
}

// ---- FIRST_VALUE / LAST_VALUE / LISTAGG / ARRAY_AGG: live values in arrival order ----

interface SeqAcc {
  items: { v: SqlValue; sep?: string }[];
}

/**
 * Removes the first live copy of `v`. Flink's First/LastValueWithRetractAggFunction take the
 * value's earliest order (valueToOrderMap's list head) and the first equal element of that
 * order's list, and ListAggWithRetract / ArrayAgg call List#remove(Object): always the oldest copy,
 * LAST_VALUE included ([1, 2, 1] minus 1 is [2, 1], so LAST_VALUE stays 1).
 */
function seqRetract(acc: SeqAcc, v: SqlValue, eq: (a: SqlValue, b: SqlValue) => boolean): void {
  const items = acc.items;
  for (let i = 0; i < items.length; i++) if (eq(items[i]!.v, v)) return void items.splice(i, 1);
}

function sequenceImpl(
  t: LogicalType,
  keepNulls: boolean,
  value: (acc: SeqAcc) => SqlValue,
  sepArg = false,
): MergeableAggregate {
  const cmp = valueComparator(t);
  const eq = (a: SqlValue, b: SqlValue) => (a === null || b === null ? a === b : cmp(a, b) === 0);
  return {
    supportsRetract: true,
    create: (): SeqAcc => ({ items: [] }),
    accumulate(acc, args: Args) {
      const v = args[0] as SqlValue;
      if (v === null && !keepNulls) return acc;
      (acc as SeqAcc).items.push(
        sepArg && args.length > 1 ? { v, sep: (args[1] as string | null) ?? undefined } : { v },
      );
      return acc;
    },
    retract(acc, args: Args) {
      const v = args[0] as SqlValue;
      if (v === null && !keepNulls) return acc;
      seqRetract(acc as SeqAcc, v, eq);
      return acc;
    },
    getValue: (acc) => value(acc as SeqAcc),
    merge(target, other) {
      (target as SeqAcc).items.push(...(other as SeqAcc).items);
      return target;
    },
  };
}

// ---- COLLECT ----

/** Element types whose Java hashCode javaHashCode models (String, Byte…Long, Boolean). */
const JAVA_HASHED_KINDS = new Set(['CHAR', 'VARCHAR', 'TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'BOOLEAN']);

function collectImpl(t: LogicalType): MergeableAggregate {
  const key = valueKey(t);
  const hashOrdered = JAVA_HASHED_KINDS.has(t.kind);
  interface Acc {
    counts: Map<unknown, [SqlValue, number]>;
  }
  return {
    supportsRetract: true,
    create: (): Acc => ({ counts: new Map() }),
    accumulate(acc, args: Args) {
      const v = args[0] as SqlValue;
      if (v === null) return acc;
      const a = acc as Acc;
      const k = key(v);
      const e = a.counts.get(k);
      if (e) e[1]++;
      else a.counts.set(k, [v, 1]);
      return a;
    },
    retract(acc, args: Args) {
      const v = args[0] as SqlValue;
      if (v === null) return acc;
      const a = acc as Acc;
      const k = key(v);
      const e = a.counts.get(k);
      if (e) {
        if (e[1] <= 1) a.counts.delete(k);
        else e[1]--;
      }
      return a;
    },
    getValue(acc) {
      const out = new Map<SqlValue, SqlValue>();
      for (const [v, n] of (acc as Acc).counts.values()) out.set(v, n);
      // Flink's CollectAggFunction hands its java.util.HashMap to GenericMapData, so the
      // multiset prints in HashMap order ({=1, x=1} for '' and 'x'), not in arrival order.
      return hashOrdered ? javaHashMapOrder(out) : out;
    },
    merge(target, other) {
      const a = target as Acc;
      for (const [k, [v, n]] of (other as Acc).counts) {
        const e = a.counts.get(k);
        if (e) e[1] += n;
        else a.counts.set(k, [v, n]);
      }
      return a;
    },
  };
}

// ---- JSON_OBJECTAGG / JSON_ARRAYAGG ----

/** Flink's JsonObjectAggFunction message for a key given twice in one group. */
function duplicateKey(k: string): ExecutionError {
  return new ExecutionError(
    `Key '${k}' is already present. Duplicate keys are not allowed in JSON_OBJECTAGG. Please ensure that keys are unique.`,
  );
}

/**
 * A JSON aggregate's member text: the value serialized by its type, or, for a value that is
 * already JSON text (a nested JSON_OBJECT / JSON_ARRAY, the `_JSON` variants), that text.
 */
function jsonMemberText(t: LogicalType, raw: boolean): (v: SqlValue) => string {
  return raw ? (v) => (v === null ? 'null' : (v as string)) : (v) => jsonValueText(t, v);
}

function jsonObjectAggImpl(
  _keyType: LogicalType,
  valueType: LogicalType,
  nullOnNull: boolean,
  raw = false,
): MergeableAggregate {
  const text = jsonMemberText(valueType, raw);
  interface Acc {
    /** Key → the value's JSON text. */
    entries: Map<string, string>;
  }
  return {
    supportsRetract: true,
    create: (): Acc => ({ entries: new Map() }),
    accumulate(acc, args: Args) {
      const k = args[0] as string | null;
      if (k === null) throw new ExecutionError('JSON_OBJECTAGG: key must not be NULL');
      const v = args[1] as SqlValue;
      const a = acc as Acc;
      // JsonObjectAggFunction#accumulate checks the key before it skips an ABSENT ON NULL value,
      // so ('A', 1) then ('A', NULL) fails even though the second adds nothing
      if (a.entries.has(k)) throw duplicateKey(k);
      if (v === null && !nullOnNull) return acc;
      a.entries.set(k, text(v));
      return a;
    },
    retract(acc, args: Args) {
      // JsonObjectAggFunction#retract is map.remove(key), whatever the value: retracting an
      // ABSENT ON NULL row ('A', NULL) removes the member another row ('A', 1) put there
      const k = args[0] as string | null;
      if (k !== null) (acc as Acc).entries.delete(k);
      return acc;
    },
    getValue(acc) {
      // Flink's SqlJsonUtils.serializeJson writes the members sorted by key (ORDER_MAP_ENTRIES_BY_KEYS)
      return objectText([...(acc as Acc).entries]);
    },
    merge(target, other) {
      const a = target as Acc;
      for (const [k, e] of (other as Acc).entries) {
        if (a.entries.has(k)) throw duplicateKey(k);
        a.entries.set(k, e);
      }
      return a;
    },
  };
}

/**
 * JSON_OBJECTAGG's operand check as Calcite's SqlJsonObjectAggAggFunction declares it
 * (family(CHARACTER, ANY)): the key must be a character string.
 */
function jsonObjectAggType(name: string, args: readonly LogicalType[]): LogicalType | string {
  if (args.length !== 2) return 'JSON_OBJECTAGG expects KEY and VALUE';
  const key = args[0]!;
  if (key.kind === 'CHAR' || key.kind === 'VARCHAR' || key.kind === 'NULL') return JSON_AGG_TYPE;
  return (
    `Cannot apply '${name}' to arguments of type '${name}(${args.map((a) => `<${calciteTypeText(a)}>`).join(', ')})'. ` +
    `Supported form(s): '${name}(<CHARACTER>, <ANY>)'`
  );
}

/** Calcite's JSON_OBJECTAGG / JSON_ARRAYAGG return type, which Flink declares (JsonAggregationFunctionsITCase). */
const JSON_AGG_TYPE = varcharType(2000, false);

function jsonArrayAggImpl(t: LogicalType, nullOnNull: boolean, raw = false): MergeableAggregate {
  const text = jsonMemberText(t, raw);
  return sequenceImpl(t, nullOnNull, (acc) => `[${acc.items.map((i) => text(i.v as SqlValue)).join(',')}]`);
}

// ---- PERCENTILE(expr, percentage [, frequency]) ----

function percentileImpl(t: LogicalType, pt: LogicalType): MergeableAggregate {
  const arrayResult = pt.kind === 'ARRAY';
  const numberOf =
    (ty: LogicalType) =>
    (v: unknown): number =>
      ty.kind === 'DECIMAL'
        ? Number(v as bigint) / 10 ** ty.scale
        : typeof v === 'bigint'
          ? Number(v)
          : (v as number);
  const toNumber = numberOf(t);
  // A percentage literal such as 0.5 is a DECIMAL(2, 1): its value is the unscaled 5n.
  const toPercentage = numberOf(pt.kind === 'ARRAY' ? pt.element : pt);
  interface Acc {
    counts: Map<number, number>;
    percentages: number[] | null;
  }
  // PercentileAggFunction: accumulate records the percentages on its first call (checking the
  // range), a NULL or non-positive frequency skips the row, a NULL value is skipped; a value's
  // count may go negative through retraction and is dropped only at 0.
  const change = (acc: unknown, args: Args, sign: 1 | -1): unknown => {
    const a = acc as Acc;
    if (sign === 1 && a.percentages === null && args[1] !== null) {
      const p = args[1];
      a.percentages = Array.isArray(p) ? p.map(toPercentage) : [toPercentage(p)];
      const bad = a.percentages.find((x) => !(x >= 0 && x <= 1));
      if (bad !== undefined)
        throw new ExecutionError(
          `Percentage of PERCENTILE should be between [0.0, 1.0], but was '${formatDouble(bad)}'.`,
        );
    }
    const freqRaw = args.length > 2 ? args[2] : 1;
    if (freqRaw === null) return a;
    const freq = Number(freqRaw);
    if (freq <= 0) return a;
    const v = args[0];
    if (v === null) return a;
    const x = toNumber(v);
    const n = (a.counts.get(x) ?? 0) + sign * freq;
    if (n === 0) a.counts.delete(x);
    else a.counts.set(x, n);
    return a;
  };
  return {
    supportsRetract: true,
    create: (): Acc => ({ counts: new Map(), percentages: null }),
    accumulate: (acc, args) => change(acc, args, 1),
    retract: (acc, args) => change(acc, args, -1),
    merge(target, other) {
      const a = target as Acc;
      const b = other as Acc;
      for (const [v, n] of b.counts) a.counts.set(v, (a.counts.get(v) ?? 0) + n);
      a.percentages ??= b.percentages;
      return a;
    },
    getValue(acc) {
      const a = acc as Acc;
      if (a.percentages === null) return null;
      const entries = [...a.counts].sort((x, y) => x[0] - y[0]);
      const total = entries.reduce((s, [, c]) => s + c, 0);
      if (total <= 0) return null;
      // PercentileAccumulator#getValue: 1-based position p * (n - 1) + 1, walk the sorted counts
      // to the entry holding floor(position), then (higher - pos) * v[j] + (pos - lower) * v[j + 1]
      const one = (p: number): number => {
        const pos = p * (total - 1) + 1;
        const lower = Math.floor(pos);
        const higher = Math.ceil(pos);
        let j = 0;
        let pre = entries[0]![1];
        while (pre < lower) pre += entries[++j]![1];
        return pre >= higher
          ? entries[j]![0]
          : (higher - pos) * entries[j]![0] + (pos - lower) * entries[j + 1]![0];
      };
      // PercentileAggFunction.MultiPercentileAggFunction: an empty percentage array gives NULL
      if (arrayResult) return a.percentages.length === 0 ? null : a.percentages.map(one);
      return one(a.percentages[0]!);
    },
  };
}

// ---- definitions ----

const comparable = (t: LogicalType): boolean => !['MAP', 'MULTISET', 'NULL'].includes(t.kind);

export const AGGREGATE_FUNCTIONS: BuiltinAggregate[] = [
  agg(
    ['COUNT'],
    () => bigintType(false),
    () => COUNT_IMPL,
  ),
  agg(
    ['SUM'],
    (args) => oneOperandError('SUM', args, isNumericType, 'NUMERIC') ?? sumResultType(args[0]!),
    (args, r) => sumImpl(args[0]!, r, false),
  ),
  agg(
    ['SUM0', '$SUM0'],
    (args) =>
      oneOperandError('SUM0', args, isNumericType, 'NUMERIC') ?? withNullable(sumResultType(args[0]!), false),
    (args, r) => sumImpl(args[0]!, r, true),
  ),
  agg(
    ['AVG'],
    (args) => oneOperandError('AVG', args, isNumericType, 'NUMERIC') ?? avgResultType(args[0]!),
    (args, r) => avgImpl(args[0]!, r),
  ),
  agg(
    ['MIN'],
    (args) => oneOperandError('MIN', args, comparable, 'COMPARABLE_TYPE') ?? withNullable(args[0]!, true),
    (args, _r, opts) =>
      opts?.needsRetraction === false ? appendOnlyImpl(args[0]!, 'min') : extremeImpl(args[0]!, false),
  ),
  agg(
    ['MAX'],
    (args) => oneOperandError('MAX', args, comparable, 'COMPARABLE_TYPE') ?? withNullable(args[0]!, true),
    (args, _r, opts) =>
      opts?.needsRetraction === false ? appendOnlyImpl(args[0]!, 'max') : extremeImpl(args[0]!, true),
  ),
  agg(
    ['FIRST_VALUE'],
    (args) => (args.length === 1 ? withNullable(args[0]!, true) : 'FIRST_VALUE expects 1 argument'),
    (args, _r, opts) =>
      opts?.needsRetraction === false
        ? appendOnlyImpl(args[0]!, 'first')
        : sequenceImpl(args[0]!, false, (acc) => (acc.items.length ? acc.items[0]!.v : null)),
  ),
  agg(
    ['LAST_VALUE'],
    (args) => (args.length === 1 ? withNullable(args[0]!, true) : 'LAST_VALUE expects 1 argument'),
    (args, _r, opts) =>
      opts?.needsRetraction === false
        ? appendOnlyImpl(args[0]!, 'last')
        : sequenceImpl(args[0]!, false, (acc) =>
            acc.items.length ? acc.items[acc.items.length - 1]!.v : null,
          ),
  ),
  agg(
    ['LISTAGG'],
    (args) =>
      (args.length === 1 || args.length === 2) &&
      args.every((a) => a.kind === 'CHAR' || a.kind === 'VARCHAR' || a.kind === 'NULL')
        ? stringType(true)
        : listaggSignatureError(args),
    (args) =>
      sequenceImpl(
        args[0]!,
        false,
        (acc) => {
          if (acc.items.length === 0) return null;
          let s = acc.items[0]!.v as string;
          for (let i = 1; i < acc.items.length; i++)
            s += (acc.items[i]!.sep ?? ',') + (acc.items[i]!.v as string);
          return s;
        },
        true,
      ),
  ),
  agg(
    ['ARRAY_AGG'],
    (args) => (args.length === 1 ? arrayType(args[0]!, true) : 'ARRAY_AGG expects 1 argument'),
    (args) => sequenceImpl(args[0]!, true, (acc) => (acc.items.length ? acc.items.map((i) => i.v) : null)),
  ),
  agg(
    ['ARRAY_AGG_IGNORE_NULLS'],
    (args) =>
      // The null treatment does not take part in type inference: still ARRAY<INT> for an INT argument.
      args.length === 1 ? arrayType(args[0]!, true) : 'ARRAY_AGG expects 1 argument',
    (args) => sequenceImpl(args[0]!, false, (acc) => (acc.items.length ? acc.items.map((i) => i.v) : null)),
  ),
  agg(
    ['PERCENTILE'],
    (args) =>
      (args.length === 2 || args.length === 3) && isNumericType(args[0]!)
        ? args[1]!.kind === 'ARRAY'
          ? arrayType(doubleType(true), true) // ARRAY(DOUBLE()) in PercentileAggFunctionITCase
          : doubleType(true)
        : 'PERCENTILE expects (NUMERIC expr, percentage [, INTEGER frequency])',
    (args) => percentileImpl(args[0]!, args[1]!),
  ),
  agg(
    ['SINGLE_VALUE'],
    (args) => (args.length === 1 ? withNullable(args[0]!, true) : 'SINGLE_VALUE expects 1 argument'),
    () => singleValueImpl(),
  ),
  agg(
    ['COLLECT'],
    (args) =>
      // Flink keeps the argument's type (NULLs are skipped, the element type stays as declared)
      args.length === 1 ? multisetType(args[0]!, false) : 'COLLECT expects 1 argument',
    (args) => collectImpl(args[0]!),
  ),
  agg(
    ['JSON_OBJECTAGG', 'JSON_OBJECTAGG_NULL_ON_NULL'],
    (args) => jsonObjectAggType('JSON_OBJECTAGG_NULL_ON_NULL', args),
    (args) => jsonObjectAggImpl(args[0]!, args[1]!, true),
  ),
  agg(
    ['JSON_OBJECTAGG_ABSENT_ON_NULL'],
    (args) => jsonObjectAggType('JSON_OBJECTAGG_ABSENT_ON_NULL', args),
    (args) => jsonObjectAggImpl(args[0]!, args[1]!, false),
  ),
  agg(
    ['JSON_ARRAYAGG', 'JSON_ARRAYAGG_ABSENT_ON_NULL'],
    (args) => (args.length === 1 ? JSON_AGG_TYPE : 'JSON_ARRAYAGG expects 1 argument'),
    (args) => jsonArrayAggImpl(args[0]!, false),
  ),
  agg(
    ['JSON_ARRAYAGG_NULL_ON_NULL'],
    (args) => (args.length === 1 ? JSON_AGG_TYPE : 'JSON_ARRAYAGG expects 1 argument'),
    (args) => jsonArrayAggImpl(args[0]!, true),
  ),
  // a nested JSON_OBJECT / JSON_ARRAY value (see jsonAggregateCall)
  agg(
    ['JSON_OBJECTAGG_NULL_ON_NULL_JSON'],
    (args) => jsonObjectAggType('JSON_OBJECTAGG_NULL_ON_NULL', args),
    (args) => jsonObjectAggImpl(args[0]!, args[1]!, true, true),
  ),
  agg(
    ['JSON_OBJECTAGG_ABSENT_ON_NULL_JSON'],
    (args) => jsonObjectAggType('JSON_OBJECTAGG_ABSENT_ON_NULL', args),
    (args) => jsonObjectAggImpl(args[0]!, args[1]!, false, true),
  ),
  agg(
    ['JSON_ARRAYAGG_ABSENT_ON_NULL_JSON'],
    (args) => (args.length === 1 ? JSON_AGG_TYPE : 'JSON_ARRAYAGG expects 1 argument'),
    (args) => jsonArrayAggImpl(args[0]!, false, true),
  ),
  agg(
    ['JSON_ARRAYAGG_NULL_ON_NULL_JSON'],
    (args) => (args.length === 1 ? JSON_AGG_TYPE : 'JSON_ARRAYAGG expects 1 argument'),
    (args) => jsonArrayAggImpl(args[0]!, true, true),
  ),
];
