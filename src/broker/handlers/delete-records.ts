/** DeleteRecords: moves each partition's log start offset (-1 = up to the high watermark). */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { errorCodeOf } from '../topic-admin.js';

export const handleDeleteRecords: Handler = async (broker, req) => {
  const topics = req.topics as { name: string; partitions: { partitionIndex: number; offset: bigint }[] }[];
  return {
    throttleTimeMs: 0,
    topics: await Promise.all(
      topics.map(async (t) => ({
        name: t.name,
        partitions: await Promise.all(
          t.partitions.map(async (p): Promise<Struct> => {
            try {
              if (!broker.logs.getTopic(t.name))
                return {
                  partitionIndex: p.partitionIndex,
                  lowWatermark: -1n,
                  errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                };
              const low = await broker.logs
                .partition(t.name, p.partitionIndex)
                .deleteRecords(Number(p.offset));
              return { partitionIndex: p.partitionIndex, lowWatermark: BigInt(low), errorCode: 0 };
            } catch (err) {
              return { partitionIndex: p.partitionIndex, lowWatermark: -1n, errorCode: errorCodeOf(err) };
            }
          }),
        ),
      })),
    ),
  };
};
