/**
 * A light Kafka client for reads: Metadata, ListOffsets, Fetch and DescribeConfigs over {@link WireConnection}s
 * (one per broker), with the shared message specs. It loads in milliseconds, so `eddy sql`
 * reaches its first row without loading a full client library; writes, groups and admin work
 * stay with @platformatic/kafka (kafka-client.ts).
 *
 * @example
 * const light = new LightClient(['127.0.0.1:9092'], { clientId: 'eddy' });
 * const md = await light.metadata(['orders']);
 * const [end] = await light.listOffsets('orders', [0], LATEST);
 * light.close();
 */
import { EddyError } from '../../common/errors.js';
import type { Struct } from '../protocol/codec.js';
import { WireConnection, kafkaCodeError, networkError } from './wire-connection.js';
import type { KafkaSecurity } from './security.js';

const METADATA = 3;
const LIST_OFFSETS = 2;
const FETCH = 1;
const DESCRIBE_CONFIGS = 32;
/** DescribeConfigs resource type of a topic. */
const TOPIC_RESOURCE = 2;

/** ListOffsets timestamps with a special meaning. */
export const LATEST = -1n;
export const EARLIEST = -2n;

/** read_uncommitted (0) or read_committed (1, Flink's and Eddy's default). */
export type IsolationLevel = 0 | 1;

export interface BrokerInfo {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface PartitionInfo {
  partition: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  errorCode: number;
}

export interface TopicInfo {
  name: string;
  /** 16 bytes; all zeros from brokers without topic ids. */
  id: Buffer;
  isInternal: boolean;
  /** 0 when the topic exists; e.g. 3 (UNKNOWN_TOPIC_OR_PARTITION) when it does not. */
  errorCode: number;
  partitions: PartitionInfo[];
}

export interface ClusterMetadata {
  clusterId: string | null;
  controllerId: number;
  brokers: Map<number, BrokerInfo>;
  /** Every topic asked for (or all), including those answered with an error code. */
  topics: Map<string, TopicInfo>;
}

export interface LightClientOptions {
  clientId?: string;
  timeoutMs?: number;
  /** Retries of retriable failures (default 5). */
  retries?: number;
  /** TLS and SASL of every connection (default PLAINTEXT). */
  security?: KafkaSecurity;
}

/** One Fetch of one partition. */
export interface FetchPartitionRequest {
  topic: TopicInfo;
  partition: number;
  offset: bigint;
  maxWaitMs: number;
  maxBytes: number;
  isolationLevel?: IsolationLevel;
  /** `client.rack` (KIP-392), sent from Fetch v11. */
  rackId?: string;
}

/** The one partition's part of a Fetch response (the spec's field names). */
export interface FetchPartitionResponse {
  partitionIndex: number;
  errorCode: number;
  highWatermark: bigint;
  lastStableOffset: bigint;
  logStartOffset: bigint;
  abortedTransactions: { producerId: bigint; firstOffset: bigint }[] | null;
  preferredReadReplica: number;
  records: Buffer | null;
}

/** One topic's part of {@link LightClient.describeTopicConfigs}: its configs, or why not. */
export type TopicConfigResult =
  { configs: Record<string, string>; error?: undefined } | { configs?: undefined; error: EddyError };

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class LightClient {
  private readonly connections = new Map<string, Promise<WireConnection>>();
  private readonly clientId: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly security: KafkaSecurity | undefined;
  private known: ClusterMetadata | undefined;
  private closed = false;

  constructor(
    private readonly bootstrap: readonly string[],
    options: LightClientOptions = {},
  ) {
    this.clientId = options.clientId ?? 'eddy';
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = options.retries ?? 5;
    this.security = options.security;
  }

  /** The (cached) connection to `host:port`; a broken one is replaced. */
  async connection(host: string, port: number): Promise<WireConnection> {
    if (this.closed) throw new EddyError('EDDY_EXECUTION', 'the Kafka client is closed');
    const key = `${host}:${port}`;
    const cached = this.connections.get(key);
    if (cached) {
      const c = await cached.catch(() => undefined);
      if (c && !c.closed) return c;
      if (this.connections.get(key) === cached) this.connections.delete(key);
    }
    const made = WireConnection.connect(host, port, {
      clientId: this.clientId,
      timeoutMs: this.timeoutMs,
      ...(this.security ? { security: this.security } : {}),
    });
    this.connections.set(key, made);
    made.catch(() => {
      if (this.connections.get(key) === made) this.connections.delete(key);
    });
    return made;
  }

  /** A connection to any broker: a known one first, else the bootstrap list in order. */
  private async anyConnection(): Promise<WireConnection> {
    const candidates = [
      ...[...(this.known?.brokers.values() ?? [])].map((b) => `${b.host}:${b.port}`),
      ...this.bootstrap,
    ];
    let last: unknown;
    for (const addr of new Set(candidates)) {
      const i = addr.lastIndexOf(':');
      try {
        return await this.connection(addr.slice(0, i), Number(addr.slice(i + 1)));
      } catch (err) {
        last = err;
      }
    }
    throw last instanceof EddyError
      ? last
      : networkError(`cannot reach Kafka at ${this.bootstrap.join(',')}`, last);
  }

  private async connectionTo(nodeId: number): Promise<WireConnection> {
    let b = this.known?.brokers.get(nodeId);
    if (!b) b = (await this.metadata([])).brokers.get(nodeId);
    if (!b)
      throw new EddyError('EDDY_EXECUTION', `Kafka broker ${nodeId} is not in the cluster metadata`, {
        retriable: true,
      });
    return this.connection(b.host, b.port);
  }

  /** Runs `fn`, retrying retriable failures with a short back-off and fresh metadata. */
  private async retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const retriable = err instanceof EddyError ? err.retriable : true;
        if (!retriable || attempt >= this.retries || this.closed) {
          if (err instanceof EddyError) throw err;
          throw networkError(what, err);
        }
        this.known = undefined;
        await delay(Math.min(1000, 50 * 2 ** attempt));
      }
    }
  }

  /**
   * Metadata of `topics` (all topics when omitted; none, only brokers, for `[]`). Never creates
   * a topic (allow_auto_topic_creation = false).
   */
  async metadata(topics?: readonly string[]): Promise<ClusterMetadata> {
    return this.retrying('Kafka metadata', async () => {
      const c = await this.anyConnection();
      const v = c.pick(METADATA, 1);
      const list = topics === undefined ? null : topics.map((name) => ({ name }));
      const r = await c.request(METADATA, v, { topics: list, allowAutoTopicCreation: false });
      const md = parseMetadata(r);
      // Leader elections in progress answer LEADER_NOT_AVAILABLE: worth a retry.
      for (const t of md.topics.values())
        if (t.errorCode === 5) throw kafkaCodeError(`metadata of topic ${t.name}`, 5);
      this.known = md;
      return md;
    });
  }

  /**
   * The offset of each listed partition at `timestamp` (LATEST, EARLIEST or a time in ms: the
   * first offset whose timestamp is at or after it, -1 when none). Requests go to each leader.
   */
  async listOffsets(
    topic: string,
    partitions: readonly number[],
    timestamp: bigint,
    isolationLevel: IsolationLevel = 1,
  ): Promise<bigint[]> {
    return this.retrying(`cannot list offsets of ${topic}`, async () => {
      const md = this.known?.topics.get(topic)?.errorCode === 0 ? this.known : await this.metadata([topic]);
      const t = md.topics.get(topic);
      if (!t || t.errorCode !== 0) throw kafkaCodeError(`cannot list offsets of ${topic}`, t?.errorCode ?? 3);
      const byLeader = new Map<number, number[]>();
      for (const p of partitions) {
        const info = t.partitions.find((x) => x.partition === p);
        if (!info) throw new EddyError('EDDY_NOT_FOUND', `partition ${topic}/${p} does not exist`);
        byLeader.set(info.leader, [...(byLeader.get(info.leader) ?? []), p]);
      }
      const found = new Map<number, bigint>();
      await Promise.all(
        [...byLeader].map(async ([leader, parts]) => {
          const c = await this.connectionTo(leader);
          const v = c.pick(LIST_OFFSETS, 1);
          const r = await c.request(LIST_OFFSETS, v, {
            replicaId: -1,
            isolationLevel,
            timeoutMs: this.timeoutMs,
            topics: [{ name: topic, partitions: parts.map((p) => ({ partitionIndex: p, timestamp })) }],
          });
          for (const rt of r.topics as Struct[])
            for (const rp of rt.partitions as Struct[]) {
              const code = rp.errorCode as number;
              if (code !== 0) throw kafkaCodeError(`offsets of ${topic}/${String(rp.partitionIndex)}`, code);
              found.set(rp.partitionIndex as number, rp.offset as bigint);
            }
        }),
      );
      return partitions.map((p) => found.get(p) ?? -1n);
    });
  }

  /** One Fetch of one partition from `node` (the leader or a preferred read replica). */
  async fetch(node: number, req: FetchPartitionRequest): Promise<FetchPartitionResponse> {
    const c = await this.connectionTo(node);
    // v4+: isolation level and aborted transactions; topic ids from v13 (names before).
    const v = c.pick(FETCH, 4);
    const r = await c.request(
      FETCH,
      v,
      {
        replicaId: -1,
        maxWaitMs: req.maxWaitMs,
        minBytes: 1,
        maxBytes: req.maxBytes,
        isolationLevel: req.isolationLevel ?? 1,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic: req.topic.name,
            topicId: req.topic.id,
            partitions: [
              {
                partition: req.partition,
                currentLeaderEpoch: -1,
                fetchOffset: req.offset,
                lastFetchedEpoch: -1,
                logStartOffset: -1,
                partitionMaxBytes: req.maxBytes,
              },
            ],
          },
        ],
        forgottenTopicsData: [],
        rackId: req.rackId ?? '',
      },
      req.maxWaitMs,
    );
    if ((r.errorCode as number | undefined) && r.errorCode !== 0)
      throw kafkaCodeError(`fetch of ${req.topic.name}/${req.partition}`, r.errorCode as number);
    for (const t of r.responses as Struct[])
      for (const p of t.partitions as Struct[])
        if (p.partitionIndex === req.partition) return p as unknown as FetchPartitionResponse;
    throw new EddyError(
      'EDDY_PROTOCOL',
      `fetch of ${req.topic.name}/${req.partition}: the partition is missing from the answer`,
      {
        retriable: true,
      },
    );
  }

  /**
   * The configs of `topics` in one DescribeConfigs request to any broker (a topic's configs
   * are answered by every broker). Each topic maps to its name → value entries (sensitive or
   * unset values, null on the wire, are left out) or, for a topic the broker refused (e.g.
   * UNKNOWN_TOPIC_OR_PARTITION), to the error for that topic alone. A failure of the whole
   * request (connection lost, timeout) is retried on a fresh connection. `keys` limits
   * the answer to those config names (all when omitted): a smaller answer for many topics.
   */
  async describeTopicConfigs(
    topics: readonly string[],
    keys?: readonly string[],
  ): Promise<Map<string, TopicConfigResult>> {
    const out = new Map<string, TopicConfigResult>();
    if (topics.length === 0) return out;
    const unique = [...new Set(topics)];
    return this.retrying('Kafka topic configs', async () => {
      const c = await this.anyConnection();
      // v1+ answers config_source instead of is_default; synonyms and documentation not asked.
      const v = c.pick(DESCRIBE_CONFIGS, 1);
      const r = await c.request(DESCRIBE_CONFIGS, v, {
        resources: unique.map((name) => ({
          resourceType: TOPIC_RESOURCE,
          resourceName: name,
          configurationKeys: keys ? [...keys] : null,
        })),
        includeSynonyms: false,
        includeDocumentation: false,
      });
      out.clear();
      for (const res of r.results as Struct[]) {
        const name = res.resourceName as string;
        const code = res.errorCode as number;
        if (code !== 0) {
          const msg = res.errorMessage as string | null;
          const err = kafkaCodeError(`configs of topic ${name}${msg ? ` (${msg})` : ''}`, code);
          out.set(name, { error: err });
          continue;
        }
        const configs: Record<string, string> = {};
        for (const cfg of res.configs as Struct[]) {
          const value = cfg.value as string | null;
          if (value !== null) configs[cfg.name as string] = value;
        }
        out.set(name, { configs });
      }
      for (const name of unique)
        if (!out.has(name))
          out.set(name, {
            error: new EddyError(
              'EDDY_PROTOCOL',
              `configs of topic ${name}: missing from the broker's answer`,
            ),
          });
      return out;
    });
  }

  /** Forget cached metadata (after a NOT_LEADER answer, say). */
  invalidate(): void {
    this.known = undefined;
  }

  close(): void {
    this.closed = true;
    for (const p of this.connections.values()) void p.then((c) => c.close()).catch(() => undefined);
    this.connections.clear();
  }
}

function parseMetadata(r: Struct): ClusterMetadata {
  const brokers = new Map<number, BrokerInfo>();
  for (const b of r.brokers as Struct[])
    brokers.set(b.nodeId as number, {
      nodeId: b.nodeId as number,
      host: b.host as string,
      port: b.port as number,
      rack: (b.rack as string | null) ?? null,
    });
  const topics = new Map<string, TopicInfo>();
  for (const t of r.topics as Struct[]) {
    const name = t.name as string | null;
    if (name === null) continue;
    topics.set(name, {
      name,
      id: t.topicId as Buffer,
      isInternal: t.isInternal as boolean,
      errorCode: t.errorCode as number,
      partitions: (t.partitions as Struct[])
        .map((p) => ({
          partition: p.partitionIndex as number,
          leader: p.leaderId as number,
          leaderEpoch: p.leaderEpoch as number,
          replicas: p.replicaNodes as number[],
          isr: p.isrNodes as number[],
          errorCode: p.errorCode as number,
        }))
        .sort((a, b) => a.partition - b.partition),
    });
  }
  return {
    clusterId: (r.clusterId as string | null) ?? null,
    controllerId: r.controllerId as number,
    brokers,
    topics,
  };
}
