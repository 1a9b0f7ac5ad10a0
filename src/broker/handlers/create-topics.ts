/**
 * CreateTopics: -1 partitions / replication factor mean the broker defaults; this single node
 * accepts only replication factor 1 (INVALID_REPLICATION_FACTOR otherwise, as Kafka says when
 * there are too few brokers). Manual assignments must name this node only.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { errorCodeOf, invalidTopicName } from '../topic-admin.js';
import { createTopicsConfigs } from './topic-configs.js';

/** A guard against a typo (or a hostile request) creating millions of partition directories. */
export const MAX_PARTITIONS = 10000;

interface RequestTopic {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  assignments: { partitionIndex: number; brokerIds: number[] }[];
  configs: { name: string; value: string | null }[];
}

export const handleCreateTopics: Handler = async (broker, req) => {
  const topics = req.topics as RequestTopic[];
  const validateOnly = req.validateOnly === true;
  const seen = new Map<string, number>();
  for (const t of topics) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
  const results = await Promise.all(
    topics.map(async (t): Promise<Struct> => {
      const fail = (code: number, message: string): Struct => ({
        name: t.name,
        topicId: Buffer.alloc(16),
        errorCode: code,
        errorMessage: message,
        numPartitions: -1,
        replicationFactor: -1,
        configs: null,
      });
      if (seen.get(t.name)! > 1)
        return fail(ErrorCode.INVALID_REQUEST, `topic '${t.name}' appears more than once in the request`);
      const bad = invalidTopicName(t.name);
      if (bad) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, bad);
      if (broker.logs.getTopic(t.name))
        return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${t.name}' already exists.`);
      let partitions = t.numPartitions;
      if (t.assignments.length > 0) {
        if (t.numPartitions !== -1 || t.replicationFactor !== -1) {
          return fail(
            ErrorCode.INVALID_REQUEST,
            'both numPartitions or replicationFactor and manual assignments were set',
          );
        }
        if (t.assignments.some((a) => a.brokerIds.some((b) => b !== broker.node.nodeId))) {
          return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `the only broker is ${broker.node.nodeId}`);
        }
        partitions = t.assignments.length;
      } else {
        if (partitions === -1) partitions = broker.settings.numPartitions;
        if (partitions <= 0)
          return fail(ErrorCode.INVALID_PARTITIONS, 'Number of partitions must be larger than 0.');
        if (t.replicationFactor !== -1 && t.replicationFactor <= 0) {
          return fail(ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0.');
        }
        if (t.replicationFactor > 1) {
          return fail(
            ErrorCode.INVALID_REPLICATION_FACTOR,
            `Replication factor: ${t.replicationFactor} larger than available brokers: 1.`,
          );
        }
      }
      if (partitions > MAX_PARTITIONS) {
        return fail(
          ErrorCode.INVALID_PARTITIONS,
          `this single-node broker allows at most ${MAX_PARTITIONS} partitions per topic, got ${partitions}`,
        );
      }
      const configs: Record<string, string> = {};
      for (const c of t.configs) {
        if (c.value === null)
          return fail(ErrorCode.INVALID_CONFIG, `Null value not supported for topic configs: ${c.name}`);
        configs[c.name] = c.value;
      }
      try {
        const info = await broker.logs.createTopic(t.name, partitions, configs, { validateOnly });
        return {
          name: t.name,
          topicId: validateOnly ? Buffer.alloc(16) : info.topicIdBytes,
          errorCode: 0,
          errorMessage: null,
          numPartitions: partitions,
          replicationFactor: 1,
          configs: createTopicsConfigs(info, broker.settings.storageConfigs),
        };
      } catch (err) {
        return fail(errorCodeOf(err), (err as Error).message);
      }
    }),
  );
  return { throttleTimeMs: 0, topics: results };
};
