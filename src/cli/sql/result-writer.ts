/**
 * How a query's result reaches the terminal: `jsonl` (one JSON object per line: the columns,
 * then one change per line) or `table` (a materialized, aligned table). Both get the columns
 * first, then batches of changes, then `end()`.
 */
import type { LogicalType } from '../../types/index.js';

/** A result column: its name and type (printed as DESCRIBE prints types). */
export interface ResultColumn {
  readonly name: string;
  readonly type: LogicalType;
  /** The type as DESCRIBE prints it (with `*ROWTIME*` marks); formatType(type) when absent. */
  readonly typeText?: string;
}

/** One change of a result, values in the types module's representation. */
export interface ResultChange {
  readonly op: '+I' | '-U' | '+U' | '-D';
  readonly row: readonly unknown[];
}

/** Receives one query's result. */
export interface ResultWriter {
  begin(columns: readonly ResultColumn[], timeZone: string): void;
  changes(batch: readonly ResultChange[]): void;
  /**
   * The query ended (its inputs ended, LIMIT reached, or it was cancelled), or `failed` (its
   * error follows on stderr: no "Empty set" claim is printed for it).
   */
  end(failed?: boolean): void;
}

/** A text sink such as process.stdout. */
export interface TextOut {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}
