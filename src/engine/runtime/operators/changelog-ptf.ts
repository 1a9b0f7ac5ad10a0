/**
 * The changelog PTFs of Flink 2.3 (FLIP-564), stateless row by row:
 * TO_CHANGELOG (ToChangelogFunction) emits each change as an insert `[keys, code, rest]`, dropping
 * kinds its mapping leaves out; FROM_CHANGELOG (FromChangelogFunction) reads the code column of
 * an append-only input and emits `[keys, rest without the code]` with the change kind it names.
 */
import { ExecutionError } from '../../../common/errors.js';
import { DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE, type Batch, type Row, type RowKind } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { ChangeKindText } from '../plan/plan.js';
import type { StateTableSpec } from '../state/keyed-state.js';

const KIND: Readonly<Record<ChangeKindText, RowKind>> = {
  I: INSERT,
  UB: UPDATE_BEFORE,
  UA: UPDATE_AFTER,
  D: DELETE,
};
/** Flink's change operation names, by RowKind. */
const NAMES = ['INSERT', 'UPDATE_BEFORE', 'UPDATE_AFTER', 'DELETE'] as const;

export interface ChangelogPtfSpec {
  readonly function: 'TO_CHANGELOG' | 'FROM_CHANGELOG';
  readonly partitionKeys: readonly number[];
  /** TO: change kind → code; FROM: code → change kind (absent: Flink's names). */
  readonly opMapping?: Readonly<Record<string, string>>;
  /** FROM: the input column of the code. */
  readonly opColumn?: number;
  readonly errorHandling?: 'FAIL' | 'SKIP';
  /** FROM: whether consumers take UPDATE_BEFORE rows (else they are dropped). */
  readonly emitUpdateBefore: boolean;
  /** The input's column count. */
  readonly width: number;
}

export class ChangelogPtfOperator implements Operator {
  readonly name = 'ProcessTableFunction';
  private ctx!: OperatorContext;
  /** Input columns in output order (after the op column for TO_CHANGELOG). */
  private readonly keys: readonly number[];
  private readonly rest: readonly number[];
  /** TO: the code for each RowKind (null: dropped). */
  private readonly codes: readonly (string | null)[];
  /** FROM: the RowKind for each code. */
  private readonly kinds: ReadonlyMap<string, RowKind>;

  constructor(private readonly spec: ChangelogPtfSpec) {
    this.keys = spec.partitionKeys;
    const all = Array.from({ length: spec.width }, (_, i) => i);
    this.rest = all.filter((i) => !spec.partitionKeys.includes(i) && i !== spec.opColumn);
    const m = spec.opMapping;
    if (spec.function === 'TO_CHANGELOG') {
      this.codes = (['I', 'UB', 'UA', 'D'] as const).map((k, i) =>
        m === undefined ? NAMES[i]! : (m[k] ?? null),
      );
      this.kinds = new Map();
    } else {
      this.codes = [];
      this.kinds = new Map(
        m === undefined
          ? NAMES.map((n, i) => [n, i as RowKind])
          : Object.entries(m).map(([code, k]) => [code, KIND[k as ChangeKindText]]),
      );
    }
  }

  stateTables(): StateTableSpec[] {
    return [];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    if (this.spec.function === 'TO_CHANGELOG') this.toChangelog(batch);
    else this.fromChangelog(batch);
  }

  private toChangelog(batch: Batch): void {
    const out: Row[] = [];
    const { keys, rest, codes } = this;
    for (let r = 0; r < batch.rows.length; r++) {
      const code = codes[batch.kinds === null ? INSERT : batch.kinds[r]!];
      if (code === null || code === undefined) continue;
      const row = batch.rows[r]!;
      const o: unknown[] = new Array(keys.length + 1 + rest.length);
      let j = 0;
      for (const k of keys) o[j++] = row[k];
      o[j++] = code;
      for (const k of rest) o[j++] = row[k];
      out.push(o);
    }
    if (out.length > 0) this.ctx.output.emit({ rows: out, kinds: null });
  }

  private fromChangelog(batch: Batch): void {
    const rows: Row[] = [];
    const kinds: RowKind[] = [];
    let allInserts = true;
    const { keys, rest } = this;
    const op = this.spec.opColumn!;
    for (const row of batch.rows) {
      const code = row[op];
      const kind = typeof code === 'string' ? this.kinds.get(code) : undefined;
      if (kind === undefined) {
        if (this.spec.errorHandling === 'SKIP') continue;
        // FromChangelogFunction#handleInvalidOp (TableRuntimeException).
        throw new ExecutionError(
          code === null || code === undefined
            ? 'Received NULL op code. Every changelog row must carry an operation code.'
            : `Received invalid op code '${String(code)}'. Defined op codes are: [${[...this.kinds.keys()].join(', ')}].`,
        );
      }
      if (kind === UPDATE_BEFORE && !this.spec.emitUpdateBefore) continue;
      const o: unknown[] = new Array(keys.length + rest.length);
      let j = 0;
      for (const k of keys) o[j++] = row[k];
      for (const k of rest) o[j++] = row[k];
      rows.push(o);
      kinds.push(kind);
      if (kind !== INSERT) allInserts = false;
    }
    if (rows.length > 0) this.ctx.output.emit({ rows, kinds: allInserts ? null : kinds });
  }

  onWatermark(watermark: number): void {
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return `ProcessTableFunction(${this.spec.function})`;
  }
}
