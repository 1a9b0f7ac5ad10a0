import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigintType } from '../../../types/index.js';
import { resolveTimeZone } from '../../../types/time-zone.js';
import { CORE_FUNCTIONS } from '../expr/core-functions.js';
import { MILLIS_CODEC } from '../plan/build.js';
import type { AggCall } from './aggregate-api.js';
import { SessionWindowAggregateOperator } from './session-window-aggregate.js';
import { openCollecting } from './test-support.js';
import { WindowAggregateOperator } from './window-aggregate.js';
import { fireAtEndMinusOne, usesDaylightTime, zoneFireTime } from './window-fire-time.js';

const LA = resolveTimeZone('America/Los_Angeles');
/** Wall-clock ms of a local date-time given as UTC fields. */
const wall = (d: number, h: number, m = 0): [number, number] => [d, h * 60 + m];
const local = (y: number, mo: number, [d, min]: [number, number]): number => Date.UTC(y, mo - 1, d, 0, min);
const iso = (ms: number): string => new Date(ms).toISOString();

const count: AggCall = {
  impl: CORE_FUNCTIONS.aggregate('COUNT')!.create([], bigintType(false)),
  args: [],
  distinct: false,
  filter: -1,
};

test('daylight time as Java TimeZone#useDaylightTime: Los Angeles yes, Shanghai and offsets no', () => {
  assert.equal(usesDaylightTime(LA), true);
  assert.equal(usesDaylightTime(resolveTimeZone('Asia/Shanghai')), false);
  assert.equal(usesDaylightTime(resolveTimeZone('+08:00')), false);
});

test('fire times follow TimeWindowUtil.toEpochMillsForTimer(end - 1) in Los Angeles', () => {
  const fire = zoneFireTime(LA);
  // An ordinary hour: the instant of end - 1.
  assert.equal(iso(fire(local(2021, 4, wall(15, 10)))), '2021-04-15T16:59:59.999Z');
  // End inside the repeated hour of 2021-11-07: the later 01:29:59.999 (PST).
  assert.equal(iso(fire(local(2021, 11, wall(7, 1, 30)))), '2021-11-07T09:29:59.999Z');
  // End 02:00 right after it: 01:59:59.999 PST.
  assert.equal(iso(fire(local(2021, 11, wall(7, 2)))), '2021-11-07T09:59:59.999Z');
  // End 01:00, last instant before the repeated hour: 00:59:59.999 PDT.
  assert.equal(iso(fire(local(2021, 11, wall(7, 1)))), '2021-11-07T07:59:59.999Z');
  // End inside the skipped hour of 2021-03-14: the start of the hour after the gap (03:00 PDT).
  assert.equal(iso(fire(local(2021, 3, wall(14, 2, 30)))), '2021-03-14T10:00:00.000Z');
  assert.equal(iso(fire(local(2021, 3, wall(14, 3)))), '2021-03-14T10:00:00.000Z');
  // A zone without daylight time: LocalDateTime#atZone.
  const sh = zoneFireTime(resolveTimeZone('Asia/Shanghai'));
  assert.equal(iso(sh(Date.UTC(2020, 9, 10, 0, 0, 5))), '2020-10-09T16:00:04.999Z');
  assert.equal(fireAtEndMinusOne(5000), 4999);
});

test('two HOP windows ending on both sides of a skipped hour stay two windows', () => {
  // [00:00, 02:00) and [01:00, 03:00) local on 2021-03-14: both ends are the instant 10:00Z.
  const op = new WindowAggregateOperator({
    windowStart: 1,
    windowEnd: 2,
    keys: [],
    calls: [count],
    bounds: MILLIS_CODEC,
    time: MILLIS_CODEC,
    fireTime: zoneFireTime(LA),
  });
  const { out } = openCollecting(op);
  const d = (h: number): number => local(2021, 3, wall(14, h));
  op.processBatch({
    rows: [
      ['r', d(0), d(2)],
      ['r', d(1), d(3)],
    ],
    kinds: null,
  });
  op.onWatermark(Date.UTC(2021, 2, 14, 9, 59, 59, 998));
  assert.equal(out.length, 0);
  op.onWatermark(Date.UTC(2021, 2, 14, 10));
  assert.deepEqual(
    out.map(([, r]) => [r[0], iso(r[1] as number), iso(r[2] as number)]),
    [
      [1, '2021-03-14T00:00:00.000Z', '2021-03-14T02:00:00.000Z'],
      [1, '2021-03-14T01:00:00.000Z', '2021-03-14T03:00:00.000Z'],
    ].map(([c, s, e]) => [BigInt(c as number), s, e]),
  );
});

test('sessions over wall-clock times: 20 real minutes across the fall-back hour are two sessions', () => {
  const wallCodec = {
    toMillis: (v: unknown) => LA.utcToLocal(v as number),
    fromMillis: (ms: number) => LA.localToUtc(ms + 1) - 1,
  };
  const op = new SessionWindowAggregateOperator({
    gap: 30 * 60_000,
    timeIndex: 0,
    keys: [],
    calls: [count],
    time: wallCodec,
    bounds: MILLIS_CODEC,
    fireTime: zoneFireTime(LA),
  });
  const { out } = openCollecting(op);
  // 01:50 PDT, then (watermark 08:50Z) 01:10 PST: its session [01:10, 01:40) local fires at the
  // later 01:39:59.999 (09:39:59.999Z), so it is not late.
  op.processBatch({ rows: [[Date.UTC(2021, 10, 7, 8, 50)]], kinds: null });
  op.onWatermark(Date.UTC(2021, 10, 7, 8, 50));
  op.processBatch({ rows: [[Date.UTC(2021, 10, 7, 9, 10)]], kinds: null });
  op.onWatermark(Date.UTC(2021, 10, 7, 9, 39, 59, 998));
  assert.equal(out.length, 0);
  op.onWatermark(Date.UTC(2021, 10, 7, 9, 39, 59, 999));
  assert.deepEqual(
    out.map(([, r]) => [r[0], iso(r[1] as number), iso(r[2] as number)]),
    [[1n, '2021-11-07T01:10:00.000Z', '2021-11-07T01:40:00.000Z']],
  );
  op.onWatermark(Number.MAX_SAFE_INTEGER);
  assert.equal(out.length, 2);
  assert.deepEqual(
    [iso(out[1]![1][1] as number), iso(out[1]![1][2] as number)],
    ['2021-11-07T01:50:00.000Z', '2021-11-07T02:20:00.000Z'],
  );
});
