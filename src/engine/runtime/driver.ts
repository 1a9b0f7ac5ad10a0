/**
 * Runs a pipeline: pulls batches from source splits (the only awaits besides sink writes),
 * pushes each batch synchronously through the operator graph, advances watermarks per split,
 * and ends bounded inputs with a final watermark so every window fires. A LIMIT that has its
 * rows asks the driver to finish early.
 */
import type { Source, SplitReader } from '../../connectors/api.js';
import { EddyError, ExecutionError } from '../../common/errors.js';
import type { Batch, Row, RowKind } from './batch.js';
import {
  MAX_WATERMARK,
  SimpleMetrics,
  type Operator,
  type OperatorContext,
  type Output,
} from './operator.js';
import type { KeyedStateBackend } from './state/keyed-state.js';
import { SourceWatermarks } from './watermark.js';

/** Where a node's output goes: an operator's input, or a sink. */
export type Target =
  | { readonly kind: 'op'; readonly index: number; readonly input: number }
  | { readonly kind: 'sink'; readonly index: number };

/** A scan of a table: reads splits, computes derived columns and the watermark. */
export interface SourceNode {
  readonly id: string;
  readonly source: Source;
  /**
   * Turns connector rows into the scan's rows (computed columns, pushed-down projections and
   * filters: null drops the row); null = rows as the connector gives them.
   */
  readonly prepare: ((row: Row) => Row | null) | null;
  /** `prepare` over a whole batch (appends the kept rows to `out`), when compiled so. */
  readonly prepareBatch?: (
    rows: readonly Row[],
    kinds: readonly RowKind[] | null,
    out: Row[],
    outKinds: RowKind[] | null,
    marks?: null,
  ) => void;
  /**
   * The watermark expression in ms over the connector's row (null result = no watermark). The
   * driver runs it through `prepareWithWatermark`, which plan/build.ts always sets beside it.
   */
  readonly watermark: ((row: Row) => number | null) | null;
  /**
   * `prepareBatch` and `watermark` as one compiled loop (returns the batch's largest watermark
   * value, -Infinity for none); when given, the driver uses it instead of the two. `marks[k]`
   * receives the largest watermark value of the input rows before output row k's own.
   */
  readonly prepareWithWatermark?: (
    rows: readonly Row[],
    kinds: readonly RowKind[] | null,
    out: Row[],
    outKinds: RowKind[] | null,
    marks: Float64Array | null,
  ) => number;
  /**
   * `SOURCE_WATERMARK()`: the connector computes each split's watermark and hands it over with
   * the batches (SourceBatch.watermark) instead of an expression per row.
   */
  readonly sourceWatermark?: boolean;
  readonly idleTimeoutMs: number;
  /** `pipeline.auto-watermark-interval` in ms (Flink's default 200; 0 = every advance). */
  readonly watermarkIntervalMs?: number;
  readonly targets: readonly Target[];
}

/** An operator and where its output goes. */
export interface OperatorNode {
  readonly id: string;
  readonly op: Operator;
  readonly targets: readonly Target[];
}

/** The end of a pipeline: receives batches synchronously, writes them out asynchronously. */
export interface PipelineSink {
  accept(batch: Batch): void;
  /** Writes what was accepted (called after each source batch; the back-pressure point). */
  flush(): Promise<void>;
  /** Every input ended (or the query finished): write the rest and release. */
  close(): Promise<void>;
}

/** A runnable graph. Operators are in topological order (inputs before consumers). */
export interface Pipeline {
  readonly sources: readonly SourceNode[];
  readonly operators: readonly OperatorNode[];
  readonly sinks: readonly PipelineSink[];
}

/** Options of {@link runPipeline}. */
export interface RunOptions {
  readonly state: KeyedStateBackend;
  readonly signal?: AbortSignal;
  /** Rows asked of a split per pull. */
  readonly batchSize?: number;
  /** Wait between pulls when every unbounded split had nothing (ms). */
  readonly idlePollMs?: number;
  readonly now?: () => number;
}

/** Counters of a finished run. */
export interface RunResult {
  metrics: Record<string, number>;
  /** True when a LIMIT ended the query before its inputs ended. */
  finishedEarly: boolean;
}

interface ActiveSplit {
  source: number;
  id: string;
  reader: SplitReader;
}

/**
 * The first index k in [from, to) with min(marks[k], cap) > threshold, or `to` when none;
 * `marks` must be non-decreasing over [from, to).
 */
function firstAbove(marks: Float64Array, from: number, to: number, cap: number, threshold: number): number {
  if (cap <= threshold) return to;
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid]! > threshold) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Runs `pipeline` to its end (bounded inputs, LIMIT reached, or abort). */
export async function runPipeline(pipeline: Pipeline, options: RunOptions): Promise<RunResult> {
  const metrics = new SimpleMetrics();
  const now = options.now ?? Date.now;
  let finishRequested = false;
  const { sources, operators, sinks } = pipeline;
  // A LIMIT that has its rows stops the sources whose every path leads through a satisfied
  // LIMIT (a LIMIT in one branch of a UNION ALL must not cut the other branch off); the query
  // finishes early when that is every source.
  const satisfied = new Set<number>();
  const stopped = new Set<number>();
  const leadsNowhere = (t: Target): boolean =>
    t.kind === 'op' && (satisfied.has(t.index) || operators[t.index]!.targets.every(leadsNowhere));
  const limitReached = (opIndex: number): void => {
    satisfied.add(opIndex);
    sources.forEach((s, i) => {
      if (s.targets.every(leadsNowhere)) stopped.add(i);
    });
    if (stopped.size === sources.length) finishRequested = true;
  };

  const route = (targets: readonly Target[]): Output => ({
    emit(batch) {
      for (const t of targets) {
        if (t.kind === 'op') operators[t.index]!.op.processBatch(batch, t.input);
        else sinks[t.index]!.accept(batch);
      }
    },
    emitWatermark(wm) {
      for (const t of targets) if (t.kind === 'op') operators[t.index]!.op.onWatermark(wm, t.input);
    },
  });

  const opened: Operator[] = [];
  const readers: ActiveSplit[] = [];
  try {
    for (const [opIndex, node] of operators.entries()) {
      const ctx: OperatorContext = {
        output: route(node.targets),
        state: options.state,
        metrics,
        operatorId: node.id,
        requestFinish: () => limitReached(opIndex),
      };
      node.op.open(ctx);
      opened.push(node.op);
    }
    const outputs = sources.map((s) => route(s.targets));
    const marks = sources.map((s) => new SourceWatermarks(s.idleTimeoutMs, s.watermarkIntervalMs ?? 0));
    let rowMarks = new Float64Array(0);
    for (let i = 0; i < sources.length; i++) {
      for (const split of await sources[i]!.source.splits()) {
        marks[i]!.addSplit(split.id, now());
        readers.push({ source: i, id: split.id, reader: await split.open() });
      }
      const w = marks[i]!.advance(now()); // a source without splits is finished at once
      if (w !== null) outputs[i]!.emitWatermark(w);
    }
    const batchSize = options.batchSize ?? 1024;
    let active = readers.slice();
    while (active.length > 0 && !finishRequested) {
      if (options.signal?.aborted) break;
      let gotRows = false;
      const still: ActiveSplit[] = [];
      for (const a of active) {
        if (finishRequested) break;
        const node = sources[a.source]!;
        const m = marks[a.source]!;
        if (stopped.has(a.source)) {
          // Nothing downstream wants more: the split ends here (and holds no watermark back).
          m.finish(a.id);
          const w = m.advance(now());
          if (w !== null) outputs[a.source]!.emitWatermark(w);
          continue;
        }
        const b = await a.reader.next(batchSize);
        if (b === null) {
          m.finish(a.id);
        } else {
          still.push(a);
          if (node.sourceWatermark === true && b.watermark !== undefined) m.observe(a.id, b.watermark, now());
          if (b.rows.length === 0) {
            if (b.idle === true) m.markIdle(a.id);
            else m.nothing(a.id, now());
          } else {
            gotRows = true;
            metrics.inc('numRecordsIn', b.rows.length);
            m.active(a.id, now());
            let rows = b.rows;
            // Change kinds of upsert / retract sources travel with their rows.
            let kinds = (b.kinds ?? null) as RowKind[] | null;
            // The watermark sees every row the connector read, before any pushed-down filter.
            if (node.prepareWithWatermark !== undefined) {
              const t = now();
              rows = [];
              const outKinds: RowKind[] | null = kinds === null ? null : [];
              if (rowMarks.length < b.rows.length) rowMarks = new Float64Array(b.rows.length * 2);
              const max = node.prepareWithWatermark(b.rows, kinds, rows, outKinds, rowMarks);
              kinds = outKinds;
              // Flink's assigner emits a watermark after any row that moves it more than the
              // interval ahead: rows behind it are late for what follows in the same batch.
              if (max > m.current + m.intervalMs && rows.length > 0) {
                const cap = m.othersMin(a.id);
                let start = 0;
                // rowMarks is a running maximum (non-decreasing), so the rows that move the
                // watermark are found by binary search instead of a test per row.
                let k = firstAbove(rowMarks, 0, rows.length, cap, m.current + m.intervalMs);
                while (k < rows.length) {
                  m.observe(a.id, rowMarks[k]!, t);
                  const w = m.advance(t);
                  if (w !== null) {
                    if (k > start)
                      outputs[a.source]!.emit({
                        rows: rows.slice(start, k),
                        kinds: kinds === null ? null : kinds.slice(start, k),
                      });
                    outputs[a.source]!.emitWatermark(w);
                    start = k;
                  }
                  k = firstAbove(rowMarks, k + 1, rows.length, cap, m.current + m.intervalMs);
                }
                if (start > 0) {
                  rows = rows.slice(start);
                  if (kinds !== null) kinds = kinds.slice(start);
                }
              }
              if (max > -Infinity) m.observe(a.id, max, t);
            }
            if (node.prepareWithWatermark !== undefined) {
              // rows and kinds were prepared with the watermark, above
            } else if (node.prepareBatch !== undefined) {
              rows = [];
              const outKinds: RowKind[] | null = kinds === null ? null : [];
              node.prepareBatch(b.rows, kinds, rows, outKinds, null);
              kinds = outKinds;
            } else if (node.prepare !== null) {
              const prep = node.prepare;
              rows = [];
              const inKinds = kinds;
              kinds = inKinds === null ? null : [];
              for (let j = 0; j < b.rows.length; j++) {
                const x = prep(b.rows[j]!);
                if (x !== null) {
                  rows.push(x);
                  if (inKinds !== null) kinds!.push(inKinds[j]!);
                }
              }
            }
            if (rows.length > 0) outputs[a.source]!.emit({ rows, kinds });
          }
        }
        const w = m.advance(now());
        if (w !== null) outputs[a.source]!.emitWatermark(w);
        for (const s of sinks) await s.flush();
      }
      active = finishRequested ? active : still;
      if (!gotRows && active.length > 0 && !finishRequested) {
        await new Promise((r) => setTimeout(r, options.idlePollMs ?? 50));
      }
    }
    if (!finishRequested && !options.signal?.aborted) {
      // Bounded inputs ended: the final watermark fires every remaining window.
      for (let i = 0; i < sources.length; i++) {
        if (marks[i]!.current < MAX_WATERMARK) outputs[i]!.emitWatermark(MAX_WATERMARK);
      }
      for (const node of operators) node.op.finish();
    }
    for (const s of sinks) await s.close();
    return { metrics: metrics.snapshot(), finishedEarly: finishRequested };
  } catch (err) {
    if (err instanceof EddyError) throw err;
    throw new ExecutionError(`query failed: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  } finally {
    for (const a of readers) await a.reader.close().catch(() => undefined);
    for (const op of opened) op.close();
  }
}
