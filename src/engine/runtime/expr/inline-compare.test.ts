import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bigintType, booleanType, intType, type LogicalType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { encodeValue } from '../plan/encode-value.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileScalar } from './compile.js';
import { isInlineIntegerComparison } from './inline-compare.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const B = bigintType(true);
const I = intType(true);
const OPS = ['<', '<=', '>', '>=', '=', '<>'] as const;

/** The library's own implementation of `op` on these operand types (not inlined). */
function reference(op: string, a: LogicalType, b: LogicalType): (x: unknown, y: unknown) => unknown {
  const impl = BUILTIN_FUNCTIONS.scalar(op)!.implement([a, b], booleanType(true), {
    timeZone: 'UTC',
    exprText: op,
  });
  return (x, y) => (x === null || y === null ? null : impl(x, y));
}

const bigints = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.constantFrom(2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 9999n, 10000n, 10001n, 0n),
);
const ints = fc.oneof(fc.integer(), fc.constantFrom(0, 9999, 10000, 10001, -1));

test('integer comparisons are compiled inline, not as calls', () => {
  const e = call('<', [ref(0, B), lit(10000, I)], booleanType(true));
  assert.equal(isInlineIntegerComparison(e), true);
  const f = compileScalar(e, ctx);
  assert.equal(f([9999n]), true);
  assert.equal(f([10000n]), false);
  assert.equal(f([null]), null);
  // A DOUBLE operand keeps the library's call (NaN, -0.0 rules).
  const d = call(
    '<',
    [ref(0, B), lit(1.5, { kind: 'DOUBLE', nullable: false } as LogicalType)],
    booleanType(true),
  );
  assert.equal(isInlineIntegerComparison(d), false);
});

test('BIGINT column vs INT / BIGINT literal: inline results equal the library (beyond 2^53 too)', () => {
  fc.assert(
    fc.property(fc.constantFrom(...OPS), bigints, fc.oneof(ints, bigints), fc.boolean(), (op, x, l, flip) => {
      const litType = typeof l === 'bigint' ? B : I;
      const args: RexExpr[] = [ref(0, B), lit(encodeValue(l), litType)];
      const types: LogicalType[] = [B, litType];
      if (flip) {
        args.reverse();
        types.reverse();
      }
      const f = compileScalar(call(op, args, booleanType(true)), ctx);
      const ref0 = reference(op, types[0]!, types[1]!);
      const expected = flip ? ref0(l, x) : ref0(x, l);
      assert.equal(f([x]), expected, `${String(x)} ${op} ${String(l)} flip=${flip}`);
    }),
    { numRuns: 2000 },
  );
});

test('column vs column of mixed integer types (bigint vs number) compares by value', () => {
  fc.assert(
    fc.property(fc.constantFrom(...OPS), bigints, ints, (op, x, y) => {
      const f = compileScalar(call(op, [ref(0, B), ref(1, I)], booleanType(true)), ctx);
      assert.equal(f([x, y]), reference(op, B, I)(x, y));
      const g = compileScalar(call(op, [ref(0, I), ref(1, I)], booleanType(true)), ctx);
      const yy = Number(BigInt.asIntN(32, x));
      assert.equal(g([yy, y]), reference(op, I, I)(yy, y));
      assert.equal(f([null, y]), null);
    }),
    { numRuns: 2000 },
  );
});

test('a BIGINT value that arrives as a number still compares exactly with a bigint literal', () => {
  const eq = compileScalar(call('=', [ref(0, B), lit(encodeValue(5n), B)], booleanType(true)), ctx);
  assert.equal(eq([5]), true);
  assert.equal(eq([5n]), true);
  const ne = compileScalar(call('<>', [ref(0, B), lit(5, I)], booleanType(true)), ctx);
  assert.equal(ne([5]), false);
  assert.equal(ne([6n]), true);
});
