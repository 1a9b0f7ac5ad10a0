/**
 * Flink's sink ConstraintEnforcer for NOT NULL columns (`table.exec.sink.not-null-enforcer`):
 * a row with NULL in a NOT NULL sink column fails the job (ERROR, the default) or is dropped
 * silently (DROP). Every row kind is checked, as Flink's processNotNullConstraint does.
 */
import { ExecutionError } from '../../../common/errors.js';
import type { Batch } from '../batch.js';
import type { PipelineSink } from '../driver.js';

/** The NOT NULL check of one sink (plan form). */
export interface NotNullConstraint {
  /** Indices of the sink's NOT NULL columns. */
  readonly columns: readonly number[];
  readonly enforcer: 'ERROR' | 'DROP';
}

/** Wraps a sink so rows are checked before they reach it. */
export class NotNullEnforcingSink implements PipelineSink {
  constructor(
    private readonly inner: PipelineSink,
    private readonly constraint: NotNullConstraint,
    private readonly names: readonly string[],
  ) {}

  accept(batch: Batch): void {
    const cols = this.constraint.columns;
    let out: Batch | undefined;
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i]!;
      let bad = -1;
      for (const c of cols)
        if (row[c] === null || row[c] === undefined) {
          bad = c;
          break;
        }
      if (bad >= 0) {
        if (this.constraint.enforcer === 'ERROR') {
          // The rows before this one reached the sink, as in Flink's row-at-a-time enforcer.
          const before = out ?? {
            rows: batch.rows.slice(0, i),
            kinds: batch.kinds ? batch.kinds.slice(0, i) : null,
          };
          if (before.rows.length > 0) this.inner.accept(before);
          throw new ExecutionError(
            `Column '${this.names[bad]}' is NOT NULL, however, a null value is being written into it. You can set job configuration 'table.exec.sink.not-null-enforcer'='DROP' to suppress this exception and drop such records silently.`,
          );
        }
        // DROP: copy the rows kept so far once, then keep copying the good ones.
        out ??= { rows: batch.rows.slice(0, i), kinds: batch.kinds ? batch.kinds.slice(0, i) : null };
        continue;
      }
      if (out !== undefined) {
        out.rows.push(row);
        if (out.kinds && batch.kinds) out.kinds.push(batch.kinds[i]!);
      }
    }
    const result = out ?? batch;
    if (result.rows.length > 0) this.inner.accept(result);
  }

  flush(): Promise<void> {
    return this.inner.flush();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
