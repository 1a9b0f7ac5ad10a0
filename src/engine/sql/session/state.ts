/**
 * A session's mutable state and the helpers statements share: current catalog/database,
 * configuration, the function registry, and the translation context for a statement.
 */
import { resolveTimeZone } from '../../../types/index.js';
import type { FunctionRegistry } from '../../runtime/expr/function-api.js';
import type { Span } from '../../../common/errors.js';
import type { CatalogRegistry } from '../catalog/catalog-api.js';
import type { TranslateContext } from '../validator/context.js';

/** Session state. */
export interface SessionState {
  readonly catalogs: CatalogRegistry;
  currentCatalog: string;
  currentDatabase: string;
  readonly config: Map<string, string>;
  readonly registry: FunctionRegistry;
  readonly planRoundTrip: boolean;
  readonly baseDir?: string;
  readonly signal?: AbortSignal;
  /** Where `print` sinks write (the CLI's streams). */
  readonly stdout?: { write(text: string): unknown };
  readonly stderr?: { write(text: string): unknown };
  nextId: number;
  /** CREATE CATALOG descriptors (type, options, comment) by catalog name. */
  readonly catalogDescriptors: Map<string, CatalogDescriptor>;
  /** CREATE FUNCTION registrations, keyed by {@link functionKey}. */
  readonly functions: Map<string, UserFunction>;
  /** Loaded modules in load order, and the ones in use in resolution order. */
  readonly modules: { loaded: string[]; used: string[] };
  /** Jars registered with ADD JAR (Eddy loads no JVM code: listed by SHOW JARS only). */
  readonly jars: string[];
  /** Jobs (INSERT, statement sets) started by this session, for SHOW JOBS. */
  readonly jobs: JobInfo[];
}

/** A catalog created with CREATE CATALOG (what SHOW CREATE / DESCRIBE CATALOG print). */
export interface CatalogDescriptor {
  readonly options: Readonly<Record<string, string>>;
  readonly comment?: string;
}

/** A function registered with CREATE FUNCTION; Eddy stores it but cannot run its class. */
export interface UserFunction {
  /** `f` for a system function, else `catalog.database.f` (names lower-cased, as Flink's). */
  readonly identifier: string;
  readonly kind: 'TEMPORARY SYSTEM' | 'TEMPORARY' | 'CATALOG';
  readonly className: string;
  readonly language: string;
  /** USING JAR paths. */
  readonly jars?: readonly string[];
}

/** A job started by the session. */
export interface JobInfo {
  readonly id: string;
  readonly name: string;
  status: 'RUNNING' | 'FINISHED' | 'FAILED' | 'CANCELED';
  readonly startTime: string;
  /** Stops the running job (STOP JOB). */
  readonly cancel?: () => void;
}

/** The map key of a function: `kind|identifier`. */
export function functionKey(kind: UserFunction['kind'], identifier: string): string {
  return `${kind}|${identifier}`;
}

/**
 * Resolves a call's name to a user function as Flink's FunctionCatalog does: a simple name is a
 * temporary system function, else a built-in (`builtin` true: undefined), else a temporary or a
 * catalog function of the current database; a qualified name is a temporary or catalog function.
 */
export function lookupUserFunction(
  s: SessionState,
  parts: readonly string[],
  builtin: boolean,
): UserFunction | undefined {
  if (s.functions.size === 0) return undefined;
  const lower = parts.map((p, i) => (i === parts.length - 1 ? p.toLowerCase() : p));
  if (lower.length === 1) {
    const sys = s.functions.get(functionKey('TEMPORARY SYSTEM', lower[0]!));
    if (sys !== undefined) return sys;
    if (builtin) return undefined;
  }
  const full =
    lower.length >= 3
      ? lower.slice(-3)
      : lower.length === 2
        ? [s.currentCatalog, ...lower]
        : [s.currentCatalog, s.currentDatabase, ...lower];
  const id = full.join('.');
  return s.functions.get(functionKey('TEMPORARY', id)) ?? s.functions.get(functionKey('CATALOG', id));
}

/** The session time zone: `sql.local-time-zone` (or Flink's older `table.local-time-zone`), UTC by default. */
export function sessionTimeZone(s: SessionState): string {
  return s.config.get('sql.local-time-zone') ?? s.config.get('table.local-time-zone') ?? 'UTC';
}

/** A translation context for one statement whose spans point into `source`. */
export function translateContext(s: SessionState, source: string | undefined): TranslateContext {
  const tz = sessionTimeZone(s);
  resolveTimeZone(tz);
  return {
    expr: {
      registry: s.registry,
      timeZone: tz,
      ...(source !== undefined ? { text: source } : {}),
      nonDeterministic: [],
      session: { catalog: s.currentCatalog, database: s.currentDatabase },
      userFunction: (parts, builtin) => lookupUserFunction(s, parts, builtin),
    },
    catalogs: s.catalogs,
    currentCatalog: s.currentCatalog,
    currentDatabase: s.currentDatabase,
    config: Object.fromEntries(s.config),
    nextId: () => s.nextId++,
    ctes: [],
  };
}

/** The text of a node from the statement's source. */
export function sliceSource(source: string | undefined, span: Span): string {
  if (source === undefined) return '';
  return source.slice(span.start.offset, span.end.offset);
}
