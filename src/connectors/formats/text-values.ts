/**
 * Text → value conversions shared by the JSON and CSV formats, following Flink's
 * JsonToRowDataConverters / CsvToRowDataConverters: Java's number parsing (Integer.parseInt,
 * Long.parseLong, Double.parseDouble), `Boolean.parseBoolean`, ISO dates, and the two timestamp
 * formats of `json.timestamp-format.standard` ('SQL': `yyyy-MM-dd HH:mm:ss.fff`, 'ISO-8601':
 * `yyyy-MM-ddTHH:mm:ss.fff`; TIMESTAMP_LTZ adds a literal `Z`). Each function throws a plain
 * Error whose message says what was expected; the format adds field, file and line.
 */
import { ymdToDays, daysInMonth, MILLIS_PER_DAY } from '../../types/date-time.js';
import { makeTimestamp, truncateTimestamp, type TimestampValue } from '../../types/values.js';

export type TimestampStandard = 'SQL' | 'ISO-8601';

const INT_RANGES = {
  TINYINT: [-128, 127],
  SMALLINT: [-32768, 32767],
  INT: [-2147483648, 2147483647],
} as const;

/** Java's Byte/Short/Integer.parseInt: optional sign and decimal digits, in range. */
export function parseSmallInteger(kind: 'TINYINT' | 'SMALLINT' | 'INT', text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new Error(`For input string: "${text}" (expected ${kind})`);
  const n = Number(text);
  const [lo, hi] = INT_RANGES[kind];
  if (n < lo || n > hi) throw new Error(`Value out of range for ${kind}: "${text}"`);
  return n;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** Java's Long.parseLong, as a bigint. */
export function parseLong(text: string): bigint {
  if (!/^[+-]?\d+$/.test(text)) throw new Error(`For input string: "${text}" (expected BIGINT)`);
  const n = BigInt(text);
  if (n < LONG_MIN || n > LONG_MAX) throw new Error(`Value out of range for BIGINT: "${text}"`);
  return n;
}

/** Java's Double.parseDouble (decimal forms, NaN, Infinity, optional d/f suffix, surrounding blanks). */
export function parseJavaDouble(text: string): number {
  const t = text.trim();
  const m = /^([+-]?)(NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[dDfF]?$/.exec(t);
  if (!m) throw new Error(`For input string: "${text}" (expected a number)`);
  if (m[2] === 'NaN') return NaN;
  const v = m[2] === 'Infinity' ? Infinity : Number(m[2]);
  return m[1] === '-' ? -v : v;
}

/** Java's Float.parseFloat: the double rounded to single precision. */
export function parseJavaFloat(text: string): number {
  return Math.fround(parseJavaDouble(text));
}

/** Java's Boolean.parseBoolean is lenient (anything but "true" is false); Flink's JSON reads `true`/`false` only. */
export function parseBooleanStrict(text: string): boolean {
  const l = text.trim().toLowerCase();
  if (l === 'true') return true;
  if (l === 'false') return false;
  throw new Error(`Cannot parse "${text}" as BOOLEAN (expected true or false)`);
}

/**
 * ISO_LOCAL_DATE `yyyy-MM-dd` → epoch days; with `lenient`, java.sql.Date.valueOf's
 * `yyyy-[m]m-[d]d` (what the csv format uses).
 */
export function parseDate(text: string, lenient = false): number {
  const m = (lenient ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/ : /^([+-]?\d{4,})-(\d{2})-(\d{2})$/).exec(text);
  if (!m) throw new Error(`Text '${text}' could not be parsed as DATE (expected yyyy-MM-dd)`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new Error(`Text '${text}' could not be parsed as DATE: invalid date`);
  }
  return ymdToDays(y, mo, d);
}

/**
 * ISO_LOCAL_TIME `HH:mm[:ss[.fffffffff]]` (or Flink's SQL time format `HH:mm:ss[.fffffffff]`
 * when `requireSeconds`) → [millis of day, nanos within the milli].
 */
function parseLocalTime(text: string, what: string, requireSeconds = false): [number, number] {
  const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/.exec(text);
  if (m && requireSeconds && m[3] === undefined)
    throw new Error(`Text '${text}' could not be parsed as ${what}`);
  if (!m) throw new Error(`Text '${text}' could not be parsed as ${what}`);
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 23 || mi > 59 || s > 59)
    throw new Error(`Text '${text}' could not be parsed as ${what}: invalid time`);
  const frac = (m[4] ?? '').padEnd(9, '0');
  const nanos = Number(frac);
  return [((h * 60 + mi) * 60 + s) * 1000 + Math.floor(nanos / 1e6), nanos % 1e6];
}

/** TIME(p) → millis of day, truncated to the precision (Flink's TIME keeps at most millis). */
export function parseTime(text: string, precision: number, requireSeconds = false): number {
  const [ms] = parseLocalTime(text, 'TIME (expected HH:mm:ss)', requireSeconds);
  const unit = 10 ** (3 - Math.min(3, precision));
  return ms - (ms % unit);
}

/**
 * TIMESTAMP(p) (`ltz` false) or TIMESTAMP_LTZ(p) (`ltz` true, which needs the trailing `Z` and
 * is UTC) in the given standard.
 */
export function parseTimestamp(
  text: string,
  standard: TimestampStandard,
  precision: number,
  ltz: boolean,
): TimestampValue {
  const sep = standard === 'SQL' ? ' ' : 'T';
  const expected =
    (standard === 'SQL' ? 'yyyy-MM-dd HH:mm:ss' : "yyyy-MM-dd'T'HH:mm:ss") + (ltz ? ".SSS'Z'" : '.SSS');
  let t = text;
  if (ltz) {
    if (!t.endsWith('Z'))
      throw new Error(`Text '${text}' could not be parsed as TIMESTAMP_LTZ (expected ${expected})`);
    t = t.slice(0, -1);
  }
  const i = t.indexOf(sep);
  if (i < 0)
    throw new Error(
      `Text '${text}' could not be parsed at index ${Math.min(10, text.length)} (expected ${expected})`,
    );
  let days: number;
  let time: [number, number];
  try {
    days = parseDate(t.slice(0, i));
    // 'SQL' is Flink's TimeFormats.SQL_TIMESTAMP_FORMAT (seconds required); 'ISO-8601' is ISO_LOCAL_DATE_TIME.
    time = parseLocalTime(t.slice(i + 1), 'TIMESTAMP', standard === 'SQL');
  } catch {
    throw new Error(
      `Text '${text}' could not be parsed as ${ltz ? 'TIMESTAMP_LTZ' : 'TIMESTAMP'} (expected ${expected})`,
    );
  }
  return truncateTimestamp(makeTimestamp(days * MILLIS_PER_DAY + time[0], time[1]), precision);
}

/** Base64 (Jackson's binary text) → bytes; rejects non-base64 text. */
export function parseBase64(text: string): Uint8Array {
  const t = text.trim();
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}$/.test(t)) throw new Error(`Cannot decode '${text}' as base64 bytes`);
  return new Uint8Array(Buffer.from(t, 'base64'));
}
