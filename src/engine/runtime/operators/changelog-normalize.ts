/**
 * ChangelogNormalize (Flink's StreamExecChangelogNormalize, keep-last-row deduplication on a
 * changelog): turns an upsert stream (+U = "this is now the row of its key", -D = "the key is
 * gone", possibly with only the key columns set) into a proper changelog. Keyed state holds the
 * last row of each primary key:
 * - +I / +U for a key without state → +I(row);
 * - +I / +U for a key with state → -U(old) (when update-before is wanted) then +U(row); nothing
 *   when the row equals the old one (as Flink without state TTL);
 * - -D / -U for a key with state → -D(old row, all its columns) and the state is cleared;
 *   nothing for a key without state.
 *
 * @example
 * const op = new ChangelogNormalizeOperator({ keys: [0], generateUpdateBefore: true });
 */
import { BatchBuilder, DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE, type Batch, type Row } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec, ValueStateTable } from '../state/keyed-state.js';
import { keySelector, rowsEqual, type KeySelector } from '../values.js';

/** Options of a {@link ChangelogNormalizeOperator}. */
export interface ChangelogNormalizeOptions {
  /** Input columns of the primary key. */
  readonly keys: readonly number[];
  /** Emit -U before +U (false when the consumer does not need the old row). */
  readonly generateUpdateBefore: boolean;
  /** Text for EXPLAIN. */
  readonly description?: string;
}

/** Normalises an upsert changelog by primary key. */
export class ChangelogNormalizeOperator implements Operator {
  readonly name = 'ChangelogNormalize';
  private ctx!: OperatorContext;
  private state!: ValueStateTable<Row>;
  private readonly keyOf: KeySelector;
  private readonly out = new BatchBuilder();

  constructor(private readonly options: ChangelogNormalizeOptions) {
    this.keyOf = keySelector(options.keys);
  }

  /** One table: primary key → the key's current row. */
  stateTables(): StateTableSpec[] {
    return [{ name: 'rows', description: 'primary key → last row of the key' }];
  }

  /** Gets the state table; emits nothing. */
  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.state = ctx.state.table<Row>(ctx.operatorId, 'rows');
  }

  /** Applies each change in order (several changes of one key in a batch included). */
  processBatch(batch: Batch): void {
    const { rows, kinds } = batch;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const kind = kinds === null ? INSERT : kinds[r]!;
      const key = this.keyOf(row);
      const prev = this.state.get(key);
      if (kind === INSERT || kind === UPDATE_AFTER) {
        if (prev === undefined) this.out.push(row, INSERT);
        else {
          if (rowsEqual(prev, row)) continue;
          if (this.options.generateUpdateBefore) this.out.push(prev, UPDATE_BEFORE);
          this.out.push(row, UPDATE_AFTER);
        }
        this.state.put(key, row);
      } else if (prev !== undefined) {
        this.out.push(prev, DELETE);
        this.state.delete(key);
      }
    }
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
  }

  /** Holds nothing back in event time: forwards the watermark. */
  onWatermark(watermark: number): void {
    this.ctx.output.emitWatermark(watermark);
  }

  /** Nothing pending at the end of input. */
  finish(): void {}
  /** The state table is read on demand: nothing to rebuild. */
  restore(): void {}
  /** No resources of its own. */
  close(): void {}

  display(): string {
    return this.options.description ?? `ChangelogNormalize(key=[${this.options.keys.join(', ')}])`;
  }
}
