/**
 * CREATE / ALTER / DROP FUNCTION, LOAD / UNLOAD / USE MODULES and SHOW [FULL] MODULES, SHOW JOBS,
 * SHOW PARTITIONS, with Flink's checks and messages (FunctionCatalog, ModuleManager).
 *
 * Functions are stored (SHOW [USER] FUNCTIONS lists them); a call of one fails at validation
 * with the error Flink gives for a class it cannot load, since Eddy runs no JVM or Python code.
 */
import { booleanType, formatType, withNullable } from '../../../types/index.js';
import type {
  AlterFunction,
  CreateFunction,
  DescribeFunction,
  DropFunction,
  LoadModule,
  ShowPartitions,
  UnloadModule,
  UseModules,
} from '../ast/index.js';
import { validationError } from '../validator/errors.js';
import { resolveObject } from '../validator/table-resolver.js';
import type { TableResult } from './results.js';
import { stringColumn } from './result-columns.js';
import {
  functionKey,
  lookupUserFunction,
  translateContext,
  type SessionState,
  type UserFunction,
} from './state.js';

/** The identifier of a function name: `f` (system) or `catalog.database.f`, name lower-cased. */
function identifierOf(s: SessionState, parts: readonly string[], system: boolean): string {
  const name = parts[parts.length - 1]!.toLowerCase();
  if (system) return name;
  const full =
    parts.length === 3
      ? [parts[0]!, parts[1]!, name]
      : parts.length === 2
        ? [s.currentCatalog, parts[0]!, name]
        : [s.currentCatalog, s.currentDatabase, name];
  return full.join('.');
}

function kindOf(temporary: boolean, system: boolean): UserFunction['kind'] {
  return system ? 'TEMPORARY SYSTEM' : temporary ? 'TEMPORARY' : 'CATALOG';
}

/** `db.f` and the catalog of a catalog function's identifier. */
function catalogPath(id: string): { catalog: string; database: string; path: string } {
  const [catalog, database, name] = id.split('.') as [string, string, string];
  return { catalog, database, path: `${database}.${name}` };
}

/** CREATE [TEMPORARY [SYSTEM]] FUNCTION. */
export function createFunction(s: SessionState, st: CreateFunction): void {
  const parts = st.name.map((n) => n.value);
  const kind = kindOf(st.temporary, st.system);
  const identifier = identifierOf(s, parts, st.system);
  const key = functionKey(kind, identifier);
  const span = st.name[0]!.span;
  if (kind === 'CATALOG') {
    const { catalog, database, path } = catalogPath(identifier);
    const cat = s.catalogs.getCatalog(catalog);
    if (cat === undefined) throw validationError(`Catalog ${catalog} does not exist`, span);
    if (!cat.databaseExists(database))
      throw validationError(`Database ${database} does not exist in Catalog ${catalog}.`, span);
    if (s.functions.has(key)) {
      if (st.ifNotExists) return;
      throw validationError(`Function ${path} already exists in Catalog ${catalog}.`, span);
    }
  } else if (s.functions.has(key)) {
    if (st.ifNotExists) return;
    throw validationError(
      kind === 'TEMPORARY SYSTEM'
        ? `Could not register temporary system function. A function named '${identifier}' does already exist.`
        : `Could not register temporary catalog function. A function '${identifier}' does already exist.`,
      span,
    );
  }
  s.functions.set(key, {
    identifier,
    kind,
    className: st.className,
    language: st.language ?? 'JAVA',
    ...(st.jars.length ? { jars: st.jars } : {}),
  });
}

/** ALTER FUNCTION: only catalog functions can be altered (as in Flink). */
export function alterFunction(s: SessionState, st: AlterFunction): void {
  if (st.temporary)
    throw validationError(
      st.system
        ? 'Alter temporary system function is not supported'
        : 'Alter temporary catalog function is not supported',
      st.span,
    );
  const identifier = identifierOf(
    s,
    st.name.map((n) => n.value),
    false,
  );
  const key = functionKey('CATALOG', identifier);
  const old = s.functions.get(key);
  if (old === undefined) {
    if (st.ifExists) return;
    const { catalog, path } = catalogPath(identifier);
    throw validationError(`Function ${path} does not exist in Catalog ${catalog}.`, st.name[0]!.span);
  }
  s.functions.set(key, { ...old, className: st.className, language: st.language ?? 'JAVA' });
}

/** DROP [TEMPORARY [SYSTEM]] FUNCTION. */
export function dropFunction(s: SessionState, st: DropFunction): void {
  const kind = kindOf(st.temporary, st.system);
  const identifier = identifierOf(
    s,
    st.name.map((n) => n.value),
    st.system,
  );
  const key = functionKey(kind, identifier);
  const span = st.name[0]!.span;
  if (kind === 'CATALOG' && s.functions.has(functionKey('TEMPORARY', identifier)))
    throw validationError(
      `Could not drop catalog function. A temporary function '${identifier}' does already exist. Please drop the temporary function first.`,
      span,
    );
  if (!s.functions.has(key)) {
    if (st.ifExists) return;
    if (kind === 'CATALOG') {
      const { catalog, path } = catalogPath(identifier);
      throw validationError(`Function ${path} does not exist in Catalog ${catalog}.`, span);
    }
    throw validationError(
      kind === 'TEMPORARY SYSTEM'
        ? `Could not drop temporary system function. A function named '${identifier}' doesn't exist.`
        : `Could not drop temporary catalog function. A function '${identifier}' doesn't exist.`,
      span,
    );
  }
  s.functions.delete(key);
}

/** Names of the user functions visible in the current database (SHOW USER FUNCTIONS). */
export function userFunctionNames(s: SessionState): string[] {
  const prefix = `${s.currentCatalog}.${s.currentDatabase}.`;
  const names = new Set<string>();
  for (const f of s.functions.values()) {
    if (f.kind === 'TEMPORARY SYSTEM') names.add(f.identifier);
    else if (f.identifier.startsWith(prefix)) names.add(f.identifier.slice(prefix.length));
  }
  return [...names];
}

const MODULE_TYPES = ['core'];

/** LOAD MODULE: only Flink's `core` module exists here. */
export function loadModule(s: SessionState, st: LoadModule): void {
  const name = st.name.value;
  if (s.modules.loaded.includes(name))
    throw validationError(`A module with name '${name}' already exists`, st.name.span);
  if (!MODULE_TYPES.includes(name))
    throw validationError(
      `Could not find any factory for identifier '${name}' that implements 'org.apache.flink.table.factories.ModuleFactory' in the classpath.\n\nAvailable factory identifiers are:\n\n${MODULE_TYPES.join('\n')}`,
      st.name.span,
    );
  if (st.options.length)
    throw validationError(
      `Unsupported options found for '${name}'.\n\nUnsupported options:\n\n${st.options
        .map((o) => o.key)
        .sort()
        .join('\n')}\n\nSupported options:\n\nproperty-version`,
      st.options[0]!.span,
    );
  s.modules.loaded.push(name);
  s.modules.used.push(name);
}

/** UNLOAD MODULE. */
export function unloadModule(s: SessionState, st: UnloadModule): void {
  const name = st.name.value;
  const i = s.modules.loaded.indexOf(name);
  if (i < 0) throw validationError(`No module with name '${name}' exists`, st.name.span);
  s.modules.loaded.splice(i, 1);
  const u = s.modules.used.indexOf(name);
  if (u >= 0) s.modules.used.splice(u, 1);
}

/** USE MODULES: the listed modules, in that order, are used; the others stay loaded. */
export function useModules(s: SessionState, st: UseModules): void {
  const seen = new Set<string>();
  for (const n of st.names) {
    if (!s.modules.loaded.includes(n.value))
      throw validationError(`No module with name '${n.value}' exists`, n.span);
    if (seen.has(n.value)) throw validationError(`Module '${n.value}' appears more than once`, n.span);
    seen.add(n.value);
  }
  s.modules.used.splice(0, s.modules.used.length, ...st.names.map((n) => n.value));
}

/** SHOW MODULES (used, in order) / SHOW FULL MODULES (used first, then the others, with `used`). */
export function showModules(s: SessionState, full: boolean): TableResult {
  if (!full)
    return { kind: 'table', columns: [stringColumn('module name')], rows: s.modules.used.map((m) => [m]) };
  const b = withNullable(booleanType(), true);
  const rest = s.modules.loaded.filter((m) => !s.modules.used.includes(m));
  return {
    kind: 'table',
    columns: [stringColumn('module name'), { name: 'used', type: formatType(b), logicalType: b }],
    rows: [...s.modules.used.map((m) => [m, true]), ...rest.map((m) => [m, false])],
  };
}

/** SHOW JOBS: the jobs this session started (INSERT INTO, statement sets). */
export function showJobs(s: SessionState): TableResult {
  return {
    kind: 'table',
    columns: [
      stringColumn('job id'),
      stringColumn('job name'),
      stringColumn('status'),
      stringColumn('start time'),
    ],
    rows: s.jobs.map((j) => [j.id, j.name, j.status, j.startTime]),
  };
}

/**
 * SHOW PARTITIONS: a table must be partitioned; an in-memory catalog (like Flink's
 * GenericInMemoryCatalog) registers no partitions, so the result is empty.
 */
export function showPartitions(s: SessionState, st: ShowPartitions): TableResult {
  const found = resolveObject(translateContext(s, undefined), st.table, st.span);
  const [catalog, database, name] = found.path;
  if (found.object.kind !== 'TABLE' || !found.object.partitionKeys?.length)
    throw validationError(
      `Table ${database}.${name} in catalog ${catalog} is not partitioned.`,
      st.table[0]!.span,
    );
  const keys = found.object.partitionKeys;
  for (const p of st.partition ?? [])
    if (!keys.includes(p.column.value))
      throw validationError(
        `Partition column '${p.column.value}' is not a partition key of table ${database}.${name} (partition keys: ${keys.join(', ')})`,
        p.column.span,
      );
  return { kind: 'table', columns: [stringColumn('partition name')], rows: [] };
}

/**
 * DESCRIBE FUNCTION [EXTENDED] (Flink's DescribeFunctionOperation, FLIP-465): `system function`
 * and `temporary`, then for a user function its class name, language and resource URIs.
 * EXTENDED needs the function's definition: a user function's class cannot be loaded here (the
 * error a call gives), and Eddy has no Flink type-inference signatures for built-ins.
 */
export function describeFunction(s: SessionState, st: DescribeFunction): TableResult {
  const parts = st.name.map((n) => n.value);
  const upper = parts.length === 1 ? parts[0]!.toUpperCase() : '';
  const builtin =
    parts.length === 1 &&
    (s.registry.scalar(upper) !== undefined || s.registry.aggregate(upper) !== undefined);
  const udf = lookupUserFunction(s, parts, builtin);
  const rows: string[][] = [];
  if (udf !== undefined) {
    rows.push(
      ['system function', String(udf.kind === 'TEMPORARY SYSTEM')],
      ['temporary', String(udf.kind !== 'CATALOG')],
    );
    rows.push(['class name', udf.className], ['function language', udf.language]);
    rows.push([
      'resource uris',
      `[${(udf.jars ?? []).map((j) => `ResourceUri{resourceType=JAR, uri='${j}'}`).join(', ')}]`,
    ]);
    if (st.extended)
      throw validationError(
        `Cannot instantiate user-defined function '${udf.identifier}': class '${udf.className}' (LANGUAGE ${udf.language}) cannot be loaded; user-defined functions are not supported by Eddy`,
        st.name[0]!.span,
      );
  } else if (builtin) {
    rows.push(['system function', 'true'], ['temporary', 'false']);
    if (st.extended)
      throw validationError(
        `DESCRIBE FUNCTION EXTENDED of built-in function '${parts[0]!}' is not supported yet: Eddy has no Flink type-inference signatures`,
        st.span,
      );
  } else {
    throw validationError(
      `Function with the identifier '${parts.join('.')}' doesn't exist.`,
      st.name[0]!.span,
    );
  }
  return { kind: 'table', columns: [stringColumn('info name'), stringColumn('info value')], rows };
}
