/**
 * Unbounded group aggregation with retractions, as Flink's GroupAggFunction without
 * mini-batch: per key, the accumulators and a record counter. For each input change:
 * - a retraction for a key with no state is ignored;
 * - +I for a new key emits +I(keys ++ results);
 * - a change to an existing key emits -U(old) then +U(new), or nothing when new equals old;
 * - when the record counter falls to 0 the key emits -D(old) and its state is cleared.
 */
import {
  BatchBuilder,
  DELETE,
  INSERT,
  UPDATE_AFTER,
  UPDATE_BEFORE,
  isRetract,
  type Batch,
  type Row,
} from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { RowKeyedTable, StateTableSpec } from '../state/keyed-state.js';
import { Accumulators, type AggCall } from './aggregate-api.js';

/**
 * A group's state as one array: [record count, last result row, accumulator slots…] (one array
 * per key keeps a million-key state small). The last result row is what was emitted for the
 * group: it holds the key values (columns 0..keys-1), is the -U/-D row of the next change and
 * is what the new result is compared with, so it is never recomputed.
 */
type GroupState = unknown[];

const COUNT = 0;
const LAST = 1;
const ACC = 2;

/** Options of a {@link GroupAggregateOperator}. */
export interface GroupAggregateOptions {
  /** Input columns of the grouping key; output starts with them, in this order. */
  readonly keys: readonly number[];
  readonly calls: readonly AggCall[];
  /** Emit -U before +U (false when the consumer is an upsert sink keyed by the group key). */
  readonly generateUpdateBefore: boolean;
  /** Text for EXPLAIN. */
  readonly description?: string;
}

/** Flink's GroupAggregate operator (retracting, no mini-batch). */
export class GroupAggregateOperator implements Operator {
  readonly name = 'GroupAggregate';
  private ctx!: OperatorContext;
  private state!: RowKeyedTable<GroupState>;
  private readonly accs: Accumulators;
  private readonly out = new BatchBuilder();
  private readonly width: number;
  /** Where the next result is computed; becomes the emitted row only when it changed. */
  private scratch: Row;

  constructor(private readonly options: GroupAggregateOptions) {
    this.accs = new Accumulators(options.calls);
    this.width = options.keys.length + options.calls.length;
    this.scratch = new Array<unknown>(this.width);
  }

  stateTables(): StateTableSpec[] {
    return [
      {
        name: 'groups',
        description: 'group key → record count, last result, accumulators and distinct maps',
      },
    ];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.state = ctx.state.rowTable<GroupState>(
      ctx.operatorId,
      'groups',
      this.options.keys,
      (st, j) => (st[LAST] as Row)[j],
    );
  }

  processBatch(batch: Batch): void {
    const { rows, kinds } = batch;
    const keys = this.options.keys;
    const nk = keys.length;
    const width = this.width;
    const accs = this.accs;
    const updateBefore = this.options.generateUpdateBefore;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const retract = kinds !== null && isRetract(kinds[r]!);
      let st = this.state.get(row);
      let first = false;
      if (st === undefined) {
        if (retract) continue;
        first = true;
        st = new Array<unknown>(ACC + accs.width);
        st[COUNT] = 0;
        st[LAST] = null;
        accs.init(st, ACC);
        this.state.add(row, st);
      }
      const touched = accs.apply(st, ACC, row, retract);
      const count = (st[COUNT] as number) + (retract ? -1 : 1);
      st[COUNT] = count;
      const prev = st[LAST] as Row | null;
      if (count > 0) {
        const next = this.scratch;
        if (first) {
          accs.values(st, ACC, next, nk);
          for (let j = 0; j < nk; j++) next[j] = row[keys[j]!];
        } else {
          // Only updated accumulators are read again; an unchanged result emits nothing.
          if (!accs.valuesChanged(st, ACC, next, nk, prev!, touched)) continue;
          for (let j = 0; j < nk; j++) next[j] = prev![j];
        }
        this.scratch = new Array<unknown>(width);
        st[LAST] = next;
        if (first) {
          this.out.push(next, INSERT);
        } else {
          if (updateBefore) this.out.push(prev!, UPDATE_BEFORE);
          this.out.push(next, UPDATE_AFTER);
        }
      } else {
        if (!first) this.out.push(prev!, DELETE);
        this.state.delete(row);
      }
    }
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
  }

  onWatermark(watermark: number): void {
    // Unbounded aggregation does not produce a time attribute: forward the watermark only.
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return this.options.description ?? `GroupAggregate(keys=[${this.options.keys.join(', ')}])`;
  }
}
