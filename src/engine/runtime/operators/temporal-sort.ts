/**
 * ORDER BY an ascending event-time attribute (Flink's RowTimeSortOperator): rows are buffered
 * until the watermark passes their time, then emitted in time order (rows with equal times in
 * the order of the secondary sort keys, then in arrival order). A row at or before the current
 * watermark is late: dropped and counted.
 */
import { ExecutionError } from '../../../common/errors.js';
import type { Batch, Row } from '../batch.js';
import { MIN_WATERMARK, type Operator, type OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';
import type { TimeCodec } from './window-table-function.js';

/** A secondary sort key. */
export interface SortKey {
  readonly index: number;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const x = BigInt(a as bigint);
    const y = BigInt(b as bigint);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

/** Sorts by time as the watermark advances. */
export class TemporalSortOperator implements Operator {
  readonly name = 'TemporalSort';
  private ctx!: OperatorContext;
  private readonly buffer = new Map<number, Row[]>();
  private watermark = MIN_WATERMARK;

  constructor(
    private readonly timeIndex: number,
    private readonly keys: readonly SortKey[],
    private readonly time: TimeCodec,
  ) {}

  stateTables(): StateTableSpec[] {
    return [{ name: 'buffer', description: 'event time → rows waiting for the watermark' }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    if (batch.kinds !== null && batch.kinds.some((k) => k !== 0)) {
      throw new ExecutionError('ORDER BY a time attribute needs an insert-only input');
    }
    for (const row of batch.rows) {
      const v = row[this.timeIndex];
      if (v === null || v === undefined) continue;
      const ts = this.time.toMillis(v);
      if (ts <= this.watermark) {
        this.ctx.metrics.inc('numLateRecordsDropped');
        continue;
      }
      const list = this.buffer.get(ts);
      if (list === undefined) this.buffer.set(ts, [row]);
      else list.push(row);
    }
  }

  private compare = (a: Row, b: Row): number => {
    for (const k of this.keys) {
      const x = a[k.index];
      const y = b[k.index];
      if (x === y) continue;
      if (x === null) return k.nullsFirst ? -1 : 1;
      if (y === null) return k.nullsFirst ? 1 : -1;
      const c = compareValues(x, y);
      if (c !== 0) return k.descending ? -c : c;
    }
    return 0;
  };

  onWatermark(watermark: number): void {
    if (watermark <= this.watermark) return;
    this.watermark = watermark;
    const due = [...this.buffer.keys()].filter((t) => t <= watermark).sort((a, b) => a - b);
    if (due.length > 0) {
      const out: Row[] = [];
      for (const t of due) {
        const rows = this.buffer.get(t)!;
        this.buffer.delete(t);
        if (this.keys.length > 0) rows.sort(this.compare); // stable: arrival order for ties
        for (const r of rows) out.push(r);
      }
      this.ctx.output.emit({ rows: out, kinds: null });
    }
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return `TemporalSort(orderBy=[$${this.timeIndex} ASC])`;
  }
}
