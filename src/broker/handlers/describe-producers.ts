/**
 * DescribeProducers: each requested partition's active producers, from the partition's producer
 * state, as Kafka's KafkaApis.handleDescribeProducersRequest / UnifiedLog.activeProducers.
 * A bad topic name fails its partitions with INVALID_TOPIC_EXCEPTION and Kafka's message; an
 * unknown topic with UNKNOWN_TOPIC_OR_PARTITION and the error's default message; a partition
 * the topic lacks with UNKNOWN_TOPIC_OR_PARTITION and no message (ReplicaManager's
 * getPartitionOrError). Eddy has no authorizer, so no TOPIC_AUTHORIZATION_FAILED.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ERROR_MESSAGES, ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import type { ActiveProducer } from '../storage/types.js';
import { invalidTopicName } from '../topic-admin.js';

/** One producer as the response carries it. */
function describeProducer(e: ActiveProducer): Struct {
  return {
    producerId: BigInt(e.producerId),
    producerEpoch: e.epoch,
    lastSequence: e.lastSequence,
    lastTimestamp: BigInt(e.lastTimestamp),
    coordinatorEpoch: e.coordinatorEpoch,
    currentTxnStartOffset: BigInt(e.txnStartOffset),
  };
}

export const handleDescribeProducers: Handler = async (broker, req) => {
  const topics = req.topics as { name: string; partitionIndexes: number[] }[];
  return {
    throttleTimeMs: 0,
    topics: topics.map((t) => {
      const invalid = invalidTopicName(t.name);
      const info = invalid === null ? broker.logs.getTopic(t.name) : undefined;
      const topicError: { code: number; message: string } | null =
        invalid !== null
          ? { code: ErrorCode.INVALID_TOPIC_EXCEPTION, message: invalid }
          : !info
            ? {
                code: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                message: ERROR_MESSAGES[ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]!,
              }
            : null;
      return {
        name: t.name,
        partitions: t.partitionIndexes.map((p): Struct => {
          const base = { partitionIndex: p, errorMessage: null, activeProducers: [] };
          if (topicError) return { ...base, errorCode: topicError.code, errorMessage: topicError.message };
          if (p < 0 || p >= info!.partitions)
            return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
          const log = broker.logs.partition(t.name, p);
          return { ...base, errorCode: 0, activeProducers: log.activeProducers().map(describeProducer) };
        }),
      };
    }),
  };
};
