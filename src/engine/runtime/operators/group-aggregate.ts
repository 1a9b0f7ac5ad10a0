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
import type { StateTableSpec, ValueStateTable } from '../state/keyed-state.js';
import { keySelector, rowsEqual, type KeySelector } from '../values.js';
import { Accumulators, type AggCall } from './aggregate-api.js';

/**
 * A group's state as one array: [record count, key values…, accumulator slots…] (one array per
 * key keeps a million-key state small).
 */
type GroupState = unknown[];

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
  private state!: ValueStateTable<GroupState>;
  private readonly keyOf: KeySelector;
  private readonly accs: Accumulators;
  private readonly out = new BatchBuilder();
  private readonly width: number;

  constructor(private readonly options: GroupAggregateOptions) {
    this.keyOf = keySelector(options.keys);
    this.accs = new Accumulators(options.calls);
    this.width = options.keys.length + options.calls.length;
  }

  stateTables(): StateTableSpec[] {
    return [{ name: 'groups', description: 'group key → accumulators, distinct maps and record count' }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.state = ctx.state.table<GroupState>(ctx.operatorId, 'groups');
  }

  processBatch(batch: Batch): void {
    const { rows, kinds } = batch;
    const keys = this.options.keys;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const retract = kinds !== null && isRetract(kinds[r]!);
      const key = this.keyOf(row);
      let st = this.state.get(key);
      let first = false;
      if (st === undefined) {
        if (retract) continue;
        first = true;
        const nk = keys.length;
        st = new Array<unknown>(1 + nk + this.accs.width);
        st[0] = 0;
        for (let j = 0; j < nk; j++) st[1 + j] = row[keys[j]!];
        this.accs.init(st, 1 + nk);
        this.state.put(key, st);
      }
      const prev = first ? null : this.result(st);
      this.accs.apply(st, 1 + keys.length, row, retract);
      const count = (st[0] as number) + (retract ? -1 : 1);
      st[0] = count;
      if (count > 0) {
        const next = this.result(st);
        if (first) {
          this.out.push(next, INSERT);
        } else if (!rowsEqual(prev!, next)) {
          if (this.options.generateUpdateBefore) this.out.push(prev!, UPDATE_BEFORE);
          this.out.push(next, UPDATE_AFTER);
        }
      } else {
        if (!first) this.out.push(prev!, DELETE);
        this.state.delete(key);
      }
    }
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
  }

  private result(st: GroupState): Row {
    const row = new Array<unknown>(this.width);
    const nk = this.options.keys.length;
    for (let j = 0; j < nk; j++) row[j] = st[1 + j];
    this.accs.values(st, 1 + nk, row, nk);
    return row;
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
