/**
 * Value → text of DATE / TIME / TIMESTAMP / TIMESTAMP_LTZ as Flink's text formats write them
 * (JSON's SQL_TIMESTAMP_FORMAT / ISO8601_TIMESTAMP_FORMAT: seconds always, the fraction only
 * when it is not zero, with as few digits as needed; LTZ in UTC with a trailing `Z`).
 */
import { daysToYmd, floorDiv, floorMod, MILLIS_PER_DAY } from '../../types/date-time.js';
import type { LogicalType } from '../../types/index.js';
import { tsMillis, tsNanoOfMilli, type SqlValue, type TimestampValue } from '../../types/values.js';
import type { TimestampStandard } from './text-values.js';

const p2 = (n: number): string => (n < 10 ? '0' : '') + n;

export function dateText(days: number): string {
  const { year, month, day } = daysToYmd(days);
  return `${String(year).padStart(4, '0')}-${p2(month)}-${p2(day)}`;
}

/** `HH:mm:ss[.fffffffff]` with trailing zeros of the fraction dropped. */
export function timeText(millisOfDay: number, nanoOfMilli = 0): string {
  const s = Math.floor(millisOfDay / 1000);
  let out = `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}`;
  const nanos = (millisOfDay % 1000) * 1e6 + nanoOfMilli;
  if (nanos !== 0) out += '.' + String(nanos).padStart(9, '0').replace(/0+$/, '');
  return out;
}

export function timestampText(v: TimestampValue, standard: TimestampStandard, ltz: boolean): string {
  const ms = tsMillis(v);
  const days = floorDiv(ms, MILLIS_PER_DAY);
  const sep = standard === 'SQL' ? ' ' : 'T';
  return dateText(days) + sep + timeText(floorMod(ms, MILLIS_PER_DAY), tsNanoOfMilli(v)) + (ltz ? 'Z' : '');
}

/** Text of a temporal value of type `t`. */
export function formatTemporal(t: LogicalType, v: SqlValue, standard: TimestampStandard): string {
  switch (t.kind) {
    case 'DATE':
      return dateText(v as number);
    case 'TIME':
      return timeText(v as number);
    case 'TIMESTAMP':
      return timestampText(v as TimestampValue, standard, false);
    case 'TIMESTAMP_LTZ':
      return timestampText(v as TimestampValue, standard, true);
    default:
      throw new Error(`not a temporal type: ${t.kind}`);
  }
}
