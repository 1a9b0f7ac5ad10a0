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
