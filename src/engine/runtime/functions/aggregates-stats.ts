/**
 * STDDEV_POP, STDDEV_SAMP (STDDEV), VAR_POP, VAR_SAMP (VARIANCE) exactly as Flink computes them:
 * Calcite rewrites them to SUM(x*x), SUM(x) and COUNT(x) combined in the argument's own type
 * (AggregateReduceFunctionsRule#reduceStddev), so integer inputs use integer arithmetic and the
 * result is cast back to the argument type (e.g. STDDEV_POP over INT is an INT):
 *
 *   (SUM(x*x) - SUM(x)*SUM(x) / COUNT(x)) / (COUNT(x) [- 1]), then POWER(…, 0.5) for STDDEV.
 */
import {
  avgResultType,
  bigintType,
  compileCast,
  doubleType,
  sumResultType,
  withNullable,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import { oneOperandError, type MergeableAggregate } from './aggregates.js';
import { ARITHMETIC_OPERATORS } from './arithmetic.js';
import { validationError, type BuiltinAggregate, type Impl } from './define.js';

const op = (name: string) => ARITHMETIC_OPERATORS.find((f) => f.name === name)!;
const CTX = { timeZone: 'UTC', exprText: 'STDDEV/VAR' };

function binary(name: string, a: LogicalType, b: LogicalType): { fn: Impl; type: LogicalType } {
  const def = op(name);
  const type = def.inferType([a, b], []);
  return { fn: def.implement([a, b], type, CTX), type };
}

interface StatsAcc {
  sumSq: SqlValue;
  sum: SqlValue;
  count: number;
}

function statsImpl(
  argType: LogicalType,
  resultType: LogicalType,
  sample: boolean,
  sqrt: boolean,
): MergeableAggregate {
  const R = withNullable(resultType, false);
  const toR = compileCast(withNullable(argType, false), R);
  const sq = binary('*', R, R);
  const sumSqType = withNullable(sumResultType(sq.type), false);
  const sumType = withNullable(sumResultType(R), false);
  const addSq = binary('+', sumSqType, sq.type);
  const subSq = binary('-', sumSqType, sq.type);
  const add = binary('+', sumType, R);
  const sub = binary('-', sumType, R);
  const mergeSq = binary('+', sumSqType, sumSqType);
  const mergeSum = binary('+', sumType, sumType);
  const countType = bigintType(false);
  const sumTimesSum = binary('*', sumType, sumType);
  const avgSq = binary('/', sumTimesSum.type, countType);
  const diff = binary('-', sumSqType, avgSq.type);
  const div = binary('/', diff.type, countType);
  const toDouble = compileCast(div.type, doubleType(false));
  const castBack = compileCast(sqrt ? doubleType(false) : div.type, R);
  const zeroSq = compileCast(bigintType(false), sumSqType)(0n);
  const zero = compileCast(bigintType(false), sumType)(0n);
  return {
    supportsRetract: true,
    create: (): StatsAcc => ({ sumSq: zeroSq, sum: zero, count: 0 }),
    accumulate(acc, args) {
      const v = args[0] as SqlValue;
      if (v === null) return acc;
      const a = acc as StatsAcc;
      const x = toR(v);
      a.sumSq = a.sumSq === null ? null : (addSq.fn(a.sumSq, sq.fn(x, x)) as SqlValue);
      a.sum = a.sum === null ? null : (add.fn(a.sum, x) as SqlValue);
      a.count++;
      return a;
    },
    retract(acc, args) {
      const v = args[0] as SqlValue;
      if (v === null) return acc;
      const a = acc as StatsAcc;
      const x = toR(v);
      a.sumSq = a.sumSq === null ? null : (subSq.fn(a.sumSq, sq.fn(x, x)) as SqlValue);
      a.sum = a.sum === null ? null : (sub.fn(a.sum, x) as SqlValue);
      a.count--;
      return a;
    },
    merge(target, other) {
      const a = target as StatsAcc;
      const b = other as StatsAcc;
      a.sumSq = a.sumSq === null || b.sumSq === null ? null : (mergeSq.fn(a.sumSq, b.sumSq) as SqlValue);
      a.sum = a.sum === null || b.sum === null ? null : (mergeSum.fn(a.sum, b.sum) as SqlValue);
      a.count += b.count;
      return a;
    },
    getValue(acc) {
      const a = acc as StatsAcc;
      if (a.count === 0 || a.sumSq === null || a.sum === null) return null;
      const n = BigInt(a.count);
      const denominator = sample ? (a.count === 1 ? null : n - 1n) : n;
      if (denominator === null) return null;
      const ss = sumTimesSum.fn(a.sum, a.sum) as SqlValue;
      if (ss === null) return null;
      const q = avgSq.fn(ss, n) as SqlValue;
      if (q === null) return null;
      const d = diff.fn(a.sumSq, q) as SqlValue;
      if (d === null) return null;
      const r = div.fn(d, denominator) as SqlValue;
      if (r === null) return null;
      if (!sqrt) return castBack(r);
      return castBack(Math.pow(toDouble(r) as number, 0.5));
    },
  };
}

function statsAgg(names: string[], sample: boolean, sqrt: boolean): BuiltinAggregate {
  return {
    name: names[0]!,
    names,
    category: 'aggregate',
    inferType(args) {
      const error = oneOperandError(
        names[0]!,
        args,
        (t) => ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'DECIMAL', 'FLOAT', 'DOUBLE'].includes(t.kind),
        'NUMERIC',
      );
      if (error) throw validationError(error);
      return avgResultType(args[0]!);
    },
    create: (args, r) => statsImpl(args[0]!, r, sample, sqrt),
  };
}

export const STATS_AGGREGATES: BuiltinAggregate[] = [
  statsAgg(['STDDEV_POP'], false, true),
  // STDDEV and VARIANCE compute as the _SAMP forms but are operators of their own in Calcite,
  // so a type error names the function as written.
  statsAgg(['STDDEV_SAMP'], true, true),
  statsAgg(['STDDEV'], true, true),
  statsAgg(['VAR_POP'], false, false),
  statsAgg(['VAR_SAMP'], true, false),
  statsAgg(['VARIANCE'], true, false),
];
