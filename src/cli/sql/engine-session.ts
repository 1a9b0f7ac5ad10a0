/**
 * Adapts the engine's session (src/engine/sql/session) to {@link SqlEngineSession}: statements
 * of the parsed script go to `session.execute` (so error spans are script positions); tables
 * (SHOW, DESCRIBE, EXPLAIN) become one batch of inserts; INSERT INTO jobs run to their end
 * before the next statement (a local script reads what it wrote), then report their status.
 * The catalogs are an in-memory `default_catalog` plus the read-only `examples` catalog.
 */
import {
  InformationSchemaRegistry,
  informationSchemaConnector,
} from '../../catalog/information-schema-catalog.js';
import { registerConnector } from '../../connectors/index.js';
import { InMemoryCatalogRegistry } from '../../engine/sql/catalog/in-memory-catalog.js';
import type { ScriptStatement } from '../../engine/sql/parser/parse.js';
import type { ResultColumn as EngineColumn, StatementResult } from '../../engine/sql/session/results.js';
import type { Catalog } from '../../engine/sql/catalog/catalog-api.js';
import { createSession, type Session, type SessionOptions } from '../../engine/sql/session/session.js';
import type { SqlEngineOptions, SqlEngineSession, StatementOutcome } from './engine-port.js';
import { ExamplesCatalog } from './examples-catalog.js';
import type { ResultChange, ResultColumn } from './result-writer.js';

function columns(cols: readonly EngineColumn[]): ResultColumn[] {
  return cols.map((c) => ({ name: c.name, type: c.logicalType, typeText: c.type }));
}

async function* once<T>(batch: T): AsyncIterable<T> {
  yield batch;
}

/**
 * What `eddy sql` prints for one engine result: status lines, or a columns line and changes.
 * A job (INSERT, STATEMENT SET) runs to its end before the next statement, cancelled on Ctrl-C.
 */
export async function toOutcome(r: StatementResult, signal: AbortSignal): Promise<StatementOutcome> {
  switch (r.kind) {
    case 'status':
      return { kind: 'status', message: r.message };
    case 'table':
      return {
        kind: 'result',
        columns: columns(r.columns),
        changes: once(r.rows.map((row): ResultChange => ({ op: '+I', row }))),
        cancel: () => {},
      };
    case 'query':
      return {
        kind: 'result',
        columns: columns(r.columns),
        changes: r.batches(),
        cancel: () => r.cancel(),
      };
    case 'job': {
      const cancel = (): void => r.cancel();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        await r.done;
      } finally {
        signal.removeEventListener('abort', cancel);
      }
      return {
        kind: 'status',
        message: `Job ${r.jobId} ${signal.aborted ? 'cancelled' : 'finished'}`,
      };
    }
  }
}

/**
 * The engine session of one script run over `default_catalog`, the `examples` catalog and
 * `more` (a Kafka environment), each with its INFORMATION_SCHEMA.
 */
export function catalogSession(
  opts: SqlEngineOptions,
  more: readonly Catalog[] = [],
): { session: Session; catalogs: InformationSchemaRegistry } {
  registerConnector(informationSchemaConnector);
  const registry = new InMemoryCatalogRegistry();
  registry.register(new ExamplesCatalog());
  for (const c of more) registry.register(c);
  const catalogs = new InformationSchemaRegistry(registry);
  // stdout/stderr are for the `print` sink (ConnectorContext); sessions that do not know them yet ignore them.
  const options: SessionOptions & { stdout?: unknown; stderr?: unknown } = {
    catalogs,
    planRoundTrip: opts.planRoundTrip,
    baseDir: opts.baseDir,
    signal: opts.signal,
    stdout: opts.stdout,
    stderr: opts.stderr,
  };
  return { session: createSession(options), catalogs };
}

/** Opens an engine session for one script run. */
export async function openEngineSession(opts: SqlEngineOptions): Promise<SqlEngineSession> {
  const { session, catalogs } = catalogSession(opts);
  return {
    timeZone: () => session.timeZone(),
    close: async () => {
      try {
        await session.close();
      } finally {
        catalogs.close();
      }
    },
    async execute(st: ScriptStatement): Promise<StatementOutcome> {
      return toOutcome(await session.execute(st), opts.signal);
    },
  };
}
