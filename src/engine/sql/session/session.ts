/**
 * The session API: the contract `eddy sql`, the golden runner and later the server use.
 *
 * @example
 * const session = createSession();
 * await session.execute("CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '3')");
 * const r = await session.execute('SELECT a FROM t');
 * if (r.kind === 'query') for await (const change of r) console.log(change.op, change.row);
 */
import { EddyError, InternalError, type Span } from '../../../common/errors.js';
import '../../../connectors/index.js';
import { INVALID_SESSION_TIME_ZONE, isFlinkSessionTimeZone, resolveTimeZone } from '../../../types/index.js';
import { CORE_FUNCTIONS, layeredRegistry } from '../../runtime/expr/core-functions.js';
import type { FunctionRegistry } from '../../runtime/expr/function-api.js';
import { BUILTIN_FUNCTIONS } from '../../runtime/functions/index.js';
import type { CreateTable, Insert, Statement } from '../ast/index.js';
import type { CatalogRegistry } from '../catalog/catalog-api.js';
import { SessionCatalogs } from '../catalog/session-catalogs.js';
import { DEFAULT_CATALOG, DEFAULT_DATABASE, InMemoryCatalogRegistry } from '../catalog/in-memory-catalog.js';
import { parseStatement, type ScriptStatement } from '../parser/index.js';
import { validationError } from '../validator/errors.js';
import {
  alterCatalog,
  alterDatabase,
  createCatalog,
  createDatabase,
  describeCatalog,
  dropCatalog,
  dropDatabase,
  showCreateCatalog,
} from './catalog-statements.js';
import {
  analyzeTable,
  callProcedure,
  deleteOrUpdate,
  describeJob,
  stopJob,
  truncateTable,
} from './admin-statements.js';
import { alterTable, alterView, createTable, createView, dropObject } from './ddl.js';
import {
  alterFunction,
  createFunction,
  describeFunction,
  dropFunction,
  loadModule,
  showPartitions,
  unloadModule,
  useModules,
} from './function-statements.js';
import { createCtasTarget, statementSetInserts, withExplainedCtasTarget } from './ctas.js';
import { explainText, planDml, planQuery, runJob, runQuery } from './query.js';
import { javaMapOrderLayer } from './java-map-order.js';
import { jarStatement } from './jar-statements.js';
import { compilePlan, executePlan } from './plan-statements.js';
import type { StatementResult, TableResult } from './results.js';
import { describe, showCreate, showCurrent, showObjects, stringColumn } from './show.js';
import type { SessionState } from './state.js';

/** Options of {@link createSession}. */
export interface SessionOptions {
  /** Catalogs; default: an in-memory `default_catalog` with `default_database`. */
  readonly catalogs?: CatalogRegistry;
  /** Initial settings (`sql.local-time-zone` …). */
  readonly config?: Readonly<Record<string, string>>;
  /** Serialise every plan to compiled-plan JSON and back before running it. */
  readonly planRoundTrip?: boolean;
  /** Directory relative table paths resolve against. */
  readonly baseDir?: string;
  /** Aborting stops every running statement of the session. */
  readonly signal?: AbortSignal;
  /** Where `print` sinks write; default the process's streams. */
  readonly stdout?: { write(text: string): unknown };
  readonly stderr?: { write(text: string): unknown };
  /** The built-in function library; missing names fall back to the engine's core set. */
  readonly functions?: FunctionRegistry;
}

/** What `execute` accepts: SQL text, a parsed statement, or a statement of a parsed script. */
export type ExecuteInput = string | Statement | ScriptStatement;

/** A SQL session. */
export interface Session {
  /** Runs one statement. Errors reject with SqlError / NotSupportedError / ExecutionError. */
  execute(input: ExecuteInput): Promise<StatementResult>;
  /** The session time zone (`sql.local-time-zone`, UTC by default). */
  timeZone(): string;
  /** Current settings. */
  config(): Record<string, string>;
  close(): Promise<void>;
}

const OK = { kind: 'status', message: 'OK' } as const;

/** Creates a session. */
export function createSession(options: SessionOptions = {}): Session {
  const state: SessionState = {
    catalogs: new SessionCatalogs(options.catalogs ?? new InMemoryCatalogRegistry()),
    currentCatalog: DEFAULT_CATALOG,
    currentDatabase: DEFAULT_DATABASE,
    config: new Map(Object.entries(options.config ?? {})),
    registry: javaMapOrderLayer(layeredRegistry(options.functions ?? BUILTIN_FUNCTIONS, CORE_FUNCTIONS)),
    planRoundTrip: options.planRoundTrip ?? false,
    ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
    ...(options.stdout !== undefined ? { stdout: options.stdout } : {}),
    ...(options.stderr !== undefined ? { stderr: options.stderr } : {}),
    nextId: 1,
    catalogDescriptors: new Map(),
    functions: new Map(),
    modules: { loaded: ['core'], used: ['core'] },
    jobs: [],
    jars: [],
  };
  const running = new Set<{ cancel(): void }>();
  return {
    async execute(input: ExecuteInput): Promise<StatementResult> {
      let statement: Statement;
      let source: string | undefined;
      if (typeof input === 'string') {
        statement = parseStatement(input);
        source = input;
      } else if ('statement' in input && 'text' in input) {
        statement = input.statement;
        // Spans are offsets into the whole script: pad so they index this statement's text.
        source = ' '.repeat(input.span.start.offset) + input.text;
      } else {
        statement = input;
      }
      try {
        const r = await executeStatement(state, statement, source);
        if (r.kind === 'job') trackJob(state, r, statement);
        if (r.kind === 'query' || r.kind === 'job') {
          running.add(r);
          r.done.finally(() => running.delete(r)).catch(() => undefined);
        }
        return r;
      } catch (err) {
        if (err instanceof EddyError) throw err;
        throw new InternalError(`statement failed: ${err instanceof Error ? err.message : String(err)}`, {
          cause: err,
        });
      }
    },
    timeZone: () =>
      state.config.get('sql.local-time-zone') ?? state.config.get('table.local-time-zone') ?? 'UTC',
    config: () => Object.fromEntries(state.config),
    close(): Promise<void> {
      for (const r of running) r.cancel();
      return Promise.resolve();
    },
  };
}

async function executeStatement(
  s: SessionState,
  st: Statement,
  source: string | undefined,
): Promise<StatementResult> {
  switch (st.kind) {
    case 'Query': {
      const planned = planQuery(s, st, source);
      return dryRun(s) ? OK : runQuery(s, planned);
    }
    case 'StatementSet': {
      // An empty BEGIN STATEMENT SET; END submits nothing (the SQL client skips it).
      if (st.statements.length === 0) return OK;
      const inserts = statementSetInserts(s, st, source);
      if (inserts.length === 0) return OK;
      const planned = planDml(s, { ...st, statements: inserts }, source);
      return dryRun(s) ? OK : runJob(s, planned);
    }
    case 'Insert': {
      const planned = planDml(s, st, source);
      return dryRun(s) ? OK : runJob(s, planned);
    }
    case 'CreateTable':
      if (st.asQuery !== undefined) return createTableAs(s, st, source);
      createTable(s, st, source);
      return OK;
    case 'CreateView':
      createView(s, st, source);
      return OK;
    case 'AlterTable':
      alterTable(s, st, source);
      return OK;
    case 'DropObject':
      dropObject(s, st);
      return OK;
    case 'ShowObjects':
      return showObjects(s, st);
    case 'ShowCurrent':
      return showCurrent(s, st);
    case 'ShowCreate':
      return st.object === 'CATALOG' ? showCreateCatalog(s, st.name[0]!) : showCreate(s, st);
    case 'Describe':
      return describe(s, st);
    case 'Explain': {
      const inner = st.statement;
      let planned;
      if (inner.kind === 'Query') planned = planQuery(s, inner, source);
      else if (inner.kind === 'CreateTable')
        planned = withExplainedCtasTarget(s, inner, source, (ins) => planDml(s, ins, source));
      else planned = planDml(s, inner, source);
      return {
        kind: 'table',
        columns: [stringColumn('result', false)],
        rows: [[explainText(planned, st.details)]],
      } satisfies TableResult;
    }
    case 'Set':
      if (st.key === undefined) {
        const rows = [...s.config.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v]);
        return { kind: 'table', columns: [stringColumn('key', false), stringColumn('value', false)], rows };
      }
      if (st.key === 'sql.local-time-zone' || st.key === 'table.local-time-zone') {
        // Flink validates the zone when a query reads it; Eddy refuses it at the SET already
        if (st.value !== undefined && !isFlinkSessionTimeZone(st.value))
          throw validationError(
            `Invalid value '${st.value}' for option '${st.key}': ${INVALID_SESSION_TIME_ZONE}`,
            st.span,
          );
        try {
          resolveTimeZone(st.value ?? 'UTC');
        } catch (err) {
          throw validationError(
            `Invalid value for option '${st.key}': ${err instanceof Error ? err.message : String(err)}`,
            st.span,
          );
        }
      }
      // Confluent Cloud's session options for USE CATALOG / USE (its SET page: "semantically
      // equivalent"), checked as those statements check their names.
      if (st.key === 'sql.current-catalog') useCatalog(s, st.value ?? '', st.span);
      if (st.key === 'sql.current-database') useDatabase(s, s.currentCatalog, st.value ?? '', st.span);
      s.config.set(st.key, st.value ?? '');
      return OK;
    case 'Reset':
      if (st.key === undefined) s.config.clear();
      else s.config.delete(st.key);
      return OK;
    case 'CreateCatalog':
      createCatalog(s, st);
      return OK;
    case 'AlterCatalog':
      alterCatalog(s, st);
      return OK;
    case 'DropCatalog':
      dropCatalog(s, st);
      return OK;
    case 'DescribeCatalog':
      return describeCatalog(s, st);
    case 'CreateDatabase':
      createDatabase(s, st);
      return OK;
    case 'AlterDatabase':
      alterDatabase(s, st);
      return OK;
    case 'DropDatabase':
      dropDatabase(s, st);
      return OK;
    case 'CreateFunction':
      createFunction(s, st);
      return OK;
    case 'AlterFunction':
      alterFunction(s, st);
      return OK;
    case 'DropFunction':
      dropFunction(s, st);
      return OK;
    case 'AlterView':
      alterView(s, st, source);
      return OK;
    case 'LoadModule':
      loadModule(s, st);
      return OK;
    case 'UnloadModule':
      unloadModule(s, st);
      return OK;
    case 'UseModules':
      useModules(s, st);
      return OK;
    case 'ShowPartitions':
      return showPartitions(s, st);
    case 'DescribeFunction':
      return describeFunction(s, st);
    case 'AnalyzeTable':
      return analyzeTable(s, st);
    case 'TruncateTable':
      return truncateTable(s, st);
    case 'DeleteFrom':
    case 'UpdateTable':
      return deleteOrUpdate(s, st, source);
    case 'StopJob':
      stopJob(s, st);
      return OK;
    case 'DescribeJob':
      return describeJob(s, st);
    case 'CallProcedure':
      return callProcedure(s, st, source);
    case 'CompilePlan':
      return (await compilePlan(s, st, source)) ?? OK;
    case 'ExecutePlan':
      return executePlan(s, st);
    case 'JarStatement':
      jarStatement(s, st);
      return OK;
    case 'UseCatalog':
      useCatalog(s, st.name.value, st.name.span);
      return OK;
    case 'UseDatabase': {
      const n = st.name.map((x) => x.value);
      useDatabase(s, n.length === 2 ? n[0]! : s.currentCatalog, n[n.length - 1]!, st.span);
      return OK;
    }
  }
}

/**
 * Confluent Cloud's `sql.dry-run`: a query or INSERT is parsed, validated and planned, then not
 * run (its errors still fail the statement).
 */
function dryRun(s: SessionState): boolean {
  return s.config.get('sql.dry-run')?.toLowerCase() === 'true';
}

/** USE CATALOG `name` (or SET 'sql.current-catalog'). */
function useCatalog(s: SessionState, name: string, span: Span): void {
  const c = s.catalogs.getCatalog(name);
  if (c === undefined) throw validationError(`A catalog with name [${name}] does not exist.`, span);
  s.currentCatalog = name;
  s.currentDatabase = c.listDatabases()[0] ?? DEFAULT_DATABASE;
}

/** USE [`cat`.]`db` (or SET 'sql.current-database'). */
function useDatabase(s: SessionState, cat: string, db: string, span: Span): void {
  const c = s.catalogs.getCatalog(cat);
  if (c === undefined) throw validationError(`A catalog with name [${cat}] does not exist.`, span);
  if (!c.databaseExists(db))
    throw validationError(`A database with name [${db}] does not exist in the catalog: [${cat}].`, span);
  s.currentCatalog = cat;
  s.currentDatabase = db;
}

/** Notes a job for SHOW JOBS; its status follows `done`. Job names are Flink's `insert-into_<sinks>`. */
function trackJob(s: SessionState, r: StatementResult & { kind: 'job' }, st: Statement): void {
  // A statement set may hold CREATE TABLE … AS members (ctas.ts): their sink is the new table.
  const members: readonly (Insert | CreateTable)[] =
    st.kind === 'StatementSet'
      ? st.statements
      : st.kind === 'Insert' || st.kind === 'CreateTable'
        ? [st]
        : [];
  const fromPlan =
    st.kind === 'CompilePlan' || st.kind === 'ExecutePlan'
      ? r.plan.sinks.flatMap((k) => (k.target.kind === 'table' ? [[...k.target.table]] : []))
      : [];
  const sinks = [
    ...members.map((m) => (m.kind === 'Insert' ? m.table : m.name).map((n) => n.value)),
    ...fromPlan,
  ];
  const full = sinks.map((n) =>
    (n.length >= 3
      ? n
      : n.length === 2
        ? [s.currentCatalog, ...n]
        : [s.currentCatalog, s.currentDatabase, ...n]
    ).join('.'),
  );
  const job: SessionState['jobs'][number] = {
    id: r.jobId,
    name: `insert-into_${full.join(',')}`,
    status: 'RUNNING',
    startTime: new Date().toISOString(),
    cancel: r.cancel,
  };
  s.jobs.push(job);
  r.done.then(
    () => {
      if (job.status === 'RUNNING') job.status = 'FINISHED';
    },
    () => {
      if (job.status === 'RUNNING') job.status = 'FAILED';
    },
  );
}

async function createTableAs(
  s: SessionState,
  st: Statement & { kind: 'CreateTable' },
  source: string | undefined,
): Promise<StatementResult> {
  const insert = createCtasTarget(s, st, source);
  return insert === undefined ? OK : runJob(s, planDml(s, insert, source));
}
