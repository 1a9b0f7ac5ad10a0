/**
 * BITMAP functions of Flink 2.3 (FLIP-556; FLINK-39186 scalars, FLINK-39187 aggregates). Values
 * are `Bitmap` (src/types/bitmap.ts): sets of 32-bit ints in unsigned order. Signatures, NULL
 * handling and errors follow Flink's BuiltInFunctionDefinitions and BitmapFunctionsITCase /
 * BitmapAggFunctionITCase; see src/types/README.md ("BITMAP").
 */
import { ExecutionError } from '../../../common/errors.js';
import {
  Bitmap,
  arrayType,
  bigintType,
  bitmapType,
  bytesType,
  formatType,
  intType,
  stringType,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import type { AggregateImpl } from '../operators/aggregate-api.js';
import { isBinary, scalar, validationError, type BuiltinAggregate, type BuiltinScalar } from './define.js';

const isBitmap = (t: LogicalType): boolean => t.kind === 'BITMAP';

/** Flink's type-inference failure text ("Invalid input arguments. Expected signatures are: …"). */
function invalid(name: string, args: readonly LogicalType[], signatures: string[]): string {
  return (
    `Invalid function call:\n${name}(${args.map((a) => formatType(a)).join(', ')})\n` +
    `Invalid input arguments. Expected signatures are:\n${signatures.join('\n')}`
  );
}

const anyNull = (args: readonly LogicalType[]): boolean => args.some((a) => a.nullable);

/** A one-argument BITMAP → T function, NULL on NULL. */
function fromBitmap(
  name: string,
  result: (nullable: boolean) => LogicalType,
  f: (b: Bitmap) => SqlValue,
): BuiltinScalar {
  return scalar({
    names: [name],
    category: 'collection',
    infer: (args) =>
      args.length === 1 && isBitmap(args[0]!)
        ? result(args[0]!.nullable)
        : invalid(name, args, [`${name}(bitmap <BITMAP>)`]),
    implement: () => (b: SqlValue) => (b === null ? null : f(b as Bitmap)),
  });
}

/** BITMAP_AND / OR / XOR / ANDNOT(bitmap1, bitmap2): NULL when either is NULL. */
function setOp(name: string, op: (a: Bitmap, b: Bitmap) => Bitmap): BuiltinScalar {
  return scalar({
    names: [name],
    category: 'collection',
    infer: (args) =>
      args.length === 2 && isBitmap(args[0]!) && isBitmap(args[1]!)
        ? bitmapType(anyNull(args))
        : invalid(name, args, [`${name}(bitmap1 <BITMAP>, bitmap2 <BITMAP>)`]),
    implement: () => (a: SqlValue, b: SqlValue) =>
      a === null || b === null ? null : op(a as Bitmap, b as Bitmap),
  });
}

const BITMAP_BUILD = scalar({
  names: ['BITMAP_BUILD'],
  category: 'collection',
  infer: (args) =>
    args.length === 1 && args[0]!.kind === 'ARRAY' && args[0]!.element.kind === 'INT'
      ? bitmapType(args[0]!.nullable)
      : invalid('BITMAP_BUILD', args, [
          'BITMAP_BUILD(array ARRAY<INT> NOT NULL)',
          'BITMAP_BUILD(array ARRAY<INT>)',
        ]),
  // NULL elements are skipped (BitmapBuildFunction)
  implement: () => (a: SqlValue) =>
    a === null ? null : Bitmap.of((a as SqlValue[]).filter((x) => x !== null) as number[]),
});

const BITMAP_FROM_BYTES = scalar({
  names: ['BITMAP_FROM_BYTES'],
  category: 'collection',
  infer: (args) =>
    args.length === 1 && isBinary(args[0]!)
      ? bitmapType(args[0]!.nullable)
      : invalid('BITMAP_FROM_BYTES', args, ['BITMAP_FROM_BYTES(bytes <BINARY_STRING>)']),
  implement: () => (b: SqlValue) => {
    if (b === null) return null;
    try {
      return Bitmap.fromBytes(b as Uint8Array);
    } catch (e) {
      throw new ExecutionError('Failed to deserialize bitmap from bytes.', { cause: e });
    }
  },
});

/** The BITMAP scalar functions. */
export const BITMAP_FUNCTIONS: BuiltinScalar[] = [
  BITMAP_BUILD,
  BITMAP_FROM_BYTES,
  fromBitmap(
    'BITMAP_CARDINALITY',
    (n) => bigintType(n),
    (b) => BigInt(b.cardinality),
  ),
  fromBitmap(
    'BITMAP_TO_ARRAY',
    (n) => arrayType(intType(true), n),
    (b) => b.toSignedArray(),
  ),
  fromBitmap(
    'BITMAP_TO_BYTES',
    (n) => bytesType(n),
    (b) => b.toBytes(),
  ),
  fromBitmap(
    'BITMAP_TO_STRING',
    (n) => stringType(n),
    (b) => b.toString(),
  ),
  setOp('BITMAP_AND', (a, b) => a.and(b)),
  setOp('BITMAP_OR', (a, b) => a.or(b)),
  setOp('BITMAP_XOR', (a, b) => a.xor(b)),
  setOp('BITMAP_ANDNOT', (a, b) => a.andNot(b)),
];

// ---- aggregates ----

type Fold = 'AND' | 'OR' | 'XOR';

/**
 * Accumulator for every bitmap aggregate: a signed count per input (an INT for BUILD_AGG, a
 * bitmap for AND/OR/XOR_AGG), as Flink's *WithRetract accumulators keep a MapView of counts; a
 * retraction before its insertion leaves a negative count that a later insert cancels. Only
 * inputs with a positive count are live. `cache` is the result for the live inputs, kept up to
 * date incrementally (a result is read after every input row, so rebuilding it each time would
 * make a group quadratic); `stale` forces a rebuild (after a merge, or a retracted AND/OR input).
 */
interface Acc {
  counts: Map<string | number, [SqlValue, number]>;
  live: number;
  cache: Bitmap | null;
  stale: boolean;
  /** BUILD_AGG: values whose liveness changed since the cache was made. */
  changed: Map<number, number>;
}

/** The result rebuilt from the live inputs (NULL without any). */
function fold(kind: Fold | 'BUILD', acc: Acc): Bitmap | null {
  if (kind === 'BUILD') {
    const live: number[] = [];
    for (const [v, n] of acc.counts.values()) if (n > 0) live.push(v as number);
    return live.length === 0 ? null : Bitmap.of(live);
  }
  let r: Bitmap | null = null;
  for (const [v, n] of acc.counts.values()) {
    if (n <= 0) continue;
    const b = v as Bitmap;
    // a bitmap XORed an even number of times cancels out
    const odd = n % 2 === 1;
    if (r === null) r = kind === 'XOR' && !odd ? Bitmap.empty() : b;
    else if (kind === 'AND') r = r.and(b);
    else if (kind === 'OR') r = r.or(b);
    else if (odd) r = r.xor(b);
  }
  return r;
}

type MergeableImpl = AggregateImpl & { merge(target: unknown, other: unknown): unknown };

function bitmapAggImpl(kind: Fold | 'BUILD', cardinality: boolean): MergeableImpl {
  const keyOf = (v: SqlValue): string | number => (kind === 'BUILD' ? (v as number) : (v as Bitmap).key());
  const parity = (n: number): number => (n > 0 ? n % 2 : 0);
  const change = (acc: unknown, args: readonly unknown[], d: 1 | -1): unknown => {
    const v = args[0] as SqlValue;
    if (v === null) return acc; // NULL inputs are ignored
    const a = acc as Acc;
    const k = keyOf(v);
    const e = a.counts.get(k);
    const old = e ? e[1] : 0;
    const now = old + d;
    if (now === 0) a.counts.delete(k);
    else if (e) e[1] = now;
    else a.counts.set(k, [v, now]);
    const wasLive = old > 0;
    const isLive = now > 0;
    if (wasLive !== isLive) a.live += isLive ? 1 : -1;
    if (a.stale) return a;
    if (kind === 'BUILD') {
      if (wasLive !== isLive) a.changed.set(k as number, v as number);
    } else if (kind === 'XOR') {
      if (parity(old) !== parity(now)) a.cache = (a.cache ?? Bitmap.empty()).xor(v as Bitmap);
    } else if (wasLive && !isLive) {
      a.stale = true; // AND / OR cannot take one input back out
    } else if (!wasLive && isLive) {
      const b = v as Bitmap;
      a.cache = a.cache === null || a.live === 1 ? b : kind === 'AND' ? a.cache.and(b) : a.cache.or(b);
    }
    return a;
  };
  const result = (a: Acc): Bitmap | null => {
    if (a.stale) {
      a.cache = fold(kind, a);
      a.changed.clear();
      a.stale = false;
    } else if (a.changed.size > 0) {
      const adds: number[] = [];
      const removes: number[] = [];
      for (const [k, v] of a.changed) ((a.counts.get(k)?.[1] ?? 0) > 0 ? adds : removes).push(v);
      a.changed.clear();
      a.cache = (a.cache ?? Bitmap.empty()).or(Bitmap.of(adds)).andNot(Bitmap.of(removes));
    }
    // NULL for a group without live input (Flink: groups of only NULLs, or all retracted)
    return a.live === 0 ? null : (a.cache ?? Bitmap.empty());
  };
  return {
    supportsRetract: true,
    create: (): Acc => ({ counts: new Map(), live: 0, cache: null, stale: false, changed: new Map() }),
    accumulate: (acc, args) => change(acc, args, 1),
    retract: (acc, args) => change(acc, args, -1),
    // two-phase / session-window merging: counts add up, the result is rebuilt
    merge(target, other) {
      const a = target as Acc;
      for (const [k, [v, n]] of (other as Acc).counts) {
        const e = a.counts.get(k);
        if (!e) a.counts.set(k, [v, n]);
        else if ((e[1] += n) === 0) a.counts.delete(k);
      }
      a.live = 0;
      for (const [, n] of a.counts.values()) if (n > 0) a.live++;
      a.stale = true;
      return a;
    },
    getValue(acc) {
      const b = result(acc as Acc);
      if (!cardinality) return b;
      return b === null ? null : BigInt(b.cardinality);
    },
  };
}

function bitmapAgg(kind: Fold | 'BUILD', cardinality: boolean): BuiltinAggregate {
  const name = `BITMAP_${kind}${cardinality ? '_CARDINALITY' : ''}_AGG`;
  const sig = kind === 'BUILD' ? `${name}(value <INTEGER>)` : `${name}(bitmap <BITMAP>)`;
  const ok = (t: LogicalType): boolean => (kind === 'BUILD' ? t.kind === 'INT' : isBitmap(t));
  return {
    name,
    names: [name],
    category: 'aggregate',
    inferType(args) {
      if (args.length !== 1 || !ok(args[0]!)) throw validationError(invalid(name, args, [sig]));
      // NULL for a group without (live) non-NULL input
      return cardinality ? bigintType(true) : bitmapType(true);
    },
    create: () => bitmapAggImpl(kind, cardinality),
  };
}

/** The BITMAP aggregate functions (all support retraction). */
export const BITMAP_AGGREGATES: BuiltinAggregate[] = (['BUILD', 'AND', 'OR', 'XOR'] as const).flatMap((k) => [
  bitmapAgg(k, false),
  bitmapAgg(k, true),
]);
