/**
 * CREATE TABLE / VIEW, DROP, ALTER TABLE against the catalog, with Flink's checks and messages.
 */
import { assertNever, SqlError } from '../../../common/errors.js';
import { formatType, notNull, quoteIdentifier, type LogicalType } from '../../../types/index.js';
import { ExprTranslator } from '../validator/expr-translator.js';
import { Scope } from '../validator/scope.js';
import type {
  AlterTable,
  AlterView,
  ColumnDef,
  CreateTable,
  CreateView,
  DropObject,
  Expr,
  Query,
} from '../ast/index.js';
import { printExpression } from '../printer/index.js';
import type { CatalogColumn, CatalogTable, CatalogView } from '../catalog/catalog-api.js';
import { validationError } from '../validator/errors.js';
import { flinkCastTarget } from '../validator/cast-target.js';
import { toLogicalType } from '../validator/data-type.js';
import { tableColumns } from '../validator/scan.js';
import { translateQuery } from '../validator/query-translator.js';
import { findObject, qualify, resolveObject } from '../validator/table-resolver.js';
import { alterAddModify, alterDrop } from './alter-table-schema.js';
import { mergeLike, validateLikeOptions } from './merge-table-like.js';
import { sliceSource, translateContext, type SessionState } from './state.js';
import { expandedViewQuery } from './view-text.js';

/**
 * An expression as Flink serialises it in the catalog (and shows it in DESCRIBE / SHOW
 * CREATE TABLE): column names in backticks, keywords and units canonical.
 */
export function canonicalSql(e: Expr): string {
  const quote = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(quote);
    if (n === null || typeof n !== 'object') return n;
    const o = n as Record<string, unknown>;
    if (o['kind'] === 'ColumnRef') {
      return { ...o, names: (o['names'] as Record<string, unknown>[]).map((i) => ({ ...i, quoted: true })) };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = k === 'span' ? v : quote(v);
    return out;
  };
  return printExpression(quote(e) as Expr);
}

function catalogOf(s: SessionState, path: [string, string, string], span: CreateTable['span']) {
  const cat = s.catalogs.getCatalog(path[0]);
  // CatalogManager's message when a DDL names a missing catalog (sql-gateway catalog_database.q).
  if (cat === undefined) throw validationError(`Catalog ${path[0]} does not exist.`, span);
  if (!cat.databaseExists(path[1]))
    throw validationError(`Database '${path[0]}.${path[1]}' does not exist`, span);
  return cat;
}

/**
 * A physical or metadata column's type as Flink stores it: SchemaBuilderUtil derives the Calcite
 * type of the DDL type and converts it back with FlinkTypeFactory.toLogicalType, the same
 * reduction CAST targets get (TIME(p) is TIME(0), day-time intervals INTERVAL SECOND(3),
 * year-month intervals INTERVAL MONTH, nested types too).
 */
function ddlColumnType(t: Parameters<typeof toLogicalType>[0]): LogicalType {
  return flinkCastTarget(toLogicalType(t));
}

/** One column definition as a catalog column. */
function columnFromDef(col: ColumnDef): CatalogColumn {
  const comment = col.comment === undefined ? {} : { comment: col.comment };
  if (col.kind === 'PhysicalColumn')
    return { kind: 'physical', name: col.name.value, type: ddlColumnType(col.type), ...comment };
  if (col.kind === 'ComputedColumn')
    return { kind: 'computed', name: col.name.value, expr: canonicalSql(col.expr), ...comment };
  return {
    kind: 'metadata',
    name: col.name.value,
    type: ddlColumnType(col.type),
    ...(col.from !== undefined ? { key: col.from } : {}),
    virtual: col.virtual,
    ...comment,
  };
}

/** SqlConstraintValidator: Flink owns no data, so only NOT ENFORCED keys are accepted. */
function enforcedPrimaryKey(span: CreateTable['span']): SqlError {
  return validationError(
    "Flink doesn't support ENFORCED mode for PRIMARY KEY constraint. ENFORCED/NOT ENFORCED controls if the constraint checks are performed on the incoming/outgoing data. Flink does not own the data therefore the only supported mode is the NOT ENFORCED mode",
    span,
  );
}

/** Builds the catalog table of a CREATE TABLE (without its AS query). */
export function tableFromDdl(
  s: SessionState,
  c: CreateTable,
  source: string | undefined,
  /** CTAS: merges the declared columns with the query's before the watermark and key are checked. */
  mergeColumns?: (declared: CatalogColumn[]) => CatalogColumn[],
): CatalogTable {
  let columns: CatalogColumn[] = [];
  let watermark: CatalogTable['watermark'];
  let options: Record<string, string> = {};
  let primaryKey = c.primaryKey;
  const ctx = translateContext(s, source);
  // SqlCreateTable#validate (the ENFORCED mode, SqlTableLike's options) runs before the
  // converter resolves LIKE and merges.
  const declaredPk =
    primaryKey ??
    c.columns.flatMap((x) => (x.kind === 'PhysicalColumn' && x.primaryKey ? [x.primaryKey] : []))[0];
  if (declaredPk?.enforced) throw enforcedPrimaryKey(declaredPk.span);
  if (c.like !== undefined) validateLikeOptions(c.like);
  let partitionKeys: readonly string[] = c.partitionedBy.map((x) => x.value);
  let distribution: CatalogTable['distribution'] = c.distribution
    ? {
        ...(c.distribution.algorithm ? { algorithm: c.distribution.algorithm } : {}),
        columns: c.distribution.columns.map((x) => x.value),
        ...(c.distribution.buckets !== undefined ? { buckets: c.distribution.buckets } : {}),
      }
    : undefined;
  let inheritedPk: CatalogTable['primaryKey'];
  if (c.like !== undefined) {
    // SqlCreateTableLikeConverter#lookupLikeSourceTable: ObjectIdentifier#toString, then the
    // source name's position.
    const src = c.like.source;
    const at = `at line ${src[0]!.span.start.line}, column ${src[0]!.span.start.column}`;
    const names = src.map((n) => n.value);
    const found = names.length <= 3 ? findObject(ctx, names) : resolveObject(ctx, src, c.like.span);
    if (found === undefined)
      throw validationError(
        `Source table '${qualify(s, names).join('.')}' of the LIKE clause not found in the catalog, ${at}`,
        src[0]!.span,
      );
    if (found.object.kind !== 'TABLE')
      throw validationError(
        `Source table '${found.path.join('.')}' of the LIKE clause can not be a VIEW, ${at}`,
        src[0]!.span,
      );
    const merged = mergeLike(c, found.object, columnFromDef);
    columns = merged.columns;
    watermark = merged.watermark;
    options = merged.options;
    inheritedPk = merged.primaryKey;
    if (merged.partitionKeys) partitionKeys = merged.partitionKeys;
    if (merged.distribution) distribution = merged.distribution;
    for (const col of c.columns)
      if (col.kind === 'PhysicalColumn' && col.primaryKey)
        primaryKey = { ...col.primaryKey, columns: [col.name] };
  }
  for (const col of c.like !== undefined ? [] : c.columns) {
    if (columns.some((x) => x.name === col.name.value)) {
      throw validationError(`A column named '${col.name.value}' already exists in the table.`, col.name.span);
    }
    columns.push(columnFromDef(col));
    if (col.kind === 'PhysicalColumn' && col.primaryKey) {
      if (primaryKey) throw validationError('Duplicate primary key definition', col.primaryKey.span);
      primaryKey = { ...col.primaryKey, columns: [col.name] };
    }
  }
  if (mergeColumns) columns = mergeColumns(columns);
  if (c.watermark) {
    const name = c.watermark.column.map((n) => n.value).join('.');
    if (!columns.some((x) => x.name === name)) {
      throw validationError(
        // SchemaBuilderUtil#verifyRowtimeAttribute: the column's position, then the fields
        // physical, metadata, computed (the order its name-to-type map is filled in).
        `The rowtime attribute field '${name}' is not defined in the table schema, at line ${c.watermark.column[0]!.span.start.line}, column ${c.watermark.column[0]!.span.start.column}\nAvailable fields: [${[
          'physical',
          'metadata',
          'computed',
        ]
          .flatMap((k) => columns.filter((x) => x.kind === k).map((x) => `'${x.name}'`))
          .join(', ')}]`,
        c.watermark.column[0]!.span,
      );
    }
    watermark = { column: name, expr: canonicalSql(c.watermark.expr) };
    const col = columns.find((x) => x.name === name)!;
    if (col.kind !== 'computed') {
      const t = col.type;
      if ((t.kind !== 'TIMESTAMP' && t.kind !== 'TIMESTAMP_LTZ') || t.precision > 3) {
        throw validationError(
          `Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is ${formatType(t)}`,
          c.watermark.column[0]!.span,
        );
      }
    }
  }
  let pk: CatalogTable['primaryKey'];
  if (primaryKey) {
    if (primaryKey.enforced) throw enforcedPrimaryKey(primaryKey.span);
    const names = primaryKey.columns.map((x) => x.value);
    for (const n of primaryKey.columns) {
      const col = columns.find((x) => x.name === n.value);
      if (col === undefined)
        throw validationError(`Primary key column '${n.value}' is not defined in the table schema`, n.span);
      if (col.kind !== 'physical')
        throw validationError(
          `Could not create a PRIMARY KEY with column '${n.value}'. A PRIMARY KEY constraint must be declared on physical columns.`,
          n.span,
        );
    }
    // Primary key columns are NOT NULL (Flink makes them so).
    columns = columns.map((x) =>
      x.kind === 'physical' && names.includes(x.name) ? { ...x, type: notNull(x.type) } : x,
    );
    pk = { ...(primaryKey.name ? { name: primaryKey.name.value } : {}), columns: names };
  }
  if (!pk && inheritedPk) pk = inheritedPk;
  // verifyPartitioningColumnsExist, on the merged schema.
  for (const key of partitionKeys) {
    if (!columns.some((x) => x.name === key)) {
      const span = c.partitionedBy.find((x) => x.value === key)?.span ?? c.span;
      throw validationError(
        `Partition column '${key}' not defined in the table schema. Available columns: [${columns.map((x) => `'${x.name}'`).join(', ')}]`,
        span,
      );
    }
  }
  if (c.like === undefined) for (const p of c.options) options[p.key] = p.value;
  const table: CatalogTable = {
    kind: 'TABLE',
    columns,
    ...(watermark ? { watermark } : {}),
    ...(pk ? { primaryKey: pk } : {}),
    options,
    ...(c.comment !== undefined ? { comment: c.comment } : {}),
    ...(partitionKeys.length ? { partitionKeys } : {}),
    ...(distribution ? { distribution } : {}),
  };
  // Validates computed columns and the watermark now, as Flink does at CREATE time, with the
  // statement's own positions for errors in the expressions.
  const raw = new Scope(
    columns
      .filter((x) => x.kind !== 'computed')
      .map((x) => ({ name: x.name, type: (x as { type: LogicalType }).type })),
  );
  for (const col of c.columns)
    if (col.kind === 'ComputedColumn') new ExprTranslator(ctx.expr, raw).translate(col.expr);
  tableColumns(ctx, table, c.name[c.name.length - 1]!.value);
  return table;
}

/** CREATE TABLE without AS. */
export function createTable(s: SessionState, c: CreateTable, source: string | undefined): void {
  const path = qualify(
    s,
    c.name.map((n) => n.value),
  );
  const cat = catalogOf(s, path, c.span);
  if (c.temporary) {
    if (temporaryExists(s, path, c.ifNotExists, c.name[0]!.span)) return;
    s.catalogs.temporary!.set(path, tableFromDdl(s, c, source));
    return;
  }
  if (cat.getObject(path[1], path[2]) !== undefined) {
    if (c.ifNotExists) return;
    if (!c.orReplace) throw exists(path, c.name[0]!.span);
  }
  const table = tableFromDdl(s, c, source);
  if (c.orReplace) cat.replaceObject(path[1], path[2], table);
  else cat.createObject(path[1], path[2], table);
}

/**
 * Whether a temporary object of this path exists (CatalogManager.createTemporaryTable: an error
 * unless IF NOT EXISTS). A catalog object of the same path does not matter: the temporary one
 * shadows it.
 */
function temporaryExists(
  s: SessionState,
  path: string[],
  ifNotExists: boolean,
  span: CreateTable['span'],
): boolean {
  if (s.catalogs.temporary === undefined)
    throw validationError('This session does not support temporary tables and views', span);
  if (s.catalogs.temporary.get(path) === undefined) return false;
  if (ifNotExists) return true;
  throw validationError(`Temporary table '${path.map(quoteIdentifier).join('.')}' already exists`, span);
}

function exists(path: string[], span: CreateTable['span']): SqlError {
  return validationError(`Table (or view) ${path[1]}.${path[2]} already exists in Catalog ${path[0]}.`, span);
}

/** CREATE VIEW. */
export function createView(s: SessionState, c: CreateView, source: string | undefined): void {
  const path = qualify(
    s,
    c.name.map((n) => n.value),
  );
  const cat = catalogOf(s, path, c.span);
  if (c.temporary) {
    if (temporaryExists(s, path, c.ifNotExists, c.name[0]!.span)) return;
  } else if (cat.getObject(path[1], path[2]) !== undefined) {
    if (c.ifNotExists) return;
    throw exists(path, c.name[0]!.span);
  }
  const ctx = translateContext(s, source);
  const rel = translateQuery(c.query, ctx);
  if (c.columns && c.columns.length !== rel.columns.length) {
    throw validationError(
      `VIEW definition and input fields not match:\n\tDef fields: [${c.columns.map((x) => x.value).join(', ')}].\n\tInput fields: [${rel.columns.map((x) => x.name).join(', ')}].`,
      c.span,
    );
  }
  const view: CatalogView = {
    kind: 'VIEW',
    query: sliceSource(source, c.query.span),
    ...viewExpansion(c.query, ctx),
    columns: rel.columns.map((col, i) => ({ name: c.columns?.[i]?.value ?? col.name, type: col.type })),
    ...(c.comment !== undefined ? { comment: c.comment } : {}),
  };
  if (c.temporary) s.catalogs.temporary!.set(path, view);
  else cat.createObject(path[1], path[2], view);
}

/** The view's expanded query (Flink's SHOW CREATE VIEW text), resolved where the view is created. */
function viewExpansion(q: Query, ctx: ReturnType<typeof translateContext>): { expandedQuery?: string } {
  const expanded = expandedViewQuery(q, (names) => findObject(ctx, names)?.path);
  return expanded === undefined ? {} : { expandedQuery: expanded };
}

/** DROP TABLE / VIEW. */
export function dropObject(s: SessionState, d: DropObject): void {
  const path = qualify(
    s,
    d.name.map((n) => n.value),
  );
  const what = d.object === 'TABLE' ? 'table' : 'view';
  const temp = s.catalogs.temporary?.get(path);
  const tempMatches = temp !== undefined && temp.kind === d.object;
  if (d.temporary) {
    // CatalogManager.dropTemporaryTableInternal: only a temporary object of the statement's kind.
    if (tempMatches) s.catalogs.temporary!.delete(path);
    else if (!d.ifExists)
      throw validationError(
        `Temporary table or view with identifier '${path.join('.')}' does not exist.`,
        d.name[0]!.span,
      );
    return;
  }
  if (tempMatches)
    throw validationError(
      `Temporary ${what} with identifier '${path.map(quoteIdentifier).join('.')}' exists. Drop it first before removing the permanent ${what}.`,
      d.name[0]!.span,
    );
  // A permanent DROP never sees a temporary object (of the other kind): the catalog's own object.
  const object = s.catalogs.getCatalog(path[0])?.getObject(path[1], path[2]);
  const found = object === undefined ? undefined : { object };
  if (found === undefined) {
    if (d.ifExists) return;
    const what = d.object === 'TABLE' ? 'Table' : 'View';
    throw validationError(`${what} with identifier '${path.join('.')}' does not exist.`, d.name[0]!.span);
  }
  if (d.object === 'TABLE' && found.object.kind === 'VIEW') {
    throw validationError(`Table with identifier '${path.join('.')}' does not exist.`, d.name[0]!.span);
  }
  if (d.object === 'VIEW' && found.object.kind === 'TABLE') {
    throw validationError(`View with identifier '${path.join('.')}' does not exist.`, d.name[0]!.span);
  }
  s.catalogs.getCatalog(path[0])!.dropObject(path[1], path[2]);
}

/** ALTER TABLE (options, rename, columns). */
export function alterTable(s: SessionState, a: AlterTable, source: string | undefined): void {
  const ctx = translateContext(s, source);
  // SqlAlterTableSchema#validate (SqlConstraintValidator) runs before the table is looked up.
  if (a.action.type === 'ADD' || a.action.type === 'MODIFY') {
    for (const { item } of a.action.items) {
      const pk =
        item.kind === 'PrimaryKey' ? item : item.kind === 'PhysicalColumn' ? item.primaryKey : undefined;
      if (pk?.enforced) throw enforcedPrimaryKey(pk.span);
    }
  }
  const names = a.name.map((n) => n.value);
  const found = findObject(ctx, names);
  // Flink refuses ALTER TABLE of a temporary table with the same message as a missing one.
  if (found === undefined || found.temporary) {
    if (a.ifExists) return;
    throw validationError(
      `Table \`${qualify(s, names).join('`.`')}\` doesn't exist or is a temporary table.`,
      a.name[0]!.span,
    );
  }
  if (found.object.kind !== 'TABLE') throw validationError(`ALTER TABLE for a view is not allowed`, a.span);
  const cat = s.catalogs.getCatalog(found.path[0])!;
  const t = found.object;
  const act = a.action;
  let next: CatalogTable;
  switch (act.type) {
    case 'SET': {
      const options = { ...t.options };
      for (const p of act.options) options[p.key] = p.value;
      next = { ...t, options };
      break;
    }
    case 'RESET': {
      if (act.keys.length === 0)
        throw validationError('ALTER TABLE RESET does not support empty key', a.span);
      const options = { ...t.options };
      for (const k of act.keys) {
        if (k === 'connector')
          throw validationError("ALTER TABLE RESET does not support changing 'connector'", a.span);
        delete options[k];
      }
      next = { ...t, options };
      break;
    }
    case 'RENAME TABLE': {
      const to = qualify(
        s,
        act.newName.map((n) => n.value),
      );
      if (cat.getObject(to[1], to[2]) !== undefined) throw exists(to, a.span);
      cat.dropObject(found.path[1], found.path[2]);
      cat.createObject(to[1], to[2], t);
      return;
    }
    case 'ADD':
    case 'MODIFY':
      next = alterAddModify(t, act, columnFromDef, canonicalSql);
      // The new schema must still be valid (computed columns, watermark).
      tableColumns(ctx, next, found.path[2]);
      break;
    case 'RENAME COLUMN':
    case 'DROP COLUMNS':
    case 'DROP WATERMARK':
    case 'DROP PRIMARY KEY':
    case 'DROP CONSTRAINT':
    case 'DROP DISTRIBUTION':
      next = alterDrop(t, act, a.span)!;
      tableColumns(ctx, next, found.path[2]);
      break;
    default:
      return assertNever(act, 'ALTER TABLE action');
  }
  cat.replaceObject(found.path[1], found.path[2], next);
}

/** ALTER VIEW … RENAME TO / AS query (Flink's AlterViewRenameOperation / AlterViewAsOperation). */
export function alterView(s: SessionState, a: AlterView, source: string | undefined): void {
  const ctx = translateContext(s, source);
  const names = a.name.map((n) => n.value);
  const found = findObject(ctx, names);
  if (found === undefined || found.temporary)
    throw validationError(
      `View \`${qualify(s, names).join('`.`')}\` doesn't exist or is a temporary view.`,
      a.name[0]!.span,
    );
  if (found.object.kind !== 'VIEW') throw validationError('ALTER VIEW for a table is not allowed', a.span);
  const cat = s.catalogs.getCatalog(found.path[0])!;
  const view = found.object;
  if (a.action.type === 'RENAME') {
    const to = qualify(
      s,
      a.action.newName.map((n) => n.value),
    );
    if (to[0] !== found.path[0])
      throw validationError(
        `The catalog name of the new view name '${to.join('.')}' must be the same as the old view's catalog '${found.path[0]}'.`,
        a.action.newName[0]!.span,
      );
    if (cat.getObject(to[1], to[2]) !== undefined) throw exists(to, a.action.newName[0]!.span);
    if (!cat.databaseExists(to[1]))
      throw validationError(
        `Database ${to[1]} does not exist in Catalog ${to[0]}.`,
        a.action.newName[0]!.span,
      );
    cat.dropObject(found.path[1], found.path[2]);
    cat.createObject(to[1], to[2], view);
    return;
  }
  const rel = translateQuery(a.action.query, ctx);
  const next: CatalogView = {
    kind: 'VIEW',
    query: sliceSource(source, a.action.query.span),
    ...viewExpansion(a.action.query, ctx),
    columns: rel.columns.map((col) => ({ name: col.name, type: col.type })),
    ...(view.comment !== undefined ? { comment: view.comment } : {}),
  };
  cat.replaceObject(found.path[1], found.path[2], next);
}
