/**
 * The embedded broker: opens storage, loads the group coordinator, then serves the Kafka
 * protocol. One node (id from storage's meta.properties), controller and leader of everything.
 *
 * @example
 * const broker = new Broker(parseBrokerSettings({}, { host: '127.0.0.1', port: 0 }), openLogs, logger);
 * const { port } = await broker.start('/tmp/data/broker');
 * await broker.stop();
 */
import { networkInterfaces } from 'node:os';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../common/logger.js';
import type { BrokerContext, NodeEndpoint } from './context.js';
import { DynamicBrokerConfigs } from './dynamic-configs.js';
import { GroupCoordinator } from './groups/group-coordinator.js';
import { OFFSETS_TOPIC } from './groups/offsets-log.js';
import { completeTxnOffsets } from './groups/txn-offsets.js';
import { TxnCoordinator } from './txn/txn-coordinator.js';
import { HANDLERS } from './handlers/index.js';
import { KafkaServer } from './server/kafka-server.js';
import type { BrokerSettings } from './settings.js';
import type { LogManager, LogManagerOptions } from './storage/types.js';
import { TopicAdmin } from './topic-admin.js';

/**
 * For a wildcard bind: this machine's first external IPv4 address (reachable from here and from
 * other hosts), else loopback. `advertised.host` overrides it.
 */
export function reachableAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

export type LogManagerFactory = (options: LogManagerOptions & { logger: Logger }) => LogManager;

export class Broker {
  private logs: LogManager | null = null;
  private groups: GroupCoordinator | null = null;
  private txns: TxnCoordinator | null = null;
  private server: KafkaServer | null = null;
  private endpoint: NodeEndpoint | null = null;

  constructor(
    readonly settings: BrokerSettings,
    private readonly openLogs: LogManagerFactory,
    private readonly logger: Logger,
  ) {}

  get node(): NodeEndpoint | null {
    return this.endpoint;
  }

  get connections(): number {
    return this.server?.connectionCount ?? 0;
  }

  /** Opens `dataDir` and listens; resolves with the advertised endpoint. */
  async start(dataDir: string): Promise<NodeEndpoint> {
    const s = this.settings;
    await mkdir(dataDir, { recursive: true });
    const dynamicConfigs = await DynamicBrokerConfigs.load(dataDir);
    const logs = this.openLogs({
      dataDir,
      brokerConfigs: dynamicConfigs.merged(s.storageConfigs),
      flush: s.flush,
      logger: this.logger.child({ part: 'storage' }),
    });
    this.logs = logs;
    await logs.open();
    const groups = new GroupCoordinator(
      logs,
      {
        minSessionTimeoutMs: s.groupMinSessionTimeoutMs,
        maxSessionTimeoutMs: s.groupMaxSessionTimeoutMs,
        initialRebalanceDelayMs: s.groupInitialRebalanceDelayMs,
        offsetsTopicPartitions: s.offsetsTopicNumPartitions,
        offsetMetadataMaxBytes: s.offsetMetadataMaxBytes,
        offsetsRetentionMs: s.offsetsRetentionMs,
        offsetsRetentionCheckIntervalMs: s.offsetsRetentionCheckIntervalMs,
      },
      this.logger.child({ part: 'groups' }),
    );
    this.groups = groups;
    await groups.start();
    const txns = new TxnCoordinator(
      logs,
      {
        maxTimeoutMs: s.transactionMaxTimeoutMs,
        abortScanIntervalMs: s.transactionAbortScanIntervalMs,
        idExpirationMs: s.transactionalIdExpirationMs,
        removeExpiredIntervalMs: s.transactionRemoveExpiredIntervalMs,
        logPartitions: s.transactionStateLogNumPartitions,
      },
      this.logger.child({ part: 'transactions' }),
      (topic, _partition, producerId, commit) => {
        if (topic === OFFSETS_TOPIC) completeTxnOffsets(groups, producerId, commit);
      },
    );
    this.txns = txns;
    await txns.start();
    const node: NodeEndpoint = { nodeId: logs.nodeId, host: s.host, port: s.port };
    const ctx: BrokerContext = {
      logs,
      topics: new TopicAdmin(
        logs,
        { autoCreate: s.autoCreateTopics, numPartitions: s.numPartitions },
        this.logger,
      ),
      groups,
      txns,
      settings: s,
      logger: this.logger,
      node,
      clusterId: logs.clusterId,
      logDir: path.resolve(dataDir),
      dynamicConfigs,
    };
    const server = new KafkaServer(
      ctx,
      HANDLERS,
      {
        maxFrameBytes: s.maxFrameBytes,
        maxInflightBytesPerConnection: s.maxInflightBytesPerConnection,
        maxInflightBytes: s.maxInflightBytes,
        idleTimeoutMs: s.idleTimeoutMs,
      },
      this.logger.child({ part: 'server' }),
    );
    this.server = server;
    const bound = await server.listen(s.host, s.port);
    // Clients must get a reachable address, never the wildcard or port 0.
    const wildcard = bound.host === '0.0.0.0' || bound.host === '::';
    node.host = s.advertisedHost ?? (wildcard ? reachableAddress() : bound.host);
    node.port = s.advertisedPort ?? bound.port;
    this.endpoint = node;
    this.logger.info(
      {
        host: bound.host,
        port: bound.port,
        advertised: `${node.host}:${node.port}`,
        nodeId: node.nodeId,
        clusterId: logs.clusterId,
      },
      'broker listening',
    );
    return { ...node, port: bound.port, host: node.host };
  }

  /** Stops serving, then closes the coordinator and storage (pending appends finish first). */
  async stop(): Promise<void> {
    await this.server?.close();
    await this.txns?.close();
    await this.groups?.close();
    this.txns = null;
    await this.logs?.close();
    this.server = null;
    this.groups = null;
    this.logs = null;
  }
}
