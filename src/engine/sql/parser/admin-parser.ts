/**
 * ANALYZE TABLE, TRUNCATE TABLE, DELETE, UPDATE, STOP JOB and DESCRIBE JOB, in Flink 2.x's
 * grammar (flink-sql-parser's parserImpls.ftl: SqlAnalyzeTable, SqlTruncateTable, SqlStopJob,
 * SqlDescribeJob; DELETE / UPDATE are Calcite's SqlDelete / SqlUpdate).
 */
import type {
  AnalyzeTable,
  CallProcedure,
  DeleteFrom,
  DescribeJob,
  Expr,
  Identifier,
  StopJob,
  TruncateTable,
  UpdateTable,
} from '../ast/index.js';
import type { QueryParser } from './query-parser.js';

/** After `ANALYZE`: TABLE t [PARTITION (…)] COMPUTE STATISTICS [FOR COLUMNS … | FOR ALL COLUMNS]. */
export function parseAnalyzeTable(p: QueryParser, start: number): AnalyzeTable {
  p.expectWord('ANALYZE', 'TABLE');
  const table = p.qualifiedName('a table name');
  const partition: { key: Identifier; value?: Expr }[] = [];
  if (p.acceptWord('PARTITION')) {
    p.expectSym('(');
    do {
      const key = p.identifier('a partition key');
      if (p.acceptSym('=')) partition.push({ key, value: p.expr() });
      else partition.push({ key });
    } while (p.acceptSym(','));
    p.expectSym(')');
  }
  p.expectWord('COMPUTE', 'STATISTICS');
  let columns: AnalyzeTable['columns'] = [];
  if (p.acceptWord('FOR')) {
    if (p.acceptWords('ALL', 'COLUMNS')) columns = 'ALL';
    else {
      p.expectWord('COLUMNS');
      const list: Identifier[] = [];
      do list.push(p.identifier('a column name'));
      while (p.acceptSym(','));
      columns = list;
    }
  }
  return { kind: 'AnalyzeTable', span: p.spanFrom(start), table, partition, columns };
}

/** After `TRUNCATE`: TABLE t. */
export function parseTruncateTable(p: QueryParser, start: number): TruncateTable {
  p.expectWord('TRUNCATE', 'TABLE');
  const table = p.qualifiedName('a table name');
  return { kind: 'TruncateTable', span: p.spanFrom(start), table };
}

/** `[AS] alias` after the table of DELETE / UPDATE (SET and WHERE end it, as in Calcite). */
function alias(p: QueryParser): Identifier | undefined {
  if (p.acceptWord('AS')) return p.identifier('an alias');
  if (p.isWord('SET') || p.isWord('WHERE')) return undefined;
  return p.isIdentifierToken() ? p.identifier('an alias') : undefined;
}

/** `DELETE FROM t [[AS] alias] [WHERE cond]`. */
export function parseDelete(p: QueryParser, start: number): DeleteFrom {
  p.expectWord('DELETE', 'FROM');
  const table = p.qualifiedName('a table name');
  const a = alias(p);
  const where = p.acceptWord('WHERE') ? p.expr() : undefined;
  return {
    kind: 'DeleteFrom',
    span: p.spanFrom(start),
    table,
    ...(a ? { alias: a } : {}),
    ...(where ? { where } : {}),
  };
}

/** `UPDATE t [[AS] alias] SET c = e, … [WHERE cond]`. */
export function parseUpdate(p: QueryParser, start: number): UpdateTable {
  p.expectWord('UPDATE');
  const table = p.qualifiedName('a table name');
  const a = alias(p);
  p.expectWord('SET');
  const assignments: { column: Identifier; value: Expr }[] = [];
  do {
    const column = p.identifier('a column name');
    p.expectSym('=');
    assignments.push({ column, value: p.expr() });
  } while (p.acceptSym(','));
  const where = p.acceptWord('WHERE') ? p.expr() : undefined;
  return {
    kind: 'UpdateTable',
    span: p.spanFrom(start),
    table,
    ...(a ? { alias: a } : {}),
    assignments,
    ...(where ? { where } : {}),
  };
}

/** `STOP JOB 'id' [WITH SAVEPOINT] [WITH DRAIN]` (DRAIN only after SAVEPOINT, as Flink's grammar). */
export function parseStopJob(p: QueryParser, start: number): StopJob {
  p.expectWord('STOP', 'JOB');
  const jobId = p.stringValue('a job id string');
  let withSavepoint = false;
  let withDrain = false;
  if (p.acceptWord('WITH')) {
    p.expectWord('SAVEPOINT');
    withSavepoint = true;
    if (p.acceptWord('WITH')) {
      p.expectWord('DRAIN');
      withDrain = true;
    }
  }
  return { kind: 'StopJob', span: p.spanFrom(start), jobId, withSavepoint, withDrain };
}

/** After `DESCRIBE | DESC`: JOB 'id'. */
export function parseDescribeJob(p: QueryParser, start: number, keyword: 'DESCRIBE' | 'DESC'): DescribeJob {
  p.expectWord('JOB');
  const jobId = p.stringValue('a job id string');
  return { kind: 'DescribeJob', span: p.spanFrom(start), keyword, jobId };
}

/** `CALL name(arg, …)` (Calcite's SqlProcedureCall: the arguments are expressions). */
export function parseCall(p: QueryParser, start: number): CallProcedure {
  p.expectWord('CALL');
  const name = p.qualifiedName('a procedure name');
  p.expectSym('(');
  const args: Expr[] = [];
  if (!p.isSym(')')) {
    do args.push(p.expr());
    while (p.acceptSym(','));
  }
  p.expectSym(')');
  return { kind: 'CallProcedure', span: p.spanFrom(start), name, args };
}
