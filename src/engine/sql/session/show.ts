/**
 * SHOW …, DESCRIBE and SHOW CREATE TABLE / VIEW as Flink prints them (column names, order).
 */
import {
  booleanType,
  formatType,
  quoteIdentifier,
  withNullable,
  type LogicalType,
} from '../../../types/index.js';
import type { Row } from '../../runtime/batch.js';
import type { Describe, ShowCreate, ShowCurrent, ShowObjects } from '../ast/index.js';
import type { CatalogObject, CatalogTable } from '../catalog/catalog-api.js';
import { validationError } from '../validator/errors.js';
import { tableColumns } from '../validator/scan.js';
import { findObject, qualify, resolveObject } from '../validator/table-resolver.js';
import { isSystemColumn } from '../validator/system-columns.js';
import { serializableType } from '../validator/type-text.js';
import type { ResultColumn, TableResult } from './results.js';
import { compareJavaStrings, stringColumn } from './result-columns.js';
import { showJobs, showModules, userFunctionNames } from './function-statements.js';
import { confluentCreateTableText, isKafkaTable } from './confluent-create-table.js';
import { displayOptionValue } from './sensitive-options.js';
import { translateContext, type SessionState } from './state.js';
import { CHANGELOG_PTFS } from '../validator/changelog-ptf.js';

export { stringColumn };

function table(columns: ResultColumn[], rows: Row[]): TableResult {
  return { kind: 'table', columns, rows };
}

/** SQL LIKE pattern → RegExp (for SHOW … LIKE). */
function likeRegex(pattern: string, ilike: boolean): RegExp {
  let re = '';
  for (const ch of pattern)
    re += ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${re}$`, ilike ? 'si' : 's');
}

/** SHOW CATALOGS / DATABASES / TABLES / VIEWS / FUNCTIONS / COLUMNS. */
export function showObjects(s: SessionState, st: ShowObjects): TableResult {
  let names: string[];
  let header: string;
  const like = st.like;
  const filter = (xs: string[]): string[] => {
    if (!like) return xs;
    const re = likeRegex(like.pattern, like.ilike);
    return xs.filter((x) => re.test(x) !== like.negated);
  };
  const fromDb = (): [string, string] => {
    if (!st.from) return [s.currentCatalog, s.currentDatabase];
    const n = st.from.name.map((x) => x.value);
    return n.length === 1 ? [s.currentCatalog, n[0]!] : [n[0]!, n[1]!];
  };
  switch (st.object) {
    case 'CATALOGS':
      header = 'catalog name';
      names = s.catalogs.listCatalogs();
      break;
    case 'DATABASES': {
      header = 'database name';
      const c = st.from ? st.from.name[0]!.value : s.currentCatalog;
      const cat = s.catalogs.getCatalog(c);
      if (!cat) throw validationError(`Catalog ${c} does not exist`, st.span);
      names = cat.listDatabases();
      break;
    }
    case 'TABLES':
    case 'VIEWS': {
      header = st.object === 'TABLES' ? 'table name' : 'view name';
      const [c, d] = fromDb();
      const cat = s.catalogs.getCatalog(c);
      if (!cat || !cat.databaseExists(d))
        throw validationError(`Database '${c}.${d}' does not exist`, st.span);
      // CatalogManager.listTables / listViews: the catalog's objects and the temporary ones.
      names = [...cat.listObjects(d), ...(s.catalogs.temporary?.list(c, d) ?? [])]
        .filter((o) => st.object === 'TABLES' || o.object.kind === 'VIEW')
        .map((o) => o.name);
      names = [...new Set(names)];
      break;
    }
    case 'FUNCTIONS':
    case 'USER FUNCTIONS': {
      header = 'function name';
      const user = userFunctionNames(s);
      names =
        st.object === 'FUNCTIONS'
          ? [
              ...new Set([
                ...user,
                ...s.registry
                  .names()
                  .filter((n) => /^[A-Z_][A-Z0-9_]*$/.test(n))
                  .map((n) => n.toLowerCase()),
                // Built-in PTFs are functions of Flink's core module too (BuiltInFunctionDefinitions).
                ...CHANGELOG_PTFS.map((n) => n.toLowerCase()),
              ]),
            ]
          : user;
      break;
    }
    case 'MODULES':
    case 'FULL MODULES':
      return showModules(s, st.object === 'FULL MODULES');
    case 'JOBS':
      return showJobs(s);
    case 'JARS':
      return { kind: 'table', columns: [stringColumn('jars')], rows: s.jars.map((j) => [j]) };
    case 'COLUMNS': {
      if (!st.from) throw validationError('SHOW COLUMNS needs FROM table', st.span);
      const r = describe(s, {
        kind: 'Describe',
        keyword: 'DESCRIBE',
        extended: false,
        name: st.from.name,
        span: st.span,
      });
      const re = like ? likeRegex(like.pattern, like.ilike) : undefined;
      return table(
        r.columns.slice(),
        r.rows.filter((row) => re === undefined || re.test(row[0] as string) !== like!.negated),
      );
    }
    default:
      throw validationError(`SHOW ${st.object} is not supported`, st.span);
  }
  return table(
    [stringColumn(header, false)],
    filter([...names].sort()).map((n) => [n]),
  );
}

/** SHOW CURRENT CATALOG / DATABASE. */
export function showCurrent(s: SessionState, st: ShowCurrent): TableResult {
  return st.object === 'CATALOG'
    ? table([stringColumn('current catalog name', false)], [[s.currentCatalog]])
    : table([stringColumn('current database name', false)], [[s.currentDatabase]]);
}

function typeText(t: LogicalType): string {
  return formatType(withNullable(t, true));
}

/**
 * DESCRIBE t: name, type, null, key, extras, watermark, and a `comment` column when some column of
 * the schema has a comment (ShowColumnsOperation#isSchemaNonColumnComments).
 */
export function describe(s: SessionState, d: Describe): TableResult {
  const ctx = translateContext(s, undefined);
  const names = d.name.map((n) => n.value);
  const found = names.length <= 3 ? findObject(ctx, names) : resolveObject(ctx, d.name, d.span);
  // DescribeTableOperation's message (the identifier's summary string, no backquotes).
  if (found === undefined)
    throw validationError(
      `Tables or views with the identifier '${qualify(ctx, names).join('.')}' doesn't exist.`,
      d.span,
    );
  const b = booleanType(false);
  const columns: ResultColumn[] = [
    stringColumn('name', false),
    stringColumn('type', false),
    { name: 'null', type: formatType(withNullable(b, true)), logicalType: withNullable(b, true) },
    stringColumn('key'),
    stringColumn('extras'),
    stringColumn('watermark'),
  ];
  const o = found.object;
  if (o.kind === 'VIEW') {
    return table(
      columns,
      o.columns.map((c) => [c.name, typeText(c.type), c.type.nullable, null, null, null]),
    );
  }
  const cols = tableColumns(ctx, o, found.path[2]);
  const pk = o.primaryKey;
  // The whole schema decides, not the rows a LIKE keeps (as ShowColumnsOperation).
  const withComments = o.columns.some((c) => c.comment !== undefined);
  if (withComments) columns.push(stringColumn('comment'));
  const rows: Row[] = o.columns.flatMap((c, i) => {
    // System columns ($rowtime) only in DESCRIBE EXTENDED, as in Confluent.
    if (!d.extended && isSystemColumn(c)) return [];
    const t = cols[i]!.type;
    let extras: string | null = null;
    if (c.kind === 'computed') extras = `AS ${c.expr}`;
    if (c.kind === 'metadata')
      extras = `METADATA${c.key !== undefined ? ` FROM '${c.key}'` : ''}${c.virtual ? ' VIRTUAL' : ''}`;
    const key = pk?.columns.includes(c.name) ? `PRI(${pk.columns.join(', ')})` : null;
    const wm = o.watermark?.column === c.name ? o.watermark.expr : null;
    const row: Row = [c.name, typeText(t), t.nullable, key, extras, wm];
    if (withComments) row.push(c.comment ?? null);
    return [row];
  });
  return table(columns, rows);
}

/** The DDL of a table as Flink's SHOW CREATE TABLE prints it. */
export function createTableText(
  path: readonly string[],
  t: CatalogTable,
  colTypes: readonly LogicalType[],
): string {
  const q = quoteIdentifier;
  // System columns ($rowtime) and their watermark are implicit: SHOW CREATE TABLE leaves them out.
  const hidden = new Set(t.columns.filter(isSystemColumn).map((c) => c.name));
  const lines: string[] = t.columns.flatMap((c, i) => {
    if (hidden.has(c.name)) return [];
    const comment = c.comment !== undefined ? ` COMMENT '${c.comment.replace(/'/g, "''")}'` : '';
    if (c.kind === 'computed') return `  ${q(c.name)} AS ${c.expr}${comment}`;
    // ShowCreateUtil.getColumnString: LogicalType#asSerializableString (VARCHAR(2147483647), not STRING).
    const type = serializableType(c.kind === 'physical' ? c.type : colTypes[i]!);
    if (c.kind === 'metadata')
      return `  ${q(c.name)} ${type} METADATA${c.key !== undefined ? ` FROM '${c.key}'` : ''}${c.virtual ? ' VIRTUAL' : ''}${comment}`;
    return `  ${q(c.name)} ${type}${comment}`;
  });
  if (t.watermark && !hidden.has(t.watermark.column))
    lines.push(`  WATERMARK FOR ${q(t.watermark.column)} AS ${t.watermark.expr}`);
  if (t.primaryKey)
    lines.push(
      `  CONSTRAINT ${q(t.primaryKey.name ?? `PK_${t.primaryKey.columns.join('_')}`)} PRIMARY KEY (${t.primaryKey.columns.map(q).join(', ')}) NOT ENFORCED`,
    );
  // ShowCreateUtil.buildShowCreateTableRow: ")" on its own line, then COMMENT, DISTRIBUTED,
  // PARTITIONED BY and WITH, each on its own line; options sorted by key (a TreeSet).
  let text = `CREATE TABLE ${path.map(q).join('.')} (\n${lines.join(',\n')}\n)\n`;
  if (t.comment) text += `COMMENT '${t.comment.replace(/'/g, "''")}'\n`;
  const d = t.distribution;
  if (d) {
    const buckets = d.buckets !== undefined && d.buckets !== 0 ? ` INTO ${d.buckets} BUCKETS` : '';
    text +=
      d.columns.length === 0 && buckets
        ? `DISTRIBUTED${buckets}\n`
        : `DISTRIBUTED BY ${d.algorithm ?? ''}(${d.columns.map(q).join(', ')})${buckets}\n`;
  }
  if (t.partitionKeys?.length) text += `PARTITIONED BY (${t.partitionKeys.map(q).join(', ')})\n`;
  const keys = Object.keys(t.options).sort(compareJavaStrings);
  if (keys.length)
    text += `WITH (\n${keys.map((k) => `  '${k.replace(/'/g, "''")}' = '${displayOptionValue(k, t.options[k]!).replace(/'/g, "''")}'`).join(',\n')}\n)\n`;
  return text;
}

/** SHOW CREATE TABLE / VIEW. */
export function showCreate(s: SessionState, st: ShowCreate): TableResult {
  const ctx = translateContext(s, undefined);
  if (
    st.object !== 'CATALOG' &&
    st.name.length <= 3 &&
    findObject(
      ctx,
      st.name.map((n) => n.value),
    ) === undefined
  ) {
    // TableEnvironmentImpl's texts (ShowCreateTableOperation / ShowCreateViewOperation).
    const id = qualify(
      ctx,
      st.name.map((n) => n.value),
    )
      .map(quoteIdentifier)
      .join('.');
    throw validationError(
      st.object === 'TABLE'
        ? `Could not execute SHOW CREATE TABLE. Table with identifier ${id} does not exist.`
        : `Could not execute SHOW CREATE VIEW. View with identifier ${id} does not exist.`,
      st.span,
    );
  }
  const found = resolveObject(ctx, st.name, st.span);
  const o: CatalogObject = found.object;
  let text: string;
  if (o.kind === 'VIEW') {
    if (st.object === 'TABLE')
      throw validationError(
        `SHOW CREATE TABLE is only supported for tables, but ${found.path.map(quoteIdentifier).join('.')} is a view. Please use SHOW CREATE VIEW instead.`,
        st.span,
      );
    const comment = o.comment ? `COMMENT '${o.comment.replace(/'/g, "''")}'\n` : '';
    text = `CREATE ${found.temporary ? 'TEMPORARY ' : ''}VIEW ${found.path.map(quoteIdentifier).join('.')} (\n${o.columns.map((c) => `  ${quoteIdentifier(c.name)}`).join(',\n')}\n)\n${comment}AS ${o.expandedQuery ?? o.query}\n`;
  } else {
    if (st.object === 'VIEW')
      throw validationError(
        `SHOW CREATE VIEW is only supported for views, but ${found.path.map(quoteIdentifier).join('.')} is a table. Please use SHOW CREATE TABLE instead.`,
        st.span,
      );
    const types = tableColumns(ctx, o, found.path[2]).map((c) => c.type);
    // Kafka topics print as Confluent Cloud prints them; other tables as Apache Flink does.
    text = isKafkaTable(o)
      ? confluentCreateTableText(found.path, o, types)
      : createTableText(found.path, o, types);
    if (found.temporary) text = text.replace(/^CREATE TABLE /, 'CREATE TEMPORARY TABLE ');
  }
  return table([stringColumn('result', false)], [[text]]);
}
