/**
 * The Kafka client every layer above the shared modules uses to reach any cluster (embedded or
 * the user's own). Reads (metadata, offsets, partition reads) go through the light client
 * (light-client.ts, Eddy's own wire protocol code), which loads in milliseconds: `eddy sql`'s
 * SELECT path never loads @platformatic/kafka. Producers, group consumers and admin work are a
 * thin, typed layer over @platformatic/kafka, imported on first use, with Eddy's defaults
 * (acks=all, bounded retries, zstd available on Node 20) and errors mapped to EddyError.
 *
 * @example
 * const kafka = new KafkaClient({ bootstrapServers: '127.0.0.1:9092', clientId: 'eddy-registry' });
 * await kafka.ensureTopic('_schemas', { partitions: 1, configs: { 'cleanup.policy': 'compact' } });
 * const md = await kafka.metadata(['_schemas']); // light: no client library loaded
 * const producer = await kafka.producer();
 * await producer.send({ messages: [{ topic: '_schemas', key: Buffer.from('k'), value: Buffer.from('v') }] });
 * await kafka.close();
 */
import { randomUUID } from 'node:crypto';
import type {
  Admin,
  BaseOptions,
  Consumer,
  Producer,
  ConsumerOptions,
  ProducerOptions,
} from '@platformatic/kafka';
import { ConfigError } from '../../common/errors.js';
import { kafkaError } from './errors.js';
import { installZstd, installZstdDecoder } from './zstd.js';
import { PartitionReader, type PartitionReaderOptions, type PartitionRecord } from './partition-reader.js';
import {
  LightClient,
  type ClusterMetadata,
  type IsolationLevel,
  type TopicConfigResult,
} from './light-client.js';
import { clusterSecurity, tlsConnectOptions, type KafkaSecurity } from './security.js';

/** The client library, loaded on first use (it costs ~0.9 s of CPU to load). */
const platformatic = (): Promise<typeof import('@platformatic/kafka')> => import('@platformatic/kafka');

export interface KafkaClientConfig {
  /** `host:port[,host:port…]` or a list of them. */
  bootstrapServers: string | readonly string[];
  /** Prefix of every client id (default `eddy`). */
  clientId?: string;
  /** Per-request timeout in ms (default 10 000). */
  timeoutMs?: number;
  /** Retries of retriable failures (default 5). */
  retries?: number;
  /**
   * TLS and SASL (security.ts). Default: what was registered for these bootstrap servers with
   * `registerClusterSecurity` (eddy.yaml's cluster properties), else PLAINTEXT; `null` is
   * PLAINTEXT without that lookup.
   */
  security?: KafkaSecurity | null;
}

export interface TopicSpec {
  partitions?: number;
  replicas?: number;
  configs?: Record<string, string>;
}

type BufferProducer = Producer<Buffer, Buffer, Buffer, Buffer>;
type BufferConsumer = Consumer<Buffer, Buffer, Buffer, Buffer>;

/** Parse and check a bootstrap list; a clear error names the bad entry. */
export function parseBootstrap(servers: string | readonly string[]): string[] {
  const list = (typeof servers === 'string' ? servers.split(',') : [...servers])
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (list.length === 0)
    throw new ConfigError('Kafka bootstrap servers are empty: give host:port[,host:port…]');
  for (const s of list) {
    const m = /^(.+):(\d{1,5})$/.exec(s.replace(/^[a-z]+:\/\//i, ''));
    if (!m || Number(m[2]) > 65535) throw new ConfigError(`Kafka bootstrap server '${s}' is not host:port`);
  }
  return list.map((s) => s.replace(/^[a-z]+:\/\//i, ''));
}

export class KafkaClient {
  readonly bootstrap: string[];
  private readonly clientId: string;
  private readonly timeout: number;
  private readonly retries: number;
  readonly security: KafkaSecurity | undefined;
  private readonly closers = new Set<{ close(force?: boolean): Promise<void> }>();
  private lightClient: LightClient | undefined;

  constructor(config: KafkaClientConfig) {
    this.bootstrap = parseBootstrap(config.bootstrapServers);
    this.clientId = config.clientId ?? 'eddy';
    this.timeout = config.timeoutMs ?? 10_000;
    this.retries = config.retries ?? 5;
    const security = config.security === undefined ? clusterSecurity(this.bootstrap) : config.security;
    this.security = security?.protocol === 'PLAINTEXT' ? undefined : (security ?? undefined);
  }

  private base(suffix: string) {
    return {
      clientId: `${this.clientId}-${suffix}`,
      bootstrapBrokers: this.bootstrap,
      timeout: this.timeout,
      retries: this.retries,
      retryDelay: 250,
      ...platformaticSecurity(this.security, this.bootstrap),
    };
  }

  /** Options of the light client (reads). */
  private lightOptions() {
    return {
      clientId: `${this.clientId}-reader`,
      timeoutMs: this.timeout,
      retries: this.retries,
      ...(this.security ? { security: this.security } : {}),
    };
  }

  private track<T extends { close(force?: boolean): Promise<void> }>(c: T): T {
    this.closers.add(c);
    return c;
  }

  /** A producer of raw bytes with acks=all. */
  async producer(
    options: Partial<ProducerOptions<Buffer, Buffer, Buffer, Buffer>> = {},
  ): Promise<BufferProducer> {
    const { Producer } = await platformatic();
    await installZstd();
    return this.track(
      new Producer<Buffer, Buffer, Buffer, Buffer>({
        ...this.base('producer'),
        acks: -1,
        autocreateTopics: false,
        ...options,
      }),
    );
  }

  /** A consumer of raw bytes; `groupId` defaults to a fresh one (a private reader). */
  async consumer(
    options: Partial<ConsumerOptions<Buffer, Buffer, Buffer, Buffer>> = {},
  ): Promise<BufferConsumer> {
    const { Consumer } = await platformatic();
    // Consumers only decode: no wait for the encoder's WASM start-up.
    await installZstdDecoder();
    return this.track(
      new Consumer<Buffer, Buffer, Buffer, Buffer>({
        ...this.base('consumer'),
        groupId: `${this.clientId}-${randomUUID()}`,
        ...options,
      } as ConsumerOptions<Buffer, Buffer, Buffer, Buffer>),
    );
  }

  /** The light read client (metadata, offsets, fetch), made on first use and shared. */
  private get light(): LightClient {
    this.lightClient ??= new LightClient(this.bootstrap, this.lightOptions());
    return this.lightClient;
  }

  /**
   * Metadata of `topics` (every topic when omitted), through the light client: brokers, topics
   * with ids and partitions (an absent topic has errorCode 3). Never creates a topic.
   */
  async metadata(topics?: readonly string[]): Promise<ClusterMetadata> {
    try {
      return await this.light.metadata(topics);
    } catch (err) {
      throw kafkaError(
        `cannot read the metadata of ${topics ? topics.join(', ') || 'the cluster' : 'all topics'}`,
        err,
      );
    }
  }

  /**
   * The offset of each listed partition at `timestamp`: -1n latest (the end), -2n earliest, or
   * a time in ms (the first offset at or after it; -1n when there is none).
   */
  async listOffsets(
    topic: string,
    partitions: readonly number[],
    timestamp: bigint,
    isolationLevel: IsolationLevel = 1,
  ): Promise<bigint[]> {
    try {
      return await this.light.listOffsets(topic, partitions, timestamp, isolationLevel);
    } catch (err) {
      throw kafkaError(`cannot list offsets of ${topic}`, err);
    }
  }

  /**
   * The configs of `topics` (name → value, every config the broker reports, defaults included)
   * in one DescribeConfigs request to any broker, through the light client. An unknown topic
   * gets its own `error` entry; only a failure of the whole request throws. `keys` limits the
   * answer to those config names.
   */
  async describeTopicConfigs(
    topics: readonly string[],
    keys?: readonly string[],
  ): Promise<Map<string, TopicConfigResult>> {
    try {
      return await this.light.describeTopicConfigs(topics, keys);
    } catch (err) {
      throw kafkaError(`cannot read the configs of ${topics.join(', ')}`, err);
    }
  }

  /** Read `topic`/`partition` from `from` onwards, without a consumer group (light client). */
  async readPartition(
    topic: string,
    partition: number,
    from: bigint,
    onRecords: (records: PartitionRecord[]) => void,
    options: PartitionReaderOptions = {},
  ): Promise<PartitionReader> {
    // Each reader has its own connections: a long poll must not hold up other partitions.
    const light = new LightClient(this.bootstrap, this.lightOptions());
    const reader = new PartitionReader(light, topic, partition, from, onRecords, options);
    const tracked = { close: () => reader.close() };
    const close = reader.close.bind(reader);
    reader.close = async () => {
      this.closers.delete(tracked);
      // Stop first, then drop the connections: a long poll in flight ends now, not at max wait.
      const stopped = close();
      light.close();
      await stopped;
    };
    this.closers.add(tracked);
    return reader;
  }

  /** An admin client (@platformatic/kafka, loaded on first use). */
  async admin(): Promise<Admin> {
    const { Admin } = await platformatic();
    return this.track(new Admin(this.base('admin')));
  }

  /** Create a topic unless it exists (any broker's "already exists" answer counts as success). */
  async ensureTopic(name: string, spec: TopicSpec = {}): Promise<void> {
    const { Admin } = await platformatic();
    const admin = new Admin(this.base('admin'));
    try {
      const existing = await admin.listTopics({ includeInternals: true });
      if (existing.includes(name)) return;
      await admin.createTopics({
        topics: [name],
        partitions: spec.partitions ?? 1,
        replicas: spec.replicas ?? 1,
        configs: Object.entries(spec.configs ?? {}).map(([name, value]) => ({ name, value })),
      });
    } catch (err) {
      if (
        /already exists/i.test(
          JSON.stringify((err as { errors?: unknown }).errors ?? '') + String((err as Error).message),
        )
      )
        return;
      throw kafkaError(`cannot create topic ${name}`, err);
    } finally {
      await admin.close().catch(() => undefined);
    }
  }

  /** The next offset to be written to each listed partition (the last stable offset). */
  async endOffsets(topic: string, partitions: number[] = [0]): Promise<bigint[]> {
    const ends = await this.listOffsets(topic, partitions, -1n);
    return ends.map((e) => (e < 0n ? 0n : e));
  }

  /** Close every producer, consumer and admin made by this client. */
  async close(): Promise<void> {
    const all = [...this.closers];
    this.closers.clear();
    this.lightClient?.close();
    this.lightClient = undefined;
    await Promise.all(all.map((c) => closeQuietly(c)));
  }
}

/**
 * @platformatic/kafka's `tls` / `sasl` options for a security setting. Its connection passes
 * `tls` to node:tls as is; `tlsServerName: true` sends SNI with each broker's own host name.
 */
export function platformaticSecurity(
  security: KafkaSecurity | undefined,
  bootstrap: readonly string[],
): Pick<BaseOptions, 'tls' | 'tlsServerName' | 'sasl'> {
  if (!security) return {};
  const out: Pick<BaseOptions, 'tls' | 'tlsServerName' | 'sasl'> = {};
  if (security.tls) {
    // servername is per broker (tlsServerName); the rest is the same for every connection.
    const host = bootstrap[0]!.slice(0, bootstrap[0]!.lastIndexOf(':'));
    const { servername, ...tls } = tlsConnectOptions(security.tls, host);
    out.tls = tls;
    if (servername !== undefined) out.tlsServerName = true;
  }
  if (security.sasl)
    out.sasl = {
      mechanism: security.sasl.mechanism,
      username: security.sasl.username,
      password: security.sasl.password,
    };
  return out;
}

/** Close a client, forcing pending work to stop, ignoring errors (used on shutdown paths). */
export async function closeQuietly(c: { close(force?: boolean): Promise<void> }): Promise<void> {
  try {
    // Producers and consumers take `force`; an Admin's only argument is a callback.
    if ('createTopics' in c) await (c as Admin).close();
    else await (c.close as (force?: boolean) => Promise<void>).call(c, true);
  } catch {
    // already closed or broker gone: nothing left to release
  }
}

export { kafkaError } from './errors.js';
export { installZstd, installZstdDecoder } from './zstd.js';
