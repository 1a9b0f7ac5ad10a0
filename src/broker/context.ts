/**
 * What every API handler gets: the broker's shared state and the calling connection.
 * Handlers are plain async functions from a decoded request body to a response body.
 */
import type { Logger } from '../common/logger.js';
import type { Struct } from '../kafka/protocol/codec.js';
import type { RequestHeader } from '../kafka/protocol/headers.js';
import type { DynamicBrokerConfigs } from './dynamic-configs.js';
import type { GroupCoordinator } from './groups/group-coordinator.js';
import type { BrokerSettings } from './settings.js';
import type { LogManager } from './storage/types.js';
import type { TopicAdmin } from './topic-admin.js';
import type { TxnCoordinator } from './txn/txn-coordinator.js';

/** This node as clients must reach it (never 0.0.0.0 or port 0). */
export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

export interface BrokerContext {
  readonly logs: LogManager;
  readonly topics: TopicAdmin;
  readonly groups: GroupCoordinator;
  readonly txns: TxnCoordinator;
  readonly settings: BrokerSettings;
  readonly logger: Logger;
  /** Filled once the socket is bound. */
  readonly node: NodeEndpoint;
  readonly clusterId: string;
  /** The absolute path of the data directory (the one log dir DescribeLogDirs reports). */
  readonly logDir: string;
  /** Broker configs set by AlterConfigs / IncrementalAlterConfigs (the topic defaults). */
  readonly dynamicConfigs: DynamicBrokerConfigs;
}

/** Per-connection facts some APIs record or need. */
export interface ConnectionInfo {
  readonly id: number;
  readonly remoteAddress: string;
  clientId: string | null;
  clientSoftwareName?: string;
  clientSoftwareVersion?: string;
  /** Fetch v11+ `rack_id` (client.rack): kept for later rack-aware fetching. */
  rack?: string;
  /** Resolved when the connection closes: long polls stop waiting. */
  readonly closed: AbortSignal;
  /** Closes the connection once the responses queued before this request are written (acks=0 errors). */
  closeAfterPending(): void;
}

export interface RequestContext {
  readonly header: RequestHeader;
  readonly connection: ConnectionInfo;
}

/** Returns the response body, or null when no response must be sent (Produce with acks=0). */
export type Handler = (broker: BrokerContext, request: Struct, ctx: RequestContext) => Promise<Struct | null>;
