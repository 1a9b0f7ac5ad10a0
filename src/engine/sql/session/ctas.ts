/**
 * CREATE TABLE … AS SELECT (Flink's non-atomic CTAS / RTAS): the target table is created from the
 * query's schema, then filled by an INSERT INTO it. Alone it runs as its own job; inside the SQL
 * client's statement set (`BEGIN STATEMENT SET; … END`, which Flink's gateway accepts for
 * INSERT and CREATE TABLE AS: statement_set.q) every target is created first, as Flink's
 * TableEnvironmentImpl turns each CreateTableASOperation into a sink before translating the set,
 * and all the inserts run as one job.
 */
import type { CreateTable, Insert, StatementSet } from '../ast/index.js';
import type { CatalogColumn, CatalogTable } from '../catalog/catalog-api.js';
import { supportsImplicitCast } from '../../../types/cast-rules.js';
import { formatType } from '../../../types/format-type.js';
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
): { full: string[]; table: CatalogTable; queryNames: string[] } {
  // SqlCreateTableAs#validate: a temporary CTAS is refused (not silently made permanent).
  if (st.temporary && !st.orReplace)
    throw validationError(
      'CREATE TABLE AS SELECT syntax does not support to create temporary table yet.',
      st.span,
    );
  const ctx = translateContext(s, source);
  const rel = translateQuery(st.asQuery!, ctx);
  // The query's columns as physical columns (time attributes are not kept).
  const queryColumns: CatalogColumn[] = rel.columns.map((c) => ({
    kind: 'physical' as const,
    name: c.name,
    type:
      c.type.kind === 'TIMESTAMP' || c.type.kind === 'TIMESTAMP_LTZ'
        ? { ...c.type, timeAttribute: undefined }
        : c.type,
  }));
  const table = tableFromDdl(s, st, source, (declared) =>
    st.columnNames !== undefined
      ? reorderColumns(st, queryColumns)
      : declared.length > 0
        ? mergeColumns(st, declared, queryColumns)
        : queryColumns,
  );
  const path = st.name.map((n) => n.value);
  const full =
    path.length === 3
      ? path
      : path.length === 2
        ? [s.currentCatalog, ...path]
        : [s.currentCatalog, s.currentDatabase, ...path];
  return { full, table, queryNames: queryColumns.map((c) => c.name) };
}

/**
 * MergeTableAsUtil#reorderColumns: `(b, a)` names every query column once, in a new order.
 */
function reorderColumns(st: CreateTable, queryColumns: readonly CatalogColumn[]): CatalogColumn[] {
  const names = st.columnNames!;
  if (names.length !== queryColumns.length)
    throw validationError(
      'The number of columns in the column list must match the number of columns in the source schema.',
      st.span,
    );
  const seen = new Set<string>();
  return names.map((n) => {
    const col = queryColumns.find((c) => c.name === n.value);
    if (col === undefined)
      throw validationError(`Column '${n.value}' not found in the source schema. `, n.span);
    if (seen.has(n.value))
      throw validationError(`A column named '${n.value}' already exists in the schema. `, n.span);
    seen.add(n.value);
    return col;
  });
}

/**
 * MergeTableAsUtil#mergeColumns: the declared columns the query lacks come first (in their
 * order), then the query's columns; a declared physical column of a query column's name keeps the
 * query column's place with the declared type, which the query's type must cast to implicitly.
 */
function mergeColumns(
  st: CreateTable,
  declared: readonly CatalogColumn[],
  queryColumns: readonly CatalogColumn[],
): CatalogColumn[] {
  const fromQuery = queryColumns.slice();
  const sinkOnly: CatalogColumn[] = [];
  declared.forEach((col, pos) => {
    const i = fromQuery.findIndex((c) => c.name === col.name);
    const span = st.columns[pos]?.name.span ?? st.span;
    if (i < 0) {
      // maybeRewriteQuery fills it with NULL: a NOT NULL (or primary key) column cannot take it.
      const pk = st.primaryKey?.columns.some((c) => c.value === col.name) === true;
      if (col.kind === 'physical' && (!col.type.nullable || pk))
        throw validationError(`Column '${col.name}' has no default value and does not allow NULLs.`, span);
      sinkOnly.push(col);
      return;
    }
    if (col.kind !== 'physical')
      throw validationError(
        `A column named '${col.name}' already exists in the source schema. Computed and metadata columns cannot overwrite regular columns.`,
        span,
      );
    const source = fromQuery[i]! as Extract<CatalogColumn, { kind: 'physical' }>;
    if (!supportsImplicitCast(source.type, col.type))
      throw validationError(
        `Incompatible types for sink column '${col.name}' at position ${pos}. The source column has type '${formatType(source.type)}', while the target column has type '${formatType(col.type)}'.`,
        span,
      );
    fromQuery[i] = col;
  });
  return [...sinkOnly, ...fromQuery];
}

/**
 * The INSERT that fills a CTAS / RTAS target. With a column list the query's columns go to the
 * target's columns of the same names and the others get NULL (MergeTableAsUtil#maybeRewriteQuery),
 * which an INSERT with the query's names as its column list does.
 */
function fillingInsert(st: CreateTable, queryColumnNames?: readonly string[]): Insert {
  const byName = queryColumnNames !== undefined && (st.columns.length > 0 || st.columnNames !== undefined);
  return {
    kind: 'Insert',
    overwrite: false,
    table: st.name,
    hints: [],
    ...(byName
      ? {
          columns: queryColumnNames.map((value) => ({
            kind: 'Identifier' as const,
            value,
            quoted: true,
            span: st.span,
          })),
        }
      : {}),
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
  const { full, table, queryNames } = ctasTable(s, st, source);
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
  return fillingInsert(st, queryNames);
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
  const { full, table, queryNames } = ctasTable(s, st, source);
  const temporary = s.catalogs.temporary;
  if (temporary === undefined)
    throw validationError('EXPLAIN CREATE TABLE AS needs a session with temporary tables', st.span);
  const shadowed = temporary.get(full);
  temporary.set(full, table);
  try {
    return plan(fillingInsert(st, queryNames));
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
