/**
 * Parsing text into values the way Flink's CAST from a character string does
 * (BinaryStringDataUtil#toLong / toDecimal / toBoolean, Double.parseDouble, DateTimeUtils#parseDate /
 * parseTime / parseTimestampData). Every parser returns `undefined` for text it rejects; the cast
 * layer turns that into an error (CAST) or NULL (TRY_CAST).
 */
import { daysInMonth, isLeapYear, MILLIS_PER_DAY, ymdToDays } from './date-time.js';
import { divPow10HalfUp, fitsPrecision, pow10 } from './decimal.js';
import { makeTimestamp, type TimestampValue } from './values.js';

/** Java's String#trim: strips chars <= U+0020 at both ends. */
export function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

const UTF8 = new TextEncoder();

const INTEGRAL_RE = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * Integer text as Flink reads it for TINYINT…BIGINT (StringToNumericPrimitiveCastRule:
 * BinaryStringDataUtil.toInt / toLong of the text with its spaces trimmed): only U+0020 is
 * trimmed (a tab fails), an optional sign, digits, and an optional fraction of digits that is
 * dropped (`'1.234'` → 1; digits may be missing on either side, so '.' and '-.' are 0); empty text
 * or a lone sign fails. Out of [min, max] → undefined.
 */
export function parseIntegral(text: string, min: bigint, max: bigint): bigint | undefined {
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) === 32) a++;
  while (b > a && text.charCodeAt(b - 1) === 32) b--;
  const t = text.slice(a, b);
  if (t === '' || t === '+' || t === '-') return undefined;
  const m = INTEGRAL_RE.exec(t);
  if (!m) return undefined;
  const neg = m[1] === '-';
  const digits = m[2] || '0';
  let v = BigInt(digits);
  if (neg) v = -v;
  return v < min || v > max ? undefined : v;
}

const JAVA_DOUBLE_RE = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/;

/** Java's Double.parseDouble (decimal forms, NaN, Infinity, f/d suffix); undefined if malformed. */
export function parseJavaDouble(text: string): number | undefined {
  const t = javaTrim(text);
  if (!JAVA_DOUBLE_RE.test(t)) return undefined;
  const body = /[fFdD]$/.test(t) && !t.endsWith('Infinity') ? t.slice(0, -1) : t;
  return Number(body);
}

const DECIMAL_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Decimal text (java.math.BigDecimal syntax) as an unscaled bigint at `scale`, rounded HALF_UP.
 * Returns `undefined` if malformed and `null` if it does not fit DECIMAL(precision, scale).
 */
export function parseDecimal(text: string, precision: number, scale: number): bigint | null | undefined {
  const m = DECIMAL_RE.exec(javaTrim(text));
  if (!m) return undefined;
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  if (intPart === '' && frac === '') return undefined;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 10000) return undefined;
  let unscaled = BigInt((intPart || '0') + frac);
  if (m[1] === '-') unscaled = -unscaled;
  // value = unscaled * 10^(exp - frac.length); bring to `scale`.
  const shift = scale - (frac.length - exp);
  const v = shift >= 0 ? unscaled * pow10(shift) : divPow10HalfUp(unscaled, -shift);
  return fitsPrecision(v, precision) ? v : null;
}

/**
 * CAST(text AS DECIMAL(p, s)), as BinaryStringDataUtil.toDecimal: for p <= 18 and a text of at
 * most 18 UTF-8 bytes it is Flink's byte scanner (toDecimalFromBytes), which is lenient: blanks
 * are ' ', '\n', '\t' only; the scan of digits (or of an exponent) stops at the first other
 * byte and consumes it unchecked, so '1.5x' is 1.5 and 'e5' or '.' are 0; leading zeros count
 * towards the precision ('0001' needs 4 digits); the rounding is HALF_UP. Otherwise it is
 * new BigDecimal of the text with those blanks trimmed, then DecimalData.fromBigDecimal.
 * null when malformed or too large (the cast then fails).
 */
export function parseDecimalCast(text: string, precision: number, scale: number): bigint | null {
  const bytes = UTF8.encode(text);
  if (precision > 18 || bytes.length > 18) {
    const t = text.replace(/^[ \n\t]+|[ \n\t]+$/g, '');
    const r = parseDecimal(t === '' ? text : t, precision, scale);
    return r === undefined ? null : r;
  }
  const n = bytes.length;
  const blank = (c: number): boolean => c === 32 || c === 10 || c === 9;
  let i = 0;
  let b = 0;
  while (i < n) {
    b = bytes[i]!;
    if (!blank(b)) break;
    i++;
  }
  if (i === n) return null;
  const negative = b === 45;
  if (negative || b === 43) {
    i++;
    if (i === n) return null;
  }
  let significand = 0n;
  let exp = 0;
  let significandLen = 0;
  let pointPos = -1;
  while (i < n) {
    b = bytes[i++]!;
    if (b >= 48 && b <= 57) {
      significand = significand * 10n + BigInt(b - 48);
      significandLen++;
    } else if (b === 46) {
      if (pointPos >= 0) return null;
      pointPos = significandLen;
    } else break;
  }
  if (pointPos < 0) pointPos = significandLen;
  if (negative) significand = -significand;
  if ((b === 101 || b === 69) && i < n) {
    b = bytes[i]!;
    const expNegative = b === 45;
    if (expNegative || b === 43) {
      i++;
      if (i === n) return null;
    }
    let expDigits = 0;
    while (i < n) {
      b = bytes[i++]!;
      if (b >= 48 && b <= 57) {
        if (expDigits < 40) expDigits = expDigits * 10 + (b - 48);
      } else break;
    }
    exp += expNegative ? -expDigits : expDigits;
  }
  exp -= significandLen - pointPos;
  while (i < n) if (!blank(bytes[i++]!)) return null;
  const change = exp + scale;
  if (significandLen + change > precision) return null;
  if (change >= 0) return significand * pow10(change);
  // Java long arithmetic: add half (signed) then divide, truncating toward zero
  const half = (negative ? -5n : 5n) * pow10(-change - 1);
  return (significand + half) / pow10(-change);
}

const TRUE_WORDS = new Set(['t', 'true', 'y', 'yes', '1']);
const FALSE_WORDS = new Set(['f', 'false', 'n', 'no', '0']);

/**
 * BOOLEAN from text: t/true/y/yes/1 and f/false/n/no/0 in any case, not trimmed
 * (BinaryStringDataUtil.toBoolean looks the lower-cased text up as it is: ' true' fails).
 */
export function parseBoolean(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return undefined;
}

const isDigits = (s: string): boolean => s.length > 0 && /^[0-9]+$/.test(s);

/**
 * DATE from text (DateTimeUtils#parseDate): `yyyy-mm-dd`, also `yyyy` and `yyyy-mm`, with
 * anything after the first space ignored (`'2021-09-27 12:34:56'` is a date); invalid dates and
 * years outside 0..9999 → undefined.
 */
export function parseDate(text: string): number | undefined {
  let s = text;
  const ws = s.indexOf(' ');
  if (ws > 0) s = s.slice(0, ws);
  const parts = s.split('-').map((p) => p.trim());
  if (parts.length > 3 || !parts.every(isDigits)) return undefined;
  const y = Number(parts[0]);
  const m = parts.length > 1 ? Number(parts[1]) : 1;
  const d = parts.length > 2 ? Number(parts[2]) : 1;
  if (y < 0 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return ymdToDays(y, m, d);
}

/** Milliseconds of a fraction text: first three digits, rounded HALF_UP on the fourth. */
function parseFractionMillis(v: string): number {
  let r = 0;
  let mult = 100;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const x = c < 48 || c > 57 ? 0 : c - 48;
    r += mult * x;
    if (mult < 10) {
      if (i + 1 < v.length && v.charCodeAt(i + 1) >= 53) r++;
      break;
    }
    mult /= 10;
  }
  return r;
}

/**
 * TIME from text (DateTimeUtils#parseTime): `hh`, `hh:mm`, `hh:mm:ss[.fff]`, optionally followed
 * by a `+hh[:mm]` / `-hh[:mm]` offset that is applied; malformed → undefined.
 */
export function parseTime(v: string): number | undefined {
  let tz = v.indexOf('-');
  let op = -1;
  if (tz < 0) {
    tz = v.indexOf('+');
    op = 1;
  }
  let end = v.length;
  let tzH = 0;
  let tzM = 0;
  if (tz >= 0) {
    end = tz;
    const c3 = v.indexOf(':', tz);
    if (c3 < 0) {
      const h = v.slice(tz + 1).trim();
      if (!isDigits(h)) return undefined;
      tzH = Number(h);
    } else {
      const h = v.slice(tz + 1, c3).trim();
      const m = v.slice(c3 + 1).trim();
      if (!isDigits(h) || !isDigits(m)) return undefined;
      tzH = Number(h);
      tzM = Number(m);
    }
  }
  let hour: number;
  let minute = 0;
  let second = 0;
  let milli = 0;
  const c1 = v.indexOf(':');
  if (c1 < 0 || c1 > end) {
    const h = v.slice(0, end).trim();
    if (!isDigits(h)) return undefined;
    hour = Number(h);
  } else {
    const h = v.slice(0, c1).trim();
    if (!isDigits(h)) return undefined;
    hour = Number(h);
    const c2 = v.indexOf(':', c1 + 1);
    if (c2 < 0 || c2 > end) {
      const m = v.slice(c1 + 1, end).trim();
      if (!isDigits(m)) return undefined;
      minute = Number(m);
    } else {
      const m = v.slice(c1 + 1, c2).trim();
      if (!isDigits(m)) return undefined;
      minute = Number(m);
      const dot = v.indexOf('.', c2);
      if (dot < 0 || dot > end) {
        const s = v.slice(c2 + 1, end).trim();
        if (!isDigits(s)) return undefined;
        second = Number(s);
      } else {
        const s = v.slice(c2 + 1, dot).trim();
        if (!isDigits(s)) return undefined;
        second = Number(s);
        milli = parseFractionMillis(v.slice(dot + 1, end).trim());
      }
    }
  }
  hour += op * tzH;
  minute += op * tzM;
  return hour * 3600000 + minute * 60000 + second * 1000 + milli;
}

const TS_RE = /^(\d{4,9})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{0,9}))?)?$/;

/**
 * TIMESTAMP from text (Flink's default formatter `yyyy-[M]M-[d]d[ [H]H:[m]m:[s]s[.fffffffff]]`):
 * the local date-time as epoch millis of the wall clock plus nanos, truncated to `precision`.
 * A day past the month's end is clamped to the last day (java.time's SMART resolution). The text
 * is not trimmed: the formatter fails on a leading or trailing blank (CAST(' 2024-01-05' AS
 * TIMESTAMP) fails, as BinaryStringDataUtil.toTimestamp); callers that trim say so.
 */
export function parseLocalTimestamp(text: string, precision: number): TimestampValue | undefined {
  const m = TS_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  let day = Number(m[3]);
  const hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  if (day > 28) day = Math.min(day, month === 2 ? (isLeapYear(year) ? 29 : 28) : daysInMonth(year, month));
  let nanos = Number((m[7] ?? '').padEnd(9, '0') || '0');
  if (precision < 9) {
    const unit = 10 ** (9 - precision);
    nanos -= nanos % unit;
  }
  const millis =
    ymdToDays(year, month, day) * MILLIS_PER_DAY +
    hour * 3600000 +
    minute * 60000 +
    second * 1000 +
    Math.floor(nanos / 1e6);
  return makeTimestamp(millis, nanos % 1e6);
}
