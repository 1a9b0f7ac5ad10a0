import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { booleanType, charType, stringType, varcharType, type LogicalType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref } from '../plan/expr.js';
import { compileScalar } from './compile.js';
import { isInlineStringEquality } from './inline-string.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const S = stringType(true);

function reference(op: string, a: LogicalType, b: LogicalType): (x: unknown, y: unknown) => unknown {
  const impl = BUILTIN_FUNCTIONS.scalar(op)!.implement([a, b], booleanType(true), {
    timeZone: 'UTC',
    exprText: op,
  });
  return (x, y) => (x === null || y === null ? null : impl(x, y));
}

test('STRING = CHAR literal is compiled inline; a bounded VARCHAR comparison keeps the call', () => {
  const e = call('=', [ref(0, S), lit('apple', charType(5, false))], booleanType(true));
  assert.equal(isInlineStringEquality(e), true);
  const f = compileScalar(e, ctx);
  assert.equal(f(['apple']), true);
  assert.equal(f(['Apple']), false);
  assert.equal(f([null]), null);
  const bounded = call('=', [ref(0, varcharType(3)), lit('apple', charType(5, false))], booleanType(true));
  assert.equal(isInlineStringEquality(bounded), false);
});

test('inline = and <> equal the library (property)', () => {
  const str = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('apple', 'apple ', '', 'é', '\uD83D\uDE00'),
  );
  fc.assert(
    fc.property(fc.constantFrom('=', '<>'), str, str, fc.boolean(), (op, x, l, flip) => {
      const lt = charType(Math.max(l.length, 1), false);
      const args = flip ? [lit(l, lt), ref(0, S)] : [ref(0, S), lit(l, lt)];
      const f = compileScalar(call(op, args, booleanType(true)), ctx);
      const r = flip ? reference(op, lt, S)(l, x) : reference(op, S, lt)(x, l);
      assert.equal(f([x]), r);
    }),
  );
});
