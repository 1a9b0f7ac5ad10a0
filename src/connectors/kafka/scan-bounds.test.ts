/**
 * `scan.startup.mode` / `scan.bounded.mode` by timestamp and by specific offsets, as Flink's
 * KafkaSource applies them (OffsetsInitializer.timestamp / offsets): a startup timestamp starts
 * at the first record stamped at or after it; a bounded timestamp or offset is exclusive (the
 * record at the stopping offset is not read). Records written by confluent_kafka with explicit
 * timestamps into the embedded broker.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython, jsonlRows } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const T0 = 1_700_000_000_000;

const k = useKafkaPlatform('scan-bounds.test', 30_000, async (k) => {
  await k.kafka.ensureTopic('bounds', { partitions: 1 });
  await runPython(
    `
from confluent_kafka import Producer
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
for i in range(6):
    p.produce("bounds", value=b"v%d" % i, timestamp=${T0} + i * 1000)
p.flush(10)
`,
    ['-W', 'ignore'],
  );
});

async function read(options: string): Promise<string[]> {
  const r = await k.sql(`SELECT CAST(val AS STRING) FROM bounds /*+ OPTIONS(${options}) */;`);
  assert.equal(r.code, 0, r.err);
  return jsonlRows(r.out).map((row) => String(row[0]));
}

test('scan.startup.mode timestamp starts at the first record stamped at or after it', async () => {
  assert.deepEqual(
    await read(
      `'scan.startup.mode'='timestamp', 'scan.startup.timestamp-millis'='${T0 + 2000}', 'scan.bounded.mode'='latest-offset'`,
    ),
    ['v2', 'v3', 'v4', 'v5'],
  );
  assert.deepEqual(
    await read(
      `'scan.startup.mode'='timestamp', 'scan.startup.timestamp-millis'='${T0 + 1500}', 'scan.bounded.mode'='latest-offset'`,
    ),
    ['v2', 'v3', 'v4', 'v5'],
  );
});

test('scan.bounded.mode timestamp stops before the first record stamped at or after it', async () => {
  assert.deepEqual(
    await read(`'scan.bounded.mode'='timestamp', 'scan.bounded.timestamp-millis'='${T0 + 2000}'`),
    ['v0', 'v1'],
  );
  assert.deepEqual(
    await read(`'scan.bounded.mode'='timestamp', 'scan.bounded.timestamp-millis'='${T0 + 2001}'`),
    ['v0', 'v1', 'v2'],
  );
  // After the last record: everything there is.
  assert.equal(
    (await read(`'scan.bounded.mode'='timestamp', 'scan.bounded.timestamp-millis'='${T0 + 60_000}'`)).length,
    6,
  );
});

test('specific offsets: startup inclusive, bounded exclusive', async () => {
  assert.deepEqual(
    await read(
      `'scan.startup.mode'='specific-offsets', 'scan.startup.specific-offsets'='partition:0,offset:3', 'scan.bounded.mode'='specific-offsets', 'scan.bounded.specific-offsets'='partition:0,offset:5'`,
    ),
    ['v3', 'v4'],
  );
});
