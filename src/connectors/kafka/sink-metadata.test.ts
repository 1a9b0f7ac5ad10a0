/**
 * The Kafka sink writes the persisted metadata columns Flink's Kafka sink supports
 * (KafkaDynamicSink.WritableMetadata): `headers` MAP<STRING, BYTES> as record headers and
 * `timestamp` TIMESTAMP_LTZ(3) as the record's CreateTime, read back by confluent_kafka; with
 * `changelog.mode = retract` the `op` header is the change kind's, never a user's; a read-only
 * key (`offset`, …) is refused with a message naming the writable ones. The first test's batch
 * mixes a 2020 timestamp with the producer's clock: more than 2^31 ms apart, which the client
 * library's varint would corrupt in one batch (sink-sender.ts splits the request).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';
import { parseType } from '../../types/index.js';
import type { ConnectorSchema } from '../api.js';
import { parseKafkaOptions } from './kafka-options.js';
import { kafkaSink } from './kafka-sink.js';

const k = useKafkaPlatform('sink-metadata.test');

const schema = (metadata: ConnectorSchema['metadata']): ConnectorSchema => ({
  tableName: 'default.cluster_0.meta_out',
  columns: [{ name: 'v', type: parseType('STRING') }],
  metadata,
});

const options = (topic: string, changelog = 'append'): Record<string, string> => ({
  connector: 'kafka',
  topic,
  'properties.bootstrap.servers': k.bootstrap,
  'value.format': 'raw',
  'changelog.mode': changelog,
});

async function consume(topic: string): Promise<unknown[]> {
  const out = await runPython(
    `
import json
from confluent_kafka import Consumer, TopicPartition
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "meta"})
c.assign([TopicPartition("${topic}", 0, 0)])
out = []
while True:
    m = c.poll(5)
    if m is None: break
    if m.error(): continue
    out.append({"v": m.value().decode(), "ts": m.timestamp()[1], "type": m.timestamp()[0],
      "h": [[k, (v or b"").decode()] for (k, v) in (m.headers() or [])]})
c.close()
print(json.dumps(out))
`,
    ['-W', 'ignore'],
  );
  return JSON.parse(out) as unknown[];
}

test('headers and timestamp metadata are written as the record headers and CreateTime', async () => {
  await k.kafka.ensureTopic('meta_out', { partitions: 1 });
  const s = schema([
    { key: 'headers', type: parseType('MAP<STRING, BYTES>') },
    { key: 'timestamp', type: parseType('TIMESTAMP_LTZ(3)') },
  ]);
  const writer = await kafkaSink(s, parseKafkaOptions(s.tableName, s.columns, options('meta_out'))).open();
  try {
    await writer.write({
      rows: [
        [
          'a',
          new Map([
            ['trace', Buffer.from('t1')],
            ['empty', null],
            ['blank', Buffer.alloc(0)],
          ]),
          1_600_000_000_123,
        ],
        ['b', null, null],
      ],
      kinds: null,
    });
    await writer.flush();
  } finally {
    await writer.close();
  }
  const got = (await consume('meta_out')) as { v: string; ts: number; type: number; h: string[][] }[];
  assert.deepEqual(got[0], {
    v: 'a',
    ts: 1_600_000_000_123,
    type: 1,
    // A NULL header value is not written (Flink skips the entry), an empty one is.
    h: [
      ['trace', 't1'],
      ['blank', ''],
    ],
  });
  assert.equal(got[1]!.v, 'b');
  assert.deepEqual(got[1]!.h, []);
  // No timestamp given: the producer's clock.
  assert.ok(Math.abs(got[1]!.ts - Date.now()) < 60_000, JSON.stringify(got[1]));
});

test('retract: the op header is the change kind, never a user header of that name', async () => {
  await k.kafka.ensureTopic('meta_retract', { partitions: 1 });
  const s = schema([{ key: 'headers', type: parseType('MAP<STRING, BYTES>') }]);
  const writer = await kafkaSink(
    s,
    parseKafkaOptions(s.tableName, s.columns, options('meta_retract', 'retract')),
  ).open();
  try {
    await writer.write({
      rows: [
        [
          'x',
          new Map([
            ['op', Buffer.from('mine')],
            ['h', Buffer.from('1')],
          ]),
        ],
        ['x', new Map([['h', Buffer.from('2')]])],
      ],
      kinds: [0, 3],
    });
    await writer.flush();
  } finally {
    await writer.close();
  }
  const got = (await consume('meta_retract')) as { h: string[][] }[];
  assert.deepEqual(got[0]!.h, [['h', '1']]);
  assert.deepEqual(got[1]!.h, [
    ['h', '2'],
    ['op', '\u0003'],
  ]);
});

test("a negative timestamp is refused as Kafka's ProducerRecord refuses it", async () => {
  await k.kafka.ensureTopic('meta_neg', { partitions: 1 });
  const s = schema([{ key: 'timestamp', type: parseType('TIMESTAMP_LTZ(3)') }]);
  const writer = await kafkaSink(s, parseKafkaOptions(s.tableName, s.columns, options('meta_neg'))).open();
  try {
    await assert.rejects(
      writer.write({ rows: [['a', -5]], kinds: null }),
      /Invalid timestamp: -5\. Timestamp should always be non-negative or null\./,
    );
  } finally {
    await writer.close().catch(() => undefined);
  }
});

test('a read-only metadata key is refused for writing', () => {
  const s = schema([{ key: 'offset', type: parseType('BIGINT') }]);
  assert.throws(
    () => kafkaSink(s, parseKafkaOptions(s.tableName, s.columns, options('meta_out'))),
    /Invalid metadata key 'offset' in table default.cluster_0.meta_out: the Kafka sink writes only 'headers', 'timestamp'/,
  );
});
