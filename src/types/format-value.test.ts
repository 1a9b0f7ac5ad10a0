import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrayType,
  bigintType,
  booleanType,
  bytesType,
  charType,
  dateType,
  dayTimeIntervalType,
  decimalType,
  doubleType,
  field,
  floatType,
  intType,
  mapType,
  multisetType,
  nullType,
  rowType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  tinyintType,
  yearMonthIntervalType,
} from './logical-type.js';
import { formatValue } from './format-value.js';
import { ymdToDays } from './date-time.js';
import { makeTimestamp } from './values.js';

// Expected texts come from Flink's CastRulesTest (testCastTo(STRING())) and the DateTimeUtils
// formatting rules; the epoch values are computed independently with Date.UTC.
const DATE_2021_09_24 = Date.UTC(2021, 8, 24) / 86400000;
const TIME_12_34_56_123 = ((12 * 60 + 34) * 60 + 56) * 1000 + 123;
const TS_2021_09_24_123456 = makeTimestamp(Date.UTC(2021, 8, 24, 12, 34, 56, 123), 456000);

test('scalars format as CAST(x AS STRING)', () => {
  assert.equal(formatValue(booleanType(), true), 'TRUE');
  assert.equal(formatValue(booleanType(), false), 'FALSE');
  assert.equal(formatValue(tinyintType(), -125), '-125');
  assert.equal(formatValue(intType(), -12345678), '-12345678');
  assert.equal(formatValue(bigintType(), 1234567891234n), '1234567891234');
  assert.equal(formatValue(bigintType(), -9223372036854775808n), '-9223372036854775808');
  assert.equal(formatValue(floatType(), -123.456), '-123.456');
  assert.equal(formatValue(doubleType(), 12345.678901), '12345.678901');
  assert.equal(formatValue(doubleType(), 1), '1.0');
  assert.equal(formatValue(doubleType(), 1e7), '1.0E7');
  assert.equal(formatValue(doubleType(), 1.23e-4), '1.23E-4');
  assert.equal(formatValue(doubleType(), NaN), 'NaN');
  assert.equal(formatValue(doubleType(), Infinity), 'Infinity');
  assert.equal(formatValue(decimalType(4, 3), 9870n), '9.870');
  assert.equal(formatValue(decimalType(10, 2), -5n), '-0.05');
  assert.equal(formatValue(decimalType(10, 0), 42n), '42');
  assert.equal(formatValue(charType(3), 'foo'), 'foo');
  assert.equal(formatValue(stringType(), ''), '');
  assert.equal(formatValue(stringType(), 'héllo 🌍'), 'héllo 🌍');
  assert.equal(formatValue(intType(), null), null);
  assert.equal(formatValue(nullType(), null), null);
});

test('binary strings: UTF-8 text (CAST), x-hex only in SQL-client printing style', () => {
  const flink = new Uint8Array([70, 108, 105, 110, 107]);
  assert.equal(formatValue(bytesType(), flink), 'Flink');
  assert.equal(formatValue(bytesType(), new Uint8Array([1, 2, 3])), '\u0001\u0002\u0003');
  assert.equal(
    formatValue(bytesType(), new Uint8Array([0x85, 0x2b, 0xfc, 0x7d, 0x05]), { printing: true }),
    "x'852bfc7d05'",
  );
  assert.equal(formatValue(bytesType(), new Uint8Array([]), { printing: true }), "x''");
});

test('dates, times and timestamps', () => {
  assert.equal(formatValue(dateType(), DATE_2021_09_24), '2021-09-24');
  assert.equal(formatValue(dateType(), 0), '1970-01-01');
  assert.equal(formatValue(dateType(), -1), '1969-12-31');
  assert.equal(formatValue(dateType(), ymdToDays(1, 1, 1)), '0001-01-01');
  assert.equal(formatValue(dateType(), ymdToDays(9999, 12, 31)), '9999-12-31');
  assert.equal(formatValue(timeType(5), TIME_12_34_56_123), '12:34:56.123');
  assert.equal(formatValue(timeType(0), TIME_12_34_56_123), '12:34:56');
  // Flink stops after the last non-zero millisecond digit (java.sql.Timestamp style).
  assert.equal(formatValue(timeType(3), 12 * 3600000 + 100), '12:00:00.1');
  assert.equal(formatValue(timeType(3), 0), '00:00:00.0');
  assert.equal(formatValue(timestampType(6), TS_2021_09_24_123456), '2021-09-24 12:34:56.123456');
  assert.equal(formatValue(timestampType(9), TS_2021_09_24_123456), '2021-09-24 12:34:56.123456000');
  assert.equal(formatValue(timestampType(7), TS_2021_09_24_123456), '2021-09-24 12:34:56.1234560');
  assert.equal(
    formatValue(timestampType(3), Date.UTC(2021, 8, 24, 12, 34, 56, 100)),
    '2021-09-24 12:34:56.100',
  );
  assert.equal(formatValue(timestampType(3), Date.UTC(2020, 3, 15, 8, 5)), '2020-04-15 08:05:00.000');
  assert.equal(formatValue(timestampType(0), Date.UTC(2020, 3, 15, 8, 5)), '2020-04-15 08:05:00');
  assert.equal(formatValue(timestampType(3), -1), '1969-12-31 23:59:59.999');
});

test('TIMESTAMP_LTZ prints in the session time zone (UTC by default)', () => {
  const t = makeTimestamp(Date.UTC(2021, 8, 24, 12, 34, 56, 123), 456000);
  assert.equal(formatValue(timestampLtzType(6), t), '2021-09-24 12:34:56.123456');
  assert.equal(formatValue(timestampLtzType(6), t, { timeZone: 'CET' }), '2021-09-24 14:34:56.123456');
  assert.equal(formatValue(timestampLtzType(9), t, { timeZone: 'CET' }), '2021-09-24 14:34:56.123456000');
  assert.equal(
    formatValue(timestampLtzType(3), Date.UTC(2021, 8, 24, 12, 34, 56, 100), { timeZone: 'CET' }),
    '2021-09-24 14:34:56.100',
  );
  assert.equal(formatValue(timestampLtzType(3), 0, { timeZone: 'Asia/Shanghai' }), '1970-01-01 08:00:00.000');
  assert.equal(
    formatValue(timestampLtzType(3), 0, { timeZone: 'America/Los_Angeles' }),
    '1969-12-31 16:00:00.000',
  );
  assert.equal(formatValue(timestampLtzType(3), 0, { timeZone: '+05:30' }), '1970-01-01 05:30:00.000');
});

test('intervals', () => {
  const ym = yearMonthIntervalType('YEAR');
  assert.equal(formatValue(ym, 84), '+7-00');
  assert.equal(formatValue(yearMonthIntervalType('MONTH'), 5), '+0-05');
  assert.equal(formatValue(yearMonthIntervalType('MONTH'), 123), '+10-03');
  assert.equal(formatValue(yearMonthIntervalType('MONTH'), 12334), '+1027-10');
  assert.equal(formatValue(yearMonthIntervalType('MONTH'), -123), '-10-03');
  const dt = dayTimeIntervalType('DAY');
  assert.equal(formatValue(dt, 10), '+0 00:00:00.010');
  assert.equal(formatValue(dt, 123456789), '+1 10:17:36.789');
  assert.equal(formatValue(dt, 36 * 3600000), '+1 12:00:00.000');
  assert.equal(formatValue(dt, 93784000), '+1 02:03:04.000');
  assert.equal(formatValue(dt, -1000), '-0 00:00:01.000');
});

test('collections and rows, NULL inside as NULL', () => {
  assert.equal(formatValue(arrayType(intType()), [-123, 456]), '[-123, 456]');
  assert.equal(formatValue(arrayType(intType()), [null, 456]), '[NULL, 456]');
  assert.equal(formatValue(arrayType(intType()), []), '[]');
  assert.equal(formatValue(arrayType(yearMonthIntervalType('MONTH')), [-123, 123]), '[-10-03, +10-03]');
  const m = mapType(stringType(), yearMonthIntervalType('MONTH'));
  assert.equal(
    formatValue(
      m,
      new Map<string | null, number | null>([
        ['a', -123],
        ['b', 123],
      ]),
    ),
    '{a=-10-03, b=+10-03}',
  );
  assert.equal(
    formatValue(
      m,
      new Map<string | null, number | null>([
        [null, -123],
        ['b', null],
      ]),
    ),
    '{NULL=-10-03, b=NULL}',
  );
  assert.equal(formatValue(m, new Map()), '{}');
  assert.equal(
    formatValue(
      multisetType(stringType()),
      new Map([
        ['a', 1],
        ['b', 1],
      ]),
    ),
    '{a=1, b=1}',
  );
  const r = rowType([field('f0', intType()), field('f1', stringType())]);
  assert.equal(formatValue(r, [123, 'abc']), '(123, abc)');
  assert.equal(formatValue(r, [null, 'abc']), '(NULL, abc)');
  assert.equal(formatValue(rowType([]), []), '()');
  const nested = rowType([
    field('a', arrayType(rowType([field('x', doubleType()), field('y', bytesType())]))),
  ]);
  assert.equal(formatValue(nested, [[[1, new Uint8Array([104, 105])], null]]), '([(1.0, hi), NULL])');
});
