/**
 * What `session.execute` returns (the contract the CLI, the golden runner and later the server
 * use): a status (DDL, SET, USE), a table (SHOW, DESCRIBE, EXPLAIN, SET listing), a running
 * query with its columns and its changes, or a job (INSERT INTO, EXECUTE STATEMENT SET).
 */
import type { LogicalType } from '../../../types/index.js';
import type { Row, RowKindText } from '../../runtime/batch.js';
import type { RunResult } from '../../runtime/driver.js';
import type { CompiledPlan } from '../../runtime/plan/plan.js';

/** A result column: name, Flink's type text (`INT NOT NULL`, `TIMESTAMP(3) *ROWTIME*`) and the type. */
export interface ResultColumn {
  readonly name: string;
  readonly type: string;
  readonly logicalType: LogicalType;
}

/** One change of a query's changelog; `row` values are in src/types' representation. */
export interface Change {
  readonly op: RowKindText;
  readonly row: Row;
}

/** DDL, SET, RESET, USE: Flink's "OK". */
export interface StatusResult {
  readonly kind: 'status';
  readonly message: string;
}

/** A finite table (SHOW …, DESCRIBE, EXPLAIN, SET with no arguments). */
export interface TableResult {
  readonly kind: 'table';
  readonly columns: readonly ResultColumn[];
  readonly rows: readonly Row[];
}

/** A running query: its columns and its changes, ending when bounded inputs end. */
export interface QueryResult {
  readonly kind: 'query';
  readonly columns: readonly ResultColumn[];
  /** The plan being run. */
  readonly plan: CompiledPlan;
  /** Changes in batches (one promise per batch). Iterate once. */
  batches(): AsyncIterable<readonly Change[]>;
  /** Changes one by one (convenience over `batches`). */
  [Symbol.asyncIterator](): AsyncIterator<Change>;
  /** Stops the query; iteration then ends. */
  cancel(): void;
  /** Resolves with metrics when the query ends; rejects with its error. */
  readonly done: Promise<RunResult>;
}

/** INSERT INTO / EXECUTE STATEMENT SET: runs until its inputs end. */
export interface JobResult {
  readonly kind: 'job';
  readonly jobId: string;
  readonly plan: CompiledPlan;
  cancel(): void;
  readonly done: Promise<RunResult>;
}

export type StatementResult = StatusResult | TableResult | QueryResult | JobResult;
