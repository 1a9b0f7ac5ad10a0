import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { booleanType, charType, stringType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileCalcBatch, compileScalar } from './compile.js';
import type { FunctionRegistry } from './function-api.js';
import { lowerEquality } from './inline-lower.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const S = stringType(true);
const B = booleanType(true);
const str = (s: string): RexExpr => lit(s, charType(Math.max(s.length, 1), false));
const lower = (x: RexExpr): Extract<RexExpr, { k: 'call' }> =>
  call('LOWER', [x], S) as Extract<RexExpr, { k: 'call' }>;
const isLower = (c: Extract<RexExpr, { k: 'call' }>): boolean => c.op === 'LOWER';

/** The library's LOWER and comparison, called directly (the general path), NULL-strict. */
function reference(op: string, x: string | null, l: string): boolean | null {
  if (x === null) return null;
  const lo = BUILTIN_FUNCTIONS.scalar('LOWER')!.implement([S], S, { timeZone: 'UTC', exprText: 'LOWER' });
  const lt = charType(Math.max(l.length, 1), false);
  const cmp = BUILTIN_FUNCTIONS.scalar(op)!.implement([S, lt], B, { timeZone: 'UTC', exprText: op });
  return cmp(lo(x), l) as boolean | null;
}

test('LOWER(x) = a lower-case ASCII literal is taken, in either order; other literals are not', () => {
  const x = ref(0, S);
  assert.deepEqual(lowerEquality(call('=', [lower(x), str('apple')], B) as never, isLower), {
    arg: x,
    literal: 'apple',
    negated: false,
  });
  assert.equal(lowerEquality(call('<>', [str('a b-1'), lower(x)], B) as never, isLower)?.negated, true);
  // an upper-case letter or a non-ASCII character in the literal: the general code
  assert.equal(lowerEquality(call('=', [lower(x), str('Apple')], B) as never, isLower), null);
  assert.equal(lowerEquality(call('=', [lower(x), str('café')], B) as never, isLower), null);
  assert.equal(lowerEquality(call('=', [lower(x), ref(1, S)], B) as never, isLower), null);
  assert.equal(lowerEquality(call('=', [call('UPPER', [x], S), str('apple')], B) as never, isLower), null);
});

test('LOWER(x) = literal gives the library result, Kelvin sign and dotted I included', () => {
  const f = compileScalar(call('=', [lower(ref(0, S)), str('kiwi')], B), ctx);
  const g = compileScalar(call('<>', [str('kiwi'), lower(ref(0, S))], B), ctx);
  for (const x of [
    'kiwi',
    'KIWI',
    'Kiwi',
    '\u212Aiwi',
    'kiw',
    'kiwis',
    'k\u0130wi',
    'ki\u0307wi',
    '',
    null,
  ]) {
    assert.equal(f([x]), reference('=', x, 'kiwi'), JSON.stringify(x));
    assert.equal(g([x]), reference('<>', x, 'kiwi'), JSON.stringify(x));
  }
  // 'İ' lowers to "i̇" (two characters): never an ASCII literal
  const h = compileScalar(call('=', [lower(ref(0, S)), str('i\u0307')], B), ctx);
  assert.equal(h(['\u0130']), reference('=', '\u0130', 'i\u0307'));
});

test('inside a CASE and an IN-like OR, as in Nexmark q21 (batch)', () => {
  const ch = ref(0, S);
  const eq = (l: string): RexExpr => call('=', [lower(ch), str(l)], B);
  const projects = [
    call('CASE', [eq('apple'), str('0'), eq('google'), str('1'), str('x')], S),
    call('OR', [eq('apple'), eq('google')], B),
    lower(ch),
  ];
  const batch = compileCalcBatch(projects, null, ctx);
  const out: unknown[][] = [];
  batch([['Apple'], ['GOOGLE'], ['channel-1'], [null]], null, out, null);
  assert.deepEqual(out, [
    ['0', true, 'apple'],
    ['1', true, 'google'],
    ['x', false, 'channel-1'],
    ['x', null, null],
  ]);
});

test('a registry of its own keeps its own LOWER', () => {
  const own = { ...BUILTIN_FUNCTIONS.scalar('LOWER')!, implement: () => () => 'apple' };
  const registry: FunctionRegistry = {
    scalar: (n) => (n === 'LOWER' ? own : BUILTIN_FUNCTIONS.scalar(n)),
    aggregate: (n) => BUILTIN_FUNCTIONS.aggregate(n),
    names: () => BUILTIN_FUNCTIONS.names(),
  };
  const f = compileScalar(call('=', [lower(ref(0, S)), str('apple')], B), { registry, timeZone: 'UTC' });
  assert.equal(f(['pear']), true);
});

test('fast path equals LOWER then = / <> of the library on random strings (property)', () => {
  const chars = fc.constantFrom(
    'a',
    'A',
    'k',
    'K',
    '\u212A',
    'i',
    'I',
    '\u0130',
    '\u0307',
    'ß',
    'Σ',
    'σ',
    'é',
    'É',
    ' ',
    '-',
    '1',
    '\uD83D\uDE00',
    '\uD801\uDC00',
    '\uD800',
    'ａ',
    'Ａ',
  );
  const text = fc.array(chars, { maxLength: 6 }).map((p) => p.join(''));
  const literal = fc
    .array(fc.constantFrom('a', 'k', 'i', 's', ' ', '-', '1', 'z'), { maxLength: 5 })
    .map((p) => p.join(''));
  const seed = Date.now();
  process.stdout.write(`inline-lower property seed ${seed}\n`);
  fc.assert(
    fc.property(fc.constantFrom('=', '<>'), fc.option(text), literal, fc.boolean(), (op, x, l, flip) => {
      const args = flip ? [str(l), lower(ref(0, S))] : [lower(ref(0, S)), str(l)];
      const e = call(op, args, B) as Extract<RexExpr, { k: 'call' }>;
      assert.notEqual(lowerEquality(e, isLower), null);
      assert.equal(compileScalar(e, ctx)([x]), reference(op, x, l), `${JSON.stringify(x)} ${op} ${l}`);
    }),
    { seed, numRuns: 3000 },
  );
});

test('literals past the inline length use the matcher, with the same results (property)', () => {
  const literal = fc
    .array(fc.constantFrom('a', 'k', 'i', 'z', ' ', '1'), { minLength: 15, maxLength: 20 })
    .map((p) => p.join(''));
  // each character of x is the literal's, its upper case, a Kelvin sign for 'k', or another one
  const variant = (l: string): fc.Arbitrary<string> =>
    fc
      .array(fc.constantFrom(0, 1, 2, 3), { minLength: l.length, maxLength: l.length })
      .map((how) =>
        Array.from(l, (c, i) =>
          how[i] === 1 ? c.toUpperCase() : how[i] === 2 && c === 'k' ? '\u212A' : how[i] === 3 ? 'b' : c,
        ).join(''),
      );
  const seed = Date.now();
  process.stdout.write(`inline-lower long-literal seed ${seed}\n`);
  fc.assert(
    fc.property(
      literal.chain((l) => fc.tuple(fc.constant(l), variant(l))),
      fc.constantFrom('=', '<>'),
      ([l, x], op) => {
        const e = call(op, [lower(ref(0, S)), str(l)], B);
        assert.equal(compileScalar(e, ctx)([x]), reference(op, x, l), `${JSON.stringify(x)} ${op} ${l}`);
      },
    ),
    { seed, numRuns: 1000 },
  );
});
