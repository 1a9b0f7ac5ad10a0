/**
 * Session time zones (`sql.local-time-zone`): Java ZoneId spellings — region ids
 * (`Asia/Shanghai`, `America/Los_Angeles`), `UTC`/`GMT`/`Z`, and fixed offsets (`+08:00`,
 * `GMT+8`, `UTC-05:30`). Offsets come from the platform's tz database (Intl), never from the
 * machine's own zone. The default is UTC.
 */
import { ConfigError } from '../common/errors.js';

/** Offset rules of one zone. */
export interface TimeZoneRules {
  /** The zone id as given. */
  readonly id: string;
  /** Offset from UTC in millis at an instant (epoch millis). */
  offsetAt(epochMillis: number): number;
  /**
   * The instant of a wall-clock time (epoch millis of the local date-time), as Java's
   * LocalDateTime#atZone: in an overlap the earlier offset wins; in a gap the time moves later by
   * the gap's length.
   */
  localToUtc(localMillis: number): number;
  /** The wall-clock time (local epoch millis) of an instant. */
  utcToLocal(epochMillis: number): number;
}

const OFFSET_RE = /^(?:(?:UTC|GMT|UT)(?=[+-])|)([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/i;

function fixedZone(id: string, offset: number): TimeZoneRules {
  return {
    id,
    offsetAt: () => offset,
    localToUtc: (local) => local - offset,
    utcToLocal: (t) => t + offset,
  };
}

class IntlZone implements TimeZoneRules {
  private readonly fmt: Intl.DateTimeFormat;
  /** Offsets per 15-minute bucket known to have no transition inside. */
  private readonly cache = new Map<number, number>();

  constructor(readonly id: string) {
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  private exactOffset(t: number): number {
    const secs = Math.floor(t / 1000) * 1000;
    let y = 0;
    let mo = 1;
    let d = 1;
    let h = 0;
    let mi = 0;
    let s = 0;
    let bc = false;
    for (const p of this.fmt.formatToParts(new Date(secs))) {
      switch (p.type) {
        case 'year':
          y = Number(p.value);
          break;
        case 'month':
          mo = Number(p.value);
          break;
        case 'day':
          d = Number(p.value);
          break;
        case 'hour':
          h = Number(p.value);
          break;
        case 'minute':
          mi = Number(p.value);
          break;
        case 'second':
          s = Number(p.value);
          break;
        case 'era':
          bc = p.value.startsWith('B');
          break;
        default:
          break;
      }
    }
    if (bc) y = 1 - y;
    const date = new Date(0);
    date.setUTCFullYear(y, mo - 1, d);
    date.setUTCHours(h, mi, s, 0);
    return date.getTime() - secs;
  }

  offsetAt(t: number): number {
    const bucket = Math.floor(t / 900_000);
    const hit = this.cache.get(bucket);
    if (hit !== undefined) return hit;
    const start = this.exactOffset(bucket * 900_000);
    const end = this.exactOffset(bucket * 900_000 + 899_999);
    if (start !== end) return this.exactOffset(t);
    if (this.cache.size > 4096) this.cache.clear();
    this.cache.set(bucket, start);
    return start;
  }

  localToUtc(local: number): number {
    const before = this.offsetAt(local - 86_400_000);
    const after = this.offsetAt(local + 86_400_000);
    const t1 = local - before;
    if (this.offsetAt(t1) === before) return t1;
    const t2 = local - after;
    if (this.offsetAt(t2) === after) return t2;
    return t1;
  }

  utcToLocal(t: number): number {
    return t + this.offsetAt(t);
  }
}

/**
 * The instant of a wall-clock time as java.util.Calendar (so SimpleDateFormat#parse) resolves
 * it: ZoneInfo#getOffsetsByWall takes the offset that follows a transition once the wall time
 * reaches the transition's new wall time, so in an overlap the later instant (standard time)
 * wins, where LocalDateTime#atZone takes the earlier; in a gap both move the time later.
 */
export function calendarLocalToUtc(zone: TimeZoneRules, local: number): number {
  const after = zone.offsetAt(local + 86_400_000);
  const t = local - after;
  return zone.offsetAt(t) === after ? t : zone.localToUtc(local);
}

/** java.time.ZoneId.SHORT_IDS (what TimeZone.getTimeZone accepts for CONVERT_TZ and friends). */
const SHORT_IDS: Record<string, string> = {
  ACT: 'Australia/Darwin',
  AET: 'Australia/Sydney',
  AGT: 'America/Argentina/Buenos_Aires',
  ART: 'Africa/Cairo',
  AST: 'America/Anchorage',
  BET: 'America/Sao_Paulo',
  BST: 'Asia/Dhaka',
  CAT: 'Africa/Harare',
  CNT: 'America/St_Johns',
  CST: 'America/Chicago',
  CTT: 'Asia/Shanghai',
  EAT: 'Africa/Addis_Ababa',
  ECT: 'Europe/Paris',
  IET: 'America/Indiana/Indianapolis',
  IST: 'Asia/Kolkata',
  JST: 'Asia/Tokyo',
  MIT: 'Pacific/Apia',
  NET: 'Asia/Yerevan',
  NST: 'Pacific/Auckland',
  PLT: 'Asia/Karachi',
  PNT: 'America/Phoenix',
  PRT: 'America/Puerto_Rico',
  PST: 'America/Los_Angeles',
  SST: 'Pacific/Guadalcanal',
  VST: 'Asia/Ho_Chi_Minh',
  EST: '-05:00',
  MST: '-07:00',
  HST: '-10:00',
};

const ZONES = new Map<string, TimeZoneRules>();

/** The UTC zone. */
export const UTC: TimeZoneRules = fixedZone('UTC', 0);

/**
 * Resolves a zone id; throws ConfigError for an unknown id.
 *
 * @example
 * resolveTimeZone('Asia/Shanghai').offsetAt(0); // 28800000
 */
export function resolveTimeZone(id: string | undefined): TimeZoneRules {
  // Flink's 'default' is the JVM's zone; Eddy never reads the machine's zone, so it is UTC
  if (id === undefined || id === 'default') return UTC;
  const cached = ZONES.get(id);
  if (cached) return cached;
  let zone: TimeZoneRules;
  const upper = id.toUpperCase();
  const m = OFFSET_RE.exec(id);
  if (upper === 'UTC' || upper === 'GMT' || upper === 'Z' || upper === 'UT') {
    zone = fixedZone(id, 0);
  } else if (m) {
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? 0);
    const seconds = Number(m[4] ?? 0);
    if (hours > 18 || minutes > 59 || seconds > 59) throw new ConfigError(`invalid time zone offset '${id}'`);
    const offset = (m[1] === '-' ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds) * 1000;
    zone = fixedZone(id, offset);
  } else if (SHORT_IDS[upper] !== undefined) {
    const target = resolveTimeZone(SHORT_IDS[upper]);
    zone = {
      id,
      offsetAt: (t) => target.offsetAt(t),
      localToUtc: (l) => target.localToUtc(l),
      utcToLocal: (t) => target.utcToLocal(t),
    };
  } else {
    try {
      zone = new IntlZone(id);
    } catch {
      throw new ConfigError(
        `unknown time zone '${id}': use a region id such as 'Europe/Berlin' or an offset such as '+08:00'`,
      );
    }
  }
  ZONES.set(id, zone);
  return zone;
}

const JAVA_CUSTOM_ID = /^GMT([+-])(?:(\d{1,2}):(\d{2})|(\d{1,4}))$/;

/** GMT as java.util.TimeZone names its fallback. */
const JAVA_GMT: TimeZoneRules = fixedZone('GMT', 0);

/** An offset's sign and fields as a Java zone id spells them. */
interface JavaOffset {
  readonly sign: string;
  readonly h: number;
  readonly min: number;
  readonly sec: number;
}

const offsetMillis = (o: JavaOffset): number =>
  (o.sign === '-' ? -1 : 1) * (o.h * 3600 + o.min * 60 + o.sec) * 1000;

/**
 * TimeZone.parseCustomTimeZone's reading of a custom `GMT±h[h][[:]mm]` id ("GMT+h", "GMT+hh",
 * "GMT+hmm", "GMT+hhmm" as ZoneInfoFile reads them): 'GMT' where the hours or minutes are out of
 * range (java.util then falls back to GMT), undefined for any other id.
 */
function javaCustomId(id: string): JavaOffset | 'GMT' | undefined {
  const custom = JAVA_CUSTOM_ID.exec(id);
  if (!custom) return undefined;
  const digits = custom[4];
  const n = Number(digits);
  const [h, min] =
    digits === undefined
      ? [Number(custom[2]), Number(custom[3])]
      : digits.length <= 2
        ? [n, 0]
        : [Math.floor(n / 100), n % 100];
  return h > 23 || min > 59 ? 'GMT' : { sign: custom[1]!, h, min, sec: 0 };
}

/**
 * Intl knows the id in the tz database's own spelling: Java's ids are case-sensitive, Intl's
 * are not (an alias may resolve to a differently named zone, which is fine).
 */
function isTzdbSpelling(id: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9~/._+-]+$/.test(id)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: id }).resolvedOptions().timeZone;
    return resolved === id || resolved.toLowerCase() !== id.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * java.util.TimeZone.getTimeZone(id), which Flink's CONVERT_TZ uses (DateTimeUtils'
 * TIMEZONE_CACHE): a tz database id (case-sensitive, links included), an old three-letter id
 * (`PST`, `EST`), or a custom `GMT+h[h][[:]mm]` id; anything else silently means GMT — never an
 * error (so `UTC+8`, `+08:00` and `asia/shanghai` are GMT).
 *
 * @example
 * javaUtilTimeZone('GMT+0800').offsetAt(0); // 28800000
 * javaUtilTimeZone('UTC+8').offsetAt(0); // 0
 */
export function javaUtilTimeZone(id: string): TimeZoneRules {
  const custom = javaCustomId(id);
  if (custom === 'GMT') return JAVA_GMT;
  if (custom) return fixedZone(id, offsetMillis(custom));
  if (SHORT_IDS[id] !== undefined) return resolveTimeZone(id);
  return isTzdbSpelling(id) ? resolveTimeZone(id) : JAVA_GMT;
}

/**
 * ZoneOffset.of's only forms: `+h`, `+hh`, `+hhmm`, `+hh:mm`, `+hhmmss`, `+hh:mm:ss` (one hour
 * digit only alone; colons all or none), so `+8:00`, `+800` and `+08:0000` are not offsets.
 */
const JAVA_ZONE_OFFSET =
  /^(?:UTC|GMT|UT)?([+-])(?:(\d{1,2})|(\d{2})(\d{2})(?:(\d{2}))?|(\d{2}):(\d{2})(?::(\d{2}))?)$/;

/**
 * ZoneOffset.of's reading of an offset id, bare or after `UTC` / `GMT` / `UT`: its prefix and
 * fields; null where ZoneOffset refuses it (beyond ±18:00, 60 minutes or seconds), undefined for
 * another form.
 */
function javaZoneOffset(id: string): (JavaOffset & { readonly prefix: string }) | null | undefined {
  const m = JAVA_ZONE_OFFSET.exec(id);
  if (!m) return undefined;
  const h = Number(m[2] ?? m[3] ?? m[6]);
  const min = Number(m[4] ?? m[7] ?? 0);
  const sec = Number(m[5] ?? m[8] ?? 0);
  // ZoneOffset.ofHoursMinutesSeconds: within ±18:00 exactly
  if (h > 18 || min > 59 || sec > 59 || (h === 18 && min + sec > 0)) return null;
  return { prefix: /^(UTC|GMT|UT)/.exec(id)?.[1] ?? '', sign: m[1]!, h, min, sec };
}

/**
 * java.time.ZoneId.of(id) (TO_TIMESTAMP_LTZ's zone argument): `Z`, offsets `+h[h][[:]mm[[:]ss]]`
 * (up to 18 hours) optionally after `UTC` / `GMT` / `UT`, or a tz database id spelled exactly;
 * undefined where ZoneId.of throws (`PST`, `asia/shanghai`, `Invalid/Zone`).
 */
export function javaZoneIdOf(id: string): TimeZoneRules | undefined {
  const o = javaZoneOffset(id);
  if (o) return fixedZone(id, offsetMillis(o));
  return javaTimeZoneIdOf(id) === undefined ? undefined : resolveTimeZone(id);
}

/** The id of a ZoneOffset / prefixed offset as java.time prints it (`+08:00`, `GMT+05:30`, `Z`). */
function javaOffsetId(prefix: string, o: JavaOffset): string {
  if (o.h + o.min + o.sec === 0) return prefix === '' ? 'Z' : prefix;
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `${prefix}${o.sign}${p2(o.h)}:${p2(o.min)}${o.sec > 0 ? `:${p2(o.sec)}` : ''}`;
}

/** java.util.TimeZone.getTimeZone(id).toZoneId().getId(); undefined where toZoneId throws. */
function javaUtilZoneIdOf(id: string): string | undefined {
  const custom = javaCustomId(id);
  if (custom === 'GMT') return 'GMT';
  if (custom) {
    // the custom id "GMT+hh:mm" goes through ZoneId.of, which stops at 18 hours
    if (custom.h > 18 || (custom.h === 18 && custom.min > 0)) return undefined;
    return javaOffsetId('GMT', custom);
  }
  // old three-letter ids map through ZoneId.SHORT_IDS (EST is -05:00, PST America/Los_Angeles)
  if (SHORT_IDS[id] !== undefined) return SHORT_IDS[id];
  return isTzdbSpelling(id) ? id : 'GMT';
}

/** java.time.ZoneId.of(id).getId(); undefined where ZoneId.of throws. */
function javaTimeZoneIdOf(id: string): string | undefined {
  if (id === 'Z' || id === 'UTC' || id === 'GMT' || id === 'UT') return id;
  const o = javaZoneOffset(id);
  if (o !== undefined) return o === null ? undefined : javaOffsetId(o.prefix, o);
  // three-letter ids are not tz database regions unless tzdb has them (EST, MST, HST do)
  if (SHORT_IDS[id] !== undefined && !/^(EST|MST|HST)$/.test(id)) return undefined;
  return isTzdbSpelling(id) ? id : undefined;
}

/** Flink's message for a session time zone its validation refuses. */
export const INVALID_SESSION_TIME_ZONE =
  "Invalid time zone. The value should be a Time Zone Database (TZDB) ID such as 'America/Los_Angeles' " +
  "to include daylight saving time. Fixed offsets are supported using 'GMT-03:00' or 'GMT+03:00'. " +
  "Or use 'UTC' without time zone and daylight saving time.";

/**
 * Whether Flink takes `id` as `table.local-time-zone` (TableConfigValidation.validateTimeZone:
 * `TimeZone.getTimeZone(id).toZoneId().equals(ZoneId.of(id))`, so both Java APIs must read it
 * alike): tz database ids spelled exactly, `UTC`, `GMT`, `GMT±h[h][:mm]` — not `+08:00`, `UTC+8`,
 * `Z`, `PST` or `asia/shanghai`, which java.util.TimeZone silently reads as GMT or maps elsewhere.
 *
 * @example
 * isFlinkSessionTimeZone('GMT+8'); // true
 * isFlinkSessionTimeZone('+08:00'); // false
 */
export function isFlinkSessionTimeZone(id: string): boolean {
  // TableConfigOptions.LOCAL_TIME_ZONE's default value, taken before any validation
  if (id === 'default') return true;
  const a = javaUtilZoneIdOf(id);
  return a !== undefined && a === javaTimeZoneIdOf(id);
}
