import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFlinkSessionTimeZone, javaUtilTimeZone, javaZoneIdOf, resolveTimeZone } from './time-zone.js';

const H = 3600000;

test('fixed zones and offsets', () => {
  assert.equal(resolveTimeZone(undefined).offsetAt(0), 0);
  assert.equal(resolveTimeZone('UTC').offsetAt(123), 0);
  assert.equal(resolveTimeZone('+08:00').offsetAt(0), 8 * H);
  assert.equal(resolveTimeZone('GMT+8').offsetAt(0), 8 * H);
  assert.equal(resolveTimeZone('UTC-05:30').offsetAt(0), -5.5 * H);
  assert.equal(resolveTimeZone('PST').offsetAt(Date.UTC(2021, 0, 1)), -8 * H);
  assert.equal(resolveTimeZone('EST').offsetAt(Date.UTC(2021, 6, 1)), -5 * H);
  assert.throws(() => resolveTimeZone('Mars/Olympus'), /unknown time zone 'Mars\/Olympus'/);
  assert.throws(() => resolveTimeZone('+19:00'), /invalid time zone offset/);
});

test('region zones follow daylight saving time', () => {
  const la = resolveTimeZone('America/Los_Angeles');
  assert.equal(la.offsetAt(Date.UTC(2021, 0, 15)), -8 * H);
  assert.equal(la.offsetAt(Date.UTC(2021, 6, 15)), -7 * H);
  const berlin = resolveTimeZone('Europe/Berlin');
  assert.equal(berlin.offsetAt(Date.UTC(2021, 8, 24, 12)), 2 * H);
});

test('localToUtc resolves gaps and overlaps as java.time does', () => {
  const la = resolveTimeZone('America/Los_Angeles');
  // 2021-03-14 02:30 does not exist in Los Angeles: Java moves it one hour later (03:30 PDT = 10:30Z).
  assert.equal(la.localToUtc(Date.UTC(2021, 2, 14, 2, 30)), Date.UTC(2021, 2, 14, 10, 30));
  // 2021-11-07 01:30 happens twice: Java takes the earlier offset (PDT, -7) = 08:30Z.
  assert.equal(la.localToUtc(Date.UTC(2021, 10, 7, 1, 30)), Date.UTC(2021, 10, 7, 8, 30));
  assert.equal(la.localToUtc(Date.UTC(2021, 0, 1)), Date.UTC(2021, 0, 1, 8));
  const sh = resolveTimeZone('Asia/Shanghai');
  assert.equal(sh.localToUtc(Date.UTC(1970, 0, 1, 8)), 0);
});

test('javaUtilTimeZone reads ids as java.util.TimeZone.getTimeZone (unknown ids are GMT)', () => {
  const H = 3_600_000;
  assert.equal(javaUtilTimeZone('GMT+08:00').offsetAt(0), 8 * H);
  assert.equal(javaUtilTimeZone('GMT+0830').offsetAt(0), 8.5 * H);
  assert.equal(javaUtilTimeZone('GMT-5').offsetAt(0), -5 * H);
  assert.equal(javaUtilTimeZone('EST').offsetAt(0), -5 * H);
  assert.equal(javaUtilTimeZone('Asia/Shanghai').offsetAt(0), 8 * H);
  assert.equal(javaUtilTimeZone('Asia/Calcutta').offsetAt(0), 5.5 * H);
  for (const unknown of ['UTC+8', '+08:00', 'asia/shanghai', 'Invalid/Zone', 'GMT+25', ''])
    assert.equal(javaUtilTimeZone(unknown).offsetAt(0), 0, unknown);
});

test('javaZoneIdOf accepts what java.time.ZoneId.of accepts', () => {
  const H = 3_600_000;
  assert.equal(javaZoneIdOf('UTC+8')?.offsetAt(0), 8 * H);
  assert.equal(javaZoneIdOf('+08:00')?.offsetAt(0), 8 * H);
  assert.equal(javaZoneIdOf('GMT-0530')?.offsetAt(0), -5.5 * H);
  assert.equal(javaZoneIdOf('Asia/Shanghai')?.offsetAt(0), 8 * H);
  assert.equal(javaZoneIdOf('EST')?.offsetAt(0), -5 * H);
  assert.equal(javaZoneIdOf('-5')?.offsetAt(0), -5 * H);
  assert.equal(javaZoneIdOf('UT+05:30:15')?.offsetAt(0), 5.5 * H + 15_000);
  assert.equal(javaZoneIdOf('+183000'), undefined);
  assert.equal(javaZoneIdOf('+18')?.offsetAt(0), 18 * H);
  // ZoneOffset.of: a one-digit hour only alone, colons all or none, at most 18:00
  const badOffsets = ['+8:00', 'UTC+800', '+08:0000', '+0800:00', '+18:30', '+123'];
  for (const bad of ['PST', 'asia/shanghai', 'Invalid/Zone', '+19:00', '', ...badOffsets])
    assert.equal(javaZoneIdOf(bad), undefined, bad);
});

test('isFlinkSessionTimeZone: TimeZone.getTimeZone(id).toZoneId() must equal ZoneId.of(id)', () => {
  for (const id of [
    'UTC',
    'GMT',
    'Asia/Shanghai',
    'MET',
    'US/Pacific',
    'Etc/GMT-8',
    'GMT+8',
    'GMT+0800',
    'GMT-01:20',
  ])
    assert.equal(isFlinkSessionTimeZone(id), true, id);
  // java.util.TimeZone reads these as GMT (+08:00, UTC+8, Z, utc), maps them elsewhere (EST is
  // -05:00, PST America/Los_Angeles) or ZoneId.of refuses them (GMT+8:00, GMT+19)
  for (const id of [
    '+08:00',
    'UTC+8',
    'UTC-05:30',
    'Z',
    'utc',
    'asia/shanghai',
    'EST',
    'PST',
    'CTT',
    'GMT+8:00',
    'GMT+19',
    'Mars/Olympus',
  ])
    assert.equal(isFlinkSessionTimeZone(id), false, id);
  // Flink's default value is the JVM's zone; Eddy's default zone is UTC
  assert.equal(resolveTimeZone('default').offsetAt(0), 0);
});
