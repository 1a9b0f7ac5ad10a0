/** Helpers of the Kafka SQL tests (test-only). */
import type { KafkaClient, PartitionRecord } from '../../kafka/client/index.js';

/** Every record of a topic up to its current end. */
export async function readAll(
  kafka: KafkaClient,
  topic: string,
  partitions: number,
): Promise<(PartitionRecord & { partition: number })[]> {
  const ends = await kafka.endOffsets(topic, [...Array(partitions).keys()]);
  const out: (PartitionRecord & { partition: number })[] = [];
  for (let p = 0; p < partitions; p++) {
    if (ends[p] === 0n) continue;
    const got: PartitionRecord[] = [];
    await new Promise<void>((resolve) => {
      void kafka
        .readPartition(topic, p, 0n, (recs) => {
          got.push(...recs);
        })
        .then((reader) => {
          const off = reader.onFetch(() => {
            if (reader.position >= ends[p]!) {
              off();
              void reader.close().then(resolve);
            }
          });
        });
    });
    out.push(...got.map((r) => ({ ...r, partition: p })));
  }
  return out;
}
