/**
 * Calendar helpers for temporal functions (Flink's DateTimeUtils: addMonths, floor/ceil to a
 * unit, extract), over Eddy's values: DATE = days, TIME = millis of day, TIMESTAMP = millis.
 */
import {
  daysInMonth,
  daysToYmd,
  floorDiv,
  floorMod,
  MILLIS_PER_DAY,
  ymdToDays,
} from '../../../types/index.js';

/** Adds months to a date (days), clamping the day to the month's length (DateTimeUtils#addMonths). */
export function addMonthsToDays(days: number, months: number): number {
  const { year, month, day } = daysToYmd(days);
  const m0 = month - 1 + months;
  const y = year + floorDiv(m0, 12);
  const m = floorMod(m0, 12) + 1;
  return ymdToDays(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Adds months to an epoch-millis timestamp, keeping the time of day. */
export function addMonthsToMillis(ms: number, months: number): number {
  const tod = floorMod(ms, MILLIS_PER_DAY);
  return addMonthsToDays((ms - tod) / MILLIS_PER_DAY, months) * MILLIS_PER_DAY + tod;
}

/** Whole months from date1 to date0 (DateTimeUtils#subtractMonths for dates). */
export function subtractMonthsDays(date0: number, date1: number): number {
  if (date0 < date1) return -subtractMonthsDays(date1, date0);
  // Calcite starts at diff / 31 and steps a month at a time (millions of steps over a long
  // range); starting two months below the calendar difference gives the same answer, since
  // adding up to that many months to date1 lands in a month before date0's.
  const a = daysToYmd(date0);
  const b = daysToYmd(date1);
  const calendar = (a.year - b.year) * 12 + (a.month - b.month);
  let m = Math.max(Math.floor((date0 - date1) / 31), calendar - 2);
  for (;;) {
    const d2 = addMonthsToDays(date1, m);
    if (d2 >= date0) return m;
    const d3 = addMonthsToDays(date1, m + 1);
    if (d3 > date0) return m;
    m++;
  }
}

/** Whole months between two timestamps (DateTimeUtils#subtractMonths for millis). */
export function subtractMonthsMillis(t0: number, t1: number): number {
  const ms0 = floorMod(t0, MILLIS_PER_DAY);
  const d0 = floorDiv(t0 - ms0, MILLIS_PER_DAY);
  const ms1 = floorMod(t1, MILLIS_PER_DAY);
  const d1 = floorDiv(t1 - ms1, MILLIS_PER_DAY);
  let x = subtractMonthsDays(d0, d1);
  const d2 = addMonthsToDays(d1, x);
  if (d2 === d0 && ms0 < ms1) x--;
  return x;
}

/** Day of week, Sunday = 1 … Saturday = 7 (EXTRACT(DOW), DAYOFWEEK). */
export const dayOfWeek = (days: number): number => floorMod(days + 4, 7) + 1;

/** ISO day of week, Monday = 1 … Sunday = 7. */
export const isoDayOfWeek = (days: number): number => floorMod(days + 3, 7) + 1;

/** ISO-8601 week number of a date. */
export function isoWeek(days: number): number {
  const dow = isoDayOfWeek(days);
  const thursday = days - dow + 4;
  const { year } = daysToYmd(thursday);
  const jan1 = ymdToDays(year, 1, 1);
  return Math.floor((thursday - jan1) / 7) + 1;
}

/** ISO week-based year of a date. */
export function isoYear(days: number): number {
  return daysToYmd(days - isoDayOfWeek(days) + 4).year;
}

/** Day of year, 1-based. */
export function dayOfYear(days: number): number {
  const { year } = daysToYmd(days);
  return days - ymdToDays(year, 1, 1) + 1;
}

export type TimeUnit =
  | 'MILLENNIUM'
  | 'CENTURY'
  | 'DECADE'
  | 'YEAR'
  | 'QUARTER'
  | 'MONTH'
  | 'WEEK'
  | 'DAY'
  | 'HOUR'
  | 'MINUTE'
  | 'SECOND'
  | 'MILLISECOND'
  | 'MICROSECOND'
  | 'NANOSECOND';

/** Floors a date (days) to a calendar unit of at least a day (julianDateFloor). */
export function floorDays(days: number, unit: TimeUnit, ceil = false): number {
  const { year, month, day } = daysToYmd(days);
  switch (unit) {
    case 'DAY':
      return ceil ? days + 0 : days;
    case 'WEEK': {
      const dow = floorMod(days + 4, 7); // Sunday = 0
      return ceil && dow > 0 ? days - dow + 7 : days - dow;
    }
    case 'MONTH':
      return ceil && day > 1 ? addMonthsToDays(ymdToDays(year, month, 1), 1) : ymdToDays(year, month, 1);
    case 'QUARTER': {
      const q = Math.floor((month - 1) / 3);
      const start = ymdToDays(year, q * 3 + 1, 1);
      return ceil && (month > q * 3 + 1 || day > 1) ? addMonthsToDays(start, 3) : start;
    }
    case 'YEAR':
      return ceil && (month > 1 || day > 1) ? ymdToDays(year + 1, 1, 1) : ymdToDays(year, 1, 1);
    case 'DECADE':
      return ceil
        ? ymdToDays(10 * (1 + Math.floor(year / 10)), 1, 1)
        : ymdToDays(10 * Math.floor(year / 10), 1, 1);
    case 'CENTURY':
      return ceil
        ? ymdToDays(100 * Math.floor((year + 99) / 100) + 1, 1, 1)
        : ymdToDays(100 * Math.floor((year + 99) / 100) - 99, 1, 1);
    case 'MILLENNIUM':
      return ceil
        ? ymdToDays(1000 * Math.floor((year + 999) / 1000) + 1, 1, 1)
        : ymdToDays(1000 * Math.floor((year + 999) / 1000) - 999, 1, 1);
    default:
      return days;
  }
}

const UNIT_MILLIS: Partial<Record<TimeUnit, number>> = {
  DAY: MILLIS_PER_DAY,
  HOUR: 3600000,
  MINUTE: 60000,
  SECOND: 1000,
  MILLISECOND: 1,
};

/** Floors (or ceils) local epoch millis to a unit. */
export function floorMillis(ms: number, unit: TimeUnit, ceil = false): number {
  const u = UNIT_MILLIS[unit];
  if (u !== undefined && unit !== 'DAY') {
    const f = ms - floorMod(ms, u);
    return ceil && f !== ms ? f + u : f;
  }
  const tod = floorMod(ms, MILLIS_PER_DAY);
  const days = (ms - tod) / MILLIS_PER_DAY;
  if (unit === 'DAY') return (ceil && tod > 0 ? days + 1 : days) * MILLIS_PER_DAY;
  const fd = floorDays(days, unit, false);
  if (!ceil || (fd === days && tod === 0)) return fd * MILLIS_PER_DAY;
  return nextBoundary(fd, unit) * MILLIS_PER_DAY;
}

/** The next unit boundary after a boundary date. */
export function nextBoundary(fd: number, unit: TimeUnit): number {
  const months: Partial<Record<TimeUnit, number>> = {
    MONTH: 1,
    QUARTER: 3,
    YEAR: 12,
    DECADE: 120,
    CENTURY: 1200,
    MILLENNIUM: 12000,
  };
  if (unit === 'WEEK') return fd + 7;
  if (unit === 'DAY') return fd + 1;
  return addMonthsToDays(fd, months[unit] ?? 0);
}

/** Ceils a date (days) to a unit: the date itself when on a boundary. */
export function ceilDays(days: number, unit: TimeUnit): number {
  const fd = floorDays(days, unit);
  return fd === days ? days : nextBoundary(fd, unit);
}

/** Normalises a unit name (SQL symbols and their plural / SQL_TSI_ forms) or undefined. */
export function parseUnit(text: unknown): TimeUnit | undefined {
  if (typeof text !== 'string') return undefined;
  let u = text.toUpperCase().replace(/^SQL_TSI_/, '');
  if (u === 'FRAC_SECOND') u = 'MICROSECOND';
  if (u.endsWith('S') && u !== 'DAYS') u = u.slice(0, -1);
  if (u === 'DAYS') u = 'DAY';
  const all: TimeUnit[] = [
    'MILLENNIUM',
    'CENTURY',
    'DECADE',
    'YEAR',
    'QUARTER',
    'MONTH',
    'WEEK',
    'DAY',
    'HOUR',
    'MINUTE',
    'SECOND',
    'MILLISECOND',
    'MICROSECOND',
    'NANOSECOND',
  ];
  return all.includes(u as TimeUnit) ? (u as TimeUnit) : undefined;
}
