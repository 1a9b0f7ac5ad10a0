/**
 * ListOffsets: earliest (-2), latest (-1: high watermark, or last stable offset with
 * read_committed), max timestamp (-3, v7+), earliest local (-4, v8+: no tiered storage, so the
 * log start), or the first offset whose timestamp is ≥ the given one. v0 answers in the old
 * form (a list of offsets). From v1 a partition listed twice is INVALID_REQUEST, as Kafka.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { EARLIEST_TIMESTAMP, type IsolationLevel } from '../storage/types.js';
import { errorCodeOf } from '../topic-admin.js';

const EARLIEST_LOCAL_TIMESTAMP = -4;

interface RequestPartition {
  partitionIndex: number;
  currentLeaderEpoch: number;
  timestamp: bigint;
}

export const handleListOffsets: Handler = async (broker, req, ctx) => {
  const version = ctx.header.apiVersion;
  const isolation: IsolationLevel = req.isolationLevel === 1 ? 'read_committed' : 'read_uncommitted';
  const topics = req.topics as { name: string; partitions: RequestPartition[] }[];
  // As Kafka (v1+): a partition named twice in one request is answered INVALID_REQUEST each
  // time, since one offset per partition cannot answer two timestamps.
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  if (version >= 1) {
    for (const t of topics)
      for (const p of t.partitions) {
        const key = `${t.name}\u0000${p.partitionIndex}`;
        if (seen.has(key)) duplicates.add(key);
        seen.add(key);
      }
  }
  const out = await Promise.all(
    topics.map(async (t) => ({
      name: t.name,
      partitions: await Promise.all(
        t.partitions.map(async (p): Promise<Struct> => {
          const base = {
            partitionIndex: p.partitionIndex,
            oldStyleOffsets: [] as bigint[],
            timestamp: -1n,
            offset: -1n,
            leaderEpoch: -1,
          };
          if (duplicates.has(`${t.name}\u0000${p.partitionIndex}`))
            return { ...base, errorCode: ErrorCode.INVALID_REQUEST };
          try {
            if (!broker.logs.getTopic(t.name))
              return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
            const log = broker.logs.partition(t.name, p.partitionIndex);
            if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch < log.leaderEpoch) {
              return { ...base, errorCode: ErrorCode.FENCED_LEADER_EPOCH };
            }
            if (p.currentLeaderEpoch > log.leaderEpoch)
              return { ...base, errorCode: ErrorCode.UNKNOWN_LEADER_EPOCH };
            let ts = Number(p.timestamp);
            if (ts === EARLIEST_LOCAL_TIMESTAMP) ts = EARLIEST_TIMESTAMP;
            if (ts < -3) return { ...base, errorCode: ErrorCode.INVALID_REQUEST };
            const r = await log.offsetForTimestamp(ts, isolation);
            if (version === 0) {
              return { ...base, errorCode: 0, oldStyleOffsets: r.offset >= 0 ? [BigInt(r.offset)] : [] };
            }
            return {
              ...base,
              errorCode: 0,
              timestamp: BigInt(r.timestamp),
              offset: BigInt(r.offset),
              leaderEpoch: r.leaderEpoch,
            };
          } catch (err) {
            return { ...base, errorCode: errorCodeOf(err) };
          }
        }),
      ),
    })),
  );
  return { throttleTimeMs: 0, topics: out };
};
