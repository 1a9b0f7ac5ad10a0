/**
 * `eddy sql` with Kafka clusters: the engine session gets the environment catalog `default`
 * (clusters as databases, topics as tables; current catalog and database) next to the
 * in-memory `default_catalog` and `examples`. Before each statement the catalog reloads the
 * clusters' topics and subjects; after it, DDL reaches the clusters (topics, subjects).
 * Without clusters, naming an unknown table adds why Kafka tables are not available.
 */
import type { StatementHint } from '../../catalog/kafka-catalog.js';
import type { Hint } from '../../engine/sql/ast/node.js';
import { SqlError } from '../../common/errors.js';
import { kafkaConnector } from '../../connectors/kafka/kafka-connector.js';
import { registerConnector } from '../../connectors/index.js';
import { parseScript, type ScriptStatement } from '../../engine/sql/parser/parse.js';
import type { SqlEngineFactory, SqlEngineSession, StatementOutcome } from './engine-port.js';
import { catalogSession, toOutcome } from './engine-session.js';
import { traceStartup } from './startup-trace.js';
import { DEFAULT_ENVIRONMENT, type KafkaFlags } from './kafka-endpoints.js';
import { startKafka, type EarlyKafka } from './kafka-start.js';

registerConnector(kafkaConnector);

/** The `/*+ OPTIONS(…) *\/` hints on table names anywhere in a statement. */
export function optionHints(node: unknown, out: StatementHint[] = []): StatementHint[] {
  if (Array.isArray(node)) {
    for (const x of node) optionHints(x, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const n = node as { kind?: string; name?: { value: string }[]; hints?: Hint[] };
  if (n.kind === 'TableName' && Array.isArray(n.hints)) {
    for (const h of n.hints) {
      if (h.name.value.toUpperCase() !== 'OPTIONS' || !h.kvOptions) continue;
      out.push({
        name: (n.name ?? []).map((x) => x.value),
        options: Object.fromEntries(h.kvOptions.map((kv) => [kv.key, kv.value])),
      });
    }
  }
  for (const v of Object.values(node)) if (v !== null && typeof v === 'object') optionHints(v, out);
  return out;
}

/**
 * An engine factory that reaches the clusters the flags (or the running platform) name.
 * `early` is a start made before the engine's modules loaded (kafka-start.ts); without it the
 * factory starts itself.
 */
export function kafkaEngineFactory(flags: KafkaFlags, early?: EarlyKafka): SqlEngineFactory {
  return async (opts) => {
    traceStartup('modules loaded');
    const start = early ?? startKafka(flags);
    // Used once: a second run of the same factory starts afresh.
    early = undefined;
    if ('error' in start) throw start.error;
    const { found, catalog: kafka, loaded } = start;
    const { session, catalogs } = catalogSession(opts, kafka ? [kafka] : []);
    let loadedAt = -Infinity;
    if (kafka) {
      try {
        loadedAt = await loaded;
        for (const st of parseScript(`USE \`${DEFAULT_ENVIRONMENT}\`.\`${found.clusters[0]!.id}\``)
          .statements)
          await session.execute(st);
      } catch (err) {
        // Unreachable cluster: release the connections so the process can exit with the error.
        await session.close().catch(() => undefined);
        catalogs.close();
        await kafka.close();
        throw err;
      }
    }
    const missing = 'missing' in found ? found.missing : undefined;
    // A statement reuses the catalog loaded at start (or by the DDL just before it) when it is
    // that fresh (no second round trip on the way to the first row); a script read slowly
    // (stdin) refreshes anyway.
    const run = async (st: ScriptStatement): Promise<StatementOutcome> => {
      if (performance.now() - loadedAt > 3000) await kafka?.refresh();
      loadedAt = -Infinity;
      kafka?.beginStatement(optionHints(st.statement));
      let r;
      try {
        traceStartup('statement refreshed');
        r = await session.execute(st);
        traceStartup('statement started');
      } catch (err) {
        kafka?.discardPending();
        // Only a missing table, database or catalog can be the missing platform's doing; a
        // misspelt column ("Column 'x' not found in …") or a missing jar file is not.
        if (
          missing &&
          err instanceof SqlError &&
          (/Object '[^']*' not found/.test(err.message) ||
            /\b(table|view|database|catalog)\b.*(does not exist|doesn't exist)/i.test(err.message))
        )
          throw new SqlError(
            'EDDY_SQL_VALIDATE',
            `${err.message} (Kafka tables: ${missing})`,
            err.diagnostics,
          );
        throw err;
      }
      // DDL reloads the catalog after applying itself: the next statement reuses that load when
      // it is as fresh as the first statement's (no second reload back to back).
      if (await kafka?.applyPending()) loadedAt = performance.now();
      const stmt = st.statement as { kind: string; key?: string; value?: string };
      if (kafka && (stmt.kind === 'Set' || stmt.kind === 'Reset') && stmt.key !== undefined)
        kafka.setSessionOption(stmt.key, stmt.kind === 'Set' ? stmt.value : undefined);
      return toOutcome(r, opts.signal);
    };
    const out: SqlEngineSession = {
      timeZone: () => session.timeZone(),
      execute: run,
      async close() {
        try {
          await session.close();
        } finally {
          catalogs.close();
          await kafka?.close();
        }
      },
    };
    return out;
  };
}
