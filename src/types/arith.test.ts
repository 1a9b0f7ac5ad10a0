import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decimalAdd,
  decimalDiv,
  decimalMod,
  decimalMul,
  intDiv,
  intMod,
  longDiv,
  longMod,
  wrap16,
  wrap32,
  wrap64,
  wrap8,
} from './arith.js';
import { pow10 } from './decimal.js';

// Reference: two's complement via BigInt.asIntN on exact bigint results (independent of the
// number-based implementation under test).
const ref = (bits: number, x: bigint): number => Number(BigInt.asIntN(bits, x));

// one seed for every property of this file, printed so a failure can be replayed
const seed = Date.now() % 2147483647;
console.log(`fast-check seed ${seed}`);

test('integer wrap matches a bigint reference at each width', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -2147483648, max: 2147483647 }),
      fc.integer({ min: -2147483648, max: 2147483647 }),
      (a, b) => {
        assert.equal(wrap32(a + b), ref(32, BigInt(a) + BigInt(b)));
        assert.equal(wrap32(a - b), ref(32, BigInt(a) - BigInt(b)));
        assert.equal(Math.imul(a, b), ref(32, BigInt(a) * BigInt(b)));
        const a8 = wrap8(a);
        const b8 = wrap8(b);
        assert.equal(wrap8(a8 * b8), ref(8, BigInt(a8) * BigInt(b8)));
        const a16 = wrap16(a);
        const b16 = wrap16(b);
        assert.equal(wrap16(a16 + b16), ref(16, BigInt(a16) + BigInt(b16)));
        if (b !== 0) {
          assert.equal(intDiv(a, b, 'a / b'), ref(32, BigInt(a) / BigInt(b)));
          assert.equal(intMod(a, b, 'a % b'), ref(32, BigInt(a) % BigInt(b)));
        }
      },
    ),
    { seed, numRuns: 2000 },
  );
});

test('BIGINT wraps at 64 bits', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      (a, b) => {
        const add = wrap64(a + b);
        assert.ok(add >= -(2n ** 63n) && add < 2n ** 63n);
        assert.equal((add - (a + b)) % 2n ** 64n, 0n);
        if (b !== 0n) {
          assert.equal(longDiv(a, b, 'x'), BigInt.asIntN(64, a / b));
          assert.equal(longMod(a, b, 'x'), a % b);
        }
      },
    ),
    { seed, numRuns: 1000 },
  );
  assert.equal(wrap64(9223372036854775807n + 1n), -9223372036854775808n);
  assert.equal(longDiv(-9223372036854775808n, -1n, 'x'), -9223372036854775808n);
});

test('Java edge cases', () => {
  assert.equal(intDiv(-2147483648, -1, 'x'), -2147483648);
  assert.equal(intDiv(7, -2, 'x'), -3);
  assert.equal(intMod(-7, 2, 'x'), -1);
  assert.equal(intMod(7, -2, 'x'), 1);
  assert.equal(wrap32(2147483647 + 1), -2147483648);
  assert.equal(wrap8(127 + 1), -128);
  assert.throws(() => intDiv(1, 0, 'price / qty'), /Division by zero in expression price \/ qty/);
  assert.throws(() => intMod(1, 0, 'a % b'), /a % b/);
  assert.throws(
    () => longDiv(1n, 0n, 'a / 0'),
    (e: Error) => e.name === 'ExecutionError',
  );
  assert.equal(1 / 0, Infinity); // DOUBLE / 0 stays IEEE
});

/** Exact rational reference: a/10^sa op b/10^sb, rounded HALF_UP to scale s, or null when > p digits. */
function refRound(num: bigint, den: bigint, s: number, p: number): bigint | null {
  // value = num/den; scaled = value * 10^s rounded half up (away from zero)
  const n = num * pow10(s);
  const neg = n < 0n !== den < 0n;
  const an = n < 0n ? -n : n;
  const ad = den < 0n ? -den : den;
  let q = an / ad;
  if ((an % ad) * 2n >= ad) q += 1n;
  const v = neg ? -q : q;
  return v < pow10(p) && v > -pow10(p) ? v : null;
}

test('DECIMAL add/sub/mul/mod are exact against a rational reference', () => {
  const dec = fc.record({
    v: fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
    s: fc.integer({ min: 0, max: 10 }),
  });
  fc.assert(
    fc.property(dec, dec, fc.integer({ min: 0, max: 12 }), ({ v: a, s: sa }, { v: b, s: sb }, s) => {
      const p = 38;
      // a/10^sa + b/10^sb = (a*10^sb + b*10^sa) / 10^(sa+sb)
      assert.equal(
        decimalAdd(a, sa, b, sb, p, s),
        refRound(a * pow10(sb) + b * pow10(sa), pow10(sa + sb), s, p),
      );
      assert.equal(decimalMul(a, sa, b, sb, p, s), refRound(a * b, pow10(sa + sb), s, p));
      if (b !== 0n) {
        const m = Math.max(sa, sb);
        const r = (a * pow10(m - sa)) % (b * pow10(m - sb));
        assert.equal(decimalMod(a, sa, b, sb, p, s, 'x'), refRound(r, pow10(m), s, p));
      }
    }),
    { seed, numRuns: 1000 },
  );
});

test('DECIMAL division: DECIMAL128 then HALF_UP to the result scale', () => {
  // 1 / 3 into DECIMAL(38, 6) = 0.333333
  assert.equal(decimalDiv(1n, 0, 3n, 0, 38, 6, 'x'), 333333n);
  // 2 / 3 → 0.666667 (HALF_UP)
  assert.equal(decimalDiv(2n, 0, 3n, 0, 38, 6, 'x'), 666667n);
  assert.equal(decimalDiv(-2n, 0, 3n, 0, 38, 6, 'x'), -666667n);
  // BigDecimal#divide / #remainder by zero: "Division by zero", 0 / 0 "Division undefined"
  assert.throws(() => decimalDiv(1n, 0, 0n, 0, 38, 6, 'a / b'), /a \/ b .*: Division by zero\)/);
  assert.throws(() => decimalDiv(0n, 0, 0n, 0, 38, 6, 'x'), /Division undefined/);
  assert.throws(() => decimalMod(5n, 0, 0n, 0, 38, 0, 'x'), /ArithmeticException: Division by zero/);
  // 10.00 / 4.00 into DECIMAL(23, 13) = 2.5
  assert.equal(decimalDiv(1000n, 2, 400n, 2, 23, 13, 'x'), 25000000000000n);
  // overflow → NULL
  assert.equal(decimalDiv(10n ** 10n, 0, 1n, 2, 10, 2, 'x'), null);
  assert.throws(() => decimalDiv(1n, 0, 0n, 0, 38, 6, 'a / b'), /Division by zero in expression a \/ b/);
  // When the exact quotient needs <= 34 significant digits the result equals the exact HALF_UP rounding.
  fc.assert(
    fc.property(
      fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
      fc.bigInt({ min: 1n, max: 10n ** 6n }),
      fc.integer({ min: 0, max: 8 }),
      (a, b, s) => {
        // the quotient has at most 24 significant digits at scale 8, so DECIMAL128 rounding is exact
        assert.equal(decimalDiv(a, 2, b, 0, 38, s, 'x'), refRound(a, b * 100n, s, 38));
      },
    ),
    { seed, numRuns: 500 },
  );
});
