import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateType,
  dayTimeIntervalType,
  decimalType,
  intType,
  bigintType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  makeTimestamp,
} from '../../../types/index.js';
import { callFn, typeOfFn } from './test-util.js';
import { BUILTIN_FUNCTIONS } from './registry.js';
import { patternGranularityMs } from './java-date-format.js';
import { precisionFromFormat } from './temporal.js';

const DAY = 86400000;
const date = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;
const ts = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
  Date.UTC(y, m - 1, d, h, mi, s, ms);
const time = (h: number, m: number, s: number) => ((h * 60 + m) * 60 + s) * 1000;
const S = stringType(false);
const D = dateType(false);
const T3 = timestampType(3, false);
const TM = timeType(0, false);

// Examples from Flink's documentation of temporal functions.
test('EXTRACT and its shortcuts', () => {
  assert.equal(callFn('EXTRACT', [S, D], ['DAY', date(2006, 6, 5)]), 5n);
  assert.equal(callFn('YEAR', [D], [date(1994, 9, 27)]), 1994n);
  assert.equal(callFn('QUARTER', [D], [date(1994, 9, 27)]), 3n);
  assert.equal(callFn('MONTH', [D], [date(1994, 9, 27)]), 9n);
  assert.equal(callFn('WEEK', [D], [date(1994, 9, 27)]), 39n);
  assert.equal(callFn('DAYOFYEAR', [D], [date(1994, 9, 27)]), 270n);
  assert.equal(callFn('DAYOFMONTH', [D], [date(1994, 9, 27)]), 27n);
  assert.equal(callFn('DAYOFWEEK', [D], [date(1994, 9, 27)]), 3n);
  assert.equal(callFn('HOUR', [T3], [ts(1994, 9, 27, 13, 14, 15)]), 13n);
  assert.equal(callFn('MINUTE', [T3], [ts(1994, 9, 27, 13, 14, 15)]), 14n);
  assert.equal(callFn('SECOND', [T3], [ts(1994, 9, 27, 13, 14, 15)]), 15n);
  assert.equal(callFn('EXTRACT', [S, T3], ['MILLISECOND', ts(2020, 1, 1, 0, 0, 12, 345)]), 345n);
  assert.equal(callFn('EXTRACT', [S, T3], ['EPOCH', ts(1970, 1, 2)]), 86400n);
  assert.equal(callFn('EXTRACT', [S, D], ['CENTURY', date(2000, 1, 1)]), 20n);
  assert.equal(callFn('EXTRACT', [S, D], ['MILLENNIUM', date(2001, 1, 1)]), 3n);
  assert.equal(callFn('EXTRACT', [S, D], ['DECADE', date(1994, 1, 1)]), 199n);
  assert.equal(callFn('EXTRACT', [S, D], ['DOW', date(2021, 1, 3)]), 1n); // Sunday
  assert.equal(
    callFn('EXTRACT', [S, dayTimeIntervalType('DAY_TO_HOUR')], ['HOUR', 2 * DAY + 3 * 3600000]),
    3n,
  );
  assert.equal(callFn('EXTRACT', [S, timeType(0)], ['MINUTE', time(12, 44, 31)]), 44n);
  // TIMESTAMP_LTZ is read in the session time zone
  assert.equal(callFn('EXTRACT', [S, timestampLtzType(3)], ['HOUR', ts(2021, 1, 1, 0)], 'Asia/Shanghai'), 8n);
  assert.equal(typeOfFn('EXTRACT', [S, D], ['DAY']), 'BIGINT NOT NULL');
  assert.throws(() => typeOfFn('EXTRACT', [S, D], ['FORTNIGHT']), /unknown time unit 'FORTNIGHT'/);
});

test('FLOOR / CEIL to a unit', () => {
  assert.equal(callFn('FLOOR', [TM, S], [time(12, 44, 31), 'MINUTE']), time(12, 44, 0));
  assert.equal(callFn('CEIL', [TM, S], [time(12, 44, 31), 'MINUTE']), time(12, 45, 0));
  assert.equal(callFn('FLOOR', [T3, S], [ts(2021, 5, 17, 10, 30), 'DAY']), ts(2021, 5, 17));
  assert.equal(callFn('CEIL', [T3, S], [ts(2021, 5, 17, 10, 30), 'DAY']), ts(2021, 5, 18));
  assert.equal(callFn('CEIL', [T3, S], [ts(2021, 5, 17), 'DAY']), ts(2021, 5, 17));
  assert.equal(callFn('FLOOR', [T3, S], [ts(2021, 5, 17, 10, 30), 'MONTH']), ts(2021, 5, 1));
  assert.equal(callFn('CEIL', [T3, S], [ts(2021, 5, 17, 10, 30), 'YEAR']), ts(2022, 1, 1));
  assert.equal(callFn('FLOOR', [T3, S], [ts(2021, 5, 17), 'QUARTER']), ts(2021, 4, 1));
  assert.equal(callFn('FLOOR', [T3, S], [ts(2021, 5, 19), 'WEEK']), ts(2021, 5, 16)); // Sunday
  assert.equal(callFn('FLOOR', [D, S], [date(2021, 5, 17), 'MONTH']), date(2021, 5, 1));
  assert.equal(callFn('FLOOR', [intType(false)], [5]), 5);
  assert.equal(callFn('FLOOR', [decimalType(5, 2, false)], [-150n]), -2n);
  assert.equal(callFn('CEIL', [decimalType(5, 2, false)], [150n]), 2n);
  assert.equal(typeOfFn('FLOOR', [decimalType(5, 2, false)]), 'DECIMAL(5, 0) NOT NULL');
  assert.equal(
    callFn('FLOOR', [timestampLtzType(3, false), S], [ts(2021, 5, 17, 2), 'DAY'], 'Asia/Shanghai'),
    ts(2021, 5, 16, 16),
  );
});

test('TIMESTAMPADD, TIMESTAMPDIFF, OVERLAPS', () => {
  assert.equal(
    callFn('TIMESTAMPADD', [S, intType(false), D], ['WEEK', 1, date(2003, 1, 2)]),
    date(2003, 1, 9),
  );
  assert.equal(
    callFn('TIMESTAMPADD', [S, intType(false), T3], ['MONTH', 1, ts(2021, 1, 31, 5)]),
    ts(2021, 2, 28, 5),
  );
  assert.equal(callFn('TIMESTAMPDIFF', [S, T3, T3], ['DAY', ts(2003, 1, 2, 10), ts(2003, 1, 3, 10)]), 1);
  // DateTimeUtils#subtractMonths: Jan 31 + 1 month clamps to Feb 28, so a whole month has passed
  assert.equal(callFn('TIMESTAMPDIFF', [S, T3, T3], ['MONTH', ts(2019, 1, 31), ts(2019, 2, 28)]), 1);
  assert.equal(callFn('TIMESTAMPDIFF', [S, T3, T3], ['YEAR', ts(2019, 1, 1), ts(2021, 6, 1)]), 2);
  assert.equal(callFn('TIMESTAMPDIFF', [S, T3, T3], ['HOUR', ts(2021, 1, 1, 10), ts(2021, 1, 1, 8)]), -2);
  const H = dayTimeIntervalType('HOUR', 2, 6, false);
  assert.equal(callFn('OVERLAPS', [TM, H, TM, H], [time(2, 55, 0), 3600000, time(3, 30, 0), 7200000]), true);
  assert.equal(callFn('OVERLAPS', [TM, H, TM, H], [time(9, 0, 0), 3600000, time(11, 0, 0), 7200000]), false);
});

test('formatting and parsing', () => {
  assert.equal(
    callFn('DATE_FORMAT', [T3, S], [ts(2021, 3, 4, 5, 6, 7, 89), 'yyyy-MM-dd HH:mm:ss.SSS']),
    '2021-03-04 05:06:07.089',
  );
  assert.equal(callFn('DATE_FORMAT', [T3, S], [ts(2021, 3, 4), 'EEE, d MMM yyyy']), 'Thu, 4 Mar 2021');
  assert.equal(
    callFn('CONVERT_TZ', [S, S, S], ['1970-01-01 00:00:00', 'UTC', 'America/Los_Angeles']),
    '1969-12-31 16:00:00',
  );
  assert.equal(callFn('FROM_UNIXTIME', [bigintType(false)], [44n]), '1970-01-01 00:00:44');
  assert.equal(callFn('FROM_UNIXTIME', [bigintType(false)], [44n], 'Asia/Shanghai'), '1970-01-01 08:00:44');
  assert.equal(callFn('UNIX_TIMESTAMP', [S], ['1970-01-01 08:00:44'], 'Asia/Shanghai'), 44n);
  assert.equal(callFn('UNIX_TIMESTAMP', [S, S], ['2020-01-01', 'yyyy-MM-dd']), 1577836800n);
  // documented with 'table.local-time-zone' = 'Europe/Berlin'
  const B = 'Europe/Berlin';
  assert.equal(
    callFn('UNIX_TIMESTAMP', [S, S], ['1970-01-01 08:00:01.001', 'yyyy-MM-dd HH:mm:ss.SSS'], B),
    25201n,
  );
  assert.equal(
    callFn('UNIX_TIMESTAMP', [S, S], ['1970-01-01 08:00:01.001 +0800', 'yyyy-MM-dd HH:mm:ss.SSS X'], B),
    1n,
  );
  assert.equal(
    callFn('UNIX_TIMESTAMP', [S, S], ['1970-01-01 08:00:01.001 +0800', 'yyyy-MM-dd HH:mm:ss.SSS'], B),
    25201n,
  );
  assert.equal(
    callFn('UNIX_TIMESTAMP', [S, S], ['1970-01-01 08:00:01.001', 'yyyy-MM-dd HH:mm:ss.SSS X'], B),
    -9223372036854775808n,
  );
  assert.equal(callFn('FROM_UNIXTIME', [bigintType(false)], [44n], 'Asia/Tokyo'), '1970-01-01 09:00:44');
  assert.equal(callFn('TO_DATE', [S], ['2021-03-04']), date(2021, 3, 4));
  assert.equal(callFn('TO_DATE', [S, S], ['04/03/2021', 'dd/MM/yyyy']), date(2021, 3, 4));
  assert.equal(callFn('TO_TIMESTAMP', [S], ['2021-03-04 05:06:07.891']), ts(2021, 3, 4, 5, 6, 7, 891));
  assert.equal(
    callFn('TO_TIMESTAMP', [S, S], ['04/03/2021 05:06', 'dd/MM/yyyy HH:mm']),
    ts(2021, 3, 4, 5, 6),
  );
  assert.equal(callFn('TO_TIMESTAMP', [S], ['not a date']), null);
  assert.equal(
    callFn('TO_TIMESTAMP_LTZ', [bigintType(false), intType(false)], [1234567890000n, 3]),
    1234567890000,
  );
  assert.equal(
    callFn('TO_TIMESTAMP_LTZ', [bigintType(false), intType(false)], [1234567890n, 0]),
    1234567890000,
  );
  // ToTimestampLtzFunction reads the text as a UTC wall-clock time, whatever the session zone
  assert.equal(callFn('TO_TIMESTAMP_LTZ', [S], ['1970-01-01 08:00:00'], 'Asia/Shanghai'), 28800000);
  assert.equal(
    callFn('TO_TIMESTAMP_LTZ', [S, S, S], ['1970-01-01 08:00:00', 'yyyy-MM-dd HH:mm:ss', 'Asia/Shanghai']),
    0,
  );
  assert.equal(typeOfFn('TO_TIMESTAMP_LTZ', [bigintType(false), intType(false)]), 'TIMESTAMP_LTZ(3)');
  // FLINK-39244 (Flink 2.3): epoch units of 10^-p s for p in 0..9, TIMESTAMP_LTZ(p) for p >= 4
  const BI = [bigintType(false), intType(false)];
  assert.equal(typeOfFn('TO_TIMESTAMP_LTZ', BI, [1n, 6]), 'TIMESTAMP_LTZ(6)');
  assert.equal(typeOfFn('TO_TIMESTAMP_LTZ', BI, [1n, 2]), 'TIMESTAMP_LTZ(3)');
  assert.throws(() => typeOfFn('TO_TIMESTAMP_LTZ', BI, [1n, 10]), /between 0 and 9 but was 10/);
  assert.deepEqual(callFn('TO_TIMESTAMP_LTZ', BI, [-1n, 9]), makeTimestamp(-1, 999_999));
  assert.equal(callFn('TO_TIMESTAMP_LTZ', BI, [15n, 1]), 1500);
  assert.equal(callFn('TO_TIMESTAMP_LTZ', BI, [253402300800n, 0]), null);
  assert.equal(typeOfFn('TO_TIMESTAMP_LTZ', [S, S], ['x', 'ss.SSSS']), 'TIMESTAMP_LTZ(4)');
  // 2.3 counts the trailing S letters only (FLINK-39666's longest run came later)
  assert.equal(precisionFromFormat('yyyy-MM-dd HH:mm:ss.SSSSSS X'), 3);
  assert.equal(precisionFromFormat('yyyy-MM-dd HH:mm:ss.SSSSSS'), 6);
  assert.equal(precisionFromFormat('yyyy-MM-dd HH:mm:ss.S'), 3);
  assert.equal(typeOfFn('CURRENT_TIMESTAMP', []), 'TIMESTAMP_LTZ(3) NOT NULL');
  assert.equal(typeOfFn('LOCALTIMESTAMP', []), 'TIMESTAMP(3) NOT NULL');
  assert.equal(typeOfFn('CURRENT_DATE', []), 'DATE NOT NULL');
});

test('current time functions are non-deterministic and use the session zone', async () => {
  const { BUILTIN_FUNCTIONS } = await import('./registry.js');
  for (const n of [
    'NOW',
    'CURRENT_TIMESTAMP',
    'LOCALTIMESTAMP',
    'CURRENT_DATE',
    'RAND',
    'UUID',
    'UNIX_TIMESTAMP',
  ]) {
    assert.equal(BUILTIN_FUNCTIONS.scalar(n)!.deterministic, false, n);
  }
  assert.equal(BUILTIN_FUNCTIONS.scalar('UPPER')!.deterministic, true);
  const before = Date.now();
  const now = callFn('NOW', [], []) as number;
  assert.ok(now >= before && now <= Date.now());
  const local = callFn('LOCALTIMESTAMP', [], [], 'Asia/Shanghai') as number;
  assert.ok(Math.abs(local - now - 8 * 3600000) < 5000);
  void makeTimestamp;
});

test('DATE_FORMAT reuses its previous text only within the unit the pattern shows', () => {
  // One implementation called repeatedly, as a compiled query does, across unit boundaries.
  const def = BUILTIN_FUNCTIONS.scalar('DATE_FORMAT')!;
  const f = def.implement([T3, S], stringType(false), { timeZone: 'UTC', exprText: 'DATE_FORMAT' });
  const inputs = [
    [ts(2024, 1, 1, 23, 59, 59, 999), 'yyyy-MM-dd'],
    [ts(2024, 1, 2), 'yyyy-MM-dd'],
    [ts(2024, 1, 2, 0, 0, 0, 1), 'yyyy-MM-dd'],
    [ts(2024, 1, 2, 0, 0, 0, 1), 'HH:mm'],
    [ts(2024, 1, 2, 0, 0, 59, 999), 'HH:mm'],
    [ts(2024, 1, 2, 0, 1), 'HH:mm'],
    [ts(2024, 1, 2, 0, 1, 0, 5), 'ss.SSS'],
    [ts(2024, 1, 2, 0, 1, 0, 6), 'ss.SSS'],
    [makeTimestamp(ts(2024, 1, 2, 0, 1, 0, 6), 7000), 'ss.SSSSSSSSS'],
    [makeTimestamp(ts(2024, 1, 2, 0, 1, 0, 6), 8000), 'ss.SSSSSSSSS'],
    [ts(1969, 12, 31, 23, 59, 59, 999), 'yyyy-MM-dd HH'],
    [ts(1970, 1, 1), 'yyyy-MM-dd HH'],
    [ts(1970, 1, 1), "yyyy-MM-dd'T'"],
  ] as const;
  const expected = [
    '2024-01-01',
    '2024-01-02',
    '2024-01-02',
    '00:00',
    '00:00',
    '00:01',
    '00.005',
    '00.006',
    '00.006007000',
    '00.006008000',
    '1969-12-31 23',
    '1970-01-01 00',
    '1970-01-01T',
  ];
  assert.deepEqual(
    inputs.map(([v, p]) => f(v, p)),
    expected,
  );
  assert.equal(patternGranularityMs('yyyy-MM-dd'), DAY);
  assert.equal(patternGranularityMs("HH 'o''clock'"), 3600000);
  assert.equal(patternGranularityMs('mm'), 60000);
  assert.equal(patternGranularityMs('yyyy-MM-dd HH:mm:ss'), 1000);
  assert.equal(patternGranularityMs('ss.SSS'), 0);
  assert.equal(patternGranularityMs('yyyy Z'), 0);
});

test('UNIX_TIMESTAMP and CONVERT_TZ read a wall-clock time as SimpleDateFormat does across DST changes', () => {
  const LA = 'America/Los_Angeles';
  // Overlap (2024-11-03 01:00-02:00 happens twice in Los Angeles): java.util.Calendar takes the
  // offset after the change (PST), where LocalDateTime#atZone would take PDT.
  assert.equal(callFn('UNIX_TIMESTAMP', [S], ['2024-11-03 01:30:00'], LA), 1730626200n);
  assert.equal(callFn('CONVERT_TZ', [S, S, S], ['2024-11-03 01:30:00', LA, 'UTC']), '2024-11-03 09:30:00');
  assert.equal(
    callFn('CONVERT_TZ', [S, S, S], ['2024-10-27 02:30:00', 'Europe/Berlin', 'UTC']),
    '2024-10-27 01:30:00',
  );
  // Just before the overlap, and the gap (02:30 on 2024-03-10 does not exist): the offset before.
  assert.equal(callFn('CONVERT_TZ', [S, S, S], ['2024-11-03 00:59:59', LA, 'UTC']), '2024-11-03 07:59:59');
  assert.equal(callFn('UNIX_TIMESTAMP', [S], ['2024-03-10 02:30:00'], LA), 1710066600n);
  assert.equal(callFn('CONVERT_TZ', [S, S, S], ['2024-03-10 02:30:00', LA, 'UTC']), '2024-03-10 10:30:00');
});

test('DATE_FORMAT of a TIMESTAMP / TIMESTAMP_LTZ fails on a zone or offset letter, as a LocalDateTime has no zone', () => {
  const LTZ = timestampLtzType(3, false);
  const v = makeTimestamp(Date.UTC(2024, 10, 3, 8, 30), 0);
  assert.throws(
    () => callFn('DATE_FORMAT', [LTZ, S], [v, 'HH:mm z'], 'America/Los_Angeles'),
    /Unable to extract ZoneId from temporal 2024-11-03T01:30 /,
  );
  assert.throws(() => callFn('DATE_FORMAT', [T3, S], [ts(2024, 1, 2, 3, 4, 5, 120), 'XXX']), /OffsetSeconds/);
  // quoted letters are text; DATE goes through a SimpleDateFormat in UTC, which has a zone
  assert.equal(callFn('DATE_FORMAT', [T3, S], [ts(2024, 1, 2, 3, 4, 5), "yyyy 'z' HH"]), '2024 z 03');
  assert.equal(callFn('DATE_FORMAT', [D, S], [date(2024, 1, 2), 'yyyy z']), '2024 UTC');
});

test('DATE_FORMAT scans a pattern for zone letters once per pattern, not per call', () => {
  const pattern = "yyyy-MM-dd HH:mm:ss.SSS 'at' EEE";
  const iterate = String.prototype[Symbol.iterator];
  let scans = 0;
  String.prototype[Symbol.iterator] = function (this: string) {
    if (String(this) === pattern) scans++;
    return iterate.call(this);
  };
  try {
    for (const type of [timestampType(3, false), timestampLtzType(3, false)]) {
      scans = 0;
      const def = BUILTIN_FUNCTIONS.scalar('DATE_FORMAT')!;
      const f = def.implement([type, S], def.inferType([type, S], [undefined, pattern]), {
        timeZone: 'UTC',
        exprText: 'DATE_FORMAT(...)',
      });
      // Every value another millisecond: no call is answered by the per-call-site memo.
      for (let i = 0; i < 50; i++) assert.equal(typeof f(ts(2024, 1, 1, 0, 0, 0, i), pattern), 'string');
      assert.ok(scans <= 1, `${type.kind}: the pattern was scanned ${scans} times for 50 calls`);
    }
  } finally {
    String.prototype[Symbol.iterator] = iterate;
  }
});
