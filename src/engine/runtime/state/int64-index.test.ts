/**
 * Int64Index against a Map over the same keys: random adds and deletes over a small key space
 * (so probe runs are long, wrap around the table's end and are cut by backward-shift deletion)
 * and through several growths.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Int64Index } from './int64-index.js';

test('Int64Index agrees with a Map under adds and deletes (property)', () => {
  const seed = Date.now() % 100000;
  console.log(`int64-index property seed ${seed}`);
  const word = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(-(2 ** 31), 2 ** 31 - 1));
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.boolean(), word, fc.integer({ min: -1, max: 1 })), { maxLength: 400 }),
      (ops) => {
        const ix = new Int64Index();
        const ref = new Map<string, number>();
        let next = 0;
        for (const [add, lo, hi] of ops) {
          const k = `${lo},${hi}`;
          if (add) {
            if (!ref.has(k)) {
              ref.set(k, next);
              ix.add(lo, hi, next++);
            }
          } else {
            assert.equal(ix.delete(lo, hi), ref.get(k) ?? -1);
            ref.delete(k);
          }
          assert.equal(ix.size, ref.size);
        }
        for (const [k, r] of ref) {
          const [lo, hi] = k.split(',').map(Number);
          assert.equal(ix.get(lo!, hi!), r);
        }
        for (let lo = -3; lo <= 40; lo++) {
          for (let hi = -1; hi <= 1; hi++) assert.equal(ix.get(lo, hi), ref.get(`${lo},${hi}`) ?? -1);
        }
      },
    ),
    { seed, numRuns: 300 },
  );
});

test('Int64Index keeps every key through growths and empties on clear', () => {
  const ix = new Int64Index();
  for (let i = 0; i < 100_000; i++) ix.add(i * 7919, i & 3, i);
  for (let i = 0; i < 100_000; i++) assert.equal(ix.get(i * 7919, i & 3), i);
  assert.equal(ix.get(1, 0), -1);
  for (let i = 0; i < 100_000; i += 2) ix.delete(i * 7919, i & 3);
  assert.equal(ix.size, 50_000);
  for (let i = 0; i < 100_000; i++) assert.equal(ix.get(i * 7919, i & 3), i % 2 === 1 ? i : -1);
  ix.clear();
  assert.equal(ix.size, 0);
  assert.equal(ix.get(7919, 1), -1);
});
