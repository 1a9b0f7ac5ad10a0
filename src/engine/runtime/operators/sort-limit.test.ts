/**
 * SortLimit (Flink's AppendOnlyTopNFunction without rank number): +I / -D as rows enter and
 * leave the top without OFFSET; -U / +U per shifted position and +I for a new one with OFFSET;
 * a row no better than the worst of a full top is ignored; applying the changelog always gives
 * the batch answer (property).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { intType } from '../../../types/logical-type.js';
import { ROW_KIND_TEXT, type Batch } from '../batch.js';
import { SimpleMetrics, type OperatorContext } from '../operator.js';
import { InMemoryStateBackend } from '../state/keyed-state.js';
import { SortLimitOperator } from './sort-limit.js';

/** Runs changes `[value, arrival, kind]` (kind 0 insert, 3 delete) through a SortLimit. */
function runChanges(changes: [number, number, number][], offset: number, fetch: number): string[] {
  const out: string[] = [];
  const op = new SortLimitOperator(
    [{ index: 0, type: intType(), descending: false, nullsFirst: true }],
    offset,
    fetch,
    true,
    true,
  );
  op.open({
    output: {
      emit: (b: Batch) =>
        b.rows.forEach((r, i) =>
          out.push(`${ROW_KIND_TEXT[b.kinds?.[i] ?? 0]} ${String(r[0])}/${String(r[1])}`),
        ),
      emitWatermark: () => undefined,
    },
    state: new InMemoryStateBackend(),
    metrics: new SimpleMetrics(),
    operatorId: 'sort-limit-2',
    requestFinish: () => undefined,
  });
  for (const [v, i, k] of changes) op.processBatch({ rows: [[v, i]], kinds: [k as 0 | 3] });
  return out;
}

function run(values: number[], offset: number, fetch: number, descending = false): string[] {
  const out: string[] = [];
  const op = new SortLimitOperator(
    [{ index: 0, type: intType(), descending, nullsFirst: !descending }],
    offset,
    fetch,
  );
  const ctx: OperatorContext = {
    output: {
      emit: (b: Batch) =>
        b.rows.forEach((r, i) =>
          out.push(`${ROW_KIND_TEXT[b.kinds?.[i] ?? 0]} ${String(r[0])}/${String(r[1])}`),
        ),
      emitWatermark: () => undefined,
    },
    state: new InMemoryStateBackend(),
    metrics: new SimpleMetrics(),
    operatorId: 'sort-limit-1',
    requestFinish: () => undefined,
  };
  op.open(ctx);
  values.forEach((v, i) => op.processBatch({ rows: [[v, i]], kinds: null }));
  return out;
}

/** Applies a changelog (rows are `value/arrival`) and returns the remaining rows. */
function materialize(changes: string[]): string[] {
  const rows: string[] = [];
  for (const c of changes) {
    const [kind, row] = c.split(' ') as [string, string];
    if (kind === '+I' || kind === '+U') rows.push(row);
    else rows.splice(rows.indexOf(row), 1);
  }
  return rows.sort();
}

test('without OFFSET: the new row is inserted and the one it pushes out deleted', () => {
  assert.deepEqual(run([5, 3, 4, 1, 9], 0, 2), ['+I 5/0', '+I 3/1', '-D 5/0', '+I 4/2', '-D 4/2', '+I 1/3']);
  // Equal to the worst of a full top: not in range (Flink's checkSortKeyInBufferRange).
  assert.deepEqual(run([2, 2, 2], 0, 1), ['+I 2/0']);
  assert.deepEqual(run([1, 3, 2], 0, 2, true), ['+I 1/0', '+I 3/1', '-D 1/0', '+I 2/2']);
});

test('with OFFSET: updates per shifted position of the rank window, inserts while it fills', () => {
  assert.deepEqual(run([5, 3, 4, 1], 1, 2), [
    '+I 5/0',
    '-U 5/0',
    '+U 4/2',
    '+I 5/0',
    '-U 4/2',
    '+U 3/1',
    '-U 5/0',
    '+U 4/2',
  ]);
});

test('property: the changelog materializes to the batch ORDER BY … LIMIT … OFFSET answer', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }),
      fc.nat(4),
      fc.integer({ min: 1, max: 5 }),
      (values, offset, fetch) => {
        // Stable sort: equal values keep arrival order, as Flink's buffer does.
        const expected = values
          .map((v, i) => ({ v, i }))
          .sort((a, b) => a.v - b.v || a.i - b.i)
          .slice(offset, offset + fetch)
          .map((x) => `${x.v}/${x.i}`)
          .sort();
        assert.deepEqual(materialize(run(values, offset, fetch)), expected);
      },
    ),
  );
});

test('over an updating input: a retraction in the window lets the next row in (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.boolean()), { maxLength: 40 }),
      fc.nat(3),
      fc.integer({ min: 1, max: 4 }),
      (steps, offset, fetch) => {
        // Inserts, and deletes of a live row (the oldest with that value), as an aggregate retracts.
        const live: { v: number; i: number }[] = [];
        const changes: [number, number, number][] = [];
        steps.forEach(([v, del], i) => {
          const at = live.findIndex((x) => x.v === v);
          if (del && at >= 0) {
            const [x] = live.splice(at, 1);
            changes.push([x!.v, x!.i, 3]);
          } else {
            live.push({ v, i });
            changes.push([v, i, 0]);
          }
        });
        const expected = live
          .slice()
          .sort((a, b) => a.v - b.v || a.i - b.i)
          .slice(offset, offset + fetch)
          .map((x) => `${x.v}/${x.i}`)
          .sort();
        assert.deepEqual(materialize(runChanges(changes, offset, fetch)), expected);
      },
    ),
  );
});

test('over an updating input: exact RetractableTopNFunction changelogs, ties in arrival order', () => {
  // A retraction removes the first of equal rows: the one in the window, so the second moves up.
  assert.deepEqual(
    runChanges(
      [
        [5, 0, 0],
        [5, 0, 0],
        [5, 0, 3],
      ],
      0,
      1,
    ),
    ['+I 5/0', '-D 5/0', '+I 5/0'],
  );
  // Without OFFSET: -D for the row pushed out before +I for the new one.
  assert.deepEqual(
    runChanges(
      [
        [5, 0, 0],
        [7, 1, 0],
        [3, 2, 0],
        [5, 0, 3],
      ],
      0,
      2,
    ),
    ['+I 5/0', '+I 7/1', '-D 7/1', '+I 3/2', '-D 5/0', '+I 7/1'],
  );
  // With OFFSET: the row-number algorithm, -U / +U per rank of the window that changes.
  assert.deepEqual(
    runChanges(
      [
        [5, 0, 0],
        [7, 1, 0],
        [3, 2, 0],
        [3, 2, 3],
      ],
      1,
      2,
    ),
    ['+I 7/1', '-U 7/1', '+U 5/0', '+I 7/1', '-U 5/0', '+U 7/1', '-D 7/1'],
  );
});

test('UpdateFastStrategy: upserts by key update in place, a better new key pushes the last out', () => {
  const out: string[] = [];
  // Sort by value descending, upsert key = field 1 (the arrival id stands for the group key).
  const op = new SortLimitOperator(
    [{ index: 0, type: intType(), descending: true, nullsFirst: false }],
    0,
    2,
    true,
    true,
    [1],
  );
  op.open({
    output: {
      emit: (b: Batch) =>
        b.rows.forEach((r, i) =>
          out.push(`${ROW_KIND_TEXT[b.kinds?.[i] ?? 0]} ${String(r[0])}/${String(r[1])}`),
        ),
      emitWatermark: () => undefined,
    },
    state: new InMemoryStateBackend(),
    metrics: new SimpleMetrics(),
    operatorId: 'sort-limit-fast',
    requestFinish: () => undefined,
  });
  const feed: [number, number, 0 | 2][] = [
    [3, 1, 0],
    [2, 2, 0],
    [3, 2, 2], // key 2 improves to 3: ties with key 1, stays behind it
    [3, 3, 0], // ties with the worst and the top is full: stays out
    [4, 3, 2], // now better than the worst: key 2 leaves
  ];
  for (const [v, k, kind] of feed) op.processBatch({ rows: [[v, k]], kinds: [kind] });
  assert.deepEqual(out, ['+I 3/1', '+I 2/2', '-U 2/2', '+U 3/2', '-D 3/2', '+I 4/3']);
});
