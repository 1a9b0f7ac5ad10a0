import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { javaLocalDateTimeText } from './date-time.js';

test("javaLocalDateTimeText is Java's LocalDateTime#toString, years beyond 9999 and before 0 included", () => {
  const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number => {
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(h, mi, s, ms);
    return t.getTime();
  };
  assert.equal(javaLocalDateTimeText(at(10000, 1, 1), 0), '+10000-01-01T00:00');
  assert.equal(javaLocalDateTimeText(at(12345, 6, 7, 8, 9, 10, 500), 0), '+12345-06-07T08:09:10.500');
  assert.equal(
    javaLocalDateTimeText(at(9999, 12, 31, 23, 59, 59, 999), 999_999),
    '9999-12-31T23:59:59.999999999',
  );
  assert.equal(javaLocalDateTimeText(at(0, 1, 1), 0), '0000-01-01T00:00');
  assert.equal(javaLocalDateTimeText(at(-1, 12, 31, 1, 2), 0), '-0001-12-31T01:02');
  assert.equal(javaLocalDateTimeText(at(-12345, 1, 1), 0), '-12345-01-01T00:00');
  assert.equal(javaLocalDateTimeText(at(2020, 1, 2, 3, 4, 0), 1000), '2020-01-02T03:04:00.000001');
  assert.equal(javaLocalDateTimeText(at(1969, 12, 31, 23, 59, 59, 10), 0), '1969-12-31T23:59:59.010');
});

test('years 0..9999: the same text as the ISO string with seconds and fraction trimmed (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -62167219200000, max: 253402300799999 }),
      fc.integer({ min: 0, max: 999_999 }),
      (ms, nanoOfMilli) => {
        const iso = new Date(ms).toISOString();
        const nanos = (((ms % 1000) + 1000) % 1000) * 1_000_000 + nanoOfMilli;
        let want = iso.slice(0, 16);
        if (nanos !== 0 || iso.slice(17, 19) !== '00') want += iso.slice(16, 19);
        const n = String(nanos).padStart(9, '0');
        if (nanos !== 0)
          want += '.' + (nanos % 1_000_000 === 0 ? n.slice(0, 3) : nanos % 1000 === 0 ? n.slice(0, 6) : n);
        assert.equal(javaLocalDateTimeText(ms, nanoOfMilli), want);
      },
    ),
  );
});
