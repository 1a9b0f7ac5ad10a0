/**
 * The type a CAST / TRY_CAST target really has in Flink. Flink's planner derives the target as a
 * Calcite type and converts it back with FlinkTypeFactory.toLogicalType, which keeps only what
 * Flink's runtime supports: every TIME is TIME(0) ("the planner supports precision 3, but for
 * consistency with old planner, we set it to 0"; Calcite clamps TIME(p > 3) to its maximum 3
 * first), every year-month interval is INTERVAL MONTH and every day-time interval
 * INTERVAL SECOND(3) (the same mapping the interval literals get, see literal.ts). So
 * `CAST(s AS TIME(3))` is described as TIME(0) and drops the fraction (CastFunctionITCase:
 * '12:34:56.123456789' → 12:34:56), and `CAST(i AS INTERVAL HOUR)` is INTERVAL SECOND(3).
 */
import {
  arrayType,
  dayTimeIntervalType,
  field,
  mapType,
  multisetType,
  rowType,
  timeType,
  yearMonthIntervalType,
  isCharacterString,
  isNumeric,
  type LogicalType,
} from '../../../types/index.js';
import { lit, type RexExpr } from '../../runtime/plan/expr.js';
import type { DataType, Expr, Span } from '../ast/index.js';
import { validationError } from './errors.js';

/** `t` as FlinkTypeFactory.toLogicalType(toRelDataType(t)) gives it, nested types included. */
export function flinkCastTarget(t: LogicalType): LogicalType {
  switch (t.kind) {
    case 'TIME':
      return t.precision === 0 ? t : timeType(0, t.nullable);
    case 'INTERVAL_YEAR_MONTH':
      return t.resolution === 'MONTH' && t.yearPrecision === 2
        ? t
        : yearMonthIntervalType('MONTH', 2, t.nullable);
    case 'INTERVAL_DAY_TIME':
      return t.resolution === 'SECOND' && t.dayPrecision === 2 && t.fractionalPrecision === 3
        ? t
        : dayTimeIntervalType('SECOND', 2, 3, t.nullable);
    case 'ARRAY':
      return arrayType(flinkCastTarget(t.element), t.nullable);
    case 'MULTISET':
      return multisetType(flinkCastTarget(t.element), t.nullable);
    case 'MAP':
      return mapType(flinkCastTarget(t.key), flinkCastTarget(t.value), t.nullable);
    case 'ROW':
      return rowType(
        t.fields.map((f) => field(f.name, flinkCastTarget(f.type), f.description)),
        t.nullable,
      );
    default:
      return t;
  }
}

/** Flink's LogicalTypeRoot name of a numeric or character type (for its messages). */
function typeRoot(t: LogicalType): string {
  return t.kind === 'INT' ? 'INTEGER' : t.kind;
}

/**
 * `=` / `<>` between a character string and a number: Flink has no implicit conversion between
 * the two (FLINK-24914; Calcite's type coercion is off and LEAST_RESTRICTIVE finds no common
 * type, so the operands reach ScalarOperatorGens.checkImplicitConversionValidity as they are),
 * and fails with its message (ImplicitConversionEqualsFunctionITCase). DATE / TIME / TIMESTAMP
 * against a string stay allowed (the string is cast to the time point).
 */
export function checkEqualsOperands(l: LogicalType, r: LogicalType, span: Span): void {
  if ((isNumeric(l) && isCharacterString(r)) || (isCharacterString(l) && isNumeric(r))) {
    throw validationError(
      `implicit type conversion between ${typeRoot(l)} and ${typeRoot(r)} is not supported now`,
      span,
    );
  }
}

/** Months or milliseconds of one unit of an interval qualifier's start field. */
const UNIT_SIZE: Record<string, bigint> = {
  YEAR: 12n,
  MONTH: 1n,
  DAY: 86_400_000n,
  HOUR: 3_600_000n,
  MINUTE: 60_000n,
  SECOND: 1_000n,
};

/**
 * Calcite's StandardConvertletTable.convertCast: `CAST(<numeric literal> AS INTERVAL <unit>)` is
 * an interval literal of that many units (`CAST(1 AS INTERVAL DAY)` is one day,
 * `CAST(2 AS INTERVAL YEAR)` 24 months), while a numeric expression casts as a raw count of
 * months or milliseconds (NumericPrimitiveCastRule). Undefined when `expr` is not such a literal
 * (or its value is not a whole number of months / milliseconds).
 */
export function numericLiteralAsInterval(expr: Expr, type: DataType): RexExpr | undefined {
  if (type.kind !== 'IntervalType') return undefined;
  let e = expr;
  let negative = false;
  if (e.kind === 'Unary' && (e.op === '-' || e.op === '+')) {
    negative = e.op === '-';
    e = e.operand;
  }
  if (e.kind !== 'NumericLiteral' || e.approximate) return undefined;
  const size = UNIT_SIZE[type.qualifier.start];
  if (size === undefined) return undefined;
  const dot = e.text.indexOf('.');
  const scale = dot < 0 ? 0 : e.text.length - dot - 1;
  const unscaled = BigInt(e.text.replace('.', '')) * size;
  const div = 10n ** BigInt(scale);
  if (unscaled % div !== 0n) return undefined;
  const v = Number((negative ? -unscaled : unscaled) / div);
  return size === 12n || size === 1n
    ? lit(v, yearMonthIntervalType('MONTH', 2, false))
    : lit(v, dayTimeIntervalType('SECOND', 2, 3, false));
}
