import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bigintType, booleanType, charType, intType, stringType } from '../../../types/index.js';
import type { Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { splitIndex } from '../functions/split-index.js';
import { encodeValue } from '../plan/encode-value.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileCalc, compileCalcBatch, compileScalar } from './compile.js';
import type { FunctionRegistry } from './function-api.js';
import { MAX_INLINE_INDEX, splitCall, SplitGroups, type SplitGroup } from './inline-split.js';

const S = stringType(true);
const I = intType(true);
const B = booleanType(true);
const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };

/** The library's SPLIT_INDEX (the general path), called directly. */
const library = BUILTIN_FUNCTIONS.scalar('SPLIT_INDEX')!.implement([S, S, I], S, {
  timeZone: 'UTC',
  exprText: 'SPLIT_INDEX',
}) as (s: string, d: string, i: number) => string | null;

const str = (s: string): RexExpr => lit(s, charType(s.length, false));
const split = (v: RexExpr, d: string, i: number): RexExpr => call('SPLIT_INDEX', [v, str(d), lit(i, I)], S);

/** Flink's result (commons-lang splitByWholeSeparatorPreserveAllTokens), NULL-strict. */
function flink(s: string | null, d: string, i: number): string | null {
  return s === null ? null : splitIndex(s, d, i);
}

test('splitIndex is commons-lang splitByWholeSeparatorPreserveAllTokens', () => {
  assert.equal(splitIndex('Jack,John,Mary', ',', 2), 'Mary');
  assert.equal(splitIndex('Jack,John,Mary', ',', 3), null);
  assert.equal(splitIndex('a,,b', ',', 1), '');
  assert.equal(splitIndex('a,', ',', 1), '');
  assert.equal(splitIndex(',', ',', 0), '');
  assert.equal(splitIndex('a', ',', 0), 'a');
  assert.equal(splitIndex('a', ',', -1), null);
  // an empty string has no tokens at all (ArrayUtils.EMPTY_STRING_ARRAY)
  assert.equal(splitIndex('', ',', 0), null);
  // non-overlapping occurrences, left to right
  assert.equal(splitIndex('aaa', 'aa', 0), '');
  assert.equal(splitIndex('aaa', 'aa', 1), 'a');
  // an empty separator splits at Java whitespace, every token kept
  assert.equal(splitIndex('a b\tc', '', 2), 'c');
  assert.equal(splitIndex('a  b', '', 1), '');
  assert.equal(splitIndex('a ', '', 1), '');
  assert.equal(splitIndex('a\u00a0b', '', 0), 'a\u00a0b');
  assert.equal(splitIndex('a\u3000b', '', 1), 'b');
});

test('splitCall takes a constant non-empty delimiter and a non-negative constant index only', () => {
  assert.deepEqual(splitCall(split(ref(0, S), '/', 3)), { delimiter: '/', index: 3 });
  const big = call('SPLIT_INDEX', [ref(0, S), str('::'), lit(encodeValue(2n), bigintType(false))], S);
  assert.deepEqual(splitCall(big), { delimiter: '::', index: 2 });
  assert.equal(splitCall(split(ref(0, S), '', 1)), null);
  assert.equal(splitCall(split(ref(0, S), '/', -1)), null);
  assert.equal(splitCall(call('SPLIT_INDEX', [ref(0, S), ref(1, S), lit(1, I)], S)), null);
  assert.equal(splitCall(call('SPLIT_INDEX', [ref(0, S), str('/'), ref(1, I)], S)), null);
  assert.equal(splitCall(call('SPLIT_INDEX', [ref(0, S), lit(47, I), lit(1, I)], S)), null);
  assert.equal(splitCall(call('SPLIT_INDEX', [ref(0, S), str('/'), lit(null, I)], S)), null);
});

test('several fields of one value: one scan per row, each field as Flink gives it', () => {
  const url = ref(0, S);
  const projects = [5, 3, 4, 0, 9].map((i) => split(url, '/', i));
  const f = compileCalc(projects, null, ctx);
  assert.deepEqual(f(['https://www.nexmark.com/abc/def/ghi/item.htm?query=1']), [
    'ghi',
    'abc',
    'def',
    'https:',
    null,
  ]);
  assert.deepEqual(f(['a//b']), [null, null, null, 'a', null]);
  assert.deepEqual(f(['']), [null, null, null, null, null]);
  assert.deepEqual(f([null]), [null, null, null, null, null]);
  // a batch: every row scanned anew
  const batch = compileCalcBatch(projects, null, ctx);
  const rows: Row[] = [['a/b/c/d/e/f'], [null], ['x/y'], ['0/1/2/3/4/5/6/7/8/9'], ['/'], ['']];
  const out: Row[] = [];
  batch(rows, null, out, null);
  assert.deepEqual(
    out,
    rows.map((r) => [5, 3, 4, 0, 9].map((i) => flink(r[0] as string | null, '/', i))),
  );
});

test('calls group by value and delimiter, inside a CASE too', () => {
  const a = ref(0, S);
  const b = ref(1, S);
  const when = call('=', [ref(2, I), lit(1, I)], B);
  const projects = [
    split(a, '/', 1),
    split(b, '/', 1),
    split(a, '-', 0),
    call('CASE', [when, split(a, '/', 2), str('no')], S),
    split(call('UPPER', [a], S), '/', 0),
  ];
  const f = compileCalc(projects, null, ctx);
  assert.deepEqual(f(['p/q-r/s', 'x/y', 1]), ['q-r', 'y', 'p/q', 's', 'P']);
  assert.deepEqual(f(['p/q-r/s', 'x/y', 0]), ['q-r', 'y', 'p/q', 'no', 'P']);
  assert.deepEqual(f(['p', null, null]), [null, null, 'p', 'no', 'P']);
});

test('a registry of its own keeps its own SPLIT_INDEX', () => {
  const own = {
    ...BUILTIN_FUNCTIONS.scalar('SPLIT_INDEX')!,
    implement: () => () => 'own',
  };
  const registry: FunctionRegistry = {
    scalar: (n) => (n === 'SPLIT_INDEX' ? own : BUILTIN_FUNCTIONS.scalar(n)),
    aggregate: (n) => BUILTIN_FUNCTIONS.aggregate(n),
    names: () => BUILTIN_FUNCTIONS.names(),
  };
  assert.equal(compileScalar(split(ref(0, S), '/', 0), { registry, timeZone: 'UTC' })(['a/b']), 'own');
});

test('fast path equals Flink and the library on random strings (property)', () => {
  const chars = fc.constantFrom('/', '::', ':', 'a', 'b', 'ab', 'é', '\uD83D\uDE00', ' ');
  const seed = Date.now();
  process.stdout.write(`inline-split property seed ${seed}\n`);
  const delimiters = ['/', ':', '::', 'ab', 'b'];
  const functions = new Map(
    delimiters.map((d) => {
      // up to MAX_INLINE_INDEX the scan is inline code; field 16 of the second value (the same
      // text) needs the SplitScan object
      const idx = [0, 1, 2, 3, 4, 7, 0, 3, 16];
      const projects = idx.map((i, k) => split(k < 6 ? ref(0, S) : ref(1, S), d, i));
      return [d, { idx, batch: compileCalcBatch(projects, null, ctx) }];
    }),
  );
  fc.assert(
    fc.property(
      fc.array(fc.option(fc.array(chars, { maxLength: 24 }).map((p) => p.join(''))), { maxLength: 6 }),
      fc.constantFrom(...delimiters),
      (values, d) => {
        const { idx, batch } = functions.get(d)!;
        const out: Row[] = [];
        batch(
          values.map((v) => [v, v]),
          null,
          out,
          null,
        );
        values.forEach((v, r) => {
          idx.forEach((i, k) => {
            const got = out[r]![k];
            assert.equal(got, flink(v, d, i), `${JSON.stringify(v)} ${d} ${i}`);
            // the library differs from Flink on the empty string only (it gives field 0 = '')
            if (v !== null && v !== '') assert.equal(got, library(v, d, i));
          });
        });
      },
    ),
    { seed, numRuns: 5000 },
  );
});

test('a group up to MAX_INLINE_INDEX is scanned by inline code, a larger one by a SplitScan', () => {
  const key = (e: RexExpr): string => JSON.stringify(e);
  const groupOf = (indexes: number[]): SplitGroup => {
    const calls = indexes.map((i) => split(ref(0, S), '/', i) as Extract<RexExpr, { k: 'call' }>);
    const groups = new SplitGroups();
    groups.collect(calls, key, () => true);
    return groups.group(calls[0]!, splitCall(calls[0]!)!, key, () => 's0')!;
  };
  const small = groupOf([1, MAX_INLINE_INDEX]);
  assert.equal(small.scan, null);
  assert.equal(small.positions.length, MAX_INLINE_INDEX + 1);
  const large = groupOf([1, MAX_INLINE_INDEX + 1]);
  assert.notEqual(large.scan, null);
  assert.deepEqual(large.positions, []);
  // both give Flink's fields
  const value = Array.from({ length: 40 }, (_, i) => `f${i}`).join('/');
  for (const max of [MAX_INLINE_INDEX, MAX_INLINE_INDEX + 1]) {
    const f = compileCalc([split(ref(0, S), '/', 2), split(ref(0, S), '/', max)], null, ctx);
    assert.deepEqual(f([value]), [flink(value, '/', 2), flink(value, '/', max)]);
  }
});

test('after a projection that is itself a call of a group, later calls read its scan (batch and row)', () => {
  const a = ref(0, S);
  const when = call('=', [ref(1, I), lit(1, I)], B);
  const inner = split(a, '/', 1);
  const projects = [
    // conditional: scans both groups only when taken
    call('CASE', [when, split(inner, ',', 1), str('x')], S),
    // unconditional: the (a, '/') group is scanned here only when the CASE was not taken
    split(inner, ',', 0),
    split(a, '/', 2),
    split(inner, ',', 2),
    split(a, '/', 0),
    call('CASE', [when, split(a, '/', 3), str('y')], S),
  ];
  const expected = (v: string | null, w: number | null): unknown[] => {
    const i = flink(v, '/', 1);
    return [
      w === 1 ? flink(i, ',', 1) : 'x',
      flink(i, ',', 0),
      flink(v, '/', 2),
      flink(i, ',', 2),
      flink(v, '/', 0),
      w === 1 ? flink(v, '/', 3) : 'y',
    ];
  };
  const rows: Row[] = [];
  for (const v of ['p/q,r,s/t/u', 'p', '', null, '/,', 'a/b,c', 'a//b/c'])
    for (const w of [1, 0, null]) rows.push([v, w]);
  const out: Row[] = [];
  compileCalcBatch(projects, null, ctx)(rows, null, out, null);
  assert.deepEqual(
    out,
    rows.map((r) => expected(r[0] as string | null, r[1] as number | null)),
  );
  const f = compileCalc(projects, null, ctx);
  for (const r of rows) assert.deepEqual(f(r), expected(r[0] as string | null, r[1] as number | null));
});

test('a memoised group gives Flink fields for repeated, fresh and changing values (property)', () => {
  const url = ref(0, S);
  const idx = [3, 4, 5];
  const projects = idx.map((i) => split(url, '/', i));
  const seed = Date.now();
  process.stdout.write(`inline-split memo property seed ${seed}\n`);
  // one compiled function (one memo) across every run, as a query's Calc over many batches
  const batch = compileCalcBatch(projects, null, ctx);
  const part = fc.constantFrom('', 'a', 'bc', '/', '//', 'x/y', 'é');
  fc.assert(
    fc.property(
      fc.array(
        fc.array(part, { maxLength: 8 }).map((p) => p.join('')),
        { minLength: 1, maxLength: 6 },
      ),
      fc.array(fc.nat(), { maxLength: 300 }),
      (pool, picks) => {
        // a few values repeated many times, each row a fresh string object of its content
        const rows: Row[] = picks.map((p) => [p % 7 === 0 ? null : [...pool[p % pool.length]!].join('')]);
        const out: Row[] = [];
        batch(rows, null, out, null);
        rows.forEach((r, k) => {
          const v = r[0] as string | null;
          assert.deepEqual(
            out[k],
            idx.map((i) => flink(v, '/', i)),
            JSON.stringify(v),
          );
        });
      },
    ),
    { seed, numRuns: 2000 },
  );
});
