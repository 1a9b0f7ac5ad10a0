/**
 * Result-type rules (Flink's LogicalTypeMerging and FlinkTypeSystem): the common type of
 * CASE / UNION / IN / COALESCE / VALUES (`findCommonType`), arithmetic result types including
 * DECIMAL precision/scale derivation, and the SUM / AVG aggregate result types.
 */
import { castValidationError, supportsImplicitCast } from './cast-rules.js';
import {
  MAX_DECIMAL_PRECISION,
  MAX_LENGTH,
  arrayType,
  dateType,
  decimalType,
  doubleType,
  exactPrecisionScale,
  isApproxKind,
  isExactNumeric,
  isIntegerKind,
  isInterval,
  isTimestamp,
  mapType,
  multisetType,
  rowType,
  timeType,
  withNullable,
  withoutTimeAttribute,
  type DayTimeIntervalType,
  type DayTimeResolution,
  type DecimalType,
  type LogicalType,
  type YearMonthIntervalType,
  type YearMonthResolution,
} from './logical-type.js';

const MINIMUM_ADJUSTED_SCALE = 6;

/** Flink's adjustPrecisionScale: past 38 digits, keep the integral part and shrink the scale (Hive/Spark rule). */
function adjust(precision: number, scale: number): DecimalType {
  if (precision <= MAX_DECIMAL_PRECISION) return decimalType(precision, scale, false);
  const intDigits = precision - scale;
  const minScale = Math.min(scale, MINIMUM_ADJUSTED_SCALE);
  return decimalType(MAX_DECIMAL_PRECISION, Math.max(MAX_DECIMAL_PRECISION - intDigits, minScale), false);
}

/** DECIMAL result of e1 + e2 / e1 - e2. */
export const decimalAdditionType = (p1: number, s1: number, p2: number, s2: number): DecimalType =>
  adjust(Math.max(p1 - s1, p2 - s2) + Math.max(s1, s2) + 1, Math.max(s1, s2));
/** DECIMAL result of e1 * e2. */
export const decimalMultiplicationType = (p1: number, s1: number, p2: number, s2: number): DecimalType =>
  adjust(p1 + p2 + 1, s1 + s2);
/** DECIMAL result of e1 / e2. */
export function decimalDivisionType(p1: number, s1: number, p2: number, s2: number): DecimalType {
  const scale = Math.max(6, s1 + p2 + 1);
  return adjust(p1 - s1 + s2 + scale, scale);
}
/** DECIMAL result of e1 % e2. */
export function decimalModuloType(p1: number, s1: number, p2: number, s2: number): DecimalType {
  const scale = Math.max(s1, s2);
  return adjust(Math.min(p1 - s1, p2 - s2) + scale, scale);
}
/** DECIMAL result of ROUND(d, r) / TRUNCATE(d, r). */
export function decimalRoundType(precision: number, scale: number, round: number): DecimalType {
  if (round >= scale) return decimalType(precision, scale, false);
  if (round < 0) return decimalType(Math.min(MAX_DECIMAL_PRECISION, 1 + precision - scale), 0, false);
  return decimalType(1 + precision - scale + round, round, false);
}

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';

/**
 * Result type of a numeric binary operator (Calcite/Flink): DECIMAL involved (and no FLOAT/DOUBLE)
 * → the DECIMAL rule (integers count as DECIMAL(3|5|10|19, 0)); otherwise the least restrictive
 * type — so INT / INT is INT and TINYINT + TINYINT is TINYINT — except `%` on integers, which takes
 * the type of the second operand. Nullable when either side is. Undefined for non-numeric input.
 */
export function arithmeticResultType(
  op: ArithmeticOp,
  a: LogicalType,
  b: LogicalType,
): LogicalType | undefined {
  const nullable = a.nullable || b.nullable;
  const numeric = (t: LogicalType) => isExactNumeric(t) || isApproxKind(t.kind);
  if (!numeric(a) || !numeric(b)) return undefined;
  if (isApproxKind(a.kind) || isApproxKind(b.kind)) {
    const t =
      a.kind === 'DOUBLE' || b.kind === 'DOUBLE' || a.kind === 'DECIMAL' || b.kind === 'DECIMAL'
        ? doubleType()
        : { kind: 'FLOAT' as const, nullable };
    return withNullable(t, nullable);
  }
  if (a.kind === 'DECIMAL' || b.kind === 'DECIMAL') {
    const x = exactPrecisionScale(a)!;
    const y = exactPrecisionScale(b)!;
    // Calcite's deriveDecimalModType: both scales 0 → the divisor's type (DECIMAL(19, 0) % INT is
    // INT, as Flink's MathFunctionsITCase).
    if (op === '%' && x.scale === 0 && y.scale === 0) return withNullable(b, nullable);
    const f =
      op === '+' || op === '-'
        ? decimalAdditionType
        : op === '*'
          ? decimalMultiplicationType
          : op === '/'
            ? decimalDivisionType
            : decimalModuloType;
    return withNullable(f(x.precision, x.scale, y.precision, y.scale), nullable);
  }
  if (op === '%') return withNullable(b, nullable);
  const order = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT'];
  const wider = order.indexOf(a.kind) >= order.indexOf(b.kind) ? a : b;
  return withNullable(wider, nullable);
}

/** SUM result type: DECIMAL(38, s) for DECIMAL, else the argument type (SUM(INT) is INT). */
export function sumResultType(arg: LogicalType): LogicalType {
  const t = arg.kind === 'DECIMAL' ? decimalType(38, arg.scale) : arg;
  return withNullable(withoutTimeAttribute(t), true);
}

/** AVG result type: DECIMAL(38, max(6, s)) for DECIMAL, else the argument type (AVG(INT) is INT). */
export function avgResultType(arg: LogicalType): LogicalType {
  const t = arg.kind === 'DECIMAL' ? decimalDivisionType(38, arg.scale, 20, 0) : arg;
  return withNullable(t, true);
}

// ---------------------------------------------------------------------------------------------
// findCommonType (LogicalTypeMerging#findCommonType)

const hasFamily = {
  char: (t: LogicalType) => t.kind === 'CHAR' || t.kind === 'VARCHAR',
  binary: (t: LogicalType) => t.kind === 'BINARY' || t.kind === 'VARBINARY',
  exact: isExactNumeric,
  approx: (t: LogicalType) => isApproxKind(t.kind),
  numeric: (t: LogicalType) => isExactNumeric(t) || isApproxKind(t.kind),
  datetime: (t: LogicalType) => t.kind === 'DATE' || t.kind === 'TIME' || isTimestamp(t),
};

function areSimilar(a: LogicalType, b: LogicalType): boolean {
  if (hasFamily.char(a) && hasFamily.char(b)) return true;
  if (hasFamily.binary(a) && hasFamily.binary(b)) return true;
  if (hasFamily.numeric(a) && hasFamily.numeric(b)) return true;
  if (a.kind === 'TIME' && b.kind === 'TIME') return true;
  if (isTimestamp(a) && isTimestamp(b)) return true;
  return a.kind === b.kind;
}

function commonExact(r: LogicalType, t: LogicalType): LogicalType {
  if (
    r.kind === t.kind &&
    (r.kind !== 'DECIMAL' ||
      ((r as DecimalType).precision === (t as DecimalType).precision &&
        (r as DecimalType).scale === (t as DecimalType).scale))
  )
    return r;
  if (r.kind !== 'DECIMAL' && t.kind !== 'DECIMAL') {
    return exactPrecisionScale(t)!.precision > exactPrecisionScale(r)!.precision ? t : r;
  }
  const a = exactPrecisionScale(r)!;
  const b = exactPrecisionScale(t)!;
  const d = Math.min(Math.max(a.precision - a.scale, b.precision - b.scale), MAX_DECIMAL_PRECISION);
  const s = Math.min(Math.max(a.scale, b.scale), MAX_DECIMAL_PRECISION - d);
  return decimalType(d + s, s);
}

const YM_ORDER: YearMonthResolution[] = ['YEAR', 'YEAR_TO_MONTH', 'MONTH'];
const YM_BOUNDS: Record<YearMonthResolution, [number, number]> = {
  YEAR: [0, 0],
  YEAR_TO_MONTH: [0, 1],
  MONTH: [1, 1],
};
const DT_UNITS = ['DAY', 'HOUR', 'MINUTE', 'SECOND'];

function commonYearMonth(a: YearMonthIntervalType, b: YearMonthIntervalType): LogicalType {
  const start = Math.min(YM_BOUNDS[a.resolution][0], YM_BOUNDS[b.resolution][0]);
  const end = Math.max(YM_BOUNDS[a.resolution][1], YM_BOUNDS[b.resolution][1]);
  const res = start === end ? (start === 0 ? 'YEAR' : 'MONTH') : 'YEAR_TO_MONTH';
  void YM_ORDER;
  return {
    kind: 'INTERVAL_YEAR_MONTH',
    nullable: true,
    resolution: res,
    yearPrecision: Math.max(a.yearPrecision, b.yearPrecision),
  };
}

function dtBounds(r: DayTimeResolution): [number, number] {
  const parts = r.split('_TO_');
  return [DT_UNITS.indexOf(parts[0]!), DT_UNITS.indexOf(parts[parts.length - 1]!)];
}

function commonDayTime(a: DayTimeIntervalType, b: DayTimeIntervalType): LogicalType {
  const [as, ae] = dtBounds(a.resolution);
  const [bs, be] = dtBounds(b.resolution);
  const s = DT_UNITS[Math.min(as, bs)]!;
  const e = DT_UNITS[Math.max(ae, be)]!;
  return {
    kind: 'INTERVAL_DAY_TIME',
    nullable: true,
    resolution: (s === e ? s : `${s}_TO_${e}`) as DayTimeResolution,
    dayPrecision: Math.max(a.dayPrecision, b.dayPrecision),
    fractionalPrecision: Math.max(a.fractionalPrecision, b.fractionalPrecision),
  };
}

function lengthOf(t: LogicalType): number {
  return t.kind === 'CHAR' || t.kind === 'VARCHAR' || t.kind === 'BINARY' || t.kind === 'VARBINARY'
    ? t.length
    : 0;
}

function stringOf(kind: 'CHAR' | 'VARCHAR' | 'BINARY' | 'VARBINARY', length: number): LogicalType {
  return { kind, nullable: true, length: Math.min(length, MAX_LENGTH) } as LogicalType;
}

function childrenCommon(types: LogicalType[]): LogicalType | undefined | null {
  const first = types[0]!;
  const kids = (t: LogicalType): LogicalType[] =>
    t.kind === 'ARRAY' || t.kind === 'MULTISET'
      ? [t.element]
      : t.kind === 'MAP'
        ? [t.key, t.value]
        : t.kind === 'ROW'
          ? t.fields.map((f) => f.type)
          : [];
  const n = kids(first).length;
  for (const t of types) if (t.kind !== first.kind || kids(t).length !== n) return null;
  const result: LogicalType[] = [];
  for (let i = 0; i < n; i++) {
    const c = findCommonType(types.map((t) => kids(t)[i]!));
    if (!c) return null;
    result.push(c);
  }
  switch (first.kind) {
    case 'ARRAY':
      return arrayType(result[0]!);
    case 'MULTISET':
      return multisetType(result[0]!);
    case 'MAP':
      return mapType(result[0]!, result[1]!);
    case 'ROW':
      return rowType(
        first.fields.map((f, i) =>
          f.description === undefined
            ? { name: f.name, type: result[i]! }
            : { name: f.name, type: result[i]!, description: f.description },
        ),
      );
    default:
      return null;
  }
}

function commonNullable(types: LogicalType[], hasNull: boolean): LogicalType | null {
  let r: LogicalType | null = null;
  for (const t of types) {
    if (t.kind === 'NULL') continue;
    if (r === null) r = t;
    // special patterns: DATETIME +/- INTERVAL, TIMESTAMP/DATE + EXACT_NUMERIC
    if (hasFamily.datetime(r) && isInterval(t)) continue;
    if (isInterval(r) && hasFamily.datetime(t)) {
      r = t;
      continue;
    }
    if ((isTimestamp(r) || r.kind === 'DATE') && hasFamily.exact(t)) continue;
    if (hasFamily.exact(r) && (isTimestamp(t) || t.kind === 'DATE')) {
      r = t;
      continue;
    }
    if (t.kind === 'ARRAY' || t.kind === 'MULTISET' || t.kind === 'MAP' || t.kind === 'ROW') {
      return childrenCommon(types.filter((x) => x.kind !== 'NULL')) ?? null;
    }
    if (!areSimilar(r, t)) return null;
    if (hasFamily.char(t) || hasFamily.binary(t)) {
      const len = Math.max(lengthOf(r), lengthOf(t));
      if (r.kind === 'VARCHAR' || r.kind === 'VARBINARY') r = stringOf(r.kind, len);
      else if (lengthOf(r) !== lengthOf(t)) r = stringOf(r.kind === 'CHAR' ? 'VARCHAR' : 'VARBINARY', len);
      else r = stringOf(t.kind as 'CHAR', len);
    } else if (hasFamily.exact(t)) {
      if (hasFamily.exact(r)) r = commonExact(r, t);
      else if (hasFamily.approx(r)) {
        if (t.kind === 'DECIMAL') r = doubleType();
      } else return null;
    } else if (hasFamily.approx(t)) {
      if (hasFamily.approx(r)) r = r.kind === 'DOUBLE' || t.kind === 'DOUBLE' ? doubleType() : r;
      else if (hasFamily.exact(r)) r = t.kind === 'DOUBLE' || r.kind === 'DECIMAL' ? doubleType() : t;
      else return null;
    } else if (t.kind === 'DATE') {
      if (r.kind === 'DATE') r = dateType();
      else return null;
    } else if (t.kind === 'TIME') {
      if (r.kind === 'TIME') r = timeType(Math.max(r.precision, t.precision));
      else return null;
    } else if (isTimestamp(t)) {
      if (!isTimestamp(r)) return null;
      const p = Math.max(r.precision, t.precision);
      r = {
        kind: r.kind === 'TIMESTAMP_LTZ' || t.kind === 'TIMESTAMP_LTZ' ? 'TIMESTAMP_LTZ' : 'TIMESTAMP',
        nullable: true,
        precision: p,
      };
    } else if (t.kind === 'INTERVAL_DAY_TIME' && r.kind === 'INTERVAL_DAY_TIME') {
      r = commonDayTime(r, t);
    } else if (t.kind === 'INTERVAL_YEAR_MONTH' && r.kind === 'INTERVAL_YEAR_MONTH') {
      r = commonYearMonth(r, t);
    } else if (t.kind === 'BOOLEAN' && r.kind === 'BOOLEAN') {
      r = t;
    } else {
      return null;
    }
  }
  if (r === null && hasNull) return { kind: 'NULL', nullable: true };
  return r;
}

/**
 * The most specific type all `types` convert to implicitly, as Flink's findCommonType:
 * `[INT, BIGINT, DECIMAL(2, 2)]` → `DECIMAL(21, 2)`, `[CHAR(2), VARCHAR(5)]` → `VARCHAR(5)`,
 * `[INT, DOUBLE]` → `DOUBLE`, `[TIMESTAMP(3), TIMESTAMP_LTZ(6)]` → `TIMESTAMP_LTZ(6)`. Nullable
 * when any input is nullable or NULL. Undefined when there is none (or only NULLs).
 */
export function findCommonType(types: readonly LogicalType[]): LogicalType | undefined {
  if (types.length === 0) return undefined;
  let hasNull = false;
  let anyNullable = false;
  for (const t of types) {
    if (t.kind === 'NULL') hasNull = true;
    if (t.nullable) anyNullable = true;
  }
  const normalized = types.map((t) => withoutTimeAttribute(withNullable(t, true)));
  let found: LogicalType | null = commonNullable(normalized, hasNull);
  if (found === null) {
    // findCommonCastableType
    let r: LogicalType = normalized[0]!;
    for (const t of normalized) {
      if (t.kind === 'NULL') continue;
      if (supportsImplicitCast(r, t)) r = t;
      else if (!supportsImplicitCast(t, r)) return undefined;
    }
    found = r;
  }
  if (found.kind === 'NULL') return undefined;
  return withNullable(found, anyNullable);
}

/**
 * The common type of values that are all converted to it (CASE / COALESCE / IFNULL branches,
 * both sides of a comparison, IN lists, GREATEST / LEAST, ARRAY / MAP elements): as
 * {@link findCommonType}, but undefined when some input cannot be cast to that type.
 * findCommonType's special patterns (DATETIME ± INTERVAL gives the datetime, TIMESTAMP / DATE
 * with an exact numeric gives the timestamp) describe arithmetic results, not a type an
 * INTERVAL or an INT value converts to — Flink refuses those mixes when it validates the call.
 *
 * @example
 * findCommonValueType([timestampType(3), smallintType()]); // undefined
 */
export function findCommonValueType(types: readonly LogicalType[]): LogicalType | undefined {
  const t = findCommonType(types);
  if (t === undefined) return undefined;
  for (const a of types) if (a.kind !== 'NULL' && castValidationError(a, t) !== undefined) return undefined;
  return t;
}

/** True for integer kinds (convenience re-export for callers typing arithmetic). */
export const isIntegerType = (t: LogicalType): boolean => isIntegerKind(t.kind);
