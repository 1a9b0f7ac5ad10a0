/**
 * CreateTopics: -1 partitions / replication factor mean the broker defaults; this single node
 * accepts only replication factor 1 (INVALID_REPLICATION_FACTOR otherwise, as Kafka says when
 * there are too few brokers). Manual assignments must name this node only.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { errorCodeOf, errorMessageOf, invalidTopicName } from '../topic-admin.js';
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
      if (seen.get(t.name)! > 1) return fail(ErrorCode.INVALID_REQUEST, 'Duplicate topic name.');
      const bad = invalidTopicName(t.name);
      if (bad) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, bad);
      if (broker.logs.getTopic(t.name))
        return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${t.name}' already exists.`);
      let partitions = t.numPartitions;
      if (t.assignments.length > 0) {
        // Kafka's ReplicationControlManager.createTopic checks, in its order and words.
        if (t.replicationFactor !== -1) {
          return fail(
            ErrorCode.INVALID_REQUEST,
            'A manual partition assignment was specified, but replication factor was not set to -1.',
          );
        }
        if (t.numPartitions !== -1) {
          return fail(
            ErrorCode.INVALID_REQUEST,
            'A manual partition assignment was specified, but numPartitions was not set to -1.',
          );
        }
        const bad = manualAssignmentError(t.assignments, broker.node.nodeId);
        if (bad) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, bad);
        partitions = t.assignments.length;
      } else {
        if (t.replicationFactor < -1 || t.replicationFactor === 0) {
          return fail(
            ErrorCode.INVALID_REPLICATION_FACTOR,
            'Replication factor must be larger than 0, or -1 to use the default value.',
          );
        }
        if (partitions < -1 || partitions === 0) {
          return fail(
            ErrorCode.INVALID_PARTITIONS,
            'Number of partitions was set to an invalid non-positive value.',
          );
        }
        if (partitions === -1) partitions = broker.settings.numPartitions;
        if (t.replicationFactor > 1) {
          return fail(
            ErrorCode.INVALID_REPLICATION_FACTOR,
            `Unable to replicate the partition ${t.replicationFactor} time(s): The target replication factor of ${t.replicationFactor} cannot be reached because only 1 broker(s) are registered.`,
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
          configs: createTopicsConfigs(info, broker.settings.storageConfigs, broker.dynamicConfigs),
        };
      } catch (err) {
        return fail(errorCodeOf(err), errorMessageOf(err));
      }
    }),
  );
  return { throttleTimeMs: 0, topics: results };
};

/** Kafka's validateManualPartitionAssignment plus the 0-based-sequence rule, for one node. */
export function manualAssignmentError(
  assignments: { partitionIndex: number; brokerIds: number[] }[],
  nodeId: number,
): string | null {
  const seen = new Set<number>();
  for (const a of assignments) {
    if (seen.has(a.partitionIndex))
      return `Found multiple manual partition assignments for partition ${a.partitionIndex}`;
    seen.add(a.partitionIndex);
    if (a.brokerIds.length === 0) return 'The manual partition assignment includes an empty replica list.';
    const sorted = [...a.brokerIds].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length; i++) {
      if (sorted[i] !== nodeId)
        return `The manual partition assignment includes broker ${sorted[i]}, but no such broker is registered.`;
      if (i > 0 && sorted[i] === sorted[i - 1])
        return `The manual partition assignment includes the broker ${sorted[i]} more than once.`;
    }
  }
  for (let i = 0; i < seen.size; i++)
    if (!seen.has(i)) return 'partitions should be a consecutive 0-based integer sequence';
  return null;
}
