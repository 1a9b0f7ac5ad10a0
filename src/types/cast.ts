/**
 * Runtime CAST / TRY_CAST between Eddy values, as Flink's cast rules do it (non-legacy behaviour):
 * numeric narrowing wraps like Java casts, DECIMAL rounds HALF_UP and gives NULL when the value
 * does not fit, text is parsed with Flink's rules and a malformed text fails the CAST (TRY_CAST
 * gives NULL), CHAR(n) pads and (VAR)CHAR(n) truncates, TIMESTAMP ↔ TIMESTAMP_LTZ use the session
 * time zone.
 */
import { ExecutionError, InternalError, NotSupportedError } from '../common/errors.js';
import { doubleToInt, doubleToLong, wrap16, wrap64, wrap8 } from './arith.js';
import { castValidationError } from './cast-rules.js';
import { MILLIS_PER_DAY } from './date-time.js';
import { decimalToNumber, divPow10Down, fitsPrecision, pow10, rescaleDecimal } from './decimal.js';
import { formatType } from './format-type.js';
import type { Bitmap } from './bitmap.js';
import { valueFormatter } from './format-value.js';
import { structuredCast } from './structured-cast.js';
import { variantToString } from './variant-cast.js';
import { MAX_LENGTH, isIntegerKind, type LogicalType } from './logical-type.js';
import {
  parseBoolean,
  parseDate,
  parseDecimal,
  parseDecimalCast,
  parseIntegral,
  parseJavaDouble,
  parseLocalTimestamp,
  parseTime,
} from './parse-text.js';
import { resolveTimeZone, type TimeZoneRules } from './time-zone.js';
import {
  makeTimestamp,
  truncateTimestamp,
  tsMillis,
  tsNanoOfMilli,
  type SqlValue,
  type TimestampValue,
} from './values.js';

export interface CastOptions {
  /** Session time zone (TIMESTAMP_LTZ conversions); default UTC. */
  timeZone?: string;
  /** TRY_CAST: failures give NULL instead of an error. */
  try?: boolean;
}

/** A compiled cast of a non-null value; may return null (DECIMAL overflow, TRY_CAST failure). */
export type CastFn = (v: SqlValue) => SqlValue;

const INT_RANGE: Record<string, [bigint, bigint]> = {
  TINYINT: [-128n, 127n],
  SMALLINT: [-32768n, 32767n],
  INT: [-2147483648n, 2147483647n],
  BIGINT: [-9223372036854775808n, 9223372036854775807n],
};

const UTF8_ENC = new TextEncoder();
const UTF8_DEC = new TextDecoder('utf-8');

function fail(from: LogicalType, to: LogicalType, v: SqlValue, why?: string): never {
  const shown = typeof v === 'string' ? `'${v}'` : String(v);
  throw new ExecutionError(
    `Cannot cast ${shown} of type ${formatType(from)} to ${formatType(to)}${why ? `: ${why}` : ''}`,
  );
}

/** Integer value (number or bigint) to bigint. */
const big = (v: SqlValue): bigint => (typeof v === 'bigint' ? v : BigInt(v as number));

/** Narrows a bigint to an integer kind with Java's wrapping. */
function narrowInt(kind: string, x: bigint): number | bigint {
  switch (kind) {
    case 'TINYINT':
      return wrap8(Number(BigInt.asIntN(32, x)));
    case 'SMALLINT':
      return wrap16(Number(BigInt.asIntN(32, x)));
    case 'INT':
      return Number(BigInt.asIntN(32, x));
    default:
      return wrap64(x);
  }
}

/** Java (byte)/(short)/(int)/(long) of a double. */
function doubleToIntKind(kind: string, d: number): number | bigint {
  if (kind === 'BIGINT') return doubleToLong(d);
  const i = doubleToInt(d);
  return kind === 'TINYINT' ? wrap8(i) : kind === 'SMALLINT' ? wrap16(i) : i;
}

function padOrTrimChars(s: string, to: LogicalType): string {
  if (to.kind === 'CHAR') {
    const cps = [...s];
    if (cps.length > to.length) return cps.slice(0, to.length).join('');
    return cps.length < to.length ? s + ' '.repeat(to.length - cps.length) : s;
  }
  if (to.kind === 'VARCHAR' && to.length !== MAX_LENGTH && s.length > to.length) {
    const cps = [...s];
    if (cps.length > to.length) return cps.slice(0, to.length).join('');
  }
  return s;
}

function padOrTrimBytes(b: Uint8Array, to: LogicalType): Uint8Array {
  if (to.kind === 'BINARY') {
    if (b.length === to.length) return b;
    const out = new Uint8Array(to.length);
    out.set(b.subarray(0, to.length));
    return out;
  }
  if (to.kind === 'VARBINARY' && b.length > to.length) return b.slice(0, to.length);
  return b;
}

/** Decimal value of a numeric (for casts to DECIMAL): unscaled at `scale`, or null on overflow. */
function numericToDecimal(from: LogicalType, v: SqlValue, p: number, s: number): bigint | null | undefined {
  switch (from.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT': {
      const r = big(v) * pow10(s);
      return fitsPrecision(r, p) ? r : null;
    }
    case 'DECIMAL':
      return rescaleDecimal(v as bigint, from.scale, p, s) ?? null;
    case 'FLOAT':
    case 'DOUBLE': {
      const d = v as number;
      if (!Number.isFinite(d)) return undefined;
      // BigDecimal.valueOf(double) reads Double.toString, i.e. the shortest repr of the double.
      return parseDecimal(String(d), p, s);
    }
    default:
      return undefined;
  }
}

/**
 * Compiles the cast of a non-null value from `from` to `to`. The caller handles SQL NULL (null
 * in → null out). Invalid combinations throw InternalError: validate with castValidationError.
 *
 * @example
 * const f = compileCast(stringType(), intType());
 * f('42'); // 42
 * f('4x'); // throws ExecutionError (TRY_CAST: null)
 */
export function compileCast(from: LogicalType, to: LogicalType, opts: CastOptions = {}): CastFn {
  const why = castValidationError(from, to);
  if (why !== undefined) throw new InternalError(`cast not allowed: ${why}`);
  const f = buildCast(from, to, opts);
  if (!opts.try) return f;
  return (v) => {
    try {
      return f(v);
    } catch (e) {
      if (e instanceof ExecutionError) return null;
      throw e;
    }
  };
}

/** One-off cast of a value (null-safe). */
export function castValue(v: SqlValue, from: LogicalType, to: LogicalType, opts: CastOptions = {}): SqlValue {
  return v === null ? null : compileCast(from, to, opts)(v);
}

/** Reads a literal's text as a value of `type` (CAST semantics); throws ExecutionError if malformed. */
export function castFromString(type: LogicalType, text: string, opts: CastOptions = {}): SqlValue {
  return castValue(text, { kind: 'VARCHAR', nullable: false, length: MAX_LENGTH }, type, opts);
}

function zoneOf(opts: CastOptions): TimeZoneRules {
  return resolveTimeZone(opts.timeZone);
}

function buildCast(from: LogicalType, to: LogicalType, opts: CastOptions): CastFn {
  if (from.kind === 'NULL') return () => null;
  // ROW ↔ STRUCTURED ↔ STRUCTURED field by field (structured-cast.ts)
  const structured = structuredCast(from, to, (a, b) => nullSafe(buildCast(a, b, opts)));
  if (structured !== undefined) return structured;
  // BitmapToBinaryCastRule: only to BYTES (the rules refuse BINARY(n) / VARBINARY(n)), its portable bytes
  if (from.kind === 'BITMAP' && to.kind === 'VARBINARY') return (v) => (v as Bitmap).toBytes();
  // ---- to character strings ----
  if (to.kind === 'CHAR' || to.kind === 'VARCHAR') {
    if (from.kind === 'CHAR' || from.kind === 'VARCHAR') return (v) => padOrTrimChars(v as string, to);
    if (from.kind === 'BINARY' || from.kind === 'VARBINARY')
      return (v) => padOrTrimChars(UTF8_DEC.decode(v as Uint8Array), to);
    // VARIANT → STRING: its JSON text, a string scalar quoted (variant-cast.ts)
    if (from.kind === 'VARIANT') return variantToString((v, why) => fail(from, to, v, why));
    const fmt = valueFormatter(from, { timeZone: opts.timeZone, printing: false });
    return (v) => padOrTrimChars(fmt(v)!, to);
  }
  // ---- from character strings ----
  if (from.kind === 'CHAR' || from.kind === 'VARCHAR') return fromString(from, to, opts);
  switch (to.kind) {
    case 'BOOLEAN':
      if (from.kind === 'BOOLEAN') return (v) => v;
      if (from.kind === 'DECIMAL') return (v) => (v as bigint) !== 0n;
      return (v) => (typeof v === 'bigint' ? v !== 0n : (v as number) !== 0);
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT': {
      const k = to.kind;
      if (from.kind === 'BOOLEAN') return k === 'BIGINT' ? (v) => (v ? 1n : 0n) : (v) => (v ? 1 : 0);
      if (
        isIntegerKind(from.kind) ||
        from.kind === 'INTERVAL_YEAR_MONTH' ||
        from.kind === 'INTERVAL_DAY_TIME'
      ) {
        if (from.kind === to.kind) return (v) => v;
        return (v) => narrowInt(k, big(v));
      }
      if (from.kind === 'DECIMAL') {
        const s = from.scale;
        return (v) => narrowInt(k, divPow10Down(v as bigint, s));
      }
      if (from.kind === 'FLOAT' || from.kind === 'DOUBLE') return (v) => doubleToIntKind(k, v as number);
      break;
    }
    case 'FLOAT':
    case 'DOUBLE': {
      const round = to.kind === 'FLOAT' ? Math.fround : (x: number) => x;
      if (from.kind === 'BOOLEAN') return (v) => (v ? 1 : 0);
      if (from.kind === 'DECIMAL') {
        const s = from.scale;
        return (v) => round(decimalToNumber(v as bigint, s));
      }
      if (from.kind === 'BIGINT') return (v) => round(Number(v as bigint));
      return (v) => round(v as number);
    }
    case 'DECIMAL': {
      const { precision: p, scale: s } = to;
      if (from.kind === 'BOOLEAN') return (v) => (v ? (fitsPrecision(pow10(s), p) ? pow10(s) : null) : 0n);
      if (from.kind === 'INTERVAL_YEAR_MONTH' || from.kind === 'INTERVAL_DAY_TIME') {
        return (v) => {
          const r = big(v) * pow10(s);
          return fitsPrecision(r, p) ? r : null;
        };
      }
      return (v) => {
        const r = numericToDecimal(from, v, p, s);
        // DecimalDataUtils.castFrom(double) is BigDecimal.valueOf, whose NumberFormatException names
        // the first letter of "NaN" / "Infinity"
        if (r === undefined && typeof v === 'number' && !Number.isFinite(v)) {
          const c = Number.isNaN(v) ? 'N' : 'I';
          fail(
            from,
            to,
            v,
            `Character ${c} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`,
          );
        }
        if (r === undefined) fail(from, to, v);
        return r;
      };
    }
    case 'BINARY':
    case 'VARBINARY':
      return (v) => padOrTrimBytes(v as Uint8Array, to);
    case 'DATE':
      if (from.kind === 'DATE') return (v) => v;
      if (from.kind === 'TIMESTAMP') return (v) => Math.floor(tsMillis(v as TimestampValue) / MILLIS_PER_DAY);
      if (from.kind === 'TIMESTAMP_LTZ') {
        const z = zoneOf(opts);
        return (v) => Math.floor(z.utcToLocal(tsMillis(v as TimestampValue)) / MILLIS_PER_DAY);
      }
      break;
    case 'TIME': {
      const unit = 10 ** (3 - Math.min(3, to.precision));
      const trunc = (ms: number): number => ms - (ms % unit);
      if (from.kind === 'TIME') return (v) => trunc(v as number);
      if (from.kind === 'TIMESTAMP') {
        return (v) =>
          trunc(((tsMillis(v as TimestampValue) % MILLIS_PER_DAY) + MILLIS_PER_DAY) % MILLIS_PER_DAY);
      }
      if (from.kind === 'TIMESTAMP_LTZ') {
        const z = zoneOf(opts);
        return (v) => {
          const local = z.utcToLocal(tsMillis(v as TimestampValue));
          return trunc(((local % MILLIS_PER_DAY) + MILLIS_PER_DAY) % MILLIS_PER_DAY);
        };
      }
      break;
    }
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const p = to.precision;
      const toLtz = to.kind === 'TIMESTAMP_LTZ';
      if (from.kind === 'DATE') {
        if (!toLtz) return (v) => (v as number) * MILLIS_PER_DAY;
        const z = zoneOf(opts);
        return (v) => z.localToUtc((v as number) * MILLIS_PER_DAY);
      }
      if (from.kind === 'TIME') {
        if (!toLtz) return (v) => truncateTimestamp(v as number, p);
        const z = zoneOf(opts);
        return (v) => truncateTimestamp(z.localToUtc(v as number), p);
      }
      if (from.kind === 'TIMESTAMP' || from.kind === 'TIMESTAMP_LTZ') {
        const fromLtz = from.kind === 'TIMESTAMP_LTZ';
        if (fromLtz === toLtz)
          return p >= from.precision ? (v) => v : (v) => truncateTimestamp(v as TimestampValue, p);
        const z = zoneOf(opts);
        const shift = toLtz ? (ms: number) => z.localToUtc(ms) : (ms: number) => z.utcToLocal(ms);
        return (v) => {
          const t = v as TimestampValue;
          return truncateTimestamp(makeTimestamp(shift(tsMillis(t)), tsNanoOfMilli(t)), p);
        };
      }
      break;
    }
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
      if (from.kind === to.kind) return (v) => v;
      if (from.kind === 'DECIMAL') {
        const s = from.scale;
        return (v) => Number(BigInt.asIntN(64, divPow10Down(v as bigint, s)));
      }
      if (isIntegerKind(from.kind)) return (v) => Number(big(v));
      break;
    case 'ARRAY':
    case 'MULTISET':
      if (from.kind === to.kind) {
        const el = nullSafe(buildCast(from.element, to.element, opts));
        if (to.kind === 'ARRAY') return (v) => (v as SqlValue[]).map(el);
        return (v) => {
          const out = new Map<SqlValue, SqlValue>();
          for (const [k, n] of v as Map<SqlValue, SqlValue>) {
            const ck = el(k);
            out.set(ck, ((out.get(ck) as number | undefined) ?? 0) + (n as number));
          }
          return out;
        };
      }
      break;
    case 'MAP':
      if (from.kind === 'MAP') {
        const kf = nullSafe(buildCast(from.key, to.key, opts));
        const vf = nullSafe(buildCast(from.value, to.value, opts));
        return (v) => {
          const out = new Map<SqlValue, SqlValue>();
          for (const [k, x] of v as Map<SqlValue, SqlValue>) out.set(kf(k), vf(x));
          return out;
        };
      }
      break;
    case 'ROW':
      if (from.kind === 'ROW') {
        const fs = from.fields.map((f, i) => nullSafe(buildCast(f.type, to.fields[i]!.type, opts)));
        return (v) => {
          const row = v as SqlValue[];
          const out = new Array<SqlValue>(fs.length);
          for (let i = 0; i < fs.length; i++) out[i] = fs[i]!(row[i] ?? null);
          return out;
        };
      }
      break;
    case 'NULL':
      return () => null;
    default:
      break;
  }
  throw unsupportedCast(from, to);
}

/**
 * A cast the type rules accept but no runtime rule implements (BINARY to DATE / TIME / TIMESTAMP,
 * as in Flink, whose code generator then fails with this message).
 */
function unsupportedCast(from: LogicalType, to: LogicalType): NotSupportedError {
  return new NotSupportedError(`Unsupported cast from '${formatType(from)}' to '${formatType(to)}'.`);
}

function nullSafe(f: CastFn): CastFn {
  return (v) => (v === null || v === undefined ? null : f(v));
}

function fromString(from: LogicalType, to: LogicalType, opts: CastOptions): CastFn {
  switch (to.kind) {
    case 'BOOLEAN':
      // Flink's TableException text (BinaryStringDataUtil.toBoolean) after ours
      return (v) =>
        parseBoolean(v as string) ?? fail(from, to, v, `Cannot parse '${v as string}' as BOOLEAN.`);
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT': {
      const [min, max] = INT_RANGE[to.kind]!;
      const isBig = to.kind === 'BIGINT';
      return (v) => {
        const r = parseIntegral(v as string, min, max);
        if (r === undefined) fail(from, to, v);
        return isBig ? r : Number(r);
      };
    }
    case 'FLOAT':
    case 'DOUBLE': {
      const f32 = to.kind === 'FLOAT';
      return (v) => {
        const r = parseJavaDouble(v as string);
        if (r === undefined) fail(from, to, v);
        return f32 ? Math.fround(r) : r;
      };
    }
    case 'DECIMAL': {
      const { precision: p, scale: s } = to;
      return (v) => {
        // Flink's StringToDecimalCastRule fails on a value too large for the precision
        // (CastFunctionITCase: '12345.6789' AS DECIMAL(8, 4)), unlike numeric → DECIMAL (NULL).
        // (BinaryStringDataUtil.toDecimal: malformed and too large both fail)
        const r = parseDecimalCast(v as string, p, s);
        if (r === null) fail(from, to, v, `not a DECIMAL(${p}, ${s})`);
        return r;
      };
    }
    case 'BINARY':
    case 'VARBINARY':
      return (v) => padOrTrimBytes(UTF8_ENC.encode(v as string), to);
    case 'DATE':
      return (v) => parseDate(v as string) ?? fail(from, to, v);
    case 'TIME':
      return (v) => parseTime(v as string) ?? fail(from, to, v);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const p = to.precision;
      if (to.kind === 'TIMESTAMP') return (v) => parseLocalTimestamp(v as string, p) ?? fail(from, to, v);
      const z = zoneOf(opts);
      return (v) => {
        const t = parseLocalTimestamp(v as string, p) ?? fail(from, to, v);
        return makeTimestamp(z.localToUtc(tsMillis(t)), tsNanoOfMilli(t));
      };
    }
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
      return (v) => {
        const r = parseIntegral(v as string, INT_RANGE.BIGINT![0], INT_RANGE.BIGINT![1]);
        if (r === undefined) fail(from, to, v, 'expected a number');
        return Number(r);
      };
    default:
      throw unsupportedCast(from, to);
  }
}
