/**
 * ChangelogNormalize: first value of a key → +I, a changed one → -U old / +U new, the same row
 * again → nothing, a delete (possibly with only the key set) → -D with the full old row, a
 * delete of an absent key → nothing; without update-before only +U; watermarks pass through.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROW_KIND_TEXT, type Batch, type RowKind } from '../batch.js';
import { SimpleMetrics, type OperatorContext } from '../operator.js';
import { InMemoryStateBackend } from '../state/keyed-state.js';
import { ChangelogNormalizeOperator } from './changelog-normalize.js';

function harness(generateUpdateBefore: boolean): {
  push(rows: unknown[][], kinds: RowKind[] | null): void;
  out: string[];
  watermarks: number[];
} {
  const out: string[] = [];
  const watermarks: number[] = [];
  const op = new ChangelogNormalizeOperator({ keys: [0], generateUpdateBefore });
  const ctx: OperatorContext = {
    output: {
      emit: (b: Batch) =>
        b.rows.forEach((r, i) => out.push(`${ROW_KIND_TEXT[b.kinds?.[i] ?? 0]}${JSON.stringify(r)}`)),
      emitWatermark: (w) => watermarks.push(w),
    },
    state: new InMemoryStateBackend(),
    metrics: new SimpleMetrics(),
    operatorId: 'normalize-1',
    requestFinish: () => undefined,
  };
  op.open(ctx);
  return {
    push: (rows, kinds) => {
      op.processBatch({ rows, kinds });
      op.onWatermark(rows.length);
    },
    out,
    watermarks,
  };
}

test('upserts and deletes by key become a proper changelog', () => {
  const h = harness(true);
  h.push(
    [
      ['a', 1],
      ['b', 2],
      ['a', 3],
      ['a', 3],
      ['b', null],
      ['b', null],
      ['c', 9],
    ],
    [2, 2, 2, 2, 3, 3, 2],
  );
  assert.deepEqual(h.out, ['+I["a",1]', '+I["b",2]', '-U["a",1]', '+U["a",3]', '-D["b",2]', '+I["c",9]']);
  // A key deleted and upserted again starts over with +I.
  h.push([['b', 5]], [2]);
  assert.equal(h.out.at(-1), '+I["b",5]');
  assert.deepEqual(h.watermarks, [7, 1]);
});

test('without update-before only +U follows; inserts (null kinds) count as upserts', () => {
  const h = harness(false);
  h.push(
    [
      ['k', 1],
      ['k', 2],
    ],
    null,
  );
  assert.deepEqual(h.out, ['+I["k",1]', '+U["k",2]']);
  h.push([['k', 2]], [1]); // -U retracts the key like a delete
  assert.deepEqual(h.out.at(-1), '-D["k",2]');
});
