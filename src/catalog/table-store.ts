/**
 * Definitions of tables made by CREATE TABLE (columns, watermark, key, options as written),
 * kept in the cluster itself in the compacted topic `_eddy_tables` (key = table name, value =
 * the table as JSON, tombstone on DROP), so a table reads back as it was created in every
 * later session, not as re-inferred from its subjects.
 */
import { LazyRetry } from '../common/lazy-retry.js';
import type { CatalogTable } from '../engine/sql/catalog/catalog-api.js';
import type { KafkaClient } from '../kafka/client/index.js';

export const TABLES_TOPIC = '_eddy_tables';

type BufferProducer = Awaited<ReturnType<KafkaClient['producer']>>;

/** Stored definitions as of an end offset of `_eddy_tables` (to skip re-reading an unchanged topic). */
export interface StoredTables {
  readonly end: bigint;
  readonly tables: Map<string, CatalogTable>;
}

/**
 * Every stored definition (empty when the topic does not exist yet). `exists` says whether the
 * caller's topic list has `_eddy_tables` (saves a Metadata round trip); `previous` is the last
 * result, returned as is when the topic has not grown since.
 */
export async function loadTables(
  kafka: KafkaClient,
  exists?: boolean,
  previous?: StoredTables,
): Promise<StoredTables> {
  const out = new Map<string, CatalogTable>();
  let end: bigint;
  try {
    if (exists === undefined) {
      exists = (await kafka.metadata([TABLES_TOPIC])).topics.get(TABLES_TOPIC)?.errorCode === 0;
    }
    if (!exists) return { end: 0n, tables: out };
    [end] = (await kafka.endOffsets(TABLES_TOPIC, [0])) as [bigint];
  } catch {
    return { end: 0n, tables: out };
  }
  if (end === 0n) return { end, tables: out };
  if (previous !== undefined && previous.end === end) return previous;
  await new Promise<void>((resolve) => {
    void kafka
      .readPartition(TABLES_TOPIC, 0, 0n, (records) => {
        for (const r of records) {
          if (r.key === null) continue;
          const name = r.key.toString('utf8');
          if (r.value === null) out.delete(name);
          else out.set(name, JSON.parse(r.value.toString('utf8')) as CatalogTable);
        }
      })
      .then((reader) => {
        const check = (): void => {
          if (reader.position >= end) {
            off();
            void reader.close().then(resolve);
          }
        };
        const off = reader.onFetch(check);
      });
  });
  return { end, tables: out };
}

/**
 * Writes table definitions to `_eddy_tables` for one cluster: the topic is made once and one
 * producer is kept for the catalog's life (a producer per DDL statement used to stay open, one
 * connection each, until the catalog closed).
 */
export class TableWriter {
  // A failed start is not kept: the next statement tries again (and reports its own error).
  private readonly producer: LazyRetry<BufferProducer>;

  constructor(kafka: KafkaClient) {
    this.producer = new LazyRetry(() =>
      kafka
        .ensureTopic(TABLES_TOPIC, { partitions: 1, configs: { 'cleanup.policy': 'compact' } })
        .then(() => kafka.producer()),
    );
  }

  /** Stores (or, with null, forgets) a table's definition. */
  async store(name: string, table: CatalogTable | null): Promise<void> {
    const producer = await this.producer.get();
    await producer.send({
      messages: [
        {
          topic: TABLES_TOPIC,
          partition: 0,
          key: Buffer.from(name, 'utf8'),
          ...(table ? { value: Buffer.from(JSON.stringify(table), 'utf8') } : {}),
        },
      ],
    });
  }
}
