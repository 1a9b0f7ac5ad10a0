/**
 * Kafka tables with third-party clients, against the embedded broker and registry (in process):
 * JSON Schema values written by Debian's confluent_kafka (Python) read by Eddy and Eddy's
 * json-registry output read by its deserializer; the sink's murmur2 partitioning of the
 * serialized key; `error-handling.mode` fail (names topic, partition, offset) and ignore.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { murmur2 } from '../../connectors/kafka/murmur2.js';

import { runPython, jsonlRows } from '../../testing/tools.js';
import { readAll } from './kafka-test-support.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('kafka-formats.test', 30_000);

const sql = k.sql;

const rows = jsonlRows;

const python = runPython;

test('JSON Schema values from confluent_kafka (Python) read back as typed columns', async () => {
  await k.kafka.ensureTopic('people', { partitions: 1 });
  await python(`
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.json_schema import JSONSerializer
from confluent_kafka.serialization import SerializationContext, MessageField
schema = '{"$schema":"http://json-schema.org/draft-07/schema#","title":"Person","type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name"]}'
sr = SchemaRegistryClient({'url': '${k.registryUrl}'})
ser = JSONSerializer(schema, sr)
p = Producer({'bootstrap.servers': '${k.bootstrap}'})
for v in [{'name': 'ann', 'age': 31}, {'name': 'bob'}]:
    p.produce('people', value=ser(v, SerializationContext('people', MessageField.VALUE)))
p.flush(10)
`);
  const d = await sql('DESCRIBE people;');
  assert.equal(d.code, 0, d.err);
  assert.match(d.out, /\["name","STRING","FALSE"/);
  assert.match(d.out, /\["age","BIGINT","TRUE"/);
  const r = await sql(
    "ALTER TABLE people SET ('scan.bounded.mode' = 'latest-offset');\nSELECT name, age FROM people;",
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(rows(r.out), [
    ['ann', '31'],
    ['bob', null],
  ]);
});

test("Eddy's json-registry output is read by confluent_kafka's JSONDeserializer", async () => {
  const r = await sql(`
    CREATE TABLE jt (id INT, name STRING) WITH ('value.format' = 'json-registry');
    INSERT INTO jt VALUES (1, 'x'), (2, 'y');
  `);
  assert.equal(r.code, 0, r.err);
  const out = await python(`
import json, urllib.request
from confluent_kafka import Consumer
from confluent_kafka.schema_registry.json_schema import JSONDeserializer
schema = json.loads(urllib.request.urlopen('${k.registryUrl}/subjects/jt-value/versions/latest').read())['schema']
de = JSONDeserializer(schema)
c = Consumer({'bootstrap.servers': '${k.bootstrap}', 'group.id': 'g1', 'auto.offset.reset': 'earliest'})
c.subscribe(['jt'])
got = []
import time
deadline = time.time() + 20
while len(got) < 2 and time.time() < deadline:
    m = c.poll(0.5)
    if m is None or m.error(): continue
    got.append(de(m.value(), None))
c.close()
print(json.dumps(sorted(got, key=lambda g: g['id'])))
`);
  assert.deepEqual(JSON.parse(out), [
    { id: 1, name: 'x' },
    { id: 2, name: 'y' },
  ]);
});

test('keyed rows land on the partition Java picks: murmur2 of the serialized key', async () => {
  const r = await sql(`
    CREATE TABLE keyed (id INT, v STRING) DISTRIBUTED BY (id) INTO 4 BUCKETS;
    INSERT INTO keyed VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e'), (6, 'f');
  `);
  assert.equal(r.code, 0, r.err);
  const recs = await readAll(k.kafka, 'keyed', 4);
  assert.equal(recs.length, 6);
  for (const rec of recs) assert.equal(rec.partition, (murmur2(rec.key!) & 0x7fffffff) % 4);
  assert.ok(new Set(recs.map((x) => x.partition)).size > 1, 'keys spread over partitions');
});

test('error-handling.mode: fail names topic, partition and offset after the rows before it; ignore skips the record', async () => {
  const c = await sql('CREATE TABLE poison (a INT);\nINSERT INTO poison VALUES (1);');
  assert.equal(c.code, 0, c.err);
  const producer = await k.kafka.producer();
  await producer.send({ messages: [{ topic: 'poison', partition: 0, value: Buffer.from('not avro') }] });
  const fail = await sql(
    "ALTER TABLE poison SET ('scan.bounded.mode' = 'latest-offset');\nSELECT a FROM poison;",
  );
  assert.equal(fail.code, 1);
  assert.match(fail.err, /topic poison, partition 0, offset \d+/);
  // The record before the poison one went through the query before it failed.
  assert.deepEqual(rows(fail.out), [['1']]);
  const ok = await sql(
    "ALTER TABLE poison SET ('scan.bounded.mode' = 'latest-offset', 'error-handling.mode' = 'ignore');\nSELECT a FROM poison;",
  );
  assert.equal(ok.code, 0, ok.err);
  assert.deepEqual(rows(ok.out), [['1']]);
  const log = await sql(
    "ALTER TABLE poison SET ('scan.bounded.mode' = 'latest-offset', 'error-handling.mode' = 'log');\nSELECT a FROM poison;",
  );
  assert.equal(log.code, 0, log.err);
  assert.deepEqual(rows(log.out), [['1']]);
  const dlq = await sql(
    "ALTER TABLE error_log SET ('scan.bounded.mode' = 'latest-offset');\n" +
      'SELECT source_record.topic, source_record.`partition`, source_record.`offset`, CAST(source_record.`value` AS STRING), error_message FROM error_log;',
  );
  assert.equal(dlq.code, 0, dlq.err);
  const entries = rows(dlq.out);
  assert.equal(entries.length, 1, dlq.out);
  assert.deepEqual(entries[0]!.slice(0, 4), ['poison', '0', '1', 'not avro']);
  assert.ok(String(entries[0]![4]).length > 0);
});

test('a bounded read ends with a final watermark: event-time windows over $rowtime fire, empty partitions included', async () => {
  await k.kafka.ensureTopic('events', { partitions: 3 });
  const producer = await k.kafka.producer();
  const base = Date.UTC(2024, 0, 1);
  await producer.send({
    messages: [0, 1000, 61_000, 62_000, 125_000].map((dt, i) => ({
      topic: 'events',
      partition: 0,
      value: Buffer.from(`e${i}`),
      timestamp: BigInt(base + dt),
    })),
  });
  const r = await sql(`
    ALTER TABLE events SET ('scan.bounded.mode' = 'latest-offset');
    SET 'sql.local-time-zone' = 'UTC';
    SELECT window_start, COUNT(*) AS n
    FROM TABLE(TUMBLE(TABLE events, DESCRIPTOR($rowtime), INTERVAL '1' MINUTE))
    GROUP BY window_start, window_end;
  `);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(
    rows(r.out).map((x) => [String(x[0]).slice(11, 16), x[1]]),
    [
      ['00:00', '2'],
      ['00:01', '2'],
      ['00:02', '1'],
    ],
  );
});

test('a primary-key table is an upsert table: the last value per key wins on the topic', async () => {
  const r = await sql(`
    CREATE TABLE counts (k STRING, n BIGINT, PRIMARY KEY (k) NOT ENFORCED);
    INSERT INTO counts SELECT w, COUNT(*) FROM (VALUES ('a'), ('b'), ('a'), ('a')) AS t(w) GROUP BY w;
  `);
  assert.equal(r.code, 0, r.err);
  const recs = await readAll(k.kafka, 'counts', 6);
  const sr = (await (await fetch(`${k.registryUrl}/subjects`)).json()) as string[];
  assert.ok(sr.includes('counts-key') && sr.includes('counts-value'), sr.join(','));
  assert.ok(recs.length >= 2 && recs.every((x) => x.key !== null));
  // The same key always lands on the same partition (murmur2 of the key bytes).
  const parts = new Map<string, Set<number>>();
  for (const x of recs) {
    const k = x.key!.toString('hex');
    parts.set(k, (parts.get(k) ?? new Set()).add(x.partition));
  }
  assert.equal(parts.size, 2);
  for (const s of parts.values()) assert.equal(s.size, 1);
});
