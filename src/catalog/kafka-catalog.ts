/**
 * An environment as a catalog: its Kafka clusters are databases and their topics are tables.
 * The engine's catalog interface is synchronous, so the catalog serves a snapshot that
 * {@link KafkaCatalog.refresh} reloads from the clusters (Metadata without auto-creation, the
 * registry's subjects) before each statement, and DDL is applied to the clusters by
 * {@link KafkaCatalog.applyPending} after the statement (creates the topic, registers the
 * subjects, deletes them on DROP). Internal topics are never tables.
 */
import { ConfigError, ExecutionError, SqlError, errorMessage } from '../common/errors.js';
import { LazyRetry } from '../common/lazy-retry.js';
import { KAFKA_CONNECTOR } from '../connectors/kafka/kafka-connector.js';
import { parseKafkaOptions } from '../connectors/kafka/kafka-options.js';
import { partSchema } from '../connectors/kafka/record-codec.js';
import { forgetPendingTopic, registerPendingTopic } from '../connectors/kafka/pending-topics.js';
import type { Catalog, CatalogObject, CatalogTable } from '../engine/sql/catalog/catalog-api.js';
import { KafkaClient } from '../kafka/client/index.js';
import { registerClusterSecurity, type KafkaSecurity } from '../kafka/client/security.js';
import { RegistryClient, type RegisteredSchema } from '../schema-wire/registry-client/registry-client.js';
import { registerRegistryAuth, type RegistryAuth } from '../schema-wire/registry-client/registry-auth.js';
import { DEFAULT_ERROR_LOG, ERROR_LOG_COLUMNS } from '../connectors/kafka/error-log.js';
import { loadTables, TableWriter, TABLES_TOPIC, type StoredTables } from './table-store.js';
import {
  changedTopicConfigs,
  hasAllTopicOptions,
  normalTopicOptions,
  topicConfigs,
  topicOptionsOf,
  TOPIC_CONFIG_NAMES,
  TOPIC_OPTION_DEFAULTS,
} from './topic-options.js';
import {
  inferTable,
  partInfo,
  ROWTIME_COLUMN,
  type ClusterConnection,
  type PartInfo,
} from './infer-table.js';

/** Prefix of Eddy's own topics (hidden like Kafka's and the registry's internal topics). */
export const EDDY_INTERNAL_PREFIX = '_eddy';

/** Whether a topic is internal (not a table). */
export function isInternalTopic(name: string): boolean {
  return (
    name.startsWith('__') ||
    name === '_schemas' ||
    name.startsWith(EDDY_INTERNAL_PREFIX) ||
    name.startsWith('_confluent')
  );
}

/** One cluster of an environment. */
export interface KafkaClusterConfig extends ClusterConnection {
  /** The database name (`cluster_0`). */
  readonly id: string;
  /** Cloud and region: a statement may only touch clusters of one region. */
  readonly cloud?: string;
  readonly region?: string;
  /** TLS / SASL of the cluster's Kafka clients (absent: PLAINTEXT). Holds secrets: never shown. */
  readonly security?: KafkaSecurity;
  /** Basic auth / CA of its Schema Registry. Holds secrets: never shown. */
  readonly registryAuth?: RegistryAuth;
}

/** An `OPTIONS` hint of the running statement: the table name as written and its options. */
export interface StatementHint {
  readonly name: readonly string[];
  readonly options: Readonly<Record<string, string>>;
}

type Pending =
  | { kind: 'create'; db: string; name: string; table: CatalogTable; run: () => Promise<void> }
  | { kind: 'alter'; db: string; name: string; table: CatalogTable; before: CatalogObject | undefined }
  | { kind: 'drop'; db: string; name: string };

interface ClusterState {
  readonly config: KafkaClusterConfig;
  readonly kafka: KafkaClient;
  readonly registry: RegistryClient | undefined;
  /** Tables by name, in topic order; plus session-local objects (views, non-Kafka tables). */
  tables: Map<string, CatalogObject>;
  readonly local: Map<string, CatalogObject>;
  /** `_eddy_tables` as last read (re-read only when it grew). */
  stored?: StoredTables;
  /** Inferred parts by subject and schema id (the registry's latest may change between statements). */
  readonly parts: Map<string, { id: number; info: PartInfo }>;
  /** `_eddy_tables`' writer (one producer for the catalog's life). */
  readonly tableWriter: TableWriter;
  /** One admin connection for the DDL of the catalog's life, made on first use. */
  readonly admin: LazyRetry<KafkaAdmin>;
}

type KafkaAdmin = Awaited<ReturnType<KafkaClient['admin']>>;

const DEFAULT_PARTITIONS = 6;

/** `DISTRIBUTED … INTO n BUCKETS` of a Kafka table: n partitions, so at least one. */
function bucketCount(n: number, table: string): number {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new ConfigError(
      `Invalid bucket count of table '${table}': INTO ${n} BUCKETS is not a number of partitions (a whole number from 1)`,
    );
  return n;
}

/**
 * The partitions of a new table's topic without a bucket count: Confluent's `kafka.partitions`
 * option (the bucket count, as SHOW CREATE TABLE shows it; tables written before DISTRIBUTED
 * BY … INTO n BUCKETS set it in WITH), else Confluent's default of 6. An explicit bucket count
 * wins: CREATE TABLE … DISTRIBUTED INTO n BUCKETS LIKE t copies t's option along.
 */
function partitionsOption(value: string | undefined, table: string): number {
  if (value === undefined) return DEFAULT_PARTITIONS;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    throw new ConfigError(
      `Invalid value for option 'kafka.partitions' of table '${table}': '${value}' is not a number of partitions (a whole number from 1)`,
    );
  return n;
}

/**
 * ALTER TABLE … SET ('kafka.partitions' = 'n') or MODIFY DISTRIBUTION … INTO n BUCKETS: the
 * topic grows to n partitions (CreatePartitions, when the DDL is applied). Kafka cannot remove
 * partitions, so a count below the topic's current one is refused now; the current count
 * itself changes nothing, as any option SET to its value. RESET keeps the current count.
 */
function resized(name: string, prior: CatalogTable, next: CatalogTable): CatalogTable {
  const current = partitionsOption(
    prior.options['kafka.partitions'] ?? String(prior.distribution?.buckets),
    name,
  );
  const option = next.options['kafka.partitions'];
  const buckets = next.distribution?.buckets;
  let wanted = current;
  if (buckets !== undefined && buckets !== prior.distribution?.buckets) wanted = bucketCount(buckets, name);
  else if (option !== undefined && option !== prior.options['kafka.partitions'])
    wanted = partitionsOption(option, name);
  if (wanted < current)
    throw new ConfigError(
      `Invalid value for option 'kafka.partitions' of table '${name}': its topic has ${current} partitions and Kafka cannot remove partitions (${wanted} is fewer)`,
    );
  return withPartitions(next, wanted);
}

/** `t` with `n` partitions: option and bucket count stay equal (Confluent: buckets = partitions). */
function withPartitions(t: CatalogTable, n: number): CatalogTable {
  const options = { ...t.options, 'kafka.partitions': String(n) };
  const distribution = t.distribution && { ...t.distribution, buckets: n };
  return { ...t, options, ...(distribution ? { distribution } : {}) };
}

/** A table with its topic's partition count as the cluster reports it (grown by any client). */
function withLivePartitions(t: CatalogTable, partitions: number): CatalogTable {
  if (partitions <= 0 || t.options['kafka.partitions'] === String(partitions)) return t;
  return withPartitions(t, partitions);
}

/** The innermost errors of an admin client's error (its retries and responses nest them). */
function leafErrors(err: unknown): unknown[] {
  const inner = (err as { errors?: unknown } | null)?.errors;
  return Array.isArray(inner) && inner.length > 0 ? inner.flatMap(leafErrors) : [err];
}

/** The Kafka error names in an admin client's error (one per failed topic or resource). */
function brokerErrorCodes(err: unknown): string[] {
  return leafErrors(err).map((e) => String((e as { apiId?: unknown } | null)?.apiId));
}

/** An admin client's error with the broker's own explanation (not only "response with error"). */
function adminErrorMessage(err: unknown): string {
  const texts = leafErrors(err).map((e) => {
    const x = e as { serverErrorMessage?: string | null } | null;
    return x?.serverErrorMessage ? x.serverErrorMessage : errorMessage(e);
  });
  return [...new Set(texts)].join('; ');
}
/** Kafka's config resource type of a topic. */
const TOPIC_RESOURCE = 2;

/** Table scan options a session may set globally (`sql.tables.…`), with the defaults they override. */
const SCAN_DEFAULTS: Record<string, string | undefined> = {
  'scan.startup.mode': 'earliest-offset',
  'scan.startup.timestamp-millis': undefined,
  'scan.bounded.mode': 'unbounded',
  'scan.bounded.timestamp-millis': undefined,
  // `SET 'sql.tables.scan.idle-timeout'`: a fixed partition idle timeout ('0' disables idleness).
  'scan.idle-timeout': undefined,
};

export class KafkaCatalog implements Catalog {
  private readonly clusters = new Map<string, ClusterState>();
  private pending: Pending[] = [];
  /** Tables altered in this session (ALTER TABLE … SET): kept over refreshes. */
  private readonly altered = new Map<string, CatalogObject>();

  constructor(
    readonly name: string,
    clusters: readonly KafkaClusterConfig[],
  ) {
    for (const c of clusters) {
      // Sources, sinks and DDL make their clients from a table's bootstrap servers and registry
      // URL: they find the cluster's credentials here, never in the table's options.
      // The latest configuration wins (a PLAINTEXT cluster included) over earlier registrations.
      registerClusterSecurity(c.bootstrapServers, c.security ?? { protocol: 'PLAINTEXT' });
      if (c.registryUrl) registerRegistryAuth(c.registryUrl, c.registryAuth ?? null);
      const kafka = new KafkaClient({
        bootstrapServers: c.bootstrapServers,
        clientId: 'eddy-catalog',
        retries: 1,
        timeoutMs: 5000,
        security: c.security ?? null,
      });
      this.clusters.set(c.id, {
        config: c,
        kafka,
        tableWriter: new TableWriter(kafka),
        admin: new LazyRetry(() => kafka.admin()),
        registry: c.registryUrl
          ? new RegistryClient(c.registryUrl, undefined, c.registryAuth ?? null)
          : undefined,
        tables: new Map(),
        local: new Map(),
        parts: new Map(),
      });
    }
  }

  /** Reloads every cluster's topics and subjects (never creates a topic). */
  async refresh(): Promise<void> {
    await Promise.all([...this.clusters.values()].map((c) => this.refreshCluster(c)));
  }

  private async refreshCluster(c: ClusterState): Promise<void> {
    // The registry's latest schemas load while Kafka answers (both are on the statement's
    // critical path): in one listing where the registry serves it, else subject by subject.
    const latestP = c.registry ? latestSchemas(c.registry) : Promise.resolve(undefined);
    latestP.catch(() => undefined);
    let topics: Map<string, number>;
    let all: string[];
    try {
      // One Metadata request (all topics, with partitions) on the light client, whose
      // connection stays open across refreshes.
      const md = await c.kafka.metadata();
      all = [...md.topics.keys()];
      const names = all.filter((t) => !isInternalTopic(t)).sort();
      topics = new Map(names.map((n) => [n, md.topics.get(n)?.partitions.length ?? 0]));
    } catch (err) {
      throw new ExecutionError(
        `Cannot reach Kafka cluster '${c.config.id}' at ${c.config.bootstrapServers}: ${errorMessage(err)}`,
      );
    }
    // The topic configs of every topic in one DescribeConfigs request (only the five the topic
    // options stand for), alongside the table store: a created table keeps its declared options,
    // an inferred one takes the live ones. Unreadable configs (an old broker, no DESCRIBE_CONFIGS
    // permission) leave the tables inferred as append, without topic options.
    const configsP =
      topics.size === 0
        ? Promise.resolve(undefined)
        : c.kafka.describeTopicConfigs([...topics.keys()], TOPIC_CONFIG_NAMES).catch(() => undefined);
    const [schemas, stored, configs] = await Promise.all([
      latestP,
      loadTables(c.kafka, all.includes(TABLES_TOPIC), c.stored),
      configsP,
    ]);
    c.stored = stored;
    const latest = async (s: string): Promise<PartInfo | undefined> => {
      const r = await schemas?.latest(s);
      if (r === undefined) return undefined;
      const known = c.parts.get(s);
      if (known?.id === r.id) return known.info;
      const info = await partInfo(r, c.registry!);
      c.parts.set(s, { id: r.id, info });
      return info;
    };
    const next = new Map<string, CatalogObject>();
    await Promise.all(
      [...topics].map(async ([t, partitions]) => {
        const defined = stored.tables.get(t);
        if (defined) {
          next.set(
            t,
            withLivePartitions(withLiveTopicOptions(defined, configs?.get(t)?.configs), partitions),
          );
          return;
        }
        try {
          const [k, v] = await Promise.all([latest(`${t}-key`), latest(`${t}-value`)]);
          next.set(t, inferTable(t, partitions, k, v, c.config, configs?.get(t)?.configs));
        } catch {
          // A schema the mapping does not know yet: the topic still reads as raw bytes.
          next.set(t, inferTable(t, partitions, undefined, undefined, c.config, configs?.get(t)?.configs));
        }
      }),
    );
    const sorted = new Map([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const p of this.pending)
      if (p.kind === 'create' && p.db === c.config.id) sorted.set(p.name, p.table);
    for (const [k, t] of this.altered) {
      const [db, name] = JSON.parse(k) as [string, string];
      const live = topics.get(name);
      if (db === c.config.id && sorted.has(name))
        sorted.set(name, t.kind === 'TABLE' && live !== undefined ? withLivePartitions(t, live) : t);
    }
    c.tables = sorted;
  }

  private cluster(db: string): ClusterState {
    const c = this.clusters.get(db);
    if (!c) throw new ConfigError(`Database '${this.name}.${db}' does not exist`);
    return c;
  }

  listDatabases(): string[] {
    return [...this.clusters.keys()];
  }

  databaseExists(db: string): boolean {
    return this.clusters.has(db);
  }

  listObjects(db: string): { name: string; object: CatalogObject }[] {
    const c = this.cluster(db);
    return [...c.tables, ...c.local].map(([name, object]) => ({ name, object }));
  }

  getObject(db: string, name: string): CatalogObject | undefined {
    const c = this.clusters.get(db);
    const local = c?.local.get(name);
    if (local) return local;
    const t = c?.tables.get(name);
    if (t && c?.config.region) this.touch(c.config);
    if (t?.kind === 'TABLE' && this.globals.size > 0) {
      const options = { ...t.options };
      for (const [opt, value] of this.globals) {
        const current = options[opt];
        if (current === undefined || current === SCAN_DEFAULTS[opt]) options[opt] = value;
      }
      return this.withHints(db, name, { ...t, options });
    }
    return t?.kind === 'TABLE' ? this.withHints(db, name, t) : t;
  }

  /** Session-wide `SET 'sql.tables.scan.*'` values, by table option. */
  private readonly globals = new Map<string, string>();

  /**
   * `SET 'sql.tables.scan.startup.mode' | '…startup.timestamp-millis' | '…bounded.mode' |
   * '…bounded.timestamp-millis'` (undefined value = RESET): applies to tables whose own option
   * is absent or the default. Returns whether the key was one of these.
   */
  setSessionOption(key: string, value: string | undefined): boolean {
    if (!key.startsWith('sql.tables.scan.')) return false;
    const opt = key.slice('sql.tables.'.length);
    if (!(opt in SCAN_DEFAULTS)) return false;
    if (value === undefined) this.globals.delete(opt);
    else this.globals.set(opt, value);
    return true;
  }

  /** `/*+ OPTIONS(…) *\/` of this statement (dynamic table options) over the stored ones. */
  private withHints(db: string, name: string, t: CatalogTable): CatalogTable {
    for (const h of this.hints) {
      const n = h.name;
      if (n[n.length - 1] !== name) continue;
      if (n.length >= 2 && n[n.length - 2] !== db) continue;
      if (n.length === 3 && n[0] !== this.name) continue;
      return { ...t, options: { ...t.options, ...h.options } };
    }
    return t;
  }

  private hints: readonly StatementHint[] = [];

  /** Clusters of the current statement by region (see {@link beginStatement}). */
  private touched = new Map<string, string>();

  /** Starts a statement: it may read and write clusters of one region only. */
  beginStatement(hints: readonly StatementHint[] = []): void {
    this.touched.clear();
    this.hints = hints;
  }

  private touch(cluster: KafkaClusterConfig): void {
    const region = `${cluster.cloud ? `${cluster.cloud}/` : ''}${cluster.region}`;
    for (const [r, other] of this.touched) {
      if (r !== region)
        throw new SqlError(
          'EDDY_SQL_VALIDATE',
          `SQL validation failed. The statement uses Kafka clusters of two regions: '${other}' (${r}) and '${cluster.id}' (${region}). ` +
            'A statement may join and write clusters of one region only.',
          [],
        );
    }
    if (!this.touched.has(region)) this.touched.set(region, cluster.id);
  }

  createObject(db: string, name: string, object: CatalogObject): void {
    const c = this.cluster(db);
    if (this.getObject(db, name))
      throw new ConfigError(`Table (or view) ${db}.${name} already exists in Catalog ${this.name}.`);
    // Confluent's scripts say 'connector' = 'confluent': the same Kafka connector.
    if (object.kind === 'TABLE' && object.options['connector'] === 'confluent')
      object = { ...object, options: { ...object.options, connector: KAFKA_CONNECTOR } };
    if (object.kind === 'VIEW' || (object.options['connector'] ?? KAFKA_CONNECTOR) !== KAFKA_CONNECTOR) {
      // Views and tables of other connectors live in this session only.
      c.local.set(name, object);
      return;
    }
    if (isInternalTopic(name)) throw new ConfigError(`'${name}' is a reserved (internal) topic name`);
    const table = this.kafkaTable(c, name, object);
    c.tables.set(name, table);
    // CREATE TABLE … AS SELECT opens the sink before applyPending: the sink settles this first.
    const run = registerPendingTopic(c.config.bootstrapServers, table.options['topic'] ?? name, () =>
      this.createTopic(c, name, table),
    );
    this.pending.push({ kind: 'create', db, name, table, run });
  }

  /** Completes a CREATE TABLE: the options the connector needs, the key, `$rowtime`. */
  private kafkaTable(c: ClusterState, name: string, t: CatalogTable): CatalogTable {
    const key = t.primaryKey?.columns ?? t.distribution?.columns ?? [];
    const declared = t.distribution?.buckets;
    const buckets =
      declared !== undefined
        ? bucketCount(declared, name)
        : partitionsOption(t.options['kafka.partitions'], name);
    const options: Record<string, string> = {
      connector: KAFKA_CONNECTOR,
      topic: name,
      'properties.bootstrap.servers': c.config.bootstrapServers,
      ...(c.config.registryUrl ? { 'registry.url': c.config.registryUrl } : {}),
      'changelog.mode': t.primaryKey ? 'upsert' : 'append',
      'key.format': 'avro-registry',
      'value.format': 'avro-registry',
      'value.fields-include': 'except-key',
      'scan.startup.mode': 'earliest-offset',
      'scan.bounded.mode': 'unbounded',
      // Every topic option, Confluent's defaults filling the gaps: SHOW CREATE TABLE prints
      // them, and the topic is made with exactly these (whatever the cluster's defaults).
      ...normalTopicOptions({ 'changelog.mode': t.primaryKey ? 'upsert' : 'append', ...t.options }, true),
      'key.fields': key.join(';'),
      'kafka.partitions': String(buckets),
      ...(c.config.zone ? { 'properties.client.rack': c.config.zone } : {}),
    };
    if (key.length === 0) delete options['key.format'];
    const columns = t.columns.some((x) => x.name === '$rowtime') ? t.columns : [...t.columns, ROWTIME_COLUMN];
    const table: CatalogTable = {
      ...t,
      columns,
      ...(t.watermark ? {} : { watermark: { column: '$rowtime', expr: 'SOURCE_WATERMARK()' } }),
      options,
      distribution: { algorithm: 'HASH', columns: [...key], buckets },
    };
    // Fails now, at CREATE time, for bad formats and unknown key columns.
    parseKafkaOptions(`${this.name}.${c.config.id}.${name}`, physical(table), options);
    return table;
  }

  replaceObject(db: string, name: string, object: CatalogObject): void {
    const c = this.cluster(db);
    if (c.local.has(name)) c.local.set(name, object);
    else {
      // ALTER TABLE … SET of a topic option: checked now, kept in normal form; a created
      // table (which lists them all) shows a RESET one at Confluent's default again.
      const prior = c.tables.get(name);
      if (object.kind === 'TABLE') {
        const full = prior?.kind === 'TABLE' && hasAllTopicOptions(prior.options);
        object = { ...object, options: normalTopicOptions(object.options, full) };
        if (prior?.kind === 'TABLE') object = resized(name, prior, object);
      }
      const before = c.tables.get(name);
      c.tables.set(name, object);
      this.altered.set(JSON.stringify([db, name]), object);
      if (object.kind === 'TABLE') this.pending.push({ kind: 'alter', db, name, table: object, before });
    }
  }

  dropObject(db: string, name: string): void {
    const c = this.cluster(db);
    if (c.local.delete(name)) return;
    c.tables.delete(name);
    this.altered.delete(JSON.stringify([db, name]));
    this.pending = this.pending.filter((p) => p.name !== name || p.db !== db);
    this.pending.push({ kind: 'drop', db, name });
  }

  /** Drops the DDL of a statement that failed (nothing reaches the clusters). */
  discardPending(): void {
    for (const p of this.pending)
      if (p.kind === 'create') {
        const c = this.clusters.get(p.db);
        if (c) forgetPendingTopic(c.config.bootstrapServers, p.table.options['topic'] ?? p.name);
      }
    this.pending = [];
    this.altered.clear();
  }

  /**
   * Applies the DDL of the last statement to the clusters; then refreshes. True when there was
   * DDL (so the catalog was just reloaded).
   */
  async applyPending(): Promise<boolean> {
    const work = this.pending;
    this.pending = [];
    try {
      for (const p of work) {
        const c = this.cluster(p.db);
        if (p.kind === 'create') await p.run();
        else if (p.kind === 'alter') await this.alterTable(c, p.name, p.table, p.before);
        else await this.deleteTopic(c, p.name);
        if (p.kind !== 'drop' && p.table.kind === 'TABLE') await this.ensureErrorLog(c, p.table);
      }
    } finally {
      if (work.length > 0) await this.refresh();
    }
    return work.length > 0;
  }

  /**
   * `'error-handling.mode' = 'log'`: the dead-letter table is made when the DDL runs, as
   * Confluent does (a failure fails the statement), as a created table with Confluent's DLQ
   * columns and no key.
   */
  private async ensureErrorLog(c: ClusterState, t: CatalogTable): Promise<void> {
    if (t.options['error-handling.mode'] !== 'log') return;
    const target = t.options['error-handling.log.target'] ?? DEFAULT_ERROR_LOG;
    if (c.tables.has(target)) return;
    const dlq = this.kafkaTable(c, target, {
      kind: 'TABLE',
      columns: ERROR_LOG_COLUMNS.map((x) => ({ kind: 'physical' as const, name: x.name, type: x.type })),
      options: {},
    });
    try {
      await this.createTopic(c, target, dlq);
    } catch (err) {
      throw new ExecutionError(`Cannot create the error log table '${target}': ${errorMessage(err)}`);
    }
    c.tables.set(target, dlq);
  }

  private async createTopic(c: ClusterState, name: string, t: CatalogTable): Promise<void> {
    const o = t.options;
    const configs = topicConfigs(normalTopicOptions(o, true));
    const admin = await c.admin.get();
    try {
      await admin.createTopics({
        topics: [name],
        partitions: Number(o['kafka.partitions']),
        replicas: -1,
        configs,
      });
    } catch (err) {
      // The cluster's own limit on partitions: blame the option that asked for them.
      if (brokerErrorCodes(err).includes('INVALID_PARTITIONS'))
        throw new ConfigError(
          `Invalid value for option 'kafka.partitions' of table '${name}': the cluster refused ${o['kafka.partitions']} partitions: ${adminErrorMessage(err)}`,
        );
      throw new ExecutionError(
        `Cannot create topic '${name}' for table ${this.name}.${c.config.id}.${name}: ${adminErrorMessage(err)}`,
      );
    }
    await this.registerSubjects(c, name, t);
    await c.tableWriter.store(name, t);
  }

  /** Registers the key and value schemas of a table's physical columns (the registry checks compatibility). */
  private async registerSubjects(c: ClusterState, name: string, t: CatalogTable): Promise<void> {
    const o = t.options;
    const opts = parseKafkaOptions(name, physical(t), o);
    const topic = opts.topic;
    const cols = physical(t);
    const strip = (n: string): string =>
      opts.keyPrefix && n.startsWith(opts.keyPrefix) ? n.slice(opts.keyPrefix.length) : n;
    const parts = [
      {
        subject: `${topic}-key`,
        format: opts.keyFormat,
        cols: opts.keyColumns.map((i) => ({ ...cols[i]!, name: strip(cols[i]!.name) })),
      },
      { subject: `${topic}-value`, format: opts.valueFormat, cols: opts.valueColumns.map((i) => cols[i]!) },
    ];
    for (const p of parts) {
      if (p.cols.length === 0) continue;
      const s = partSchema(p.format, p.cols);
      if (s === undefined) continue;
      if (!c.registry)
        throw new ConfigError(
          `Cluster '${c.config.id}' has no Schema Registry for the '${p.format}' format of table ${name}`,
        );
      await c.registry.register(p.subject, s);
    }
  }

  /** ALTER TABLE: persists the definition; changed columns evolve the registered schemas. */
  private async alterTable(
    c: ClusterState,
    name: string,
    t: CatalogTable,
    before: CatalogObject | undefined,
  ): Promise<void> {
    const changed =
      before?.kind !== 'TABLE' || JSON.stringify(physical(before)) !== JSON.stringify(physical(t));
    const topic = t.options['topic'] ?? name;
    const grown = Number(t.options['kafka.partitions']);
    if (before?.kind === 'TABLE' && grown > Number(before.options['kafka.partitions'])) {
      const admin = await c.admin.get();
      try {
        await admin.createPartitions({ topics: [{ name: topic, count: grown }] });
      } catch (err) {
        const why = `Cannot grow the topic of table '${name}' to ${grown} partitions: ${adminErrorMessage(err)}`;
        if (brokerErrorCodes(err).includes('INVALID_PARTITIONS'))
          throw new ConfigError(`Invalid value for option 'kafka.partitions' of table '${name}'. ${why}`);
        throw new ExecutionError(why);
      }
    }
    const configs = changedTopicConfigs(before?.kind === 'TABLE' ? before.options : {}, t.options);
    if (configs.length > 0) {
      const admin = await c.admin.get();
      try {
        await admin.incrementalAlterConfigs({
          resources: [
            {
              resourceType: TOPIC_RESOURCE,
              resourceName: topic,
              configs: configs.map((x) => ({ name: x.name, configOperation: 0, value: x.value })),
            },
          ],
        });
      } catch (err) {
        throw new ExecutionError(
          `Cannot change the topic configuration of table ${name}: ${errorMessage(err)}`,
        );
      }
    }
    if (changed) {
      try {
        await this.registerSubjects(c, name, t);
      } catch (err) {
        throw new ExecutionError(`Cannot evolve the schemas of table ${name}: ${errorMessage(err)}`);
      }
    }
    // An inferred table (never created here) altered: its definition is stored, but the topic
    // stays the truth for the topic options (changed by kafka-configs or another ALTER later).
    await c.tableWriter.store(name, c.stored?.tables.has(name) ? t : withoutTopicOptions(t));
  }

  private async deleteTopic(c: ClusterState, name: string): Promise<void> {
    const admin = await c.admin.get();
    try {
      await admin.deleteTopics({ topics: [name] });
    } catch (err) {
      throw new ExecutionError(`Cannot delete topic '${name}': ${errorMessage(err)}`);
    }
    for (const s of [`${name}-key`, `${name}-value`]) await c.registry?.deleteSubject(s);
    await c.tableWriter.store(name, null);
  }

  /** Releases the clusters' connections. */
  async close(): Promise<void> {
    await Promise.all(
      [...this.clusters.values()].map(async (c) => {
        await c.kafka.close();
      }),
    );
  }
}

function physical(t: CatalogTable): { name: string; type: import('../types/index.js').LogicalType }[] {
  return t.columns.flatMap((x) => (x.kind === 'physical' ? [{ name: x.name, type: x.type }] : []));
}

/** `604800000`, `604800000 ms`, `7 days`, `2 h` → milliseconds. */
/** A cluster's latest schema per subject, as one refresh sees them. */
interface LatestSchemas {
  latest(subject: string): Promise<RegisteredSchema | undefined>;
}

/**
 * The registry's latest schemas: one `GET /schemas?latestOnly=true` listing where the registry
 * serves it, else its subject list with a lookup per subject asked for (older registries).
 */
async function latestSchemas(registry: RegistryClient): Promise<LatestSchemas> {
  const all = await registry.latestOfEverySubject();
  if (all !== undefined) return { latest: (s) => Promise.resolve(all.get(s)) };
  const subjects = new Set(await registry.subjects());
  return { latest: (s) => (subjects.has(s) ? registry.latest(s) : Promise.resolve(undefined)) };
}

/** A table's options without the kafka.* topic options (the topic's live configs stand for them). */
function withoutTopicOptions(t: CatalogTable): CatalogTable {
  const options = { ...t.options };
  for (const k of Object.keys(TOPIC_OPTION_DEFAULTS)) delete options[k];
  return { ...t, options };
}

/**
 * A stored table as read: one stored without topic options (an altered inferred table) takes
 * the topic's live ones, as an inferred table does; a created table keeps its declared ones.
 */
function withLiveTopicOptions(
  t: CatalogTable,
  configs: Readonly<Record<string, string>> | undefined,
): CatalogTable {
  if (configs === undefined || Object.keys(TOPIC_OPTION_DEFAULTS).some((k) => t.options[k] !== undefined))
    return t;
  return { ...t, options: { ...t.options, ...topicOptionsOf(configs) } };
}
