/**
 * SOURCE_WATERMARK()'s algorithm (confluent-flink.md §4.5): warm-up margins by records seen,
 * the 95th percentile of out-of-orderness over the last 5000 records, the [50 ms, 7 days]
 * clamp, monotonic watermarks, progressive idleness. A property test checks the percentile
 * against a sort of the window (its seed is printed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  IDLE_MAX_MS,
  IDLE_RAMP_MS,
  IDLE_START_MS,
  MAX_DELAY_MS,
  MIN_DELAY_MS,
  SourceWatermarkGenerator,
  WINDOW_SIZE,
  idleTimeout,
  warmupMargin,
} from './source-watermark.js';

const T0 = 1_700_000_000_000;

test('no watermark before the first record; 7 days behind during the first 250', () => {
  const g = new SourceWatermarkGenerator();
  assert.equal(g.watermark(), undefined);
  for (let i = 0; i < 250; i++) g.observe(T0 + i);
  assert.equal(g.watermark(), T0 + 249 - MAX_DELAY_MS);
});

test('warm-up margins: 251-500 → 30 s, 501-750 → 10 s, 751-1000 → 1 s, then the 50 ms floor', () => {
  assert.deepEqual([1, 250, 251, 500, 501, 750, 751, 1000, 1001].map(warmupMargin), [
    MAX_DELAY_MS,
    MAX_DELAY_MS,
    30_000,
    30_000,
    10_000,
    10_000,
    1_000,
    1_000,
    0,
  ]);
  const g = new SourceWatermarkGenerator();
  const at = (n: number): number | undefined => {
    while (g.count < n) g.observe(T0 + g.count);
    return g.watermark();
  };
  assert.equal(at(251), T0 + 250 - 30_000);
  assert.equal(at(501), T0 + 500 - 10_000);
  assert.equal(at(751), T0 + 750 - 1_000);
  // In order: out-of-orderness 0, clamped up to 50 ms.
  assert.equal(at(1001), T0 + 1000 - MIN_DELAY_MS);
});

test('the delay is the 95th percentile of out-of-orderness: 5 % late records do not move it', () => {
  const g = new SourceWatermarkGenerator();
  let t = T0;
  // 2000 records, every 20th one 10 s behind the max (5 % exactly): the percentile stays 0.
  for (let i = 0; i < 2000; i++) {
    t += 10;
    g.observe(i % 20 === 19 ? t - 10_000 : t);
  }
  assert.equal(g.percentile(), 0);
  assert.equal(g.delay(), MIN_DELAY_MS);
  // Now every 10th is 3 s late (10 %): the 95th percentile becomes 3 s.
  for (let i = 0; i < WINDOW_SIZE; i++) g.observe(i % 10 === 9 ? t - 3_000 : (t += 10));
  assert.equal(g.percentile(), 3_000);
  assert.equal(g.watermark(), t - 3_000);
});

test('the window is the last 5000 records: old lateness ages out', () => {
  const g = new SourceWatermarkGenerator();
  let t = T0;
  for (let i = 0; i < 1500; i++) g.observe(i % 2 ? t - 60_000 : (t += 10));
  assert.equal(g.percentile(), 60_000);
  for (let i = 0; i < WINDOW_SIZE; i++) g.observe((t += 10));
  assert.equal(g.percentile(), 0);
});

test('huge disorder clamps at 7 days; the watermark never goes back', () => {
  const g = new SourceWatermarkGenerator();
  let t = T0 + 30 * 86_400_000;
  for (let i = 0; i < 2000; i++) g.observe(i % 2 ? t - 20 * 86_400_000 : (t += 1));
  assert.equal(g.delay(), MAX_DELAY_MS);
  const w1 = g.watermark()!;
  const h = new SourceWatermarkGenerator();
  let last = -Infinity;
  for (let i = 0; i < 3000; i++) {
    h.observe(T0 + (i < 1500 ? i : i - 1400) * 100);
    const w = h.watermark()!;
    assert.ok(w >= last);
    last = w;
  }
  assert.equal(w1, t - MAX_DELAY_MS);
});

test('property: percentile = the nearest-rank 95th of the last 5000 out-of-orderness values', () => {
  const seed = Date.now() % 1_000_000;
  console.log(`source-watermark property seed: ${seed}`);
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 6000 }),
      (steps) => {
        const g = new SourceWatermarkGenerator();
        let max = -Infinity;
        let t = T0;
        const ooo: number[] = [];
        for (const s of steps) {
          t += s;
          ooo.push(t < max ? max - t : 0);
          if (t > max) max = t;
          g.observe(t);
        }
        const win = ooo.slice(-WINDOW_SIZE).sort((a, b) => a - b);
        assert.equal(g.percentile(), win[Math.ceil(0.95 * win.length) - 1]);
      },
    ),
    { seed, numRuns: 60 },
  );
});

test('progressive idleness: 15 s at start, linear in statement age, 5 min at most; fixed overrides', () => {
  assert.equal(idleTimeout(0), IDLE_START_MS);
  assert.equal(idleTimeout(IDLE_RAMP_MS / 2), (IDLE_START_MS + IDLE_MAX_MS) / 2);
  assert.equal(idleTimeout(IDLE_RAMP_MS), IDLE_MAX_MS);
  assert.equal(idleTimeout(10 * IDLE_RAMP_MS), IDLE_MAX_MS);
  assert.equal(idleTimeout(0, 2_000), 2_000);
  assert.equal(idleTimeout(IDLE_RAMP_MS, 0), 0);
});
