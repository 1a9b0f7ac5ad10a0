/**
 * Temporal functions: CURRENT_DATE / TIME / TIMESTAMP, LOCALTIME, LOCALTIMESTAMP, NOW,
 * CURRENT_ROW_TIMESTAMP, EXTRACT, YEAR … SECOND, FLOOR / CEIL (… TO unit), OVERLAPS,
 * DATE_FORMAT, TIMESTAMPADD, TIMESTAMPDIFF, CONVERT_TZ, FROM_UNIXTIME, UNIX_TIMESTAMP, TO_DATE,
 * TO_TIMESTAMP, TO_TIMESTAMP_LTZ. TIMESTAMP_LTZ values are read in the session time zone (UTC by
 * default, never the machine's). Unit arguments (EXTRACT(DAY FROM …), FLOOR(… TO HOUR),
 * TIMESTAMPADD(MONTH, …)) are passed as string values such as 'DAY'.
 */
import { ExecutionError } from '../../../common/errors.js';
import {
  doubleToLong,
  bigintType,
  booleanType,
  dateType,
  daysToYmd,
  floorMod,
  formatType,
  intType,
  makeTimestamp,
  MILLIS_PER_DAY,
  ymdToDays,
  parseDate,
  javaTrim,
  parseLocalTimestamp,
  resolveTimeZone,
  stringType,
  timestampLtzType,
  timestampType,
  timeType,
  tsMillis,
  tsNanoOfMilli,
  withNullable,
  calendarLocalToUtc,
  javaUtilTimeZone,
  javaLocalDateTimeText,
  javaZoneIdOf,
  withoutTimeAttribute,
  type LogicalType,
  type SqlValue,
  type TimestampValue,
} from '../../../types/index.js';
import {
  isChar,
  isInt,
  isNum,
  scalar,
  simple,
  toNum,
  validationError,
  type BuiltinScalar,
  type Impl,
  type ImplementContext,
} from './define.js';
import { calciteTypeText } from './json-rules.js';
import { formatJavaPattern, parseJavaPattern, patternGranularityMs } from './java-date-format.js';
import {
  addMonthsToDays,
  addMonthsToMillis,
  ceilDays,
  dayOfWeek,
  dayOfYear,
  floorDays,
  floorMillis,
  isoDayOfWeek,
  isoWeek,
  isoYear,
  parseUnit,
  subtractMonthsDays,
  subtractMonthsMillis,
  type TimeUnit,
} from './time-util.js';

const isTsKind = (t: LogicalType): boolean => t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ';
const isTemporal = (t: LogicalType): boolean =>
  t.kind === 'DATE' || t.kind === 'TIME' || isTsKind(t) || t.kind === 'NULL';

/** Local wall-clock millis + nanos of a DATE / TIME / TIMESTAMP / TIMESTAMP_LTZ value. */
function localOf(t: LogicalType, ctx: ImplementContext): (v: SqlValue) => [number, number] {
  switch (t.kind) {
    case 'DATE':
      return (v) => [(v as number) * MILLIS_PER_DAY, 0];
    case 'TIME':
      return (v) => [v as number, 0];
    case 'TIMESTAMP_LTZ': {
      const z = resolveTimeZone(ctx.timeZone);
      return (v) => [z.utcToLocal(tsMillis(v as TimestampValue)), tsNanoOfMilli(v as TimestampValue)];
    }
    default:
      return (v) => [tsMillis(v as TimestampValue), tsNanoOfMilli(v as TimestampValue)];
  }
}

function century(y: number): number {
  return y > 0 ? Math.floor((y + 99) / 100) : Math.ceil((y - 99) / 100);
}
function millennium(y: number): number {
  return y > 0 ? Math.floor((y + 999) / 1000) : Math.ceil((y - 999) / 1000);
}

/** EXTRACT of a unit from local millis (+ nanos), as Flink's DateTimeUtils#extract* do. */
export function extractUnit(unit: string, ms: number, nanos: number): number {
  const days = Math.floor(ms / MILLIS_PER_DAY);
  const tod = floorMod(ms, MILLIS_PER_DAY);
  switch (unit) {
    case 'YEAR':
      return daysToYmd(days).year;
    case 'QUARTER':
      return Math.floor((daysToYmd(days).month + 2) / 3);
    case 'MONTH':
      return daysToYmd(days).month;
    case 'WEEK':
      return isoWeek(days);
    case 'DAY':
      return daysToYmd(days).day;
    case 'DOY':
      return dayOfYear(days);
    case 'DOW':
      return dayOfWeek(days);
    case 'ISODOW':
      return isoDayOfWeek(days);
    case 'ISOYEAR':
      return isoYear(days);
    case 'DECADE':
      return Math.floor(daysToYmd(days).year / 10);
    case 'CENTURY':
      return century(daysToYmd(days).year);
    case 'MILLENNIUM':
      return millennium(daysToYmd(days).year);
    case 'EPOCH':
      return Math.floor(ms / 1000);
    case 'HOUR':
      return Math.floor(tod / 3600000);
    case 'MINUTE':
      return Math.floor((tod % 3600000) / 60000);
    case 'SECOND':
      return Math.floor((tod % 60000) / 1000);
    // the fraction of the second only (ExtractFunctionITCase: 11:22:33.123456 gives 123, 123456,
    // 123456000), not Calcite's seconds-included 33123
    case 'MILLISECOND':
      return tod % 1000;
    case 'MICROSECOND':
      return (tod % 1000) * 1000 + Math.floor(nanos / 1000);
    case 'NANOSECOND':
      return (tod % 1000) * 1_000_000 + nanos;
    default:
      throw new ExecutionError(`EXTRACT: unsupported time unit '${unit}'`);
  }
}

const EXTRACT_UNITS = new Set([
  'YEAR',
  'QUARTER',
  'MONTH',
  'WEEK',
  'DAY',
  'DOY',
  'DOW',
  'ISODOW',
  'ISOYEAR',
  'DECADE',
  'CENTURY',
  'MILLENNIUM',
  'EPOCH',
  'HOUR',
  'MINUTE',
  'SECOND',
  'MILLISECOND',
  'MICROSECOND',
  'NANOSECOND',
]);

function extractInterval(unit: string, t: LogicalType, v: number): number {
  if (t.kind === 'INTERVAL_YEAR_MONTH') {
    if (unit === 'YEAR') return Math.trunc(v / 12);
    if (unit === 'MONTH') return v % 12;
    if (unit === 'QUARTER') return Math.trunc((v % 12) / 3) + 1;
    throw new ExecutionError(`EXTRACT: unit ${unit} does not apply to a year-month interval`);
  }
  switch (unit) {
    case 'DAY':
      return Math.trunc(v / MILLIS_PER_DAY);
    case 'HOUR':
      return Math.trunc(v / 3600000) % 24;
    case 'MINUTE':
      return Math.trunc(v / 60000) % 60;
    case 'SECOND':
      return Math.trunc(v / 1000) % 60;
    case 'MILLISECOND':
      return v % 60000;
    case 'EPOCH':
      return Math.trunc(v / 1000);
    default:
      throw new ExecutionError(`EXTRACT: unit ${unit} does not apply to a day-time interval`);
  }
}

/** Operand kinds Calcite's SqlExtractFunction.validateCall accepts per unit group. */
const DATE_LIKE = ['DATE', 'TIMESTAMP', 'TIMESTAMP_LTZ'];
const EXTRACT_LEGAL: Record<string, string[]> = {
  MONTH_AND_ABOVE: [...DATE_LIKE, 'INTERVAL_YEAR_MONTH'],
  DAY_TO_WEEK: DATE_LIKE,
  // Calcite lists only DAY-leading day-time intervals; Eddy keeps no interval qualifier, so every
  // day-time interval passes
  DAY: [...DATE_LIKE, 'INTERVAL_DAY_TIME', 'INTERVAL_YEAR_MONTH'],
  EPOCH: [...DATE_LIKE, 'INTERVAL_DAY_TIME', 'INTERVAL_YEAR_MONTH'],
  HOUR_TO_NANOSECOND: [...DATE_LIKE, 'TIME', 'INTERVAL_DAY_TIME', 'INTERVAL_YEAR_MONTH'],
};
const EXTRACT_GROUP: Record<string, string> = {
  YEAR: 'MONTH_AND_ABOVE',
  MONTH: 'MONTH_AND_ABOVE',
  ISOYEAR: 'MONTH_AND_ABOVE',
  QUARTER: 'MONTH_AND_ABOVE',
  DECADE: 'MONTH_AND_ABOVE',
  CENTURY: 'MONTH_AND_ABOVE',
  MILLENNIUM: 'MONTH_AND_ABOVE',
  WEEK: 'DAY_TO_WEEK',
  DOW: 'DAY_TO_WEEK',
  ISODOW: 'DAY_TO_WEEK',
  DOY: 'DAY_TO_WEEK',
  EPOCH: 'EPOCH',
  DAY: 'DAY',
  HOUR: 'HOUR_TO_NANOSECOND',
  MINUTE: 'HOUR_TO_NANOSECOND',
  SECOND: 'HOUR_TO_NANOSECOND',
  MILLISECOND: 'HOUR_TO_NANOSECOND',
  MICROSECOND: 'HOUR_TO_NANOSECOND',
  NANOSECOND: 'HOUR_TO_NANOSECOND',
};

/**
 * Calcite's refusal of a unit the operand's type does not have (SqlExtractFunction.validateCall:
 * EXTRACT(DOW FROM TIME '12:42:25') and EXTRACT(YEAR FROM <TIME>) fail validation,
 * ScalarFunctionsValidationTest), or undefined.
 */
function extractOperandError(unit: string, operand: LogicalType): string | undefined {
  const group = EXTRACT_GROUP[unit];
  if (!group || operand.kind === 'NULL') return undefined;
  if (EXTRACT_LEGAL[group]!.includes(operand.kind)) return undefined;
  return (
    `Cannot apply 'EXTRACT' to arguments of type 'EXTRACT(<INTERVAL ${unit}> FROM <${calciteTypeText(operand)}>)'. ` +
    `Supported form(s): 'EXTRACT(<DATETIME_INTERVAL> FROM <DATETIME_INTERVAL>)'\n'EXTRACT(<DATETIME_INTERVAL> FROM <DATETIME>)'`
  );
}

const EXTRACT = scalar({
  names: ['EXTRACT'],
  category: 'temporal',
  infer(args, lits) {
    if (
      args.length !== 2 ||
      !isChar(args[0]!) ||
      !(isTemporal(args[1]!) || args[1]!.kind.startsWith('INTERVAL'))
    ) {
      return 'EXTRACT expects (unit, DATE | TIME | TIMESTAMP | TIMESTAMP_LTZ | INTERVAL)';
    }
    const u = lits[0];
    if (typeof u === 'string' && !EXTRACT_UNITS.has(u.toUpperCase()))
      return `EXTRACT: unknown time unit '${u}'`;
    if (typeof u === 'string') {
      const illegal = extractOperandError(u.toUpperCase(), args[1]!);
      if (illegal) return illegal;
    }
    // TimeFunctionsITCase: EXTRACT(NANOSECOND FROM <DATE>) fails validation
    if (typeof u === 'string' && u.toUpperCase() === 'NANOSECOND' && args[1]!.kind === 'DATE')
      return 'Extract function: NANOSECOND can not be applied to DATE';
    return bigintType(args[1]!.nullable);
  },
  implement(args, _r, ctx): Impl {
    const t = args[1]!;
    if (t.kind === 'INTERVAL_YEAR_MONTH' || t.kind === 'INTERVAL_DAY_TIME') {
      return (u: string, v: number) => BigInt(extractInterval(u.toUpperCase(), t, v));
    }
    const loc = localOf(t, ctx);
    return (u: string, v: SqlValue) => {
      const [ms, ns] = loc(v);
      return BigInt(extractUnit(u.toUpperCase(), ms, ns));
    };
  },
});

function extractFn(name: string, unit: string, kinds: string[]): BuiltinScalar {
  return simple({
    names: [name],
    category: 'temporal',
    sigs: kinds.map((k) => [k]),
    result: bigintType(false),
    impl: (args, _r, ctx) => {
      const t = args[0]!;
      // HOUR(interval) etc. are EXTRACT(HOUR FROM interval), as Calcite rewrites them
      if (t.kind === 'INTERVAL_YEAR_MONTH' || t.kind === 'INTERVAL_DAY_TIME')
        return (v: number) => BigInt(extractInterval(unit, t, v));
      const loc = localOf(t, ctx);
      return (v: SqlValue) => {
        const [ms, ns] = loc(v);
        return BigInt(extractUnit(unit, ms, ns));
      };
    },
  });
}

/**
 * Units whose CEIL of a timestamp looks at the date only (Avatica's unixTimestampCeil), so the time
 * of day is ignored: CEIL(TIMESTAMP '2018-03-01 21:00:01' TO MONTH) is 2018-03-01 00:00:00
 * (TemporalTypesTest#testTemporalShanghai).
 */
const DATE_CEIL_UNITS = new Set(['MONTH', 'QUARTER', 'YEAR', 'DECADE', 'CENTURY', 'MILLENNIUM']);

/** Units Flink rounds a TIMESTAMP_LTZ to through timestampFloor / timestampCeil with the zone. */
const ZONED_UNITS = new Set(['HOUR', 'DAY', 'WEEK', ...DATE_CEIL_UNITS]);

/**
 * The epoch day Flink's DateTimeUtils.unixTimestampFloor / unixTimestampCeil / timestampFloor /
 * timestampCeil take for WEEK and longer units: `(int) (millis / MILLIS_PER_DAY)`, truncated toward
 * zero, so a time before 1970 that is not at midnight counts as the next day (FLINK-41499, open
 * in 2.3: FLOOR(TIMESTAMP '1969-12-31 10:00:00' TO MONTH) is 1970-01-01).
 */
function flinkEpochDay(localMillis: number): number {
  return Math.trunc(localMillis / MILLIS_PER_DAY);
}

/** Units Flink floors through that epoch day (julianDateFloor); DAY and shorter are arithmetic. */
const DATE_FLOOR_UNITS = new Set(['WEEK', ...DATE_CEIL_UNITS]);

function ceilByDate(localMillis: number, unit: string): number {
  return ceilDays(flinkEpochDay(localMillis), unit as TimeUnit) * MILLIS_PER_DAY;
}

function floorByDate(localMillis: number, unit: string): number {
  return floorDays(flinkEpochDay(localMillis), unit as TimeUnit) * MILLIS_PER_DAY;
}

/** FLOOR / CEIL: numeric (one argument) or temporal with a unit (value, unit). */
function floorCeilTemporal(names: string[], ceil: boolean, numeric: BuiltinScalar): BuiltinScalar {
  return scalar({
    names,
    category: 'temporal',
    infer(args, lits) {
      if (args.length === 1) return numeric.inferType(args, lits);
      if (args.length !== 2 || !isTemporal(args[0]!) || !isChar(args[1]!))
        return `${names[0]} expects (NUMERIC) or (DATETIME TO unit)`;
      const u = lits[1];
      if (typeof u === 'string' && parseUnit(u) === undefined) return `${names[0]}: unknown time unit '${u}'`;
      const t = args[0]!;
      return isTsKind(t) ? withoutTimeAttribute(t) : t;
    },
    implement(args, r, ctx): Impl {
      if (args.length === 1) return numeric.implement(args, r, ctx);
      const t = args[0]!;
      switch (t.kind) {
        case 'DATE':
          return (d: number, u: string) => {
            const unit = parseUnit(u) ?? 'DAY';
            // Avatica's julianDateFloor: CEIL(date TO DAY) is always the next day
            // (TimeFunctionsITCase: CEIL(DATE '1990-10-14' TO DAY) is 1990-10-15)
            if (ceil && unit === 'DAY') return d + 1;
            return ceil ? ceilDays(d, unit) : floorDays(d, unit);
          };
        case 'TIME':
          return (v: number, u: string) =>
            floorMod(floorMillis(v, parseUnit(u) ?? 'SECOND', ceil), MILLIS_PER_DAY);
        case 'TIMESTAMP_LTZ': {
          const z = resolveTimeZone(ctx.timeZone);
          // Flink's DateTimeUtils.timestampFloor / timestampCeil(unit, millis, tz) for HOUR and up:
          // add the offset of the instant, round as in UTC, subtract that same offset (not the
          // offset of the result), so across a DST change FLOOR(2024-03-10 03:00 PDT TO DAY) is
          // 2024-03-09 23:00 PST; the nanos of the millisecond are not looked at.
          return (v: TimestampValue, u: string) => {
            const unit = parseUnit(u) ?? 'SECOND';
            const ms = tsMillis(v);
            const offset = z.utcToLocal(ms) - ms;
            const local = ms + offset;
            if (ceil && DATE_CEIL_UNITS.has(unit)) return ceilByDate(local, unit) - offset;
            if (!ceil && DATE_FLOOR_UNITS.has(unit)) return floorByDate(local, unit) - offset;
            let f = floorMillis(local, unit, ceil);
            if (ceil && !ZONED_UNITS.has(unit) && tsNanoOfMilli(v) > 0 && f === local)
              f = floorMillis(local + 1, unit, true);
            return f - offset;
          };
        }
        default:
          return (v: TimestampValue, u: string) => {
            const unit = parseUnit(u) ?? 'SECOND';
            const ms = tsMillis(v);
            if (ceil && DATE_CEIL_UNITS.has(unit)) return ceilByDate(ms, unit);
            if (!ceil && DATE_FLOOR_UNITS.has(unit)) return floorByDate(ms, unit);
            let f = floorMillis(ms, unit, ceil);
            if (ceil && tsNanoOfMilli(v) > 0 && f === ms) f = floorMillis(ms + 1, unit, true);
            return f;
          };
      }
    },
  });
}

function nowMillis(): number {
  return Date.now();
}

function currentFn(
  names: string[],
  type: LogicalType,
  make: (now: number, ctx: ImplementContext) => SqlValue,
): BuiltinScalar {
  return simple({
    names,
    category: 'temporal',
    deterministic: false,
    sigs: [[]],
    result: type,
    impl: (_a, _r, ctx) => () => make(nowMillis(), ctx),
  });
}

const UNIT_MS: Partial<Record<TimeUnit, number>> = {
  WEEK: 7 * MILLIS_PER_DAY,
  DAY: MILLIS_PER_DAY,
  HOUR: 3600000,
  MINUTE: 60000,
  SECOND: 1000,
  MILLISECOND: 1,
};
const UNIT_MONTHS: Partial<Record<TimeUnit, number>> = { YEAR: 12, QUARTER: 3, MONTH: 1 };

const TIMESTAMPADD = scalar({
  names: ['TIMESTAMPADD'],
  category: 'temporal',
  infer(args, lits) {
    if (args.length !== 3 || !isChar(args[0]!) || !isInt(args[1]!) || !isTemporal(args[2]!))
      return 'TIMESTAMPADD expects (unit, INTEGER, DATETIME)';
    const u = lits[0];
    if (typeof u === 'string' && parseUnit(u) === undefined) return `TIMESTAMPADD: unknown time unit '${u}'`;
    const t = args[2]!;
    const unit = typeof u === 'string' ? parseUnit(u) : undefined;
    if (
      t.kind === 'DATE' &&
      unit !== undefined &&
      UNIT_MONTHS[unit] === undefined &&
      unit !== 'DAY' &&
      unit !== 'WEEK'
    ) {
      // Calcite's SqlTimestampAddFunction: a sub-day unit on a DATE gives TIMESTAMP of the type
      // system's default precision (6 in Flink), MILLISECOND gives TIMESTAMP(3)
      return timestampType(unit === 'MILLISECOND' ? 3 : 6, args[1]!.nullable || t.nullable);
    }
    return withNullable(t, args[1]!.nullable || t.nullable);
  },
  implement(args, r): Impl {
    const t = args[2]!;
    return (u: string, n: number | bigint, v: SqlValue) => {
      const unit = parseUnit(u);
      if (unit === undefined) throw new ExecutionError(`TIMESTAMPADD: unknown time unit '${u}'`);
      const k = toNum(n);
      const months = UNIT_MONTHS[unit];
      if (t.kind === 'DATE') {
        const d = v as number;
        if (months !== undefined) return addMonthsToDays(d, k * months);
        const ms = d * MILLIS_PER_DAY + k * (UNIT_MS[unit] ?? 0);
        return r.kind === 'DATE' ? Math.floor(ms / MILLIS_PER_DAY) : ms;
      }
      if (t.kind === 'TIME')
        return floorMod(
          (v as number) + (months !== undefined ? 0 : k * (UNIT_MS[unit] ?? 0)),
          MILLIS_PER_DAY,
        );
      const ts = v as TimestampValue;
      const ms =
        months !== undefined
          ? addMonthsToMillis(tsMillis(ts), k * months)
          : tsMillis(ts) + k * (UNIT_MS[unit] ?? 0);
      return makeTimestamp(ms, tsNanoOfMilli(ts));
    };
  },
});

/** A type as Calcite writes it in "Cannot apply" messages (INTEGER, CHAR(16), TIMESTAMP_WITH_LOCAL_TIME_ZONE(3)). */
function calciteTypeName(t: LogicalType): string {
  const text = formatType(withNullable(t, true));
  if (text === 'INT') return 'INTEGER';
  if (text === 'STRING') return 'VARCHAR(2147483647)';
  return text.replace(/^TIMESTAMP_LTZ/, 'TIMESTAMP_WITH_LOCAL_TIME_ZONE');
}

const TIMESTAMPDIFF = scalar({
  names: ['TIMESTAMPDIFF'],
  category: 'temporal',
  infer(args) {
    if (args.length !== 3 || !isChar(args[0]!) || !isTemporal(args[1]!) || !isTemporal(args[2]!)) {
      const operands = args.map((t, i) => `<${i === 0 ? 'SYMBOL' : calciteTypeName(t)}>`).join(', ');
      return `Cannot apply 'TIMESTAMPDIFF' to arguments of type 'TIMESTAMPDIFF(${operands})'. Supported form(s): 'TIMESTAMPDIFF(<ANY>, <DATETIME>, <DATETIME>)'`;
    }
    // Flink's code generator refuses to mix TIMESTAMP_LTZ with another type (TemporalTypesTest)
    const ltz = [args[1]!, args[2]!].filter((t) => t.kind !== 'NULL').map((t) => t.kind === 'TIMESTAMP_LTZ');
    if (ltz.includes(true) && ltz.includes(false)) {
      return 'TIMESTAMP_LTZ only supports diff between the same type.';
    }
    return intType(args[1]!.nullable || args[2]!.nullable);
  },
  implement(args, _r, ctx): Impl {
    // Two TIMESTAMP_LTZ values differ by their epoch milliseconds, whatever the session zone
    // (ScalarOperatorGens.generateTimestampLtzMinus: getMillisecond() - getMillisecond(), and
    // SUBTRACT_MONTHS on the same UTC values), so a DST day is 23 or 25 hours long.
    const epoch = (v: SqlValue): [number] => [tsMillis(v as TimestampValue)];
    const ltz = args[1]!.kind === 'TIMESTAMP_LTZ' || args[2]!.kind === 'TIMESTAMP_LTZ';
    const a = ltz ? epoch : localOf(args[1]!, ctx);
    const b = ltz ? epoch : localOf(args[2]!, ctx);
    // FLINK-40897 (open in 2.3): with two TIME operands the month units diff the millisecond-of-day
    // ints as if they were epoch days (TIMESTAMPDIFF(MONTH, TIME '12:00:00', TIME '13:00:00') is
    // 118277), the day-time units are right
    const bothTime = args[1]!.kind === 'TIME' && args[2]!.kind === 'TIME';
    return (u: string, x: SqlValue, y: SqlValue) => {
      const unit = parseUnit(u);
      if (unit === undefined) throw new ExecutionError(`TIMESTAMPDIFF: unknown time unit '${u}'`);
      const [t1] = a(x);
      const [t2] = b(y);
      const months = UNIT_MONTHS[unit];
      if (months !== undefined && bothTime)
        return Math.trunc(subtractMonthsDays(y as number, x as number) / months) | 0;
      if (months !== undefined) return Math.trunc(subtractMonthsMillis(t2, t1) / months) | 0;
      return Math.trunc((t2 - t1) / (UNIT_MS[unit] ?? 1)) | 0;
    };
  },
});

const OVERLAPS = simple({
  names: ['OVERLAPS'],
  category: 'temporal',
  sigs: [['DT', 'A', 'DT', 'A']],
  result: booleanType(false),
  impl: (args, _r, ctx) => {
    const loc = args.map((t) => (t.kind.startsWith('INTERVAL') ? null : localOf(t, ctx)));
    const end = (i: number, start: number, v: SqlValue): number =>
      loc[i] ? loc[i]!(v)[0] : start + (v as number);
    return (s1: SqlValue, e1: SqlValue, s2: SqlValue, e2: SqlValue) => {
      const a = loc[0]!(s1)[0];
      const b = end(1, a, e1);
      const c = loc[2]!(s2)[0];
      const d = end(3, c, e2);
      const [lo1, hi1] = a <= b ? [a, b] : [b, a];
      const [lo2, hi2] = c <= d ? [c, d] : [d, c];
      return lo1 <= hi2 && lo2 <= hi1;
    };
  },
});

/**
 * The zone letter of a DateTimeFormatter pattern outside quotes, if any: 'zone' for z / v / V,
 * 'offset' for X / x / Z / O.
 */
function zoneLetterOf(pattern: string): 'zone' | 'offset' | undefined {
  let quoted = false;
  // inside an optional section [...] a missing zone leaves the section out instead of failing
  let optional = 0;
  for (const c of pattern) {
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === '[') optional++;
    else if (c === ']') optional = Math.max(0, optional - 1);
    else if (optional > 0) continue;
    else if (c === 'z' || c === 'v' || c === 'V') return 'zone';
    else if (c === 'X' || c === 'x' || c === 'Z' || c === 'O') return 'offset';
  }
  return undefined;
}

/**
 * DATE_FORMAT of a TIMESTAMP / TIMESTAMP_LTZ formats a LocalDateTime with a DateTimeFormatter
 * (DateTimeUtils#formatTimestamp), which has no zone: a zone or offset letter (`letter`, from
 * {@link zoneLetterOf}) fails the call as java.time does.
 */
function zonelessFormatError(
  pattern: string,
  letter: 'zone' | 'offset',
  localMs: number,
  nanoOfMilli: number,
): ExecutionError {
  const why =
    letter === 'zone'
      ? `Unable to extract ZoneId from temporal ${javaLocalDateTimeText(localMs, nanoOfMilli)}`
      : 'Unsupported field: OffsetSeconds';
  return new ExecutionError(
    `DATE_FORMAT with the pattern '${pattern}' failed: ${why} (java.time.DateTimeException: the value is formatted as a LocalDateTime, which has no time zone)`,
  );
}

const DATE_FORMAT = simple({
  names: ['DATE_FORMAT'],
  legacyArity: true, // a FlinkSqlOperatorTable function (Calcite's operand-family check)
  category: 'temporal',
  sigs: [
    ['TS', 'S'],
    ['S', 'S'],
    ['DATE', 'S'],
  ],
  result: stringType(false),
  mayReturnNull: true,
  impl: (args, _r, ctx) => {
    if (isChar(args[0]!)) {
      // DateTimeUtils.formatTimestampString: a SimpleDateFormat('yyyy-MM-dd HH:mm:ss') parses a
      // prefix of the text (a fraction is ignored, a date alone fails: NULL), and a
      // SimpleDateFormat formats it (S is the millisecond, always 0 here)
      return (s: string, f: string) => {
        const p = parseJavaPattern(s, DEFAULT_FMT, true);
        return p === undefined ? null : formatJavaPattern(p.localMs, 0, f, 0, true);
      };
    }
    const loc = localOf(args[0]!, ctx);
    const z = resolveTimeZone(ctx.timeZone);
    if (args[0]!.kind === 'TIMESTAMP_LTZ') {
      // The pattern is scanned for zone letters once per pattern, not per call.
      let zonePattern: string | undefined;
      let zone: 'zone' | 'offset' | undefined;
      return (v: SqlValue, f: string) => {
        if (f !== zonePattern) {
          zone = zoneLetterOf(f);
          zonePattern = f;
        }
        const [ms, ns] = loc(v);
        if (zone !== undefined) throw zonelessFormatError(f, zone, ms, ns);
        return formatJavaPattern(ms, ns, f, z.offsetAt(tsMillis(v as TimestampValue)));
      };
    }
    const kind = args[0]!.kind;
    // One-entry memo per call site: consecutive events mostly fall in the same day (or minute),
    // and the text depends only on that unit of local time (patternGranularityMs).
    let lastPattern: string | undefined;
    let unitPattern: string | undefined;
    let unit = 0;
    let zone: 'zone' | 'offset' | undefined;
    let lastKey = NaN;
    let lastNs = NaN;
    let lastOut = '';
    return (v: SqlValue, f: string) => {
      const ms =
        kind === 'DATE'
          ? (v as number) * MILLIS_PER_DAY
          : kind === 'TIME'
            ? (v as number)
            : tsMillis(v as TimestampValue);
      const ns = kind === 'DATE' || kind === 'TIME' ? 0 : tsNanoOfMilli(v as TimestampValue);
      if (f !== lastPattern) {
        lastPattern = undefined;
        // What depends on the pattern alone is worked out once per pattern (not again after a
        // call that failed on it).
        if (f !== unitPattern) {
          unit = patternGranularityMs(f);
          zone = kind === 'TIMESTAMP' ? zoneLetterOf(f) : undefined;
          unitPattern = f;
        }
      }
      const key = unit > 0 ? Math.floor(ms / unit) : ms;
      if (f === lastPattern && key === lastKey && (unit > 0 || ns === lastNs)) return lastOut;
      if (zone !== undefined) throw zonelessFormatError(f, zone, ms, ns);
      // DATE goes through DateTimeUtils.formatDateString (SimpleDateFormat), TIMESTAMP through a
      // DateTimeFormatter
      const out = formatJavaPattern(ms, ns, f, 0, kind === 'DATE');
      lastPattern = f;
      lastKey = key;
      lastNs = ns;
      lastOut = out;
      return out;
    };
  },
});

const DEFAULT_FMT = 'yyyy-MM-dd HH:mm:ss';

const FROM_UNIXTIME = simple({
  names: ['FROM_UNIXTIME'],
  legacyArity: true,
  category: 'temporal',
  sigs: [['N', 'S?']],
  result: stringType(false),
  // VARCHAR_FORCE_NULLABLE in Flink's FlinkSqlOperatorTable
  mayReturnNull: true,
  impl: (args, _r, ctx) => {
    const z = resolveTimeZone(ctx.timeZone);
    const t = args[0]!;
    const scale = t.kind === 'DECIMAL' ? 10 ** t.scale : 1;
    return (sec: number | bigint, f?: string) => {
      // Flink casts the numeric to a Java long (NaN → 0, ±Infinity saturates) and formats
      // new Date(unixtime * 1000), a long product that wraps: done exactly here, never NaN.
      const seconds =
        typeof sec === 'bigint' && scale === 1
          ? BigInt.asIntN(64, sec)
          : doubleToLong(typeof sec === 'bigint' ? Number(sec) / scale : sec / scale);
      const ms = Number(BigInt.asIntN(64, seconds * 1000n));
      return formatJavaPattern(z.utcToLocal(ms), 0, f ?? DEFAULT_FMT, z.offsetAt(ms), true, ctx.timeZone);
    };
  },
});

const UNIX_TIMESTAMP = simple({
  names: ['UNIX_TIMESTAMP'],
  legacyArity: true,
  category: 'temporal',
  sigs: [[], ['S', 'S?']],
  result: bigintType(false),
  // UNIX_TIMESTAMP() reads the clock; with arguments it is deterministic but typed the same way
  deterministic: false,
  impl: (args, _r, ctx) => {
    if (args.length === 0) return () => BigInt(Math.floor(nowMillis() / 1000));
    const z = resolveTimeZone(ctx.timeZone);
    return (s: string, f?: string) => {
      const p = parseJavaPattern(s, f ?? DEFAULT_FMT, true);
      // Flink returns Long.MIN_VALUE when the text does not parse
      if (p === undefined) return -9223372036854775808n;
      // DateTimeUtils.unixTimestamp parses with a SimpleDateFormat: Calendar's overlap rule
      const utc = p.offsetMs !== undefined ? p.localMs - p.offsetMs : calendarLocalToUtc(z, p.localMs);
      return BigInt(Math.floor(utc / 1000));
    };
  },
});

const TO_DATE = simple({
  names: ['TO_DATE'],
  legacyArity: true,
  category: 'temporal',
  sigs: [['S', 'S?']],
  result: dateType(false),
  mayReturnNull: true,
  impl: () => (s: string, f?: string) => {
    if (f === undefined) return parseDate(s) ?? null;
    const p = parseJavaPattern(s, f, true);
    return p === undefined ? null : Math.floor(p.localMs / MILLIS_PER_DAY);
  },
});

/** Integer.parseInt: an optional sign and decimal digits within the int range. */
function javaParseInt(s: string): number | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/**
 * The fallback of DateTimeUtils.parseTimestampData(text, format) when the format does not parse:
 * java.sql.Timestamp.valueOf of the trimmed text when it has a space, else java.sql.Date.valueOf
 * (midnight). Both want a 4-digit year, a 1-2 digit month 1..12 and day 1..31, the time
 * `h:m:s[.fraction]` with any number of digits; the deprecated Date constructor behind them is
 * lenient, so February 30 is March 1 and 24:30:00 the next day's 00:30. The result is cut to
 * `precision`; undefined where Java throws (the function is then NULL).
 */
function sqlTimestampValueOf(text: string, precision: number): TimestampValue | undefined {
  const s = javaTrim(text);
  const space = s.indexOf(' ');
  const dateS = space >= 0 ? s.slice(0, space) : s;
  const d1 = dateS.indexOf('-');
  const d2 = dateS.indexOf('-', d1 + 1);
  if (!(d1 > 0 && d2 > 0 && d2 < dateS.length - 1)) return undefined;
  const [ys, ms, ds] = [dateS.slice(0, d1), dateS.slice(d1 + 1, d2), dateS.slice(d2 + 1)];
  if (ys.length !== 4 || ms.length < 1 || ms.length > 2 || ds.length < 1 || ds.length > 2) return undefined;
  const [y, mo, d] = [javaParseInt(ys), javaParseInt(ms), javaParseInt(ds)];
  if (y === undefined || mo === undefined || d === undefined || mo < 1 || mo > 12 || d < 1 || d > 31)
    return undefined;
  const days = ymdToDays(y, mo, 1) + d - 1;
  if (space < 0) return makeTimestamp(days * MILLIS_PER_DAY, 0);
  const timeS = s.slice(space + 1);
  const c1 = timeS.indexOf(':');
  const c2 = timeS.indexOf(':', c1 + 1);
  const dot = timeS.indexOf('.', c2 + 1);
  if (!(c1 > 0 && c2 > 0 && c2 < timeS.length - 1)) return undefined;
  const h = javaParseInt(timeS.slice(0, c1));
  const mi = javaParseInt(timeS.slice(c1 + 1, c2));
  let sec: number | undefined;
  let nanos = 0;
  if (dot > 0 && dot < timeS.length - 1) {
    sec = javaParseInt(timeS.slice(c2 + 1, dot));
    const frac = timeS.slice(dot + 1);
    if (frac.length > 9 || !/^\d/.test(frac)) return undefined;
    const f = javaParseInt(frac);
    if (f === undefined || f < 0) return undefined;
    nanos = f * 10 ** (9 - frac.length);
  } else if (dot > 0) return undefined;
  else sec = javaParseInt(timeS.slice(c2 + 1));
  if (h === undefined || mi === undefined || sec === undefined) return undefined;
  const unit = 10 ** (9 - Math.min(9, precision));
  nanos -= nanos % unit;
  const millis = days * MILLIS_PER_DAY + h * 3600000 + mi * 60000 + sec * 1000 + Math.floor(nanos / 1e6);
  return makeTimestamp(millis, nanos % 1e6);
}

const TO_TIMESTAMP = simple({
  names: ['TO_TIMESTAMP'],
  legacyArity: true,
  category: 'temporal',
  sigs: [['S', 'S?']],
  result: timestampType(3, false),
  mayReturnNull: true,
  impl: () => (s: string, f?: string) => {
    if (f === undefined) return parseLocalTimestamp(javaTrim(s), 3) ?? null;
    const p = parseJavaPattern(s, f);
    if (p === undefined) {
      // fall back like Flink for '1999-9-10 05:20:10' / '1999-9-10'
      return sqlTimestampValueOf(s, 3) ?? null;
    }
    return p.localMs;
  },
});

/** Flink 2.3 (FLINK-39244): TO_TIMESTAMP_LTZ takes epoch units of 10^-p seconds, p in 0..9. */
const MIN_EPOCH_SECONDS = -62167219200;
const MAX_EPOCH_SECONDS = 253402300799;

function ltzPrecisionError(p: number): string {
  return `Precision for TO_TIMESTAMP_LTZ must be between 0 and 9 but was ${p}.`;
}

/**
 * DateTimeUtils.precisionFromFormat as of Flink 2.3 (FLINK-39244): the number of `S` letters the
 * format ends with, clamped to 3..9 (`ss.SSSS` is 4, `ss.SSSSSS X` 3). FLINK-39666 (after 2.3)
 * changes it to the longest `S` run outside quotes.
 */
export function precisionFromFormat(format: string): number {
  let n = 0;
  while (n < format.length && format[format.length - 1 - n] === 'S') n++;
  return Math.min(9, Math.max(3, n));
}

/** Epoch seconds + nanos as a TIMESTAMP_LTZ value, NULL outside years 0000..9999. */
function epochValue(seconds: bigint, nanos: bigint): TimestampValue | null {
  if (seconds < BigInt(MIN_EPOCH_SECONDS) || seconds > BigInt(MAX_EPOCH_SECONDS)) return null;
  const n = Number(nanos);
  return makeTimestamp(Number(seconds) * 1000 + Math.floor(n / 1e6), n % 1e6);
}

const floorDivMod = (a: bigint, b: bigint): [bigint, bigint] => {
  let q = a / b;
  if (a % b !== 0n && a < 0n !== b < 0n) q -= 1n;
  return [q, a - q * b];
};

const TO_TIMESTAMP_LTZ_BASE = simple({
  names: ['TO_TIMESTAMP_LTZ'],
  category: 'temporal',
  sigs: [
    ['N', 'I?'],
    ['S', 'S?', 'S?'],
  ],
  result: timestampLtzType(3, false),
  mayReturnNull: true,
  impl: (args) => {
    if (isNum(args[0]!) && !isChar(args[0]!)) {
      const t = args[0]!;
      const scale = t.kind === 'DECIMAL' ? t.scale : 0;
      const integral = t.kind !== 'DECIMAL' && t.kind !== 'FLOAT' && t.kind !== 'DOUBLE';
      return (v: number | bigint, p?: number | bigint): TimestampValue | null => {
        const precision = p === undefined ? 3 : toNum(p);
        if (!(precision >= 0 && precision <= 9)) throw new ExecutionError(ltzPrecisionError(precision));
        if (t.kind === 'DECIMAL') {
          // DateTimeUtils.toTimestampData(DecimalData, p): RoundingMode.DOWN to whole units of
          // 10^-p s, so TO_TIMESTAMP_LTZ(1.23456, 0) is 1.000 s
          const units = BigInt(v) / 10n ** BigInt(scale);
          const [sec, rem] = floorDivMod(units, 10n ** BigInt(precision));
          return epochValue(sec, rem * 10n ** BigInt(9 - precision));
        }
        if (integral) {
          const [sec, rem] = floorDivMod(BigInt(v), 10n ** BigInt(precision));
          return epochValue(sec, rem * 10n ** BigInt(9 - precision));
        }
        const d = Number(v);
        // Flink's range check is false for NaN as well: NULL
        if (!Number.isFinite(d)) return null;
        if (precision <= 3) {
          const ms = Math.trunc(d * 10 ** (3 - precision));
          if (!(ms >= MIN_EPOCH_SECONDS * 1000 && ms <= MAX_EPOCH_SECONDS * 1000 + 999)) return null;
          return ms;
        }
        // seconds and sub-second nanos apart (FLINK-39666), so no long overflow near year 9999
        const unit = 10 ** precision;
        const sec = Math.floor(d / unit);
        const nanos = Math.min(999_999_999, Math.trunc((d - sec * unit) * 10 ** (9 - precision)));
        return epochValue(BigInt(sec), BigInt(Math.max(0, nanos)));
      };
    }
    // ToTimestampLtzFunction: the text is a wall-clock time read in UTC (DateTimeUtils
    // parseTimestampData gives a TimestampData of the local date-time), or in the zone of the
    // third argument; an offset in the text is not applied (fromTemporalAccessor reads fields)
    return (s: string, f?: string, zoneId?: string): TimestampValue | null => {
      let local: TimestampValue | undefined;
      if (f === undefined) local = parseLocalTimestamp(javaTrim(s), 3);
      else {
        const p = parseJavaPattern(s, f);
        if (p === undefined) local = sqlTimestampValueOf(s, 9);
        else {
          const keep = 10 ** (9 - precisionFromFormat(f));
          const nanos = p.nanoOfMilli;
          local = makeTimestamp(p.localMs, Math.floor(nanos / keep) * keep);
        }
      }
      if (local === undefined) return null;
      if (zoneId === undefined) return local;
      // ZoneId.of fails with a DateTimeException, which the function catches: NULL
      const z = javaZoneIdOf(zoneId);
      if (z === undefined) return null;
      return makeTimestamp(z.localToUtc(tsMillis(local)), tsNanoOfMilli(local));
    };
  },
});

/**
 * Result precision (FLINK-39244, Flink 2.3): TIMESTAMP_LTZ(p) for a literal numeric precision p of
 * 4..9 (0..3 stay TIMESTAMP_LTZ(3)); for a literal format, the format's precision.
 */
const TO_TIMESTAMP_LTZ: BuiltinScalar = {
  ...TO_TIMESTAMP_LTZ_BASE,
  inferType(args, literals) {
    const t = TO_TIMESTAMP_LTZ_BASE.inferType(args, literals);
    const lit = literals?.[1];
    let p = 3;
    if (args.length >= 2 && isNum(args[0]!) && !isChar(args[0]!)) {
      if (typeof lit === 'number' || typeof lit === 'bigint') {
        const n = Number(lit);
        if (!(n >= 0 && n <= 9)) throw validationError(ltzPrecisionError(n));
        p = Math.max(3, n);
      }
    } else if (args.length >= 2 && typeof lit === 'string') p = precisionFromFormat(lit);
    return p === 3 ? t : timestampLtzType(p, t.nullable);
  },
};

const CONVERT_TZ = simple({
  names: ['CONVERT_TZ'],
  legacyArity: true,
  category: 'temporal',
  sigs: [['S', 'S', 'S']],
  result: stringType(false),
  mayReturnNull: true,
  impl: () => (s: string, from: string, to: string) => {
    const p = parseJavaPattern(s, DEFAULT_FMT, true);
    if (p === undefined) return null;
    // DateTimeUtils.convertTz: java.util.TimeZone.getTimeZone, so an unknown id is GMT
    // parsed by a SimpleDateFormat in the source zone: Calendar's overlap rule (the later instant)
    const utc = calendarLocalToUtc(javaUtilTimeZone(from), p.localMs);
    const tz = javaUtilTimeZone(to);
    return formatJavaPattern(tz.utcToLocal(utc), 0, DEFAULT_FMT);
  },
});

/** Builds the temporal functions; FLOOR / CEIL wrap the numeric versions from math.ts. */
export function temporalFunctions(numericFloor: BuiltinScalar, numericCeil: BuiltinScalar): BuiltinScalar[] {
  return [
    currentFn(['CURRENT_DATE'], dateType(false), (now, ctx) =>
      Math.floor(resolveTimeZone(ctx.timeZone).utcToLocal(now) / MILLIS_PER_DAY),
    ),
    currentFn(['CURRENT_TIME', 'LOCALTIME'], timeType(0, false), (now, ctx) => {
      const t = floorMod(resolveTimeZone(ctx.timeZone).utcToLocal(now), MILLIS_PER_DAY);
      return t - (t % 1000);
    }),
    currentFn(
      ['CURRENT_TIMESTAMP', 'NOW', 'CURRENT_ROW_TIMESTAMP'],
      timestampLtzType(3, false),
      (now) => now,
    ),
    currentFn(['LOCALTIMESTAMP'], timestampType(3, false), (now, ctx) =>
      resolveTimeZone(ctx.timeZone).utcToLocal(now),
    ),
    EXTRACT,
    extractFn('YEAR', 'YEAR', ['DATE', 'TS', 'IV']),
    extractFn('QUARTER', 'QUARTER', ['DATE', 'TS', 'IV']),
    extractFn('MONTH', 'MONTH', ['DATE', 'TS', 'IV']),
    extractFn('WEEK', 'WEEK', ['DATE', 'TS']),
    extractFn('DAYOFYEAR', 'DOY', ['DATE', 'TS']),
    extractFn('DAYOFMONTH', 'DAY', ['DATE', 'TS', 'IV']),
    extractFn('DAYOFWEEK', 'DOW', ['DATE', 'TS']),
    extractFn('HOUR', 'HOUR', ['TS', 'TIME', 'IV']),
    extractFn('MINUTE', 'MINUTE', ['TS', 'TIME', 'IV']),
    extractFn('SECOND', 'SECOND', ['TS', 'TIME', 'IV']),
    floorCeilTemporal(['FLOOR'], false, numericFloor),
    floorCeilTemporal(['CEIL', 'CEILING'], true, numericCeil),
    TIMESTAMPADD,
    TIMESTAMPDIFF,
    OVERLAPS,
    DATE_FORMAT,
    FROM_UNIXTIME,
    UNIX_TIMESTAMP,
    TO_DATE,
    TO_TIMESTAMP,
    TO_TIMESTAMP_LTZ,
    CONVERT_TZ,
  ];
}
