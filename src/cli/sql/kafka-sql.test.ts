/**
 * `eddy sql` over Kafka tables against the embedded broker and registry (in process):
 * kcat's raw topic as `key VARBINARY, val VARBINARY`, an Avro topic written with
 * @kafkajs/confluent-schema-registry, CREATE TABLE + INSERT read back by that client,
 * SHOW TABLES / DESCRIBE of topics created outside Eddy, internal topics hidden, did-you-mean.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';

import { requireTool, runPython, jsonlRows } from '../../testing/tools.js';
import { readAll } from './kafka-test-support.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('kafka-sql.test', 30_000);

const sql = k.sql;

const rows = jsonlRows;

function sorted(r: unknown[][]): unknown[][] {
  return r.sort((a, b) => Number(a[0]) - Number(b[0]));
}

test('a raw topic written by kcat reads as key VARBINARY, val VARBINARY', async () => {
  const kcat = requireTool('kcat');
  await k.kafka.ensureTopic('raw_t', { partitions: 2 });
  // Async: the broker runs in this process, a blocking exec would starve it.
  const child = execFile(kcat, [
    '-b',
    k.bootstrap,
    '-P',
    '-t',
    'raw_t',
    '-K',
    ':',
    '-X',
    'partitioner=murmur2_random',
  ]);
  child.stdin!.end('k1:hello\nk2:world\nk3:again\n');
  await new Promise<void>((resolve, reject) =>
    child.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`kcat exit ${c}`)))),
  );
  const r = await sql(
    `ALTER TABLE raw_t SET ('scan.bounded.mode' = 'latest-offset');\nSELECT val FROM raw_t;`,
  );
  assert.equal(r.code, 0, r.err);
  const vals = rows(r.out).map((x) => String(x[0]));
  assert.equal(vals.length, 3, r.out);
  // ALTER TABLE persists (in the cluster's _eddy_tables): a later session reads bounded too.
  const again = await sql('SELECT val FROM raw_t;');
  assert.equal(again.code, 0, again.err);
  assert.equal(rows(again.out).length, 3);
  const d = await sql('DESCRIBE EXTENDED raw_t;');
  assert.equal(d.code, 0, d.err);
  assert.match(d.out, /\["key","BYTES","TRUE"/);
  assert.match(d.out, /\["val","BYTES","TRUE"/);
  assert.match(d.out, /\["\$rowtime","TIMESTAMP_LTZ\(3\) \*ROWTIME\*","FALSE"/);
});

test('an Avro value schema registered by @kafkajs/confluent-schema-registry gives the columns and values', async () => {
  const sr = new SchemaRegistry({ host: k.registryUrl });
  const schema = {
    type: 'record',
    name: 'Order',
    fields: [
      { name: 'id', type: 'long' },
      { name: 'product', type: 'string' },
      { name: 'price', type: ['null', 'double'], default: null },
    ],
  };
  const { id } = await sr.register(
    { type: SchemaType.AVRO, schema: JSON.stringify(schema) },
    { subject: 'orders-value' },
  );
  await k.kafka.ensureTopic('orders', { partitions: 3 });
  const producer = await k.kafka.producer();
  const values = [
    { id: 1, product: 'pen', price: 1.5 },
    { id: 2, product: 'ink', price: null },
  ];
  for (const v of values)
    await producer.send({ messages: [{ topic: 'orders', value: await sr.encode(id, v) }] });
  const r = await sql(
    "SELECT id, product, price FROM orders /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;",
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(sorted(rows(r.out)), [
    ['1', 'pen', '1.5'],
    ['2', 'ink', null],
  ]);
  const d = await sql('DESCRIBE orders;');
  assert.match(d.out, /\["id","BIGINT","FALSE"/);
  assert.match(d.out, /\["price","DOUBLE","TRUE"/);
});

test('CREATE TABLE makes the topic and t-value; INSERT writes records the JS client decodes', async () => {
  const r = await sql(`
    CREATE TABLE made (id INT, name STRING) DISTRIBUTED BY (id) INTO 3 BUCKETS;
    INSERT INTO made VALUES (1, 'a'), (2, 'b'), (3, CAST(NULL AS STRING));
  `);
  assert.equal(r.code, 0, r.err);
  const md = await (await k.kafka.admin()).metadata({ topics: ['made'] });
  assert.equal(md.topics.get('made')?.partitionsCount, 3);
  const sr = new SchemaRegistry({ host: k.registryUrl });
  const got: unknown[] = [];
  for (const rec of await readAll(k.kafka, 'made', 3)) got.push(await sr.decode(rec.value!));
  const names = got.map((g) => (g as { name: string | null }).name).sort();
  assert.deepEqual(names, ['a', 'b', null]);
  const back = await sql(
    "ALTER TABLE made SET ('scan.bounded.mode' = 'latest-offset');\nSELECT id, name FROM made;",
  );
  assert.equal(back.code, 0, back.err);
  assert.deepEqual(sorted(rows(back.out)), [
    ['1', 'a'],
    ['2', 'b'],
    ['3', null],
  ]);
});

test('SHOW TABLES reflects outside topics, hides internal ones; unknown table has a did-you-mean', async () => {
  await k.kafka.ensureTopic('outside_topic', { partitions: 1 });
  await k.kafka.ensureTopic('_eddy_internal', { partitions: 1 });
  const r = await sql('SHOW TABLES;');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /outside_topic/);
  assert.doesNotMatch(r.out, /_schemas|__consumer_offsets|_eddy_internal/);
  const bad = await sql('SELECT * FROM outside_topc;');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /outside_topic/);
  const topics = await (await k.kafka.admin()).listTopics();
  assert.ok(!topics.includes('outside_topc'), 'a lookup must not create a topic');
});

test('DROP TABLE deletes the topic and both subjects', async () => {
  const r = await sql(
    'CREATE TABLE gone (id INT, v STRING, PRIMARY KEY (id) NOT ENFORCED);\nDROP TABLE gone;',
  );
  assert.equal(r.code, 0, r.err);
  assert.ok(!(await (await k.kafka.admin()).listTopics()).includes('gone'));
  const subjects = (await (await fetch(`${k.registryUrl}/subjects`)).json()) as string[];
  assert.ok(!subjects.includes('gone-key') && !subjects.includes('gone-value'), subjects.join(','));
  const again = await sql('SELECT * FROM gone;');
  assert.equal(again.code, 1);
});

test('scan.startup.mode latest-offset / specific-offsets / timestamp', async () => {
  await k.kafka.ensureTopic('modes', { partitions: 1 });
  const producer = await k.kafka.producer();
  for (let i = 0; i < 5; i++)
    await producer.send({
      messages: [
        {
          topic: 'modes',
          partition: 0,
          value: Buffer.from(`v${i}`),
          timestamp: BigInt(1_000_000 + i * 1000),
        },
      ],
    });
  const q = (opts: string): Promise<{ code: number; out: string; err: string }> =>
    sql(
      `ALTER TABLE modes SET ('scan.bounded.mode' = 'latest-offset', ${opts});\nSELECT CAST(val AS STRING) FROM modes;`,
    );
  const latest = await q("'scan.startup.mode' = 'latest-offset'");
  assert.equal(latest.code, 0, latest.err);
  assert.deepEqual(rows(latest.out), []);
  const specific = await q(
    "'scan.startup.mode' = 'specific-offsets', 'scan.startup.specific-offsets' = 'partition:0,offset:3'",
  );
  assert.deepEqual(rows(specific.out), [['v3'], ['v4']]);
  const ts = await q("'scan.startup.mode' = 'timestamp', 'scan.startup.timestamp-millis' = '1002000'");
  assert.deepEqual(rows(ts.out), [['v2'], ['v3'], ['v4']]);
});

test('without a platform, naming a Kafka table says where none was found', async () => {
  const r = await sql('SELECT * FROM orders;', { dataDir: join(k.platform.dataDir, 'nowhere') });
  assert.equal(r.code, 1);
  assert.match(r.err, /no platform found at .*nowhere; run `npm start` or pass --config/);
});

test('without a platform, a misspelt column is not blamed on the missing platform', async () => {
  const r = await sql('SELECT vv FROM (VALUES (1)) AS t(v);', {
    dataDir: join(k.platform.dataDir, 'nowhere'),
  });
  assert.equal(r.code, 1);
  assert.match(r.err, /Column 'vv' not found in table 't'; did you mean 'v'\?/);
  assert.doesNotMatch(r.err, /Kafka tables/);
  const jar = await sql("ADD JAR 'nope.jar';", { dataDir: join(k.platform.dataDir, 'nowhere') });
  assert.match(jar.err, /Jar resource \[nope\.jar\] not found\.\n/);
  const db = await sql('USE nodb;', { dataDir: join(k.platform.dataDir, 'nowhere') });
  assert.match(db.err, /\(Kafka tables: no platform found at /);
});

/** A dynamic Python class `shop.Item {int64 id; string name; repeated string tags}` (no protoc needed). */
const PY_ITEM = `
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
F = descriptor_pb2.FieldDescriptorProto
fdp = descriptor_pb2.FileDescriptorProto(name='item.proto', package='shop', syntax='proto3')
m = fdp.message_type.add(name='Item')
m.field.add(name='id', number=1, type=F.TYPE_INT64, label=F.LABEL_OPTIONAL)
m.field.add(name='name', number=2, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
m.field.add(name='tags', number=3, type=F.TYPE_STRING, label=F.LABEL_REPEATED)
pool = descriptor_pool.DescriptorPool()
pool.Add(fdp)
Item = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName('shop.Item'))
`;

const python = runPython;

test("proto-registry: confluent_kafka's ProtobufSerializer output reads as a table", async () => {
  await k.kafka.ensureTopic('items', { partitions: 1 });
  await python(`${PY_ITEM}
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.protobuf import ProtobufSerializer
from confluent_kafka.serialization import SerializationContext, MessageField
ser = ProtobufSerializer(Item, SchemaRegistryClient({'url': '${k.registryUrl}'}))
p = Producer({'bootstrap.servers': '${k.bootstrap}'})
p.produce('items', value=ser(Item(id=7, name='pen', tags=['a', 'b']), SerializationContext('items', MessageField.VALUE)))
p.flush(10)
`);
  const d = await sql('DESCRIBE items;');
  assert.match(d.out, /\["id","BIGINT","FALSE"/);
  assert.match(d.out, /\["tags","ARRAY<STRING NOT NULL>","FALSE"/);
  const r = await sql(
    "ALTER TABLE items SET ('scan.bounded.mode' = 'latest-offset');\nSELECT id, name, tags FROM items;",
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(rows(r.out), [['7', 'pen', '[a, b]']]);
});

test("proto-registry: Eddy's output is read by confluent_kafka's ProtobufDeserializer", async () => {
  const w = await sql(`
    CREATE TABLE pout (id BIGINT NOT NULL, name STRING NOT NULL) WITH ('value.format' = 'proto-registry');
    INSERT INTO pout VALUES (CAST(5 AS BIGINT), 'x'), (CAST(6 AS BIGINT), 'y');
  `);
  assert.equal(w.code, 0, w.err);
  const out = await python(`
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
F = descriptor_pb2.FieldDescriptorProto
fdp = descriptor_pb2.FileDescriptorProto(name='r.proto', package='org.apache.flink.proto.generated', syntax='proto3')
m = fdp.message_type.add(name='record')
m.field.add(name='id', number=1, type=F.TYPE_INT64, label=F.LABEL_OPTIONAL)
m.field.add(name='name', number=2, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
pool = descriptor_pool.DescriptorPool()
pool.Add(fdp)
R = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName('org.apache.flink.proto.generated.record'))
import json, time
from confluent_kafka import Consumer
from confluent_kafka.schema_registry.protobuf import ProtobufDeserializer
from confluent_kafka.serialization import SerializationContext, MessageField
de = ProtobufDeserializer(R)
c = Consumer({'bootstrap.servers': '${k.bootstrap}', 'group.id': 'gp', 'auto.offset.reset': 'earliest'})
c.subscribe(['pout'])
got = []
deadline = time.time() + 20
while len(got) < 2 and time.time() < deadline:
    msg = c.poll(0.5)
    if msg is None or msg.error(): continue
    v = de(msg.value(), SerializationContext('pout', MessageField.VALUE))
    got.append([v.id, v.name])
c.close()
print(json.dumps(sorted(got)))
`);
  assert.deepEqual(JSON.parse(out), [
    [5, 'x'],
    [6, 'y'],
  ]);
});

test('CREATE TABLE AS SELECT creates the topic before its sink opens', async () => {
  const r = await sql("CREATE TABLE ctas AS SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS t(id, name);");
  assert.equal(r.code, 0, r.err);
  const back = await sql("SELECT id, name FROM ctas /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;");
  assert.equal(back.code, 0, back.err);
  assert.deepEqual(sorted(rows(back.out)), [
    ['1', 'a'],
    ['2', 'b'],
  ]);
  const failed = await sql(
    'CREATE TABLE never AS SELECT 1 / 0 AS x FROM (VALUES (1)) AS t(a);\nSHOW TABLES;',
  );
  assert.equal(failed.code, 1);
});

test("SET 'sql.tables.scan.bounded.mode' bounds every Kafka table that keeps the default", async () => {
  const r = await sql("SET 'sql.tables.scan.bounded.mode' = 'latest-offset';\nSELECT id FROM orders;");
  assert.equal(r.code, 0, r.err);
  assert.equal(rows(r.out).length, 2);
});
