import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DistinctBits } from './distinct-bits.js';

test('distinct bits: dense ids, sparse ids, strings and negatives all read back as a Map would', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed ${seed}`);
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.oneof(
            fc.integer({ min: 0, max: 300 }),
            fc.integer({ min: 0, max: 2 ** 31 - 1 }),
            fc.integer({ min: -5, max: -1 }),
            fc.constantFrom('a', 'b', 1.5, 2 ** 40),
          ),
          fc.integer({ min: 1, max: 255 }),
        ),
        { maxLength: 200 },
      ),
      fc.integer({ min: 1, max: 12 }),
      (ops, calls) => {
        const t = new DistinctBits(calls);
        const m = new Map<unknown, number>();
        for (const [k, bits] of ops) {
          assert.equal(t.get(k), m.get(k) ?? 0);
          t.set(k, bits);
          m.set(k, bits);
        }
        for (const [k] of ops) assert.equal(t.get(k), m.get(k));
        assert.equal(t.get(7777777), m.get(7777777) ?? 0);
        assert.equal(t.size, m.size);
      },
    ),
    { seed, numRuns: 300 },
  );
});

test('distinct bits: a dense run of ids stays dense, one far id moves it to a Map', () => {
  const t = new DistinctBits(4);
  for (let i = 0; i < 10000; i++) t.set(i, 1);
  assert.equal(t.size, 10000);
  t.set(2 ** 30, 3);
  assert.equal(t.get(2 ** 30), 3);
  assert.equal(t.get(9999), 1);
  assert.equal(t.size, 10001);
});
