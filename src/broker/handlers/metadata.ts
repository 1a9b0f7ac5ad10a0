/**
 * Metadata: this node is the only broker, the controller and every partition's leader.
 * Topics missing from the request list are auto-created when the request allows it (v4+
 * `allow_auto_topic_creation`, always for older versions) and the broker enables it.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { BrokerContext, Handler } from '../context.js';
import type { TopicInfo } from '../storage/types.js';
import { errorCodeOf, invalidTopicName } from '../topic-admin.js';
import { AUTH_OPS_OMITTED, authorizedOperations } from './authorized-ops.js';

const ZERO_UUID = Buffer.alloc(16);

export function topicMetadata(broker: BrokerContext, t: TopicInfo): Struct {
  const partitions: Struct[] = [];
  for (let p = 0; p < t.partitions; p++) {
    let epoch = 0;
    try {
      epoch = broker.logs.partition(t.name, p).leaderEpoch;
    } catch {
      // Partition not open yet: epoch 0 is what a new partition has.
    }
    partitions.push({
      errorCode: 0,
      partitionIndex: p,
      leaderId: broker.node.nodeId,
      leaderEpoch: epoch,
      replicaNodes: [broker.node.nodeId],
      isrNodes: [broker.node.nodeId],
      offlineReplicas: [],
    });
  }
  return {
    errorCode: 0,
    name: t.name,
    topicId: t.topicIdBytes,
    isInternal: t.internal,
    partitions,
    topicAuthorizedOperations: AUTH_OPS_OMITTED,
  };
}

function errorTopic(name: string | null, code: number, topicId: Buffer = ZERO_UUID): Struct {
  return {
    errorCode: code,
    name,
    topicId,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: AUTH_OPS_OMITTED,
  };
}

export const handleMetadata: Handler = async (broker, req, ctx) => {
  const version = ctx.header.apiVersion;
  const requested = req.topics as { name: string | null; topicId: Buffer }[] | null;
  // v0: an empty list means all topics; v1+: null means all, empty means none.
  const all = requested === null || (version === 0 && requested.length === 0);
  const allowCreate = broker.topics.autoCreate && (version < 4 || req.allowAutoTopicCreation !== false);
  let topics: Struct[];
  if (all) {
    topics = broker.logs.listTopics().map((t) => topicMetadata(broker, t));
  } else {
    topics = await Promise.all(
      requested.map(async (r) => {
        if (r.name === null) {
          const t = broker.logs.getTopicById(uuidText(r.topicId));
          return t ? topicMetadata(broker, t) : errorTopic(null, ErrorCode.UNKNOWN_TOPIC_ID, r.topicId);
        }
        if (invalidTopicName(r.name)) return errorTopic(r.name, ErrorCode.INVALID_TOPIC_EXCEPTION);
        try {
          const t = await broker.topics.ensure(r.name, allowCreate);
          return t ? topicMetadata(broker, t) : errorTopic(r.name, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
        } catch (err) {
          return errorTopic(r.name, errorCodeOf(err));
        }
      }),
    );
  }
  const topicOps = authorizedOperations('topic', req.includeTopicAuthorizedOperations);
  if (topicOps !== AUTH_OPS_OMITTED) for (const t of topics) t.topicAuthorizedOperations = topicOps;
  return {
    throttleTimeMs: 0,
    brokers: [{ nodeId: broker.node.nodeId, host: broker.node.host, port: broker.node.port, rack: null }],
    clusterId: broker.clusterId,
    controllerId: broker.node.nodeId,
    topics,
    // v8-10 only (KIP-700 moved it to DescribeCluster).
    clusterAuthorizedOperations: authorizedOperations('cluster', req.includeClusterAuthorizedOperations),
  };
};

/** 16 wire bytes → RFC 4122 text. */
export function uuidText(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
