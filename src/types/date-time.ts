/**
 * Calendar arithmetic (proleptic Gregorian, as java.time) and Flink's text forms of DATE, TIME,
 * TIMESTAMP and intervals (DateTimeUtils#formatDate / formatTimestampMillis / formatTimestamp /
 * formatIntervalYearMonth / formatIntervalDayTime).
 */
import { tsMillis, tsNanoOfMilli, type TimestampValue } from './values.js';

export const MILLIS_PER_SECOND = 1000;
export const MILLIS_PER_MINUTE = 60000;
export const MILLIS_PER_HOUR = 3600000;
export const MILLIS_PER_DAY = 86400000;

/** Floor division for safe integers. */
export const floorDiv = (a: number, b: number): number => Math.floor(a / b);
/** Floor modulo (result has the sign of b), as Java's Math.floorMod. */
export const floorMod = (a: number, b: number): number => ((a % b) + b) % b;

/** Days since 1970-01-01 of a year/month/day (month 1..12). */
export function ymdToDays(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1..12) and day of days since 1970-01-01. */
export function daysToYmd(days: number): { year: number; month: number; day: number } {
  // Hinnant's civil_from_days; integer ops are exact for |days| < 2^31 / 146097 eras
  const z = days + 719468;
  const era = ((z >= 0 ? z : z - 146096) / 146097) | 0;
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Number of days of a month (1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** Flink prints years with exactly four digits (int4), year 10000 wraps; negative years are rare. */
function pad4(n: number): string {
  if (n >= 0 && n <= 9999) return String(n).padStart(4, '0');
  return String(n);
}

/** `yyyy-MM-dd` of days since epoch. */
export function formatDate(days: number): string {
  const { year, month, day } = daysToYmd(days);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * TIME text (Flink's formatTimestampMillis(time, precision)): `HH:mm:ss`, then for precision > 0 a
 * point and the millisecond digits, stopping after the last non-zero digit but printing at least
 * one (Flink keeps java.sql.Timestamp's style: TIME(3) 12:34:56.100 is `12:34:56.1`).
 */
export function formatTime(millisOfDay: number, precision: number): string {
  let t = millisOfDay;
  while (t < 0) t += MILLIS_PER_DAY;
  const h = Math.floor(t / MILLIS_PER_HOUR);
  const m = Math.floor((t % MILLIS_PER_HOUR) / MILLIS_PER_MINUTE);
  const s = Math.floor((t % MILLIS_PER_MINUTE) / 1000);
  let ms = t % 1000;
  let out = `${pad2(h % 100)}:${pad2(m)}:${pad2(s)}`;
  if (precision > 0) {
    out += '.';
    let p = precision;
    while (p > 0) {
      out += String(Math.floor(ms / 100));
      ms = (ms % 100) * 10;
      if (ms === 0) break;
      p--;
    }
  }
  return out;
}

/**
 * TIMESTAMP text from wall-clock epoch millis and nanos (Flink's formatTimestamp(ts, precision)):
 * `yyyy-MM-dd HH:mm:ss`, then the 9-digit nano fraction with trailing zeros removed down to
 * `precision` digits (so TIMESTAMP(3) always shows 3 digits, TIMESTAMP(0) none).
 */
export function formatLocalTimestamp(millis: number, nanoOfMilli: number, precision: number): string {
  const days = Math.floor(millis / MILLIS_PER_DAY);
  const tod = millis - days * MILLIS_PER_DAY;
  const { year, month, day } = daysToYmd(days);
  const h = Math.floor(tod / MILLIS_PER_HOUR);
  const m = Math.floor((tod % MILLIS_PER_HOUR) / MILLIS_PER_MINUTE);
  const s = Math.floor((tod % MILLIS_PER_MINUTE) / 1000);
  const nanos = (tod % 1000) * 1_000_000 + nanoOfMilli;
  let fraction = String(nanos).padStart(9, '0');
  let end = 9;
  while (end > precision && fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  const base = `${pad4(year)}-${pad2(month)}-${pad2(day)} ${pad2(h)}:${pad2(m)}:${pad2(s)}`;
  return fraction.length > 0 ? `${base}.${fraction}` : base;
}

/** Java's LocalDate#toString year: 4 digits at least, '+' before years above 9999, '-' before negative ones. */
function javaYear(y: number): string {
  const digits = String(Math.abs(y)).padStart(4, '0');
  return y < 0 ? `-${digits}` : y > 9999 ? `+${digits}` : digits;
}

/**
 * Java's LocalDateTime#toString, what Flink prints for a TimestampData (PRINTF's `%s`, the
 * DateTimeException text of DATE_FORMAT): `yyyy-MM-ddTHH:mm`, then `:ss` when seconds or nanos
 * are not zero, then the fraction in 3, 6 or 9 digits, the fewest that hold it. Years beyond
 * 9999 get a '+' (`+10000-01-01T00:00`), as LocalDate#toString writes them.
 *
 * @example
 * javaLocalDateTimeText(Date.UTC(2020, 0, 2, 3, 4, 5, 600), 0) // '2020-01-02T03:04:05.600'
 */
export function javaLocalDateTimeText(millis: number, nanoOfMilli: number): string {
  const days = Math.floor(millis / MILLIS_PER_DAY);
  const tod = millis - days * MILLIS_PER_DAY;
  const { year, month, day } = daysToYmd(days);
  const h = Math.floor(tod / MILLIS_PER_HOUR);
  const m = Math.floor((tod % MILLIS_PER_HOUR) / MILLIS_PER_MINUTE);
  const sec = Math.floor((tod % MILLIS_PER_MINUTE) / 1000);
  const nanos = (tod % 1000) * 1_000_000 + nanoOfMilli;
  let out = `${javaYear(year)}-${pad2(month)}-${pad2(day)}T${pad2(h)}:${pad2(m)}`;
  if (sec === 0 && nanos === 0) return out;
  out += `:${pad2(sec)}`;
  if (nanos === 0) return out;
  const n = String(nanos).padStart(9, '0');
  return `${out}.${nanos % 1_000_000 === 0 ? n.slice(0, 3) : nanos % 1000 === 0 ? n.slice(0, 6) : n}`;
}

/** TIMESTAMP value text. */
export function formatTimestamp(v: TimestampValue, precision: number): string {
  return formatLocalTimestamp(tsMillis(v), tsNanoOfMilli(v), precision);
}

/** INTERVAL YEAR TO MONTH text: `+1-02`, `-0-06` (any interval of months prints this way). */
export function formatIntervalYearMonth(months: number): string {
  const sign = months >= 0 ? '+' : '-';
  const v = Math.abs(months);
  return `${sign}${Math.floor(v / 12)}-${pad2(v % 12)}`;
}

/** INTERVAL DAY TO SECOND text: `+1 02:03:04.000` (any day-time interval prints this way, in millis). */
export function formatIntervalDayTime(millis: number): string {
  const sign = millis >= 0 ? '+' : '-';
  let v = Math.abs(millis);
  const ms = v % 1000;
  v = Math.floor(v / 1000);
  const s = v % 60;
  v = Math.floor(v / 60);
  const m = v % 60;
  v = Math.floor(v / 60);
  const h = v % 24;
  const d = Math.floor(v / 24);
  return `${sign}${d} ${pad2(h)}:${pad2(m)}:${pad2(s)}.${String(ms).padStart(3, '0')}`;
}
