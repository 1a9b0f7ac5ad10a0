/**
 * ElectLeaders: this node leads every partition and is every partition's only (preferred)
 * replica, so no election is ever needed. As Kafka's controller answers: a named partition gets
 * ELECTION_NOT_NEEDED (or UNKNOWN_TOPIC_OR_PARTITION); a request for all partitions (null) lists
 * only partitions where an election happened, which here is none.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';

const PREFERRED = 0;
const UNCLEAN = 1;

export const handleElectLeaders: Handler = async (broker, req, ctx) => {
  const type = ctx.header.apiVersion >= 1 ? (req.electionType as number) : PREFERRED;
  const wanted = req.topicPartitions as { topic: string; partitionId: number[] }[] | null;
  if (type !== PREFERRED && type !== UNCLEAN) {
    return { throttleTimeMs: 0, errorCode: ErrorCode.INVALID_REQUEST, replicaElectionResults: [] };
  }
  const results: Struct[] = (wanted ?? []).map((t) => {
    const info = broker.logs.getTopic(t.topic);
    return {
      topic: t.topic,
      partitionResult: t.partitionId.map((p) =>
        info && p >= 0 && p < info.partitions
          ? {
              partitionId: p,
              errorCode: ErrorCode.ELECTION_NOT_NEEDED,
              errorMessage: 'Leader election not needed for topic partition.',
            }
          : {
              partitionId: p,
              errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
              errorMessage: 'The partition does not exist.',
            },
      ),
    };
  });
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, replicaElectionResults: results };
};
