/**
 * SUM / AVG / COUNT keep numbers while exact and switch to bigints past 2^53: the results must
 * be those of Java's long arithmetic (exact, then wrapping at 2^64) whatever the path, and
 * merge must agree with accumulating everything into one accumulator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bigintType, intType, type LogicalType } from '../../../types/index.js';
import type { MergeableAggregate } from './aggregates.js';
import { BUILTIN_FUNCTIONS } from './registry.js';

function impl(name: string, t: LogicalType): MergeableAggregate {
  const def = BUILTIN_FUNCTIONS.aggregate(name)!;
  return def.create([t], def.inferType([t])) as MergeableAggregate;
}

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);
const truncDiv = (a: bigint, b: bigint): bigint => a / b;

test('SUM(BIGINT) crosses 2^53 exactly and wraps at 2^64 like a Java long', () => {
  const sum = impl('SUM', bigintType());
  let acc = sum.create();
  const big = 2n ** 53n - 1n;
  acc = sum.accumulate(acc, [big]);
  acc = sum.accumulate(acc, [2n]);
  assert.equal(sum.getValue(acc), 2n ** 53n + 1n);
  acc = sum.retract(acc, [2n]);
  assert.equal(sum.getValue(acc), big);
  acc = sum.accumulate(acc, [2n ** 63n - 1n]);
  assert.equal(sum.getValue(acc), wrap(big + 2n ** 63n - 1n));
});

test('SUM / AVG (BIGINT) and COUNT: any changelog gives the exact long results (property)', () => {
  const value = fc.oneof(
    fc.bigInt({ min: -(2n ** 20n), max: 2n ** 20n }),
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    fc.constant(2n ** 53n),
    fc.constant(-(2n ** 53n) + 1n),
    fc.constant(null),
  );
  const seed = Date.now() % 100000;
  console.log(`aggregates-exact property seed ${seed}`);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), value), { maxLength: 40 }), fc.nat(40), (ops, cut) => {
      const sum = impl('SUM', bigintType());
      const avg = impl('AVG', bigintType());
      const count = impl('COUNT', bigintType());
      let s = sum.create();
      let a = avg.create();
      let c = count.create();
      let exact = 0n;
      let n = 0n;
      let rows = 0n;
      const live: (bigint | null)[] = [];
      for (const [add, v] of ops) {
        // Only retract what was added (as the operators guarantee).
        const retract = !add && live.includes(v);
        if (retract) {
          live.splice(live.indexOf(v), 1);
          s = sum.retract(s, [v]);
          a = avg.retract(a, [v]);
          c = count.retract(c, [v]);
        } else {
          live.push(v);
          s = sum.accumulate(s, [v]);
          a = avg.accumulate(a, [v]);
          c = count.accumulate(c, [v]);
        }
        if (v !== null) {
          exact += retract ? -v : v;
          n += retract ? -1n : 1n;
        }
        rows += retract ? -1n : 1n;
        assert.equal(sum.getValue(s), n === 0n ? null : wrap(exact));
        assert.equal(avg.getValue(a), n === 0n ? null : truncDiv(wrap(exact), n));
        assert.equal(count.getValue(c), n);
      }
      // merge(acc(A), acc(B)) = acc(A then B)
      const vals = live.slice();
      const k = Math.min(cut, vals.length);
      for (const f of [sum, avg, count]) {
        let x = f.create();
        let y = f.create();
        let all = f.create();
        vals.forEach((v, i) => {
          if (i < k) x = f.accumulate(x, [v]);
          else y = f.accumulate(y, [v]);
          all = f.accumulate(all, [v]);
        });
        assert.equal(f.getValue(f.merge(x, y)), f.getValue(all));
      }
      void rows;
    }),
    { seed, numRuns: 300 },
  );
});

test('AVG(INT) truncates toward zero without a negative zero', () => {
  const avg = impl('AVG', intType());
  let acc = avg.create();
  acc = avg.accumulate(acc, [-1]);
  acc = avg.accumulate(acc, [0]);
  assert.ok(Object.is(avg.getValue(acc), 0));
  acc = avg.accumulate(acc, [-5]);
  assert.equal(avg.getValue(acc), -2);
});
