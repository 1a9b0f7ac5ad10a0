/**
 * Row reuse between a scan and operators that keep nothing of their input rows
 * (`inputRowsReusable`): the compiled scan writes each batch into the same arrays, and what the
 * operators see is the same as with a fresh array per row; any other target turns reuse off.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Source, SourceBatch } from '../../connectors/api.js';
import { bigintType, booleanType, intType, stringType, timestampType } from '../../types/index.js';
import type { Batch, Row } from './batch.js';
import { runPipeline, targetsReuseRows, type OperatorNode, type Pipeline, type Target } from './driver.js';
import { compileCalcBatch, compileScanBatch } from './expr/compile.js';
import { BUILTIN_FUNCTIONS } from './functions/registry.js';
import type { Operator, OperatorContext } from './operator.js';
import { call, lit, ref } from './plan/expr.js';
import { encodeValue } from './plan/encode-value.js';
import { InMemoryStateBackend } from './state/keyed-state.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const TS = timestampType(3);

/** A one-split source handing out `batches`. */
function source(batches: Row[][]): Source {
  return {
    bounded: true,
    splits: async () => [
      {
        id: 's0',
        open: async () => {
          let i = 0;
          return {
            next: async (): Promise<SourceBatch | null> =>
              i < batches.length ? { rows: batches[i++]! } : null,
            close: async () => {},
          };
        },
      },
    ],
  };
}

/** Copies each input row's values (as an aggregation keeps keys and values), and each row array seen. */
class Copier implements Operator {
  readonly name = 'Copier';
  readonly copies: unknown[][] = [];
  readonly arrays = new Set<Row>();
  constructor(readonly inputRowsReusable: boolean) {}
  stateTables(): [] {
    return [];
  }
  open(_ctx: OperatorContext): void {}
  processBatch(b: Batch): void {
    for (const r of b.rows) {
      this.copies.push([...r]);
      this.arrays.add(r);
    }
  }
  onWatermark(): void {}
  finish(): void {}
  restore(): void {}
  close(): void {}
  display(): string {
    return 'Copier';
  }
}

/**
 * Nexmark-shaped scan (event_type INT, ts TIMESTAMP, price BIGINT, channel VARCHAR): keeps
 * bids (event_type = 2), projects price, DATE_FORMAT(ts), price < 10000 and channel.
 */
function pipeline(batches: Row[][], ops: Copier[]): Pipeline {
  const scan = compileScanBatch(
    [
      ref(2, bigintType()),
      call('DATE_FORMAT', [ref(1, TS), lit('yyyy-MM-dd HH', stringType(false))], stringType(false)),
      call('<', [ref(2, bigintType()), lit(encodeValue(10000n), bigintType(false))], booleanType()),
      ref(3, stringType()),
    ],
    call('=', [ref(0, intType()), lit(2, intType(false))], booleanType()),
    { expr: ref(1, TS), toMillis: (v) => Number(v) },
    ctx,
  );
  return {
    sources: [
      {
        id: 'scan',
        source: source(batches),
        prepare: null,
        watermark: (row: Row) => row[1] as number,
        prepareWithWatermark: scan,
        idleTimeoutMs: 0,
        targets: ops.map((_, i) => ({ kind: 'op', index: i, input: 0 }) as const),
      },
    ],
    operators: ops.map((op, i) => ({ id: `op${i}`, op, targets: [] })),
    sinks: [],
  };
}

const row = fc.tuple(
  fc.constantFrom(0, 1, 2, 2, 2),
  fc.integer({ min: 0, max: 2 * 86_400_000 }),
  fc.bigInt({ min: 0n, max: 20_000n }),
  fc.option(fc.constantFrom('apple', 'google', 'x'), { nil: null }),
);

test('a scan into operators that keep nothing of their rows reuses the row arrays, same values', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(row, { maxLength: 40 }), { maxLength: 12 }), async (batches) => {
      const reusing = new Copier(true);
      const fresh = new Copier(false);
      await runPipeline(pipeline(batches, [reusing]), { state: new InMemoryStateBackend() });
      await runPipeline(pipeline(batches, [fresh]), { state: new InMemoryStateBackend() });
      assert.deepEqual(reusing.copies, fresh.copies);
      // At most as many arrays as the largest batch's output, instead of one per row.
      const largest = Math.max(0, ...batches.map((b) => b.filter((r) => r[0] === 2).length));
      assert.ok(reusing.arrays.size <= largest, `${reusing.arrays.size} arrays for batches of ${largest}`);
      assert.equal(fresh.arrays.size, fresh.copies.length);
    }),
    { numRuns: 150 },
  );
});

test('one target that may keep rows (or a sink) turns reuse off', async () => {
  const batches: Row[][] = [[[2, 1000, 5n, 'a']], [[2, 2000, 50_000n, 'b']]];
  const a = new Copier(true);
  const b = new Copier(false);
  await runPipeline(pipeline(batches, [a, b]), { state: new InMemoryStateBackend() });
  assert.equal(b.arrays.size, 2);
  assert.deepEqual(b.copies, [
    [5n, '1970-01-01 00', true, 'a'],
    [50_000n, '1970-01-01 00', false, 'b'],
  ]);
  const ops: OperatorNode[] = [
    { id: 'x', op: new Copier(true), targets: [] },
    { id: 'y', op: new Copier(false), targets: [] },
  ];
  const op = (index: number): Target => ({ kind: 'op', index, input: 0 });
  assert.equal(targetsReuseRows([op(0)], ops), true);
  assert.equal(targetsReuseRows([op(0), op(1)], ops), false);
  assert.equal(targetsReuseRows([op(0), { kind: 'sink', index: 0 }], ops), false);
  assert.equal(targetsReuseRows([], ops), false);
});

test('the compiled Calc batch (no watermark) fills the pool the same way', () => {
  const calc = compileCalcBatch(
    [
      ref(1, bigintType()),
      call('<', [ref(1, bigintType()), lit(encodeValue(100n), bigintType(false))], booleanType()),
    ],
    call('=', [ref(0, intType()), lit(2, intType(false))], booleanType()),
    ctx,
  );
  const pool: Row[] = [];
  const batches: Row[][] = [
    [
      [2, 5n],
      [1, 7n],
      [2, 500n],
    ],
    [[2, 50n]],
    [
      [2, null],
      [2, 100n],
      [2, 99n],
    ],
  ];
  const seen: unknown[][] = [];
  for (const rows of batches) {
    const pooled: Row[] = [];
    const fresh: Row[] = [];
    calc(rows, null, pooled, null, null, pool);
    calc(rows, null, fresh, null);
    assert.deepEqual(pooled, fresh);
    pooled.forEach((r, k) => assert.equal(r, pool[k]));
    seen.push(...pooled.map((r) => [...r]));
  }
  assert.equal(pool.length, 3);
  assert.deepEqual(seen, [
    [5n, true],
    [500n, false],
    [50n, true],
    [null, null],
    [100n, false],
    [99n, true],
  ]);
});
