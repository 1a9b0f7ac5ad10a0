/**
 * Java date-time patterns (`yyyy-MM-dd HH:mm:ss.SSS`, DateTimeFormatter / SimpleDateFormat
 * letters) for DATE_FORMAT, FROM_UNIXTIME, UNIX_TIMESTAMP, TO_TIMESTAMP, TO_DATE. Supported
 * letters: G y u Y w W F e c M L d D E a H k K h m s S n N A Z X x z Q q and quoted literals
 * (week letters with US rules; `u` is the day number in SimpleDateFormat mode, the year
 * otherwise), and DateTimeFormatter's optional sections `[...]`.
 */
import {
  daysInMonth,
  daysToYmd,
  floorMod,
  MILLIS_PER_DAY,
  resolveTimeZone,
  ymdToDays,
} from '../../../types/index.js';
import { dayOfWeek, dayOfYear } from './time-util.js';

interface Token {
  letter: string;
  count: number;
  literal?: string;
  /** A literal written in quotes (so a quoted `[` is no optional section). */
  quoted?: boolean;
}

const cache = new Map<string, Token[]>();

function tokenize(pattern: string): Token[] {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const out: Token[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      let j = i + 1;
      let lit = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            lit += "'";
            j += 2;
            continue;
          }
          break;
        }
        lit += pattern[j++];
      }
      out.push({ letter: '', count: 0, literal: j === i + 1 ? "'" : lit, quoted: true });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      out.push({ letter: c, count: j - i });
      i = j;
    } else {
      out.push({ letter: '', count: 0, literal: c });
      i++;
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(pattern, out);
  return out;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function offsetText(offsetMs: number, letter: string, count: number): string {
  const total = Math.round(offsetMs / 60000);
  if ((letter === 'X' && total === 0) || (letter === 'z' && total === 0)) return letter === 'z' ? 'UTC' : 'Z';
  const sign = total < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(total) / 60);
  const m = Math.abs(total) % 60;
  if (letter === 'z') return `GMT${sign}${padN(h, 2)}:${padN(m, 2)}`;
  if (letter === 'Z' || count === 2 || (letter === 'X' && count === 1 && m !== 0))
    return `${sign}${padN(h, 2)}${padN(m, 2)}`;
  if (count === 1) return `${sign}${padN(h, 2)}`;
  return `${sign}${padN(h, 2)}:${padN(m, 2)}`;
}

type Part = (f: Fields) => string;
interface Fields {
  year: number;
  month: number;
  day: number;
  days: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  nanos: number;
  offset: number;
  /** The zone id, for SimpleDateFormat's `z` name (FROM_UNIXTIME); undefined: the offset. */
  zone?: string;
  /** The instant (epoch millis), with `zone`. */
  utc: number;
}

/**
 * The JDK's short names (TimeZone#getDisplayName(daylight, SHORT, Locale.US), which a
 * SimpleDateFormat's `z` prints) of zones the US locale has no names for in Intl: [standard,
 * daylight].
 */
const JAVA_SHORT_NAMES: Record<string, readonly [string, string]> = {
  UTC: ['UTC', 'UTC'],
  GMT: ['GMT', 'GMT'],
  'Etc/UTC': ['UTC', 'UTC'],
  'Asia/Shanghai': ['CST', 'CDT'],
  'Asia/Chongqing': ['CST', 'CDT'],
  'Asia/Taipei': ['CST', 'CDT'],
  'Asia/Tokyo': ['JST', 'JDT'],
  'Asia/Seoul': ['KST', 'KDT'],
  'Asia/Hong_Kong': ['HKT', 'HKST'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Asia/Kolkata': ['IST', 'IDT'],
  'Asia/Calcutta': ['IST', 'IDT'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Amsterdam': ['CET', 'CEST'],
  'Europe/Madrid': ['CET', 'CEST'],
  'Europe/Rome': ['CET', 'CEST'],
  'Europe/Vienna': ['CET', 'CEST'],
  'Europe/Zurich': ['CET', 'CEST'],
  CET: ['CET', 'CEST'],
  MET: ['MET', 'MEST'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
};

const usShortName = new Map<string, Intl.DateTimeFormat | null>();

/**
 * SimpleDateFormat's `z` for a zone at an instant: the JDK name where known (the table, or the US
 * names Intl spells as the JDK does: PST / PDT, EST / EDT …); undefined (a GMT offset then).
 */
function javaShortZoneName(zone: string, utc: number, offset: number): string | undefined {
  const names = JAVA_SHORT_NAMES[zone];
  if (names !== undefined) {
    // daylight time when the offset is above the year's smallest (the standard) one
    const y = new Date(utc).getUTCFullYear();
    const rules = resolveTimeZone(zone);
    const std = Math.min(rules.offsetAt(Date.UTC(y, 0, 1)), rules.offsetAt(Date.UTC(y, 6, 1)));
    return offset > std ? names[1] : names[0];
  }
  if (!/^(America|US|Pacific)\//.test(zone)) return undefined;
  const fmt = zoneFormatter(zone);
  if (fmt === null) return undefined;
  const name = fmt.formatToParts(new Date(utc)).find((p) => p.type === 'timeZoneName')?.value;
  return name !== undefined && /^[A-Z]{2,5}$/.test(name) ? name : undefined;
}

function zoneFormatter(zone: string): Intl.DateTimeFormat | null {
  let fmt = usShortName.get(zone);
  if (fmt === undefined) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    } catch {
      fmt = null;
    }
    usShortName.set(zone, fmt);
  }
  return fmt;
}

/** Letters a LocalDateTime cannot give (zone and offset). */
const ZONE_LETTERS = 'zvVXxZO';

/**
 * DateTimeFormatter's optional sections: `[` and `]` print nothing, and a section whose fields
 * the value lacks (a zone or offset of a LocalDateTime) is left out whole.
 */
function withoutOptionalMarks(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const starts: number[] = [];
  const zoneless: boolean[] = [];
  for (const t of tokens) {
    if (t.literal === '[' && !t.quoted) {
      starts.push(out.length);
      zoneless.push(true);
    } else if (t.literal === ']' && !t.quoted && starts.length > 0) {
      const start = starts.pop()!;
      if (!zoneless.pop()) out.length = start;
    } else {
      if (t.literal === undefined && ZONE_LETTERS.includes(t.letter) && zoneless.length > 0)
        zoneless[zoneless.length - 1] = false;
      out.push(t);
    }
  }
  return out;
}

// keyed by the pattern itself (no concatenated keys: their hashing per call is what costs)
const compiledSdf = new Map<string, Part[]>();
const compiledDtf = new Map<string, Part[]>();

function compile(pattern: string, sdfMillis: boolean): Part[] {
  const compiled = sdfMillis ? compiledSdf : compiledDtf;
  const hit = compiled.get(pattern);
  if (hit) return hit;
  const parts: Part[] = (sdfMillis ? tokenize(pattern) : withoutOptionalMarks(tokenize(pattern))).map(
    (t): Part => {
      if (t.literal !== undefined) {
        const lit = t.literal;
        return () => lit;
      }
      const n = t.count;
      switch (t.letter) {
        case 'G':
          // DateTimeFormatter: GGGG the full era name, GGGGG its narrow form
          if (!sdfMillis && n === 4) return (f) => (f.year > 0 ? 'Anno Domini' : 'Before Christ');
          if (!sdfMillis && n === 5) return (f) => (f.year > 0 ? 'A' : 'B');
          return (f) => (f.year > 0 ? 'AD' : 'BC');
        case 'u':
          // SimpleDateFormat: the day number of the week (Monday 1 … Sunday 7); DateTimeFormatter: the year
          if (sdfMillis) return (f) => padN(((dayOfWeek(f.days) + 5) % 7) + 1, n);
          return n === 2 ? (f) => padN(floorMod(f.year, 100), 2) : (f) => padN(f.year, n);
        case 'y':
          return n === 2 ? (f) => padN(floorMod(f.year, 100), 2) : (f) => padN(f.year, n);
        case 'Y':
          return n === 2
            ? (f) => padN(floorMod(weekOfYear(f).year, 100), 2)
            : (f) => padN(weekOfYear(f).year, n);
        case 'w':
          return (f) => padN(weekOfYear(f).week, n);
        case 'W':
          // the week of the month, weeks starting on Sunday, the 1st in week 1 (US rules)
          return (f) => padN(Math.floor((f.day - 1 + dayOfWeek(f.days - f.day + 1) - 1) / 7) + 1, n);
        case 'F':
          return (f) => padN(Math.floor((f.day - 1) / 7) + 1, n);
        case 'e':
        case 'c':
          // DateTimeFormatter's localized day of week (US: Sunday 1 … Saturday 7), or its name
          if (n >= 4) return (f) => DAYS[dayOfWeek(f.days) - 1]!;
          if (n === 3) return (f) => DAYS[dayOfWeek(f.days) - 1]!.slice(0, 3);
          return (f) => padN(dayOfWeek(f.days), n);
        case 'M':
        case 'L':
          if (n === 5 && !sdfMillis) return (f) => MONTHS[f.month - 1]!.slice(0, 1);
          if (n >= 4) return (f) => MONTHS[f.month - 1]!;
          if (n === 3) return (f) => MONTHS[f.month - 1]!.slice(0, 3);
          return (f) => padN(f.month, n);
        case 'Q':
        case 'q': {
          // DateTimeFormatter: QQQ 'Q2', QQQQ '2nd quarter', QQQQQ '2'
          const q = (f: Fields): number => Math.floor((f.month - 1) / 3) + 1;
          if (n === 3) return (f) => `Q${q(f)}`;
          if (n === 4) return (f) => `${q(f)}${['st', 'nd', 'rd', 'th'][q(f) - 1]} quarter`;
          if (n === 5) return (f) => String(q(f));
          return (f) => padN(q(f), n);
        }
        case 'd':
          return (f) => padN(f.day, n);
        case 'D':
          return (f) => padN(dayOfYear(f.days), n);
        case 'E':
          if (n === 5 && !sdfMillis) return (f) => DAYS[dayOfWeek(f.days) - 1]!.slice(0, 1);
          return n >= 4
            ? (f) => DAYS[dayOfWeek(f.days) - 1]!
            : (f) => DAYS[dayOfWeek(f.days) - 1]!.slice(0, 3);
        case 'a':
          return (f) => (f.hour < 12 ? 'AM' : 'PM');
        case 'H':
          return (f) => padN(f.hour, n);
        case 'k':
          return (f) => padN(f.hour === 0 ? 24 : f.hour, n);
        case 'K':
          return (f) => padN(f.hour % 12, n);
        case 'h':
          return (f) => padN(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        case 'm':
          return (f) => padN(f.minute, n);
        case 's':
          return (f) => padN(f.second, n);
        case 'S':
          return sdfMillis
            ? (f) => padN(f.millis, n)
            : (f) =>
                (String(f.millis).padStart(3, '0') + String(f.nanos).padStart(6, '0'))
                  .slice(0, n)
                  .padEnd(n, '0');
        case 'n':
          return (f) => padN(f.millis * 1_000_000 + f.nanos, n);
        case 'N':
          // DateTimeFormatter's nano-of-day and milli-of-day
          if (sdfMillis) break;
          return (f) =>
            String(
              BigInt(((f.hour * 60 + f.minute) * 60 + f.second) * 1000 + f.millis) * 1_000_000n +
                BigInt(f.nanos),
            ).padStart(n, '0');
        case 'A':
          if (sdfMillis) break;
          return (f) => padN(((f.hour * 60 + f.minute) * 60 + f.second) * 1000 + f.millis, n);
        case 'Z':
        case 'X':
        case 'x':
        case 'z': {
          const letter = t.letter;
          if (letter === 'z' && sdfMillis && n < 4)
            return (f) =>
              (f.zone !== undefined ? javaShortZoneName(f.zone, f.utc, f.offset) : undefined) ??
              offsetText(f.offset, letter, n);
          return (f) => offsetText(f.offset, letter, n);
        }
        default:
          break;
      }
      const lit = t.letter.repeat(n);
      return () => lit;
    },
  );
  if (compiled.size > 500) compiled.clear();
  compiled.set(pattern, parts);
  return parts;
}

/**
 * The week of the year and its week-based year with a US locale's rules (the JVM default of
 * Flink's SimpleDateFormat / DateTimeFormatter here): weeks start on Sunday and week 1 is the
 * week holding January 1st, so the last days of December can be week 1 of the next year.
 */
function weekOfYear(f: Fields): { week: number; year: number } {
  const jan1 = ymdToDays(f.year, 1, 1);
  const nextJan1 = ymdToDays(f.year + 1, 1, 1);
  const nextJan1Dow = dayOfWeek(nextJan1) - 1; // Sunday 0
  if (nextJan1Dow !== 0 && nextJan1 - f.days <= nextJan1Dow) return { week: 1, year: f.year + 1 };
  return { week: Math.floor((f.days - jan1 + dayOfWeek(jan1) - 1) / 7) + 1, year: f.year };
}

/** Letters whose value depends only on the local day / hour / minute / second. */
const DAY_LETTERS = 'GyuYwWFecMLQdDE';
const HOUR_LETTERS = 'aHkKh';

/**
 * The coarsest time unit (ms) a pattern's output depends on: two local times in the same unit
 * format alike, so a caller may reuse the previous text. 0 when fractions of a second, nanos or
 * zone offsets appear (then only an identical input may reuse it).
 */
export function patternGranularityMs(pattern: string): number {
  let g = 86_400_000;
  for (const t of tokenize(pattern)) {
    if (t.literal !== undefined) continue;
    const c = t.letter;
    if (DAY_LETTERS.includes(c)) continue;
    if (HOUR_LETTERS.includes(c)) g = Math.min(g, 3_600_000);
    else if (c === 'm') g = Math.min(g, 60_000);
    else if (c === 's') g = Math.min(g, 1000);
    else if (/[A-Za-z]/.test(c)) return 0;
  }
  return g;
}

const padN = (n: number, w: number): string => {
  if (n >= 0 && n < 10 && w <= 2) return w === 2 ? '0' + n : String(n);
  return n < 0 ? '-' + String(-n).padStart(w, '0') : String(n).padStart(w, '0');
};

/**
 * Formats local wall-clock millis (+ nanos) with a Java pattern (compiled once per pattern).
 * `offsetMs` is used for zone letters. `sdfMillis` makes `S` the millisecond number
 * (SimpleDateFormat) instead of a fraction (DateTimeFormatter).
 */
export function formatJavaPattern(
  localMs: number,
  nanoOfMilli: number,
  pattern: string,
  offsetMs = 0,
  sdfMillis = false,
  zoneId?: string,
): string {
  const parts = compile(pattern, sdfMillis);
  const days = Math.floor(localMs / MILLIS_PER_DAY);
  const tod = localMs - days * MILLIS_PER_DAY;
  const { year, month, day } = daysToYmd(days);
  const f: Fields = {
    year,
    month,
    day,
    days,
    hour: (tod / 3600000) | 0,
    minute: ((tod % 3600000) / 60000) | 0,
    second: ((tod % 60000) / 1000) | 0,
    millis: tod % 1000,
    nanos: nanoOfMilli,
    offset: offsetMs,
    zone: zoneId,
    utc: localMs - offsetMs,
  };
  let out = '';
  for (let i = 0; i < parts.length; i++) out += parts[i]!(f);
  return out;
}

/** Fields parsed from a text; undefined fields default (year 1970, month 1, day 1, time 0). */
export interface ParsedDateTime {
  localMs: number;
  nanoOfMilli: number;
  /** Offset found in the text (Z / X / x letters), in millis. */
  offsetMs?: number;
}

function fieldRegex(t: Token, next: Token | undefined, strict: boolean): string {
  const adjacentNumber = next !== undefined && next.literal === undefined && next.letter !== '';
  // DateTimeFormatter parses strictly: two letters are exactly two digits (appendValue(f, 2)),
  // 'yyyy' at least four; SimpleDateFormat takes any number of digits
  const width = (min: number) =>
    adjacentNumber || (strict && t.count >= 2) ? `(\\d{${t.count}})` : `(\\d{${min},9})`;
  switch (t.letter) {
    case 'y':
    case 'u':
      if (t.count === 2) return '(\\d{2})';
      if (adjacentNumber) return `(\\d{${t.count}})`;
      return strict ? `(\\d{${t.count},9})` : '([+-]?\\d{1,9})';
    case 'M':
    case 'L':
      if (t.count >= 3) return '([A-Za-z]+)';
      return width(1);
    case 'S':
      return adjacentNumber ? `(\\d{${t.count}})` : '(\\d{1,9})';
    case 'a':
      return '([AaPp][Mm])';
    case 'E':
      return '([A-Za-z]+)';
    case 'Z':
    case 'X':
    case 'x':
      return '(Z|[+-]\\d{2}(?::?\\d{2})?)';
    case 'z':
      return '([A-Za-z]+(?:[+-]\\d{1,2}(?::?\\d{2})?)?)';
    case 'G':
      return '(AD|BC)';
    default:
      return width(1);
  }
}

const regexCache = new Map<string, { re: RegExp; tokens: Token[] }>();
const regexCacheSdf = new Map<string, { re: RegExp; tokens: Token[] }>();

/** Parses `text` with a Java pattern; undefined when it does not match or a field is invalid. */
export function parseJavaPattern(
  text: string,
  pattern: string,
  sdfMillis = false,
): ParsedDateTime | undefined {
  // SimpleDateFormat#parse reads a prefix and ignores what follows; DateTimeFormatter needs it all
  const cache = sdfMillis ? regexCacheSdf : regexCache;
  let c = cache.get(pattern);
  if (!c) {
    const tokens = tokenize(pattern);
    let src = '^';
    const fields: Token[] = [];
    tokens.forEach((t, i) => {
      if (t.literal !== undefined) src += t.literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      else {
        src += fieldRegex(t, tokens[i + 1], !sdfMillis);
        fields.push(t);
      }
    });
    c = { re: new RegExp(sdfMillis ? src : src + '$'), tokens: fields };
    cache.set(pattern, c);
  }
  const m = c.re.exec(text.trim());
  if (!m) return undefined;
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = 0;
  let pm: boolean | undefined;
  let offsetMs: number | undefined;
  let dayOfYr: number | undefined;
  // DateTimeFormatter (not SimpleDateFormat) fails a text that gives one field two values
  // (DateTimeParseContext#setParsedField: 'yyyy-mm-dd hh:mm' reads minute-of-hour twice), and
  // SMART resolution takes clock-hour-of-am-pm 0..12 only (Parsed#resolveTimeFields).
  const seen = sdfMillis ? undefined : new Map<string, string>();
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i]!;
    const v = m[i + 1]!;
    if (seen !== undefined) {
      const field = t.letter === 'L' ? 'M' : t.letter;
      const before = seen.get(field);
      const value = /^\d+$/.test(v) ? String(Number(v)) : v.toLowerCase();
      if (before !== undefined && before !== value) return undefined;
      seen.set(field, value);
      if (t.letter === 'h' && Number(v) > 12) return undefined;
    }
    switch (t.letter) {
      case 'y':
      case 'u':
        year = t.count === 2 ? 2000 + Number(v) : Number(v);
        break;
      case 'M':
      case 'L':
        if (/^\d+$/.test(v)) month = Number(v);
        else {
          const idx = MONTHS.findIndex((n) => n.toLowerCase().startsWith(v.toLowerCase().slice(0, 3)));
          if (idx < 0) return undefined;
          month = idx + 1;
        }
        break;
      case 'd':
        day = Number(v);
        break;
      case 'D':
        dayOfYr = Number(v);
        break;
      case 'H':
        // lenient SimpleDateFormat: 24 is the next day's midnight; DateTimeFormatter: see below
        hour = Number(v);
        break;
      case 'k':
        hour = Number(v) % 24;
        break;
      case 'h':
      case 'K':
        hour = Number(v) % 12;
        break;
      case 'a':
        pm = v.toUpperCase() === 'PM';
        break;
      case 'm':
        minute = Number(v);
        break;
      case 's':
        second = Number(v);
        break;
      case 'S':
        nanos = sdfMillis ? Number(v) * 1_000_000 : Number(v.padEnd(9, '0').slice(0, 9));
        break;
      case 'Z':
      case 'X':
      case 'x':
        if (v === 'Z') offsetMs = 0;
        else {
          const mm = /^([+-])(\d{2}):?(\d{2})?$/.exec(v)!;
          offsetMs = (mm[1] === '-' ? -1 : 1) * (Number(mm[2]) * 60 + Number(mm[3] ?? 0)) * 60000;
        }
        break;
      default:
        break;
    }
  }
  if (pm !== undefined && pm) hour += 12;
  if (sdfMillis) {
    // SimpleDateFormat is lenient: out-of-range fields roll over (month 13 is January of the
    // next year, February 30 is March 1st or 2nd, hour 24 the next day's midnight)
    const y = year + Math.floor((month - 1) / 12);
    const first = ymdToDays(y, floorMod(month - 1, 12) + 1, 1);
    const days = dayOfYr !== undefined ? ymdToDays(year, 1, 1) + dayOfYr - 1 : first + day - 1;
    const localMs =
      days * MILLIS_PER_DAY + hour * 3600000 + minute * 60000 + second * 1000 + Math.floor(nanos / 1e6);
    return { localMs, nanoOfMilli: nanos % 1e6, offsetMs };
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59)
    return undefined;
  // java.time's SMART resolution: hour 24 is the next midnight, but only as 24:00:00
  // (Parsed#resolveTime); a day past the month's end is its last day (IsoChronology#resolveYMD)
  let nextDay = 0;
  if (hour === 24) {
    if (minute !== 0 || second !== 0 || nanos !== 0) return undefined;
    hour = 0;
    nextDay = 1;
  }
  if (day > 28) day = Math.min(day, daysInMonth(year, month));
  const days =
    (dayOfYr !== undefined ? ymdToDays(year, 1, 1) + dayOfYr - 1 : ymdToDays(year, month, day)) + nextDay;
  const localMs =
    days * MILLIS_PER_DAY + hour * 3600000 + minute * 60000 + second * 1000 + Math.floor(nanos / 1e6);
  return { localMs, nanoOfMilli: nanos % 1e6, offsetMs };
}
