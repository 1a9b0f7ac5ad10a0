/**
 * AlterPartitionReassignments / ListPartitionReassignments on a single broker. Every replica
 * list can only be [this node], so no reassignment is ever in progress: the list is always
 * empty, a target equal to the current replicas succeeds without change (as Kafka's
 * ReplicationControlManager does), other targets fail its manual-assignment checks, and a
 * cancellation (null replicas) is NO_REASSIGNMENT_IN_PROGRESS.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { BrokerContext, Handler } from '../context.js';
import { manualAssignmentError } from './create-topics.js';

function alterOne(broker: BrokerContext, topic: string, index: number, replicas: number[] | null): Struct {
  const result = (errorCode: number, errorMessage: string | null): Struct => ({
    partitionIndex: index,
    errorCode,
    errorMessage,
  });
  const info = broker.logs.getTopic(topic);
  if (!info) return result(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find a topic named ${topic}.`);
  if (index < 0 || index >= info.partitions)
    return result(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Unable to find partition ${topic}:${index}.`);
  if (replicas === null)
    return result(ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, 'No partition reassignment is in progress.');
  const bad = manualAssignmentError([{ partitionIndex: 0, brokerIds: replicas }], broker.node.nodeId);
  if (bad) return result(ErrorCode.INVALID_REPLICA_ASSIGNMENT, bad);
  return result(0, null);
}

export const handleAlterPartitionReassignments: Handler = async (broker, req) => {
  const topics = req.topics as {
    name: string;
    partitions: { partitionIndex: number; replicas: number[] | null }[];
  }[];
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => alterOne(broker, t.name, p.partitionIndex, p.replicas)),
    })),
  };
};

export const handleListPartitionReassignments: Handler = async () => ({
  throttleTimeMs: 0,
  errorCode: 0,
  errorMessage: null,
  topics: [],
});
