/**
 * When an event-time window fires: the watermark an end of window must reach. Over a TIMESTAMP
 * rowtime that is end - 1. Over a TIMESTAMP_LTZ rowtime the window's bounds are wall-clock times
 * of the session zone, and Flink fires it at TimeWindowUtil.toEpochMillsForTimer(end - 1): in a
 * zone that uses daylight time, a wall-clock time of the repeated hour fires at its later
 * instant (both hours' rows are in), and one in the skipped hour at the start of the hour after
 * the gap; elsewhere at the instant LocalDateTime#atZone gives.
 */
import type { TimeZoneRules } from '../../../types/time-zone.js';

/** The watermark at which a window ending at `end` (ms of its bound) fires. */
export type FireTime = (end: number) => number;

/** A window over a TIMESTAMP rowtime (or in UTC). */
export const fireAtEndMinusOne: FireTime = (end) => end - 1;

const HOUR = 3_600_000;

/**
 * Java's TimeZone#useDaylightTime for a zone: whether it has daylight time now, i.e. whether
 * this year's January and July offsets differ.
 */
export function usesDaylightTime(zone: TimeZoneRules, now: number = Date.now()): boolean {
  const year = new Date(now).getUTCFullYear();
  return zone.offsetAt(Date.UTC(year, 0, 1)) !== zone.offsetAt(Date.UTC(year, 6, 1));
}

/**
 * Flink's TimeWindowUtil.toEpochMillsForTimer(end - 1, zone) for window bounds that are
 * wall-clock times of `zone`.
 *
 * @example
 * // America/Los_Angeles, 2021-11-07: [01:00, 01:30) local ends in the repeated hour and
 * // fires at 09:29:59.999Z (the second 01:29:59.999), not 08:29:59.999Z.
 * zoneFireTime(resolveTimeZone('America/Los_Angeles'))(Date.UTC(2021, 10, 7, 1, 30));
 */
export function zoneFireTime(zone: TimeZoneRules): FireTime {
  if (!usesDaylightTime(zone)) return (end) => zone.localToUtc(end - 1);
  return (end) => {
    const local = end - 1;
    const t1 = zone.localToUtc(local);
    const t2 = zone.localToUtc(local + HOUR);
    // No instant of its own (the skipped hour): the hour after the gap starts it.
    if (t1 === t2) return t1 - (t1 % HOUR);
    // Two instants (the repeated hour): the later one.
    if (t2 - t1 > HOUR) return t1 + HOUR;
    return t1;
  };
}
