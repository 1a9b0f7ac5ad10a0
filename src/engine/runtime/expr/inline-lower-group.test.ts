import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { booleanType, charType, stringType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileCalcBatch } from './compile.js';
import { lowerEquality } from './inline-lower.js';
import { LowerGroups } from './inline-lower-group.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const S = stringType(true);
const B = booleanType(true);
const str = (s: string): RexExpr => lit(s, charType(Math.max(s.length, 1), false));
const lower = (x: RexExpr): RexExpr => call('LOWER', [x], S);
const isLower = (c: Extract<RexExpr, { k: 'call' }>): boolean => c.op === 'LOWER';
const LOWER = BUILTIN_FUNCTIONS.scalar('LOWER')!.implement([S], S, { timeZone: 'UTC', exprText: 'LOWER' });

/** The library's LOWER then `=` / `<>` (the general path), NULL-strict. */
function reference(op: string, x: string | null, l: string): boolean | null {
  if (x === null) return null;
  const cmp = BUILTIN_FUNCTIONS.scalar(op)!.implement([S, charType(Math.max(l.length, 1), false)], B, {
    timeZone: 'UTC',
    exprText: op,
  });
  return cmp(LOWER(x), l) as boolean | null;
}

test('a value compared with two literals or more forms a group; one literal does not', () => {
  const g = new LowerGroups();
  const eq = (x: RexExpr, l: string): Extract<RexExpr, { k: 'call' }> =>
    call('=', [lower(x), str(l)], B) as Extract<RexExpr, { k: 'call' }>;
  const exprs = [eq(ref(0, S), 'apple'), eq(ref(0, S), 'google'), eq(ref(0, S), 'apple'), eq(ref(1, S), 'x')];
  const match = (e: Extract<RexExpr, { k: 'call' }>) => lowerEquality(e, isLower);
  const key = (e: RexExpr): string | null => (e.k === 'ref' ? `$${e.index}` : null);
  g.collect(exprs, match, key);
  let n = 0;
  const local = (): string => `l${n++}`;
  const a = g.member(match(exprs[0] as never)!, '$0', local);
  const b = g.member(match(exprs[1] as never)!, '$0', local);
  const c = g.member(match(exprs[2] as never)!, '$0', local);
  assert.equal(a?.group, b?.group);
  assert.deepEqual([a?.index, b?.index, c?.index], [0, 1, 0]);
  assert.equal(g.member(match(exprs[3] as never)!, '$1', local), null);
  assert.deepEqual(g.locals(), ['l0']);
});

test('grouped comparisons in a filter and a CASE give the library results (q21 shape)', () => {
  const ch = ref(0, S);
  const eq = (l: string): RexExpr => call('=', [lower(ch), str(l)], B);
  const cond = call('OR', [eq('apple'), eq('google'), eq('facebook'), eq('baidu')], B);
  const projects = [
    call('CASE', [eq('apple'), str('0'), eq('google'), str('1'), eq('facebook'), str('2'), str('x')], S),
    ch,
  ];
  const batch = compileCalcBatch(projects, cond, ctx);
  const out: unknown[][] = [];
  batch(
    [['Apple'], ['GOOGLE'], ['channel-1'], [null], ['FaceBoo\u212A'], ['bAIDU'], ['googl']],
    null,
    out,
    null,
  );
  assert.deepEqual(out, [
    ['0', 'Apple'],
    ['1', 'GOOGLE'],
    ['2', 'FaceBoo\u212A'],
    ['x', 'bAIDU'],
  ]);
});

test('every comparison of a group equals LOWER then = / <> of the library (property)', () => {
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
    'é',
    ' ',
    '1',
    '\uD800',
  );
  const text = fc.array(chars, { maxLength: 6 }).map((p) => p.join(''));
  const literal = fc.oneof(
    fc.array(fc.constantFrom('a', 'k', 'i', ' ', '1'), { maxLength: 5 }).map((p) => p.join('')),
    fc.array(fc.constantFrom('a', 'k'), { minLength: 17, maxLength: 18 }).map((p) => p.join('')),
  );
  // a value near one of the literals: each character kept, upper-cased, or a Kelvin sign for 'k'
  const near = (ls: string[]): fc.Arbitrary<string> =>
    fc
      .tuple(fc.nat(ls.length - 1), fc.array(fc.constantFrom(0, 1, 2), { minLength: 18, maxLength: 18 }))
      .map(([i, how]) =>
        Array.from(ls[i]!, (c, j) =>
          how[j] === 1 ? c.toUpperCase() : how[j] === 2 && c === 'k' ? '\u212A' : c,
        ).join(''),
      );
  const seed = Date.now();
  process.stdout.write(`inline-lower-group property seed ${seed}\n`);
  const cases = fc
    .array(fc.tuple(fc.constantFrom('=', '<>'), literal, fc.boolean()), { minLength: 2, maxLength: 6 })
    .chain((cmps) =>
      fc.tuple(
        fc.constant(cmps),
        fc.array(fc.oneof(near(cmps.map(([, l]) => l)), fc.option(text)), { minLength: 1, maxLength: 8 }),
      ),
    );
  fc.assert(
    fc.property(cases, ([cmps, values]) => {
      const exprs = cmps.map(([op, l, flip]) =>
        call(op, flip ? [str(l), lower(ref(0, S))] : [lower(ref(0, S)), str(l)], B),
      );
      const out: unknown[][] = [];
      compileCalcBatch(exprs, null, ctx)(
        values.map((v) => [v]),
        null,
        out,
        null,
      );
      values.forEach((v, r) =>
        cmps.forEach(([op, l], j) =>
          assert.equal(out[r]![j], reference(op, v, l), `${JSON.stringify(v)} ${op} ${JSON.stringify(l)}`),
        ),
      );
    }),
    { seed, numRuns: 1500 },
  );
});
