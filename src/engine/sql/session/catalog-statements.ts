/**
 * CREATE / ALTER / DROP CATALOG and DATABASE, SHOW CREATE / DESCRIBE CATALOG, with Flink's
 * checks and messages (CatalogManager, GenericInMemoryCatalog, ShowCreateUtil).
 */
import { NotSupportedError } from '../../../common/errors.js';
import { quoteIdentifier } from '../../../types/index.js';
import type {
  AlterCatalog,
  AlterDatabase,
  CreateCatalog,
  CreateDatabase,
  DescribeCatalog,
  DropCatalog,
  DropDatabase,
  Identifier,
  Property,
} from '../ast/index.js';
import type { Catalog } from '../catalog/catalog-api.js';
import { InMemoryCatalog } from '../catalog/in-memory-catalog.js';
import { databaseDdlTarget } from '../catalog/session-catalogs.js';
import { validationError } from '../validator/errors.js';
import type { TableResult } from './results.js';
import { compareJavaStrings, stringColumn } from './result-columns.js';
import { displayOptionValue } from './sensitive-options.js';
import type { CatalogDescriptor, SessionState } from './state.js';

/** Catalog types Eddy can create, with their options (Flink's GenericInMemoryCatalogFactory). */
const CATALOG_TYPES: Record<
  string,
  { options: readonly string[]; create(name: string, o: Record<string, string>): Catalog }
> = {
  generic_in_memory: {
    options: ['default-database', 'property-version', 'type'],
    create: (name, o) => new InMemoryCatalog(name, [o['default-database'] ?? 'default']),
  },
};

function toOptions(props: readonly Property[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of props) out[p.key] = p.value;
  return out;
}

function instantiate(
  name: Identifier,
  options: Record<string, string>,
  span: CreateCatalog['span'],
): Catalog {
  const type = options['type'];
  if (type === undefined)
    throw validationError(
      `Could not execute CREATE CATALOG ${name.value}: Catalog options do not contain an option key 'type' for discovering a catalog.`,
      span,
    );
  const factory = CATALOG_TYPES[type];
  if (factory === undefined)
    throw validationError(
      `Could not find any factory for identifier '${type}' that implements 'org.apache.flink.table.factories.CatalogFactory' in the classpath.\n\nAvailable factory identifiers are:\n\n${Object.keys(CATALOG_TYPES).join('\n')}`,
      span,
    );
  const unsupported = Object.keys(options).filter((k) => !factory.options.includes(k));
  if (unsupported.length)
    throw validationError(
      `Unsupported options found for '${type}'.\n\nUnsupported options:\n\n${unsupported.sort().join('\n')}\n\nSupported options:\n\n${factory.options.join('\n')}`,
      span,
    );
  return factory.create(name.value, options);
}

function register(s: SessionState, catalog: Catalog, span: CreateCatalog['span']): void {
  if (s.catalogs.register === undefined)
    throw new NotSupportedError(`this session's catalogs cannot be extended with CREATE CATALOG`);
  void span;
  s.catalogs.register(catalog);
}

/** CREATE CATALOG. */
export function createCatalog(s: SessionState, st: CreateCatalog): void {
  if (s.catalogs.getCatalog(st.name.value) !== undefined) {
    if (st.ifNotExists) return;
    // CatalogManager.createCatalog: the catalog store (CREATE CATALOG) is checked first.
    const where = s.catalogDescriptors.has(st.name.value) ? 'catalog store' : 'initialized catalogs';
    throw validationError(`Catalog ${st.name.value} already exists in ${where}.`, st.name.span);
  }
  const options = toOptions(st.options);
  register(s, instantiate(st.name, options, st.span), st.span);
  s.catalogDescriptors.set(st.name.value, {
    options,
    ...(st.comment !== undefined ? { comment: st.comment } : {}),
  });
}

function existingCatalog(s: SessionState, name: Identifier): Catalog {
  const c = s.catalogs.getCatalog(name.value);
  if (c === undefined) throw validationError(`Catalog ${name.value} does not exist.`, name.span);
  return c;
}

function descriptorOf(s: SessionState, name: Identifier): CatalogDescriptor {
  existingCatalog(s, name);
  const d = s.catalogDescriptors.get(name.value);
  if (d === undefined)
    throw validationError(`Cannot obtain metadata information from Catalog ${name.value}.`, name.span);
  return d;
}

/** ALTER CATALOG … SET / RESET / COMMENT: changes the stored descriptor (Flink re-creates the catalog). */
export function alterCatalog(s: SessionState, st: AlterCatalog): void {
  existingCatalog(s, st.name);
  const d = s.catalogDescriptors.get(st.name.value);
  if (d === undefined)
    throw validationError(`Catalog ${st.name.value} does not exist in the catalog store.`, st.name.span);
  const a = st.action;
  if (a.type === 'COMMENT') {
    s.catalogDescriptors.set(st.name.value, { ...d, comment: a.comment });
    return;
  }
  const options = { ...d.options };
  if (a.type === 'SET') {
    for (const p of a.options) {
      if (p.key === 'type' && p.value !== options['type'])
        throw validationError("ALTER CATALOG SET does not support changing 'type'", p.span);
      options[p.key] = p.value;
    }
  } else {
    if (a.keys.length === 0) throw validationError('ALTER CATALOG RESET does not support empty key', st.span);
    for (const k of a.keys) {
      if (k === 'type')
        throw validationError("ALTER CATALOG RESET does not support changing 'type'", st.span);
      delete options[k];
    }
  }
  // The new options must still create a catalog (Flink validates them with the factory).
  instantiate(st.name, options, st.span);
  s.catalogDescriptors.set(st.name.value, { ...d, options });
}

/** DROP CATALOG: the current catalog cannot be dropped. */
export function dropCatalog(s: SessionState, st: DropCatalog): void {
  if (s.catalogs.getCatalog(st.name.value) === undefined) {
    if (st.ifExists) return;
    throw validationError(`Catalog ${st.name.value} does not exist.`, st.name.span);
  }
  if (st.name.value === s.currentCatalog)
    throw validationError('Cannot drop a catalog which is currently in use.', st.name.span);
  if (s.catalogs.unregister === undefined)
    throw new NotSupportedError(`this session's catalogs cannot be dropped with DROP CATALOG`);
  s.catalogs.unregister(st.name.value);
  s.catalogDescriptors.delete(st.name.value);
  for (const [k, f] of s.functions)
    if (f.kind !== 'TEMPORARY SYSTEM' && f.identifier.startsWith(`${st.name.value}.`)) s.functions.delete(k);
}

/** SHOW CREATE CATALOG, as ShowCreateUtil.buildShowCreateCatalogRow (options sorted by key). */
export function showCreateCatalog(s: SessionState, name: Identifier): TableResult {
  const d = descriptorOf(s, name);
  let text = `CREATE CATALOG ${quoteIdentifier(name.value)}\n`;
  if (d.comment !== undefined) text += `COMMENT '${d.comment.replace(/'/g, "''")}'\n`;
  const keys = Object.keys(d.options).sort(compareJavaStrings);
  if (keys.length)
    text += `WITH (\n${keys.map((k) => `  '${k.replace(/'/g, "''")}' = '${displayOptionValue(k, d.options[k]!).replace(/'/g, "''")}'`).join(',\n')}\n)\n`;
  return { kind: 'table', columns: [stringColumn('result')], rows: [[text]] };
}

/**
 * DESCRIBE CATALOG [EXTENDED], as Flink 2.x's DescribeCatalogOperation (the one with catalog
 * comments, FLINK-34917): name, type and the catalog's comment (NULL when it has none);
 * EXTENDED adds `option:<key>` for every option but `type`, sorted by key (sql-client
 * catalog_database.q: `describe catalog extended cat_comment`).
 */
export function describeCatalog(s: SessionState, st: DescribeCatalog): TableResult {
  const d = descriptorOf(s, st.name);
  const rows: (string | null)[][] = [
    ['name', st.name.value],
    ['type', d.options['type'] ?? ''],
    ['comment', d.comment ?? null],
  ];
  if (st.extended)
    for (const k of Object.keys(d.options).sort(compareJavaStrings))
      if (k !== 'type') rows.push([`option:${k}`, d.options[k]!]);
  return { kind: 'table', columns: [stringColumn('info name'), stringColumn('info value')], rows };
}

/** `[catalog.]db` → [catalog, db]; the catalog must exist. */
function databasePath(s: SessionState, name: readonly Identifier[]): [Catalog, string, Identifier] {
  const catName = name.length === 2 ? name[0]!.value : s.currentCatalog;
  const cat = s.catalogs.getCatalog(catName);
  if (cat === undefined) throw validationError(`Catalog ${catName} does not exist`, name[0]!.span);
  return [databaseDdlTarget(cat), name[name.length - 1]!.value, name[name.length - 1]!];
}

function unsupported(cat: Catalog, what: string): never {
  throw new NotSupportedError(`catalog '${cat.name}' does not support ${what}`);
}

/** CREATE DATABASE. */
export function createDatabase(s: SessionState, st: CreateDatabase): void {
  const [cat, db, id] = databasePath(s, st.name);
  if (cat.databaseExists(db)) {
    if (st.ifNotExists) return;
    throw validationError(`Database ${db} already exists in Catalog ${cat.name}.`, id.span);
  }
  if (cat.createDatabase === undefined) unsupported(cat, 'CREATE DATABASE');
  cat.createDatabase(db, {
    ...(st.comment !== undefined ? { comment: st.comment } : {}),
    properties: toOptions(st.options),
  });
}

/** ALTER DATABASE … SET (…): merges the properties, keeps the comment. */
export function alterDatabase(s: SessionState, st: AlterDatabase): void {
  const [cat, db, id] = databasePath(s, st.name);
  if (!cat.databaseExists(db))
    throw validationError(`Database ${db} does not exist in Catalog ${cat.name}.`, id.span);
  if (cat.alterDatabase === undefined) unsupported(cat, 'ALTER DATABASE');
  const old = cat.getDatabase?.(db) ?? { properties: {} };
  cat.alterDatabase(db, { ...old, properties: { ...old.properties, ...toOptions(st.options) } });
}

/** DROP DATABASE: RESTRICT (default) refuses a non-empty database; the current one cannot go. */
export function dropDatabase(s: SessionState, st: DropDatabase): void {
  const [cat, db, id] = databasePath(s, st.name);
  if (!cat.databaseExists(db)) {
    if (st.ifExists) return;
    throw validationError(`Database ${db} does not exist in Catalog ${cat.name}.`, id.span);
  }
  if (cat.name === s.currentCatalog && db === s.currentDatabase)
    throw validationError('Cannot drop a database which is currently in use.', id.span);
  const prefix = `${cat.name}.${db}.`;
  const hasFunctions = [...s.functions.values()].some(
    (f) => f.kind === 'CATALOG' && f.identifier.startsWith(prefix),
  );
  if (st.mode !== 'CASCADE' && (cat.listObjects(db).length > 0 || hasFunctions))
    throw validationError(`Database ${db} in catalog ${cat.name} is not empty.`, id.span);
  if (cat.dropDatabase === undefined) unsupported(cat, 'DROP DATABASE');
  cat.dropDatabase(db);
  for (const [k, f] of s.functions)
    if (f.kind === 'CATALOG' && f.identifier.startsWith(prefix)) s.functions.delete(k);
}
