/** Helpers of the Kafka SQL tests (test-only). */
import type { KafkaClient, PartitionRecord } from '../../kafka/client/index.js';
import type { KafkaFlags } from './kafka-endpoints.js';
import { kafkaEngineFactory } from './kafka-session.js';
import { runSqlScript } from './run-script.js';

/** A script run as `eddy sql --output jsonl` with the Kafka engine: exit code, stdout, stderr. */
export async function runKafkaSql(
  text: string,
  flags: KafkaFlags,
  timeoutMs = 30_000,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSqlScript({
    text,
    output: 'jsonl',
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    engine: kafkaEngineFactory(flags),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { code, out, err };
}

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
