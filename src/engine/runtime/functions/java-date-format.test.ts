/**
 * Java pattern letters as the JVM prints them with a US default locale: SimpleDateFormat's `u`
 * (day number, Monday 1), `w`/`W`/`F`/`Y` (weeks start on Sunday, week 1 holds January 1st),
 * DateTimeFormatter's `e`/`c` (Sunday 1) and week-based year, and SimpleDateFormat's lenient
 * parsing (out-of-range fields roll over), against a reference computed day by day.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MILLIS_PER_DAY, ymdToDays } from '../../../types/index.js';
import { formatJavaPattern, parseJavaPattern } from './java-date-format.js';

const at = (y: number, m: number, d: number): number => ymdToDays(y, m, d) * MILLIS_PER_DAY;
const sdf = (ms: number, p: string): string => formatJavaPattern(ms, 0, p, 0, true);
const dtf = (ms: number, p: string): string => formatJavaPattern(ms, 0, p, 0, false);

test('week letters on known dates (java.util.GregorianCalendar, Locale.US)', () => {
  // 2024-03-09 is a Saturday; January 1st 2024 a Monday; March 1st a Friday.
  assert.equal(sdf(at(2024, 3, 9), 'u w W F Y E'), '6 10 2 2 2024 Sat');
  assert.equal(dtf(at(2024, 3, 9), 'e ee eee eeee c w W Y u'), '7 07 Sat Saturday 7 10 2 2024 2024');
  // The last days of December in the week holding the next January 1st are week 1 of next year.
  assert.equal(sdf(at(2024, 12, 28), 'Y-w'), '2024-52');
  assert.equal(sdf(at(2024, 12, 29), 'Y-w'), '2025-1');
  assert.equal(sdf(at(2024, 12, 31), 'YY-ww'), '25-01');
  // January 1st 2023 is a Sunday: December 31st 2022 stays in 2022's last week.
  assert.equal(sdf(at(2022, 12, 31), 'Y-w'), '2022-53');
  assert.equal(sdf(at(2023, 1, 1), 'Y-w'), '2023-1');
  assert.equal(sdf(at(2024, 3, 4), 'u'), '1');
  assert.equal(sdf(at(2024, 3, 10), 'u'), '7');
});

test('week of year matches a day-by-day count (weeks from Sunday, week 1 holds January 1st)', () => {
  fc.assert(
    fc.property(fc.integer({ min: ymdToDays(1901, 1, 1), max: ymdToDays(2199, 12, 31) }), (days) => {
      const ms = days * MILLIS_PER_DAY;
      // reference: walk back to this week's Sunday; if that week holds a January 1st, week 1 of its year
      const dow = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4); Sunday 0
      const sunday = days - dow;
      let year = Number(sdf(ms, 'yyyy'));
      let week: number;
      const nextJan1 = ymdToDays(year + 1, 1, 1);
      if (nextJan1 > sunday && nextJan1 <= sunday + 6) {
        year += 1;
        week = 1;
      } else {
        const jan1 = ymdToDays(year, 1, 1);
        const jan1Sunday = jan1 - ((((jan1 + 4) % 7) + 7) % 7);
        week = (sunday - jan1Sunday) / 7 + 1;
      }
      assert.equal(sdf(ms, 'Y w'), `${year} ${week}`);
    }),
    { numRuns: 2000 },
  );
});

test('SimpleDateFormat parsing is lenient; DateTimeFormatter parsing is not', () => {
  const p = 'yyyy-MM-dd HH:mm:ss';
  assert.equal(parseJavaPattern('2024-13-01 00:00:00', p, true)?.localMs, at(2025, 1, 1));
  assert.equal(parseJavaPattern('2024-02-30 10:00:00', p, true)?.localMs, at(2024, 3, 1) + 36_000_000);
  assert.equal(parseJavaPattern('2024-01-01 24:00:00', p, true)?.localMs, at(2024, 1, 2));
  assert.equal(parseJavaPattern('2024-01-01 00:61:00', p, true)?.localMs, at(2024, 1, 1) + 3_660_000);
  assert.equal(parseJavaPattern('2024-13-01 00:00:00', p, false), undefined);
});

test('DateTimeFormatter parsing: strict widths and SMART resolution', () => {
  const ms = (text: string, p: string): number | undefined => parseJavaPattern(text, p)?.localMs;
  // two pattern letters are exactly two digits, yyyy at least four (SimpleDateFormat takes any)
  assert.equal(ms('1999-9-10', 'yyyy-MM-dd'), undefined);
  assert.equal(ms('99-09-10', 'yyyy-MM-dd'), undefined);
  assert.equal(parseJavaPattern('1999-9-10', 'yyyy-MM-dd', true)?.localMs, at(1999, 9, 10));
  // a day past the month's end is its last day; 24:00:00 is the next midnight, 24:30 fails
  assert.equal(ms('2024-02-30', 'yyyy-MM-dd'), at(2024, 2, 29));
  assert.equal(ms('2023-04-31 10:00', 'yyyy-MM-dd HH:mm'), at(2023, 4, 30) + 10 * 3600000);
  assert.equal(ms('2024-12-31 24:00:00', 'yyyy-MM-dd HH:mm:ss'), at(2025, 1, 1));
  assert.equal(ms('2024-12-31 24:30:00', 'yyyy-MM-dd HH:mm:ss'), undefined);
});

test("SimpleDateFormat's z: the JDK's short zone names, a GMT offset where none is known", () => {
  const z = (zone: string, utc: number, offset: number): string =>
    formatJavaPattern(utc + offset, 0, 'z', offset, true, zone);
  assert.equal(z('America/Los_Angeles', Date.UTC(2021, 10, 7, 8, 30), -7 * 3600000), 'PDT');
  assert.equal(z('America/Los_Angeles', Date.UTC(2021, 10, 7, 9, 30), -8 * 3600000), 'PST');
  assert.equal(z('Europe/Berlin', Date.UTC(2021, 6, 1), 2 * 3600000), 'CEST');
  assert.equal(z('Asia/Shanghai', 0, 8 * 3600000), 'CST');
  assert.equal(z('GMT+08:00', 0, 8 * 3600000), 'GMT+08:00');
});
