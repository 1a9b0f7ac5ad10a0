import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addMonthsToDays, subtractMonthsDays } from './time-util.js';

/** Calcite's DateTimeUtils.subtractMonths as written: a month at a time from diff / 31. */
function reference(date0: number, date1: number): number {
  if (date0 < date1) return -reference(date1, date0);
  let m = Math.floor((date0 - date1) / 31);
  for (;;) {
    if (addMonthsToDays(date1, m) >= date0) return m;
    if (addMonthsToDays(date1, m + 1) > date0) return m;
    m++;
  }
}

test('subtractMonthsDays gives Calcite’s answer, also over ranges its month-by-month loop takes seconds for', () => {
  const seed = Date.now() % 1_000_000;
  console.log(`# subtractMonths property seed ${seed}`);
  const day = fc.integer({ min: -800_000, max: 800_000 });
  fc.assert(
    fc.property(day, day, (a, b) => subtractMonthsDays(a, b) === reference(a, b)),
    { seed, numRuns: 3000 },
  );
  // month ends and leap days, where clamping decides
  for (let a = -1500; a < 1500; a += 7)
    for (let b = -1500; b < 1500; b += 3)
      assert.equal(subtractMonthsDays(a, b), reference(a, b), `${a} ${b}`);
  // 178 million years (TIMESTAMPDIFF(YEAR, …, TIMESTAMPADD(MONTH, 2147483647, …)) from the SQL fuzz test)
  const far = addMonthsToDays(18262, 2_147_483_647);
  const t0 = process.cpuUsage();
  assert.equal(subtractMonthsDays(far, 10957), 2_147_483_647 + 240);
  assert.ok(process.cpuUsage(t0).user < 200_000, 'a long range is not walked month by month');
});
