/** OffsetForLeaderEpoch: the end offset of a leader epoch, used by clients to detect truncation (KIP-320). */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { errorCodeOf } from '../topic-admin.js';

export const handleOffsetForLeaderEpoch: Handler = async (broker, req) => {
  const topics = req.topics as {
    topic: string;
    partitions: { partition: number; currentLeaderEpoch: number; leaderEpoch: number }[];
  }[];
  return {
    throttleTimeMs: 0,
    topics: topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p): Struct => {
        const base = { partition: p.partition, leaderEpoch: -1, endOffset: -1n };
        try {
          if (!broker.logs.getTopic(t.topic))
            return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
          const log = broker.logs.partition(t.topic, p.partition);
          if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch < log.leaderEpoch)
            return { ...base, errorCode: ErrorCode.FENCED_LEADER_EPOCH };
          if (p.currentLeaderEpoch > log.leaderEpoch)
            return { ...base, errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH };
          const r = log.endOffsetForLeaderEpoch(p.leaderEpoch);
          return { ...base, errorCode: 0, leaderEpoch: r.leaderEpoch, endOffset: BigInt(r.endOffset) };
        } catch (err) {
          return { ...base, errorCode: errorCodeOf(err) };
        }
      }),
    })),
  };
};
