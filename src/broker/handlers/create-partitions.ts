/** CreatePartitions: grows a topic to `count` partitions (INVALID_PARTITIONS when not larger). */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { errorCodeOf, errorMessageOf } from '../topic-admin.js';
import { MAX_PARTITIONS } from './create-topics.js';

export const handleCreatePartitions: Handler = async (broker, req) => {
  const topics = req.topics as {
    name: string;
    count: number;
    assignments: { brokerIds: number[] }[] | null;
  }[];
  const validateOnly = req.validateOnly === true;
  const results = await Promise.all(
    topics.map(async (t): Promise<Struct> => {
      const info = broker.logs.getTopic(t.name);
      if (!info)
        return {
          name: t.name,
          errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
          errorMessage: `The topic '${t.name}' does not exist.`,
        };
      // Kafka's ReplicationControlManager.createPartitions messages.
      if (t.count <= info.partitions) {
        return {
          name: t.name,
          errorCode: ErrorCode.INVALID_PARTITIONS,
          errorMessage:
            t.count === info.partitions
              ? `Topic already has ${info.partitions} partition(s).`
              : `The topic ${t.name} currently has ${info.partitions} partition(s); ${t.count} would not be an increase.`,
        };
      }
      if (t.assignments && t.assignments.length !== t.count - info.partitions) {
        return {
          name: t.name,
          errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
          errorMessage: `Attempted to add ${t.count - info.partitions} additional partition(s), but only ${t.assignments.length} assignment(s) were specified.`,
        };
      }
      if (t.count > MAX_PARTITIONS) {
        return {
          name: t.name,
          errorCode: ErrorCode.INVALID_PARTITIONS,
          errorMessage: `this single-node broker allows at most ${MAX_PARTITIONS} partitions per topic, got ${t.count}`,
        };
      }
      if (t.assignments && t.assignments.some((a) => a.brokerIds.some((b) => b !== broker.node.nodeId))) {
        return {
          name: t.name,
          errorCode: ErrorCode.INVALID_REPLICA_ASSIGNMENT,
          errorMessage: `The manual partition assignment includes broker ${t.assignments.flatMap((a) => a.brokerIds).find((b) => b !== broker.node.nodeId)}, but no such broker is registered.`,
        };
      }
      try {
        await broker.logs.addPartitions(t.name, t.count, { validateOnly });
        return { name: t.name, errorCode: 0, errorMessage: null };
      } catch (err) {
        return { name: t.name, errorCode: errorCodeOf(err), errorMessage: errorMessageOf(err) };
      }
    }),
  );
  return { throttleTimeMs: 0, results };
};
