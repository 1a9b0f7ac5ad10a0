import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExecutionError } from '../../../common/errors.js';
import { booleanType, charType, intType, stringType, timestampType } from '../../../types/index.js';
import type { Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileCalc, compileCalcBatch, compileScalar, compileScanBatch } from './compile.js';
import type { FunctionRegistry, ScalarFunctionDef } from './function-api.js';

const I = intType(true);
const S = stringType(true);
const B = booleanType(true);

/** The built-in registry with call counters on some functions (and an impure NEXT()). */
function countingRegistry(): { registry: FunctionRegistry; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  let seq = 0;
  const counted = (def: ScalarFunctionDef): ScalarFunctionDef => ({
    ...def,
    implement: (args, result, ctx) => {
      const f = def.implement(args, result, ctx);
      return (...a: unknown[]) => {
        calls.set(def.name, (calls.get(def.name) ?? 0) + 1);
        return f(...a);
      };
    },
  });
  const next: ScalarFunctionDef = {
    name: 'NEXT',
    deterministic: false,
    nullStrict: false,
    inferType: () => I,
    implement: () => () => ++seq,
  };
  const registry: FunctionRegistry = {
    scalar: (name) => {
      if (name === 'NEXT') return next;
      const def = BUILTIN_FUNCTIONS.scalar(name);
      return def !== undefined && ['LOWER', 'REGEXP_EXTRACT', '/'].includes(name) ? counted(def) : def;
    },
    aggregate: (name) => BUILTIN_FUNCTIONS.aggregate(name),
    names: () => BUILTIN_FUNCTIONS.names(),
  };
  return { registry, calls };
}

const lower = (e: RexExpr): RexExpr => call('LOWER', [e], S);
const eq = (a: RexExpr, b: RexExpr): RexExpr => call('=', [a, b], B);
const str = (s: string): RexExpr => lit(s, charType(s.length, false));

test('a sub-expression used several times is computed once per row', () => {
  const { registry, calls } = countingRegistry();
  const ctx = { registry, timeZone: 'UTC' };
  const ch = ref(0, S);
  // WHERE lower(c) = 'apple' OR lower(c) = 'google'; SELECT CASE WHEN lower(c) = 'apple' THEN '0' ELSE lower(c) END
  const condition = call('OR', [eq(lower(ch), str('apple')), eq(lower(ch), str('google'))], B);
  const projects = [call('CASE', [eq(lower(ch), str('apple')), str('0'), lower(ch)], S)];
  const rows: Row[] = [['Apple'], ['Google'], ['Baidu'], [null]];
  const out: Row[] = [];
  compileCalcBatch(projects, condition, ctx)(rows, null, out, null);
  assert.deepEqual(out, [['0'], ['google']]);
  assert.equal(calls.get('LOWER'), 3, 'one LOWER per non-NULL row');
  calls.clear();
  assert.deepEqual(rows.map(compileCalc(projects, condition, ctx)), [['0'], ['google'], null, null]);
  assert.equal(calls.get('LOWER'), 3);
});

test('a shared sub-expression in a branch not taken raises no error', () => {
  const { registry, calls } = countingRegistry();
  const ctx = { registry, timeZone: 'UTC' };
  const div = call('/', [lit(10, I), ref(1, I)], I, '10 / b');
  const gt = (n: number): RexExpr => call('>', [ref(0, I), lit(n, I)], B);
  const projects = [call('CASE', [gt(1), div, lit(0, I)], I), call('CASE', [gt(5), div, lit(1, I)], I)];
  const batch = compileCalcBatch(projects, null, ctx);
  const out: Row[] = [];
  batch(
    [
      [0, 0],
      [2, 5],
      [9, 2],
    ],
    null,
    out,
    null,
  );
  assert.deepEqual(out, [
    [0, 1],
    [2, 1],
    [5, 5],
  ]);
  assert.equal(calls.get('/'), 2, 'computed once for each row that needs it');
  assert.throws(() => batch([[2, 0]], null, [], null), ExecutionError);
});

test('non-deterministic calls are not shared', () => {
  const { registry } = countingRegistry();
  const ctx = { registry, timeZone: 'UTC' };
  const next = call('NEXT', [], I);
  const f = compileCalc([next, next], null, ctx);
  const [a, b] = f([])!;
  assert.notEqual(a, b);
});

test('OR evaluates a cheap safe operand first and skips the regex it decides', () => {
  const { registry, calls } = countingRegistry();
  const ctx = { registry, timeZone: 'UTC' };
  const rx = call('REGEXP_EXTRACT', [ref(1, S), str('(&|^)id=([^&]*)'), lit(2, intType(false))], S);
  const cond = call(
    'OR',
    [call('IS NOT NULL', [rx], booleanType(false)), eq(lower(ref(0, S)), str('apple'))],
    B,
  );
  const f = compileScalar(cond, ctx);
  assert.equal(f(['APPLE', 'a=1']), true);
  assert.equal(calls.get('REGEXP_EXTRACT'), undefined, 'decided by the cheap operand');
  assert.equal(f(['x', 'a=1&id=7']), true);
  assert.equal(f(['x', 'a=1']), false);
  assert.equal(f([null, 'a=1']), null);
  assert.equal(calls.get('REGEXP_EXTRACT'), 3);
});

test('an operand that can fail is not moved: the statement fails as before', () => {
  const { registry } = countingRegistry();
  const ctx = { registry, timeZone: 'UTC' };
  const div = call('/', [lit(10, I), ref(1, I)], I, '10 / b');
  const cond = call('OR', [eq(div, lit(1, I)), eq(ref(0, I), lit(1, I))], B);
  assert.throws(() => compileScalar(cond, ctx)([1, 0]), /Division by zero/);
});

test('a scan batch computes the watermark over every row, before the filter', () => {
  const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
  const T = timestampType(3, true);
  const wmExpr = ref(1, T);
  const condition = eq(ref(0, I), lit(2, I));
  const projects = [ref(0, I), ref(1, T)];
  const scan = compileScanBatch(projects, condition, { expr: wmExpr, toMillis: (v) => Number(v) }, ctx);
  const rows: Row[] = [
    [2, 1000],
    [1, 5000],
    [2, null],
    [2, 3000],
  ];
  const out: Row[] = [];
  assert.equal(scan(rows, null, out, null), 5000);
  assert.deepEqual(out, [
    [2, 1000],
    [2, null],
    [2, 3000],
  ]);
  assert.equal(scan([[1, null]], null, [], null), -Infinity);
});
