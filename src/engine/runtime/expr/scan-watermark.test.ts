import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  booleanType,
  dayTimeIntervalType,
  intType,
  makeTimestamp,
  timestampLtzType,
  timestampType,
  tsMillis,
  type TimestampValue,
} from '../../../types/index.js';
import type { Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileScalar, compileScanBatch } from './compile.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const I = intType(true);
const IV = dayTimeIntervalType('SECOND', 2, 3, false);
const toMillis = (v: unknown): number => tsMillis(v as TimestampValue);

/** The scan's watermark results computed row by row from the expression alone. */
function reference(wm: RexExpr, filter: (r: Row) => boolean, rows: Row[]): { max: number; marks: number[] } {
  const f = compileScalar(wm, ctx);
  let max = -Infinity;
  const marks: number[] = [];
  for (const r of rows) {
    const before = max;
    const v = f(r);
    if (v !== null) max = Math.max(max, typeof v === 'number' ? v : toMillis(v));
    if (filter(r)) marks.push(before);
  }
  return { max, marks };
}

const timestamps = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -(2 ** 40), max: 2 ** 42 }),
  fc
    .tuple(fc.integer({ min: -(2 ** 40), max: 2 ** 42 }), fc.integer({ min: 1, max: 999_999 }))
    .map(([ms, nanos]) => makeTimestamp(ms, nanos)),
);

test('scan watermark `ts ± INTERVAL`: same maximum and per-row marks as the expression row by row (property)', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(timestampType(3), timestampType(9), timestampLtzType(3)),
      fc.constantFrom('+', '-', '+swap', 'plain'),
      fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), timestamps), { maxLength: 40 }),
      fc.integer({ min: 0, max: 3 }),
      (T, op, ivMs, data, already) => {
        const wm: RexExpr =
          op === 'plain'
            ? ref(1, T)
            : op === '+swap'
              ? call('+', [lit(ivMs, IV), ref(1, T)], T)
              : call(op, [ref(1, T), lit(ivMs, IV)], T);
        const condition = call('=', [ref(0, I), lit(2, I)], booleanType(true));
        const scan = compileScanBatch([ref(1, T), ref(0, I)], condition, { expr: wm, toMillis }, ctx);
        const rows: Row[] = data.map(([k, t]) => [k, t]);
        // rows already in `out` stay; the new ones follow them
        const out: Row[] = Array.from({ length: already }, (_, i) => ['old', i]);
        const marks = new Float64Array(already + rows.length + 1).fill(NaN);
        const max = scan(rows, null, out, null, marks);
        const expected = reference(wm, (r) => r[0] === 2, rows);
        assert.equal(max, expected.max);
        const kept = rows.filter((r) => r[0] === 2);
        assert.deepEqual(out, [
          ...Array.from({ length: already }, (_, i) => ['old', i]),
          ...kept.map((r) => [r[1], r[0]]),
        ]);
        assert.equal(out.length, already + kept.length);
        assert.deepEqual(Array.from(marks.subarray(already, already + kept.length)), expected.marks);
      },
    ),
    { numRuns: 300 },
  );
});

test('a scan batch that fails keeps only the rows it kept in `out`', () => {
  const T = timestampType(3, true);
  const div = call('/', [lit(10, I), ref(0, I)], I, '10 / a');
  const scan = compileScanBatch([div], null, { expr: ref(1, T), toMillis }, ctx);
  const out: Row[] = [];
  assert.throws(() =>
    scan(
      [
        [1, 5],
        [0, 6],
        [2, 7],
      ],
      null,
      out,
      null,
    ),
  );
  assert.deepEqual(out, [[10]]);
});
