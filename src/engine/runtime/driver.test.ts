/**
 * The driver's watermark cut inside a batch (Flink's WatermarkAssignerOperator: a watermark more
 * than `pipeline.auto-watermark-interval` ahead goes out right after the row that moved it, so
 * the rows behind it are late for what follows). The driver finds those rows by binary search
 * over the running maximum; the property test checks it against the per-row rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Source, SourceBatch } from '../../connectors/api.js';
import type { Batch, Row, RowKind } from './batch.js';
import { runPipeline, type Pipeline, type PipelineSink } from './driver.js';
import { MAX_WATERMARK, type Operator, type OperatorContext } from './operator.js';
import { InMemoryStateBackend } from './state/keyed-state.js';

type Event = { rows: number[] } | { wm: number };

/** A one-split source handing out `batches` of event times. */
function source(batches: number[][]): Source {
  return {
    bounded: true,
    splits: async () => [
      {
        id: 's0',
        open: async () => {
          let i = 0;
          return {
            next: async (): Promise<SourceBatch | null> =>
              i < batches.length ? { rows: batches[i++]!.map((t) => [t]) } : null,
            close: async () => {},
          };
        },
      },
    ],
  };
}

/** Passes batches on and records the watermarks it receives. */
class Probe implements Operator {
  readonly name = 'Probe';
  private ctx!: OperatorContext;
  constructor(private readonly events: Event[]) {}
  stateTables(): [] {
    return [];
  }
  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }
  processBatch(b: Batch): void {
    this.ctx.output.emit(b);
  }
  onWatermark(wm: number): void {
    this.events.push({ wm });
  }
  finish(): void {}
  restore(): void {}
  close(): void {}
  display(): string {
    return 'Probe';
  }
}

/** Runs the event times through a scan with watermark `t - delay` and an interval, recording what comes out. */
async function run(batches: number[][], intervalMs: number, delay: number): Promise<Event[]> {
  const events: Event[] = [];
  const sink: PipelineSink = {
    accept: (b: Batch) => events.push({ rows: b.rows.map((r) => r[0] as number) }),
    flush: async () => {},
    close: async () => {},
  };
  const pipeline: Pipeline = {
    sources: [
      {
        id: 'scan',
        source: source(batches),
        prepare: null,
        watermark: (row: Row) => (row[0] as number) - delay,
        // As compiled by expr/compile.ts: marks[k] is the running maximum before output row k.
        prepareWithWatermark: (rows, _kinds, out: Row[], _outKinds: RowKind[] | null, marks) => {
          let wm = -Infinity;
          for (const row of rows) {
            const pw = wm;
            const w = (row[0] as number) - delay;
            if (w > wm) wm = w;
            if (marks !== null) marks[out.length] = pw;
            out.push(row);
          }
          return wm;
        },
        idleTimeoutMs: 0,
        watermarkIntervalMs: intervalMs,
        targets: [{ kind: 'op', index: 0, input: 0 }],
      },
    ],
    operators: [{ id: 'probe', op: new Probe(events), targets: [{ kind: 'sink', index: 0 }] }],
    sinks: [sink],
  };
  // A clock that never moves: watermarks go out only by being more than the interval ahead.
  await runPipeline(pipeline, { state: new InMemoryStateBackend(), now: () => 0 });
  return events;
}

/** The per-row rule the driver implemented before (the reference). */
function reference(batches: number[][], intervalMs: number, delay: number): Event[] {
  const events: Event[] = [];
  let emitted = -Infinity;
  let split = -Infinity;
  const advance = (): number | null => {
    if (split <= emitted || !(split - emitted > intervalMs)) return null;
    emitted = split;
    return split;
  };
  for (const batch of batches) {
    if (batch.length === 0) continue;
    const marks: number[] = [];
    let wm = -Infinity;
    for (const t of batch) {
      marks.push(wm);
      wm = Math.max(wm, t - delay);
    }
    let rows = batch;
    if (wm > emitted + intervalMs) {
      let start = 0;
      for (let k = 0; k < rows.length; k++) {
        if (marks[k]! <= emitted + intervalMs) continue;
        split = Math.max(split, marks[k]!);
        const w = advance();
        if (w === null) continue;
        if (k > start) events.push({ rows: rows.slice(start, k) });
        events.push({ wm: w });
        start = k;
      }
      rows = rows.slice(start);
    }
    split = Math.max(split, wm);
    events.push({ rows });
    const w = advance();
    if (w !== null) events.push({ wm: w });
  }
  events.push({ wm: MAX_WATERMARK });
  return events;
}

test('a watermark more than the interval ahead is emitted right after the row that moved it', async () => {
  // Watermark = event time, interval 200 ms, one batch. Row 0 moves the watermark from nothing
  // to 0: out right after it. 100 and 200 are not more than 200 ahead of 0; 300 is.
  const events = await run([[0, 100, 200, 300, 400, 500]], 200, 0);
  assert.deepEqual(events, [
    { rows: [0] },
    { wm: 0 },
    { rows: [100, 200, 300] },
    { wm: 300 },
    // 500 is exactly 200 ahead of 300, not more: it waits for the end of input.
    { rows: [400, 500] },
    { wm: MAX_WATERMARK },
  ]);
});

test('the in-batch cuts equal the per-row rule (property)', async () => {
  const seed = Date.now() % 2 ** 31;
  process.stdout.write(`# driver watermark property seed ${seed}\n`);
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 40 }), { maxLength: 8 }),
      fc.integer({ min: 0, max: 600 }),
      fc.integer({ min: 0, max: 300 }),
      async (batches, interval, delay) => {
        assert.deepEqual(await run(batches, interval, delay), reference(batches, interval, delay));
      },
    ),
    { seed, numRuns: 300 },
  );
});
