/**
 * ANALYZE TABLE, TRUNCATE TABLE, DELETE, UPDATE, STOP JOB and DESCRIBE JOB in a streaming session,
 * as Flink 2.x behaves there: each statement is validated as Flink's converter validates it
 * (SqlAnalyzeTableConverter, Calcite's validation of DELETE / UPDATE), then the statements that
 * only run in batch mode fail with Flink's TableException text (TableEnvironmentImpl,
 * TruncateTableOperation). STOP JOB cancels a running job of the session; anything else fails as
 * the SQL gateway's callStopJobOperation does.
 */
import { randomUUID } from 'node:crypto';
import { SqlError } from '../../../common/errors.js';
import type {
  AnalyzeTable,
  CallProcedure,
  DeleteFrom,
  DescribeJob,
  Expr,
  Query,
  Span,
  StopJob,
  TruncateTable,
  UpdateTable,
} from '../ast/index.js';
import { calciteFamily } from '../validator/calcite-family.js';
import { validationError } from '../validator/errors.js';
import { ExprTranslator } from '../validator/expr-translator.js';
import { Scope } from '../validator/scope.js';
import { translateQuery } from '../validator/query-translator.js';
import { findObject, qualify, resolveObject } from '../validator/table-resolver.js';
import type { TableResult } from './results.js';
import { stringColumn } from './result-columns.js';
import { translateContext, type SessionState } from './state.js';

/** A Flink TableException (no position in Flink's text); the span still points the user at it. */
function tableException(message: string, span: Span): SqlError {
  return new SqlError('EDDY_SQL_VALIDATE', message, [{ message, span }]);
}

/** `cat`.`db`.`t` as Flink's ObjectIdentifier#toString writes it. */
function identifierText(path: readonly string[]): string {
  return path.map((p) => '`' + p.replace(/`/g, '``') + '`').join('.');
}

/** ANALYZE TABLE: SqlAnalyzeTableConverter's checks, then Flink's streaming-mode refusal. */
export function analyzeTable(s: SessionState, st: AnalyzeTable): never {
  const ctx = translateContext(s, undefined);
  const names = st.table.map((n) => n.value);
  const found = findObject(ctx, names);
  const id = identifierText(qualify(ctx, names));
  if (found === undefined || found.temporary === true)
    throw validationError(`Table ${id} doesn't exist or is a temporary table.`, st.span);
  if (found.object.kind !== 'TABLE')
    throw validationError('ANALYZE TABLE for a view is not allowed.', st.span);
  const table = found.object;
  const partitionKeys = table.partitionKeys ?? [];
  if (partitionKeys.length > 0) {
    const given = st.partition.map((p) => p.key.value);
    if (given.length !== partitionKeys.length || !given.every((k) => partitionKeys.includes(k)))
      throw validationError(
        `Invalid ANALYZE TABLE statement. For partition table, all partition keys should be specified explicitly. The given partition keys: [${given.join(',')}] are not match the target partition keys: [${partitionKeys.join(',')}].`,
        st.span,
      );
  } else if (st.partition.length > 0)
    throw validationError(
      `Invalid ANALYZE TABLE statement. Table: ${id} is not a partition table, while partition values are given.`,
      st.span,
    );
  if (st.columns !== 'ALL')
    for (const c of st.columns) {
      const col = table.columns.find((x) => x.name === c.value);
      if (col === undefined)
        throw validationError(`Column: ${c.value} does not exist in the table: ${id}.`, c.span);
      if (col.kind === 'computed')
        throw validationError(
          `Column: ${c.value} is a computed column, ANALYZE TABLE does not support computed column.`,
          c.span,
        );
      if (col.kind === 'metadata')
        throw validationError(
          `Column: ${c.value} is a metadata column, ANALYZE TABLE does not support metadata column.`,
          c.span,
        );
    }
  throw tableException('ANALYZE TABLE is not supported for streaming mode now', st.span);
}

/** TRUNCATE TABLE: TruncateTableOperation refuses streaming mode before looking at the table. */
export function truncateTable(_s: SessionState, st: TruncateTable): never {
  throw tableException('TRUNCATE TABLE statement is not supported in streaming mode.', st.span);
}

/** `SELECT <items> FROM t [alias] [WHERE cond]`, validated as Calcite validates the DML's parts. */
function validateSelect(
  s: SessionState,
  source: string | undefined,
  st: DeleteFrom | UpdateTable,
  items: readonly Expr[],
): void {
  const span = st.span;
  const query: Query = {
    kind: 'Query',
    span,
    orderBy: [],
    body: {
      kind: 'Select',
      span,
      hints: [],
      windows: [],
      items:
        items.length === 0
          ? [{ kind: 'SelectItem', span, expr: { kind: 'Star', span, qualifier: [] } }]
          : items.map((expr) => ({ kind: 'SelectItem' as const, span: expr.span, expr })),
      from: {
        kind: 'TableName',
        span,
        name: st.table,
        hints: [],
        ...(st.alias ? { alias: st.alias } : {}),
      },
      ...(st.where ? { where: st.where } : {}),
    },
  };
  translateQuery(query, translateContext(s, source));
}

/**
 * DELETE / UPDATE: validated (table, columns, expressions), then TableEnvironmentImpl's refusal
 * of row-level modifications in streaming mode.
 */
export function deleteOrUpdate(
  s: SessionState,
  st: DeleteFrom | UpdateTable,
  source: string | undefined,
): never {
  const ctx = translateContext(s, source);
  const found = resolveObject(ctx, st.table, st.table[0]!.span);
  if (st.kind === 'UpdateTable') {
    const cols = found.object.kind === 'TABLE' ? found.object.columns.map((c) => c.name) : [];
    for (const a of st.assignments)
      if (found.object.kind === 'TABLE' && !cols.includes(a.column.value))
        // Calcite's SqlValidatorImpl#validateUpdate (RESOURCE.unknownTargetColumn).
        throw validationError(`Unknown target column '${a.column.value}'`, a.column.span);
  }
  validateSelect(s, source, st, st.kind === 'UpdateTable' ? st.assignments.map((a) => a.value) : []);
  const what = st.kind === 'DeleteFrom' ? 'DELETE' : 'UPDATE';
  throw tableException(`${what} statement is not supported for streaming mode now.`, st.span);
}

/**
 * STOP JOB: a running job of this session is cancelled (Flink's cancel without savepoint); an
 * unknown or finished job, or a savepoint (local mode takes none), fails with the gateway's text.
 */
export function stopJob(s: SessionState, st: StopJob): void {
  const job = s.jobs.find((j) => j.id === st.jobId);
  if (job !== undefined && job.status === 'RUNNING' && job.cancel !== undefined && !st.withSavepoint) {
    job.cancel();
    job.status = 'CANCELED';
    return;
  }
  const why =
    job === undefined
      ? `no job with id '${st.jobId}' in this session`
      : st.withSavepoint
        ? 'local mode takes no savepoints'
        : `the job is ${job.status}`;
  throw tableException(
    `Could not stop job ${st.jobId} ${st.withSavepoint ? 'with savepoint' : ''} for operation ${randomUUID()}. (${why})`,
    st.span,
  );
}

/** DESCRIBE JOB 'id': the job's row of SHOW JOBS. */
export function describeJob(s: SessionState, st: DescribeJob): TableResult {
  const job = s.jobs.find((j) => j.id === st.jobId);
  // The id is quoted so that an empty or blank id still reads as one ('' rather than a double space).
  if (job === undefined) throw tableException(`Job '${st.jobId}' does not exist in this session.`, st.span);
  return {
    kind: 'table',
    columns: [
      stringColumn('job id'),
      stringColumn('job name'),
      stringColumn('status'),
      stringColumn('start time'),
    ],
    rows: [[job.id, job.name, job.status, job.startTime]],
  };
}

/**
 * CALL: procedures come from a catalog's getProcedure; the in-memory catalogs Eddy serves (like
 * Flink's GenericInMemoryCatalog) hold none, so Calcite's operator lookup fails as for an unknown
 * function: "No match found for function signature p(<FAMILY>, …)" (arguments validated first).
 */
export function callProcedure(s: SessionState, st: CallProcedure, source: string | undefined): never {
  const tr = new ExprTranslator(translateContext(s, source).expr, new Scope([]));
  const args = st.args.map((a) => tr.translate(a));
  const name = st.name.at(-1)!.value;
  throw validationError(
    `No match found for function signature ${name}(${args.map((a) => `<${calciteFamily(a.type)}>`).join(', ')})`,
    // Calcite reports at the call (from the procedure name), not at CALL.
    { start: st.name[0]!.span.start, end: st.span.end },
  );
}
