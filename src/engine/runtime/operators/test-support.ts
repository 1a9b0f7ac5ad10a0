/**
 * Test support: opens an operator with an in-memory state backend and collects what it emits
 * (each row with its kind's text, copied, since operators may reuse their output arrays).
 */
import { ROW_KIND_TEXT, type Batch, type Row } from '../batch.js';
import { SimpleMetrics, type Operator, type OperatorContext } from '../operator.js';
import { InMemoryStateBackend } from '../state/keyed-state.js';

export interface CollectedOutput {
  readonly out: [string, Row][];
  readonly watermarks: number[];
}

export function openCollecting(op: Operator, operatorId = 'agg'): CollectedOutput {
  const out: [string, Row][] = [];
  const watermarks: number[] = [];
  const ctx: OperatorContext = {
    output: {
      emit: (b: Batch) =>
        b.rows.forEach((r, i) => out.push([ROW_KIND_TEXT[b.kinds === null ? 0 : b.kinds[i]!], [...r]])),
      emitWatermark: (w) => watermarks.push(w),
    },
    state: new InMemoryStateBackend(),
    metrics: new SimpleMetrics(),
    operatorId,
    requestFinish: () => undefined,
  };
  op.open(ctx);
  return { out, watermarks };
}
