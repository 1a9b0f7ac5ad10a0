import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { intType, stringType } from '../../../types/index.js';
import type { Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileCalc, compileCalcBatch } from './compile.js';

const S = stringType(true);
const I = intType(false);
const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };

/** The library's SPLIT_INDEX (the general path), called directly. */
const library = BUILTIN_FUNCTIONS.scalar('SPLIT_INDEX')!.implement([S, S, I], S, {
  timeZone: 'UTC',
  exprText: 'SPLIT_INDEX',
}) as (s: string, d: string, i: number) => string | null;

const split = (col: number, d: string, i: number): RexExpr =>
  call('SPLIT_INDEX', [ref(col, S), lit(d, S), lit(i, I)], S);

test('SPLIT_INDEX calls on one column share a scan per row and equal the library (property)', () => {
  const seed = Date.now();
  process.stdout.write(`inline-split property seed ${seed}\n`);
  const text = fc.oneof(
    fc.constant(null),
    fc
      .array(fc.constantFrom('/', 'a', 'bc', '//', 'ab/', '-', 'é', '\uD83D\uDE00'), { maxLength: 10 })
      .map((p) => p.join('')),
  );
  const calls = fc.array(
    fc.record({
      col: fc.integer({ min: 0, max: 1 }),
      d: fc.constantFrom('/', '//', 'b/', 'a'),
      i: fc.integer({ min: 0, max: 6 }),
    }),
    { minLength: 1, maxLength: 5 },
  );
  fc.assert(
    fc.property(calls, fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (cs, rows) => {
      const projects = cs.map((c) => split(c.col, c.d, c.i));
      const batch = compileCalcBatch(projects, null, ctx);
      const out: Row[] = [];
      batch(rows, null, out, null);
      const single = compileCalc(projects, null, ctx);
      rows.forEach((r, k) => {
        const expected = cs.map((c) => (r[c.col] === null ? null : library(r[c.col]!, c.d, c.i)));
        assert.deepEqual(out[k], expected, JSON.stringify(r));
        assert.deepEqual(single(r), expected, JSON.stringify(r));
      });
    }),
    { seed, numRuns: 3000 },
  );
});
