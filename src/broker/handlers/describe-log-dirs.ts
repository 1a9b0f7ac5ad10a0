/**
 * DescribeLogDirs: the single data directory, with every partition's size on disk (or only the
 * requested ones: a topic or partition that does not exist is left out, as Kafka leaves out
 * what a directory does not hold) and, from v4, the file system's total and usable bytes.
 */
import { statfs } from 'node:fs/promises';
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';

export const handleDescribeLogDirs: Handler = async (broker, req) => {
  const wanted = req.topics as { topic: string; partitions: number[] }[] | null;
  const selection =
    wanted === null
      ? broker.logs.listTopics().map((t) => ({ name: t.name, partitions: range(t.partitions) }))
      : wanted.flatMap((w) => {
          const info = broker.logs.getTopic(w.topic);
          if (!info) return [];
          return [{ name: w.topic, partitions: w.partitions.filter((p) => p >= 0 && p < info.partitions) }];
        });
  const topics: Struct[] = selection
    .filter((t) => t.partitions.length > 0)
    .map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p,
        partitionSize: BigInt(broker.logs.partition(t.name, p).sizeInBytes()),
        // Kafka: max(HW − LEO, 0) for a current (non-future) log, so 0 for a leader.
        offsetLag: 0n,
        isFutureKey: false,
      })),
    }));
  let totalBytes = -1n;
  let usableBytes = -1n;
  try {
    const fs = await statfs(broker.logDir, { bigint: true });
    totalBytes = fs.blocks * fs.bsize;
    usableBytes = fs.bavail * fs.bsize;
  } catch {
    // Unknown sizes stay -1, as Kafka reports them when it cannot tell.
  }
  return {
    throttleTimeMs: 0,
    errorCode: ErrorCode.NONE,
    results: [{ errorCode: ErrorCode.NONE, logDir: broker.logDir, topics, totalBytes, usableBytes }],
  };
};

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
