/**
 * Statements Flink 2.x parses that work on data or jobs rather than on the catalog: ANALYZE
 * TABLE, TRUNCATE TABLE, DELETE, UPDATE, STOP JOB, DESCRIBE JOB. Eddy parses them all and gives
 * Flink's behaviour or error for what a streaming session cannot do.
 *
 * @example
 * // parseStatement("STOP JOB 'ab12' WITH SAVEPOINT") gives
 * // { kind: 'StopJob', jobId: 'ab12', withSavepoint: true, withDrain: false, span: … }
 */
import type { Expr } from './expression.js';
import type { Identifier, NodeBase, QualifiedName } from './node.js';
import type { Insert, StatementSet } from './statement.js';

/** `ANALYZE TABLE t [PARTITION (k [= v], …)] COMPUTE STATISTICS [FOR COLUMNS a, … | FOR ALL COLUMNS]`. */
export interface AnalyzeTable extends NodeBase {
  readonly kind: 'AnalyzeTable';
  readonly table: QualifiedName;
  /** Partition keys with their value (undefined: every value of that key). */
  readonly partition: readonly { readonly key: Identifier; readonly value?: Expr }[];
  /** `FOR ALL COLUMNS` ('ALL'), `FOR COLUMNS a, b`, or none. */
  readonly columns: 'ALL' | readonly Identifier[];
}

/** `TRUNCATE TABLE t`. */
export interface TruncateTable extends NodeBase {
  readonly kind: 'TruncateTable';
  readonly table: QualifiedName;
}

/** `DELETE FROM t [[AS] alias] [WHERE cond]`. */
export interface DeleteFrom extends NodeBase {
  readonly kind: 'DeleteFrom';
  readonly table: QualifiedName;
  readonly alias?: Identifier;
  readonly where?: Expr;
}

/** `UPDATE t [[AS] alias] SET c = e, … [WHERE cond]`. */
export interface UpdateTable extends NodeBase {
  readonly kind: 'UpdateTable';
  readonly table: QualifiedName;
  readonly alias?: Identifier;
  readonly assignments: readonly { readonly column: Identifier; readonly value: Expr }[];
  readonly where?: Expr;
}

/** `STOP JOB 'id' [WITH SAVEPOINT] [WITH DRAIN]`. */
export interface StopJob extends NodeBase {
  readonly kind: 'StopJob';
  readonly jobId: string;
  readonly withSavepoint: boolean;
  readonly withDrain: boolean;
}

/** `DESCRIBE | DESC JOB 'id'`. */
export interface DescribeJob extends NodeBase {
  readonly kind: 'DescribeJob';
  readonly keyword: 'DESCRIBE' | 'DESC';
  readonly jobId: string;
}

/** `CALL [catalog.][database.]procedure(arg, …)`. */
export interface CallProcedure extends NodeBase {
  readonly kind: 'CallProcedure';
  readonly name: QualifiedName;
  readonly args: readonly Expr[];
}

/**
 * `COMPILE PLAN 'file' [IF NOT EXISTS] FOR insert-or-set`, and `COMPILE AND EXECUTE PLAN 'file'
 * FOR insert-or-set` (`execute`).
 */
export interface CompilePlan extends NodeBase {
  readonly kind: 'CompilePlan';
  readonly path: string;
  readonly ifNotExists: boolean;
  readonly execute: boolean;
  readonly statement: Insert | StatementSet;
}

/** `EXECUTE PLAN 'file'`. */
export interface ExecutePlan extends NodeBase {
  readonly kind: 'ExecutePlan';
  readonly path: string;
}

/** `ADD JAR 'path'` / `REMOVE JAR 'path'`. */
export interface JarStatement extends NodeBase {
  readonly kind: 'JarStatement';
  readonly action: 'ADD' | 'REMOVE';
  readonly path: string;
}

/** Every statement of this file. */
export type AdminStatement =
  | AnalyzeTable
  | TruncateTable
  | DeleteFrom
  | UpdateTable
  | StopJob
  | DescribeJob
  | CallProcedure
  | CompilePlan
  | ExecutePlan
  | JarStatement;
