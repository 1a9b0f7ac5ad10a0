import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExecutionError, type Span } from '../../../common/errors.js';
import { booleanType, intType } from '../../../types/index.js';
import { DELETE, INSERT, type Row, type RowKind } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileCalc, compileCalcBatch } from './compile.js';

const SPAN: Span = {
  start: { line: 1, column: 11, offset: 10 },
  end: { line: 1, column: 16, offset: 15 },
};
const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const I = intType(true);
// SELECT a, 10 / b WHERE a > 1
const projects: RexExpr[] = [ref(0, I), { ...call('/', [lit(10, I), ref(1, I)], I, '10 / b'), span: SPAN }];
const condition = call('>', [ref(0, I), lit(1, I)], booleanType(true));

test('a batch Calc gives the per-row Calc results and carries change kinds', () => {
  const rows: Row[] = [
    [1, 1],
    [2, 5],
    [null, 1],
    [3, null],
    [4, 2],
  ];
  const kinds: RowKind[] = [INSERT, DELETE, INSERT, DELETE, INSERT];
  const perRow = compileCalc(projects, condition, ctx);
  const batch = compileCalcBatch(projects, condition, ctx);
  const expected = rows.map(perRow).filter((r) => r !== null);
  const out: Row[] = [];
  batch(rows, null, out, null);
  assert.deepEqual(out, expected);
  assert.deepEqual(expected, [
    [2, 2],
    [3, null],
    [4, 5],
  ]);
  const out2: Row[] = [];
  const outKinds: RowKind[] = [];
  batch(rows, kinds, out2, outKinds);
  assert.deepEqual(out2, expected);
  assert.deepEqual(outKinds, [DELETE, DELETE, INSERT]);
});

test('a batch Calc error names the failing expression, as the per-row Calc does', () => {
  const batch = compileCalcBatch(projects, condition, ctx);
  const rows: Row[] = [
    [2, 1],
    [5, 0],
  ];
  assert.throws(
    () => batch(rows, null, [], null),
    (err: unknown) => {
      assert.ok(err instanceof ExecutionError, String(err));
      assert.deepEqual(err.props['span'], SPAN);
      return true;
    },
  );
});
