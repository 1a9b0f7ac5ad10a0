import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  bigintType,
  decimalMul,
  decimalType,
  exactPrecisionScale,
  formatType,
} from '../../../types/index.js';
import type { LogicalType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from './registry.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`fast-check seed ${seed}`);

/** The `*` implementation for these operand types, with Flink's result type. */
function multiply(a: LogicalType, b: LogicalType): { f: (x: bigint, y: bigint) => unknown; r: LogicalType } {
  const def = BUILTIN_FUNCTIONS.scalar('*')!;
  const r = def.inferType([a, b], []);
  return { f: def.implement([a, b], r, { timeZone: 'UTC', exprText: 'a * b' }) as never, r };
}

/** A value of DECIMAL(p, s) (or BIGINT when p is 19 and s 0), as an unscaled bigint. */
const unscaled = (p: number): fc.Arbitrary<bigint> =>
  fc.bigInt({ min: -(10n ** BigInt(p)) + 1n, max: 10n ** BigInt(p) - 1n });

test('DECIMAL * that cannot overflow (Nexmark q1: 0.908 * price) is exact, as the checked product', () => {
  const cases: [LogicalType, LogicalType][] = [
    [decimalType(4, 3, false), bigintType(true)],
    [decimalType(10, 2, true), decimalType(5, 1, true)],
    [decimalType(20, 4, true), decimalType(18, 0, true)],
  ];
  for (const [a, b] of cases) {
    const { f, r } = multiply(a, b);
    assert.equal(r.kind, 'DECIMAL', formatType(r));
    const pa = exactPrecisionScale(a)!;
    const pb = exactPrecisionScale(b)!;
    const { precision: p, scale: s } = r as { precision: number; scale: number };
    fc.assert(
      fc.property(unscaled(pa.precision), unscaled(Math.min(pb.precision, 18)), (x, y) => {
        assert.equal(f(x, y), decimalMul(x, pa.scale, y, pb.scale, p, s));
      }),
      { seed, numRuns: 300 },
    );
  }
  // at the limits of the operand types the product still fits the result type
  const { f } = multiply(decimalType(4, 3, false), bigintType(false));
  assert.equal(f(9999n, 9223372036854775807n), 9999n * 9223372036854775807n);
});

test('DECIMAL * that can overflow still gives NULL', () => {
  const d = decimalType(38, 0, false);
  assert.equal(multiply(d, d).f(10n ** 37n, 10n), null);
});
