/**
 * CREATE TABLE … AS SELECT (Flink's non-atomic CTAS / RTAS): the target table is created from the
 * query's schema, then filled by an INSERT INTO it. Alone it runs as its own job; inside the SQL
 * client's statement set (`BEGIN STATEMENT SET; … END`, which Flink's gateway accepts for
 * INSERT and CREATE TABLE AS: statement_set.q) every target is created first, as Flink's
 * TableEnvironmentImpl turns each CreateTableASOperation into a sink before translating the set,
 * and all the inserts run as one job.
 */
import { SqlError } from '../../../common/errors.js';
import type { CreateTable, Insert, StatementSet } from '../ast/index.js';
import type { CatalogTable } from '../catalog/catalog-api.js';
import { validationError } from '../validator/errors.js';
import { translateQuery } from '../validator/query-translator.js';
import { tableFromDdl } from './ddl.js';
import type { SessionState } from './state.js';
import { translateContext } from './state.js';

/** The table a CTAS / RTAS creates (the query's schema), and its full path. */
function ctasTable(
  s: SessionState,
  st: CreateTable,
  source: string | undefined,
): { full: string[]; table: CatalogTable } {
  // SqlCreateTableAs#validate: a temporary CTAS is refused (not silently made permanent).
  if (st.temporary && !st.orReplace)
    throw validationError(
      'CREATE TABLE AS SELECT syntax does not support to create temporary table yet.',
      st.span,
    );
  const ctx = translateContext(s, source);
  const rel = translateQuery(st.asQuery!, ctx);
  if (st.columns.length > 0)
    throw new SqlError('EDDY_SQL_VALIDATE', 'CREATE TABLE AS with a column list is not supported yet', []);
  const base = tableFromDdl(s, st, source);
  const table: CatalogTable = {
    ...base,
    columns: rel.columns.map((c) => ({
      kind: 'physical' as const,
      name: c.name,
      type:
        c.type.kind === 'TIMESTAMP' || c.type.kind === 'TIMESTAMP_LTZ'
          ? { ...c.type, timeAttribute: undefined }
          : c.type,
    })),
  };
  const path = st.name.map((n) => n.value);
  const full =
    path.length === 3
      ? path
      : path.length === 2
        ? [s.currentCatalog, ...path]
        : [s.currentCatalog, s.currentDatabase, ...path];
  return { full, table };
}

/** The INSERT that fills a CTAS / RTAS target. */
function fillingInsert(st: CreateTable): Insert {
  return {
    kind: 'Insert',
    overwrite: false,
    table: st.name,
    hints: [],
    query: st.asQuery!,
    span: st.span,
  };
}

/**
 * Creates a CTAS target table and returns the INSERT that fills it, or undefined when it exists
 * and IF NOT EXISTS was given (nothing to do).
 */
export function createCtasTarget(
  s: SessionState,
  st: CreateTable,
  source: string | undefined,
): Insert | undefined {
  const { full, table } = ctasTable(s, st, source);
  const cat = s.catalogs.getCatalog(full[0]!)!;
  // REPLACE TABLE … AS needs the table (TableEnvironmentImpl#getModifyOperation for RTAS).
  if (st.replaceOnly === true && cat.getObject(full[1]!, full[2]!) === undefined)
    throw validationError(
      `The table ${full.map((p) => '`' + p.replace(/`/g, '``') + '`').join('.')} to be replaced doesn't exist. You can try to use CREATE TABLE AS statement or CREATE OR REPLACE TABLE AS statement.`,
      st.span,
    );
  if (cat.getObject(full[1]!, full[2]!) !== undefined) {
    if (st.ifNotExists) return undefined;
    // CREATE OR REPLACE TABLE … AS (Flink's RTAS, non-atomic): drop, then create and fill.
    if (st.orReplace) cat.dropObject(full[1]!, full[2]!);
  }
  if (cat.getObject(full[1]!, full[2]!) !== undefined) {
    throw validationError(
      `Table (or view) ${full[1]}.${full[2]} already exists in Catalog ${full[0]}.`,
      st.span,
    );
  }
  cat.createObject(full[1]!, full[2]!, JSON.parse(JSON.stringify(table)) as typeof table);
  return fillingInsert(st);
}

/**
 * EXPLAIN of a CTAS / RTAS (Flink explains the query into the table it would create): the target
 * is planned as a session-temporary table for the time of `plan` only, so nothing reaches the
 * catalog (a Kafka catalog would create a topic).
 */
export function withExplainedCtasTarget<T>(
  s: SessionState,
  st: CreateTable,
  source: string | undefined,
  plan: (insert: Insert) => T,
): T {
  const { full, table } = ctasTable(s, st, source);
  const temporary = s.catalogs.temporary;
  if (temporary === undefined)
    throw validationError('EXPLAIN CREATE TABLE AS needs a session with temporary tables', st.span);
  const shadowed = temporary.get(full);
  temporary.set(full, table);
  try {
    return plan(fillingInsert(st));
  } finally {
    if (shadowed === undefined) temporary.delete(full);
    else temporary.set(full, shadowed);
  }
}

/**
 * A statement set's members as INSERTs: each CREATE TABLE … AS creates its table (in order)
 * and becomes the INSERT that fills it.
 */
export function statementSetInserts(s: SessionState, st: StatementSet, source: string | undefined): Insert[] {
  // The set may hold CTAS members (the client's BEGIN STATEMENT SET form).
  const members = st.statements as readonly (Insert | CreateTable)[];
  const inserts: Insert[] = [];
  for (const m of members) {
    if (m.kind === 'Insert') inserts.push(m);
    else {
      const ins = createCtasTarget(s, m, source);
      if (ins !== undefined) inserts.push(ins);
    }
  }
  return inserts;
}
