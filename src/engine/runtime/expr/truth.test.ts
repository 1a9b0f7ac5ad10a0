import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { booleanType, intType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileCalc, compileCalcBatch, compileScalar } from './compile.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const B = booleanType(true);
const I = intType(true);

/** The row's value, or the error's message: a filter must fail exactly when the value form does. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (err) {
    return `error: ${(err as Error).message.split('\n')[0]}`;
  }
}

/** Random conditions over three nullable BOOLEAN columns and one INT division that may fail. */
const condition: fc.Arbitrary<RexExpr> = fc.letrec<{ e: RexExpr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<RexExpr>(
      ref(0, B),
      ref(1, B),
      ref(2, B),
      lit(true, B),
      lit(false, B),
      lit(null, B),
      // fails for a zero in column 4 (1 / 0): the filter must raise it wherever the value does
      call('>', [call('/', [lit(1, I), ref(4, I)], I), lit(0, I)], B),
      call('=', [ref(3, I), lit(2, I)], B),
    ),
    fc.array(tie('e'), { minLength: 2, maxLength: 3 }).map((xs) => call('AND', xs, B)),
    fc.array(tie('e'), { minLength: 2, maxLength: 3 }).map((xs) => call('OR', xs, B)),
    tie('e').map((x) => call('NOT', [x], B)),
    tie('e').map((x) => call('IS TRUE', [x], B)),
    fc.tuple(tie('e'), tie('e'), tie('e'), tie('e')).map((xs) => call('CASE', xs, B)),
    fc.tuple(tie('e'), tie('e'), tie('e')).map((xs) => call('CASE', xs, B)),
  ),
})).e;

const bool = fc.constantFrom(true, false, null);
const row = fc.tuple(bool, bool, bool, fc.constantFrom(2, 3, null), fc.constantFrom(0, 1, null));

test('a filter keeps exactly the rows whose condition is TRUE and fails where the value fails (property)', () => {
  const seed = Date.now();
  process.stdout.write(`truth property seed ${seed}\n`);
  fc.assert(
    fc.property(condition, fc.array(row, { minLength: 1, maxLength: 12 }), (cond, rows) => {
      const value = compileScalar(cond, ctx);
      const filter = compileCalc([ref(0, B)], cond, ctx);
      const batch = compileCalcBatch([ref(0, B)], cond, ctx);
      // the same condition as a CASE condition, whose test is compiled the same way
      const cased = compileScalar(call('CASE', [cond, lit(1, I), lit(0, I)], I), ctx);
      for (const r of rows) {
        const v = outcome(() => value(r));
        const expected = typeof v === 'string' ? v : v === true ? [r[0]] : null;
        assert.deepEqual(
          outcome(() => filter(r)),
          expected,
          JSON.stringify(r),
        );
        assert.deepEqual(
          outcome(() => cased(r)),
          typeof v === 'string' ? v : v === true ? 1 : 0,
        );
        const out: unknown[][] = [];
        const b = outcome(() => batch([r], null, out, null));
        if (typeof v === 'string') assert.match(String(b), /^error: /);
        else assert.deepEqual(out, v === true ? [[r[0]]] : []);
      }
    }),
    { seed, numRuns: 400 },
  );
});

test('an AND whose other operand can fail still evaluates it after a NULL operand', () => {
  const fails = call('>', [call('/', [lit(1, I), ref(1, I)], I), lit(0, I)], B);
  const filter = compileCalc([ref(0, B)], call('AND', [ref(0, B), fails], B), ctx);
  assert.throws(() => filter([null, 0]), /by zero/);
  assert.equal(filter([false, 0]), null);
});
