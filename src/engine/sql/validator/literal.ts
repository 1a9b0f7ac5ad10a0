/**
 * Literal typing and values as Flink has them: exact numerics are INT when they fit, then
 * BIGINT, then DECIMAL(p, s); E-notation is DOUBLE; strings are CHAR(n) NOT NULL; temporal and
 * interval literals are parsed into the value representation of src/types.
 */
import {
  MILLIS_PER_DAY,
  MILLIS_PER_HOUR,
  MILLIS_PER_MINUTE,
  MILLIS_PER_SECOND,
  bigintType,
  binaryType,
  booleanType,
  charType,
  dateType,
  daysInMonth,
  dayTimeIntervalType,
  decimalType,
  doubleType,
  intType,
  makeTimestamp,
  nullType,
  resolveTimeZone,
  timeType,
  timestampLtzType,
  timestampType,
  yearMonthIntervalType,
  ymdToDays,
  type LogicalType,
} from '../../../types/index.js';
import { encodeValue } from '../../runtime/plan/encode-value.js';
import { lit, type Literal as RexLiteral } from '../../runtime/plan/expr.js';
import type { Literal } from '../ast/index.js';
import { intervalType } from './data-type.js';
import { validationError } from './errors.js';

const INT_MIN = -2147483648n;
const INT_MAX = 2147483647n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** Types and encodes a literal. `negate` folds a leading minus into numeric literals. */
export function translateLiteral(l: Literal, timeZone: string, negate = false): RexLiteral {
  switch (l.kind) {
    case 'NumericLiteral':
      return numeric(l.text, l.approximate, negate, l);
    case 'StringLiteral':
      // '' is CHAR(0) (FlinkTypeFactory: CharType.ofEmptyLiteral), so it merges with CHAR(n) as
      // VARCHAR(n) like any CHAR of another length (LiteralTest, LogicalTypeMergingTest)
      return lit(l.value, charType(l.value.length, false));
    case 'BinaryLiteral': {
      if (l.hex.length % 2 !== 0)
        throw validationError('Binary literal string must contain an even number of hexits', l.span);
      return lit(
        encodeValue(new Uint8Array(Buffer.from(l.hex, 'hex'))),
        binaryType(l.hex.length / 2, false), // X'' is BINARY(0): BinaryType.ofEmptyLiteral
      );
    }
    case 'BooleanLiteral':
      return lit(l.value, booleanType(l.value === null));
    case 'NullLiteral':
      return lit(null, nullType());
    case 'TemporalLiteral':
      return temporal(l.type, l.value, timeZone, l);
    case 'IntervalLiteral': {
      // validates the qualifier; the literal's type is what Flink's FlinkTypeFactory.toLogicalType
      // makes of any Calcite interval: INTERVAL MONTH or INTERVAL SECOND(3) (MathFunctionsITCase:
      // f2 * INTERVAL '3' SECOND(3) is INTERVAL SECOND(3))
      const q = intervalType(l.qualifier, l);
      const t =
        q.kind === 'INTERVAL_YEAR_MONTH'
          ? yearMonthIntervalType('MONTH', 2, false)
          : dayTimeIntervalType('SECOND', 2, 3, false);
      const v = parseInterval(l.value, l.qualifier.start, l.qualifier.end, l);
      const neg = l.negative !== negate;
      return lit(neg ? -v : v, t);
    }
  }
}

function numeric(text: string, approximate: boolean, negate: boolean, node: Literal): RexLiteral {
  if (approximate) return lit(encodeValue(negate ? -Number(text) : Number(text)), doubleType(false));
  const dot = text.indexOf('.');
  // '1.' has scale 0, so Calcite types it as an integer literal (SqlNumericLiteral.createSqlType)
  if (dot === text.length - 1 && dot > 0) return numeric(text.slice(0, dot), false, negate, node);
  if (dot < 0) {
    let v = BigInt(text);
    if (negate) v = -v;
    if (v >= INT_MIN && v <= INT_MAX) return lit(Number(v), intType(false));
    if (v >= LONG_MIN && v <= LONG_MAX) return lit(encodeValue(v), bigintType(false));
    const digits = text.replace(/^0+/, '').length;
    if (digits > 38) throw validationError(`Numeric literal '${text}' out of range`, node.span);
    return lit(encodeValue(v), decimalType(digits, 0, false));
  }
  // Calcite's SqlLiteral.createExactNumeric counts every digit of the text as precision, leading
  // zeros included: 0.5 is DECIMAL(2, 1), .5 DECIMAL(1, 1), 007.50 DECIMAL(5, 2) (the type factory
  // caps it at 38); only the value's own digits (BigDecimal#precision) can be out of range.
  const intPart = text.slice(0, dot);
  const frac = text.slice(dot + 1);
  const scale = frac.length;
  const significant = Math.max((intPart + frac).replace(/^0+/, '').length, scale, 1);
  if (significant > 38) throw validationError(`Numeric literal '${text}' out of range`, node.span);
  const precision = Math.min(Math.max(intPart.length + scale, 1), 38);
  let unscaled = BigInt((intPart || '0') + frac);
  if (negate) unscaled = -unscaled;
  return lit(encodeValue(unscaled), decimalType(precision, scale, false));
}

const DATE_RE = /^\s*(-?\d{1,9})-(\d{1,2})-(\d{1,2})\s*$/;
const TIME_RE = /^\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?\s*$/;

/** Epoch days of `yyyy-mm-dd`, or undefined. */
export function parseDate(s: string): number | undefined {
  const m = DATE_RE.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // Calcite reads literals with a non-lenient SimpleDateFormat: February 30 is no date
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return ymdToDays(y, mo, d);
}

/** Millis of day and nanos within the milli of `hh:mm[:ss[.fff]]`, with the written fraction digits. */
function parseTime(s: string): { millis: number; nanos: number; digits: number } | undefined {
  const m = TIME_RE.exec(s);
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const se = Number(m[3] ?? '0');
  if (h > 23 || mi > 59 || se > 59) return undefined;
  const frac = (m[4] ?? '').padEnd(9, '0');
  const nanosTotal = Number(frac);
  return {
    millis:
      h * MILLIS_PER_HOUR + mi * MILLIS_PER_MINUTE + se * MILLIS_PER_SECOND + Math.floor(nanosTotal / 1e6),
    nanos: nanosTotal % 1e6,
    digits: (m[4] ?? '').length,
  };
}

function temporal(
  type: 'DATE' | 'TIME' | 'TIMESTAMP' | 'TIMESTAMP_LTZ',
  value: string,
  timeZone: string,
  node: Literal,
): RexLiteral {
  const bad = (): never => {
    // Calcite's RESOURCE.illegalLiteral with badFormat (SqlParserUtil.parseDateLiteral & co.)
    const format = type === 'DATE' ? 'yyyy-MM-dd' : type === 'TIME' ? 'HH:mm:ss' : 'yyyy-MM-dd HH:mm:ss';
    throw validationError(`Illegal ${type} literal '${value}': not in format '${format}'`, node.span);
  };
  if (type === 'DATE') return lit(parseDate(value) ?? bad(), dateType(false));
  if (type === 'TIME') {
    const t = parseTime(value) ?? bad();
    // Flink types a TIME literal TIME(0) whatever its fraction and drops the fraction
    // (FLINK-17224; TemporalTypesTest: TIME '19:01:02.123' gives 19:01:02).
    return lit(t.millis - (t.millis % 1000), timeType(0, false));
  }
  // the format is 'yyyy-MM-dd HH:mm:ss': a 'T' between date and time does not parse
  const m = /^\s*(\S+) (\S+)\s*$/.exec(value) ?? bad();
  const days = parseDate(m[1]!) ?? bad();
  const t = parseTime(m[2]!) ?? bad();
  const precision = Math.max(0, Math.min(9, t.digits));
  let millis = days * MILLIS_PER_DAY + t.millis;
  if (type === 'TIMESTAMP_LTZ') millis = resolveTimeZone(timeZone).localToUtc(millis);
  const v = makeTimestamp(millis, t.nanos);
  const ty = type === 'TIMESTAMP' ? timestampType(precision, false) : timestampLtzType(precision, false);
  return lit(encodeValue(v), ty);
}

/** Interval value: months for year-month, millis for day-time. */
function parseInterval(text: string, start: string, end: string | undefined, node: Literal): number {
  const s = text.trim();
  const neg = s.startsWith('-');
  const body = s.replace(/^[-+]/, '');
  // Calcite's RESOURCE.unsupportedIntervalLiteral (SqlIntervalQualifier.invalidValueException)
  const bad = (): never => {
    throw validationError(
      `Illegal interval literal format '${text}' for INTERVAL ${start}${end ? ' TO ' + end : ''}`,
      node.span,
    );
  };
  let v: number;
  const num = (x: string | undefined): number => (x === undefined || x === '' ? bad() : Number(x));
  const unitMs: Record<string, number> = {
    DAY: MILLIS_PER_DAY,
    HOUR: MILLIS_PER_HOUR,
    MINUTE: MILLIS_PER_MINUTE,
    SECOND: MILLIS_PER_SECOND,
  };
  if (start === 'YEAR' && end === 'MONTH') {
    const m = /^(\d+)-(\d+)$/.exec(body) ?? bad();
    // a field after the leading one stays in its range (SqlIntervalQualifier.isSecondaryFieldInRange)
    if (num(m[2]) > 11) bad();
    v = num(m[1]) * 12 + num(m[2]);
  } else if (start === 'YEAR') v = num(/^\d+$/.exec(body)?.[0]) * 12;
  else if (start === 'MONTH') v = num(/^\d+$/.exec(body)?.[0]);
  else if (end === undefined) {
    const m = /^(\d+)(?:\.(\d{1,9}))?$/.exec(body) ?? bad();
    v = num(m[1]) * unitMs[start]! + (m[2] ? Math.floor(Number(m[2].padEnd(9, '0')) / 1e6) : 0);
  } else {
    // DAY TO HOUR 'd h', DAY TO MINUTE 'd h:m', DAY TO SECOND 'd h:m:s.f', HOUR TO MINUTE 'h:m', …
    const m = /^(?:(\d+) )?(\d+)(?::(\d+))?(?::(\d+))?(?:\.(\d{1,9}))?$/.exec(body) ?? bad();
    const parts = [m[1], m[2], m[3], m[4]].filter((x) => x !== undefined).map(Number);
    const units = ['DAY', 'HOUR', 'MINUTE', 'SECOND'];
    const from = units.indexOf(start);
    const to = units.indexOf(end);
    if (parts.length !== to - from + 1) bad();
    const max: Record<string, number> = { HOUR: 23, MINUTE: 59, SECOND: 59 };
    parts.forEach((p, i) => {
      if (i > 0 && p > max[units[from + i]!]!) bad();
    });
    v = 0;
    parts.forEach((p, i) => (v += p * unitMs[units[from + i]!]!));
    if (m[5]) v += Math.floor(Number(m[5].padEnd(9, '0')) / 1e6);
  }
  return neg ? -v : v;
}

/** The type of a literal without its value (for EXPLAIN and tests). */
export function literalType(l: Literal, timeZone: string): LogicalType {
  return translateLiteral(l, timeZone).type;
}
