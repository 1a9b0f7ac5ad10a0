/**
 * Inferred tables know their topic's configuration (read in one DescribeConfigs per reload):
 * a compacted topic (made by confluent_kafka's AdminClient) is an upsert table keyed by its key
 * columns and reads with upsert semantics; SHOW CREATE TABLE shows the live kafka.* options in
 * Confluent's format; a created table keeps its declared options whatever the topic says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython } from '../testing/tools.js';
import { useKafkaPlatform } from '../testing/kafka-platform.js';

const python = runPython;

const rows = (out: string): { op: string; row: unknown[] }[] =>
  out
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => JSON.parse(l) as { op: string; row: unknown[] });

const k = useKafkaPlatform('inferred-configs.test', 30_000, async (k) => {
  await python(`
from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient, NewTopic
a = AdminClient({"bootstrap.servers": "${k.bootstrap}"})
fs = a.create_topics([
    NewTopic("ic_compact", 1, 1, config={"cleanup.policy": "compact", "min.compaction.lag.ms": "3600000", "retention.ms": "-1"}),
    NewTopic("ic_both", 2, 1, config={"cleanup.policy": "compact,delete", "retention.bytes": "1073741824", "max.message.bytes": "1048576"}),
    NewTopic("ic_plain", 1, 1, config={"retention.ms": "90000"}),
])
for f in fs.values():
    f.result()
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
for key, value in [(b"k1", b"a"), (b"k2", b"c"), (b"k1", b"b"), (b"k1", None)]:
    p.produce("ic_compact", key=key, value=value)
p.produce("ic_plain", key=b"k1", value=b"x")
p.produce("ic_plain", key=b"k1", value=b"y")
p.flush(10)
`);
});

test('a compacted topic infers upsert with its key as PRIMARY KEY; SHOW CREATE TABLE shows the live topic options', async () => {
  const r = await k.sql(
    'SHOW CREATE TABLE ic_compact;\nSHOW CREATE TABLE ic_both;\nSHOW CREATE TABLE ic_plain;',
  );
  assert.equal(r.code, 0, r.err);
  const [compact, both, plain] = rows(r.out).map((x) => String(x.row[0]));
  assert.match(compact!, /`key` VARBINARY\(2147483647\) NOT NULL/);
  assert.match(compact!, /PRIMARY KEY \(`key`\) NOT ENFORCED/);
  assert.match(compact!, /'changelog\.mode' = 'upsert'/);
  assert.match(compact!, /'kafka\.cleanup-policy' = 'compact'/);
  assert.match(compact!, /'kafka\.compaction\.time' = '1 h'/);
  assert.match(compact!, /'kafka\.retention\.time' = '0 ms'/);
  assert.match(compact!, /'kafka\.retention\.size' = '0 bytes'/);
  assert.match(compact!, /'kafka\.max-message-size' = '\d+ (bytes|kb|mb)'/);
  assert.match(both!, /'changelog\.mode' = 'upsert'/);
  assert.match(both!, /'kafka\.cleanup-policy' = 'delete-compact'/);
  assert.match(both!, /'kafka\.retention\.size' = '1 gb'/);
  assert.match(both!, /'kafka\.max-message-size' = '1 mb'/);
  assert.match(plain!, /'changelog\.mode' = 'append'/);
  assert.doesNotMatch(plain!, /PRIMARY KEY/);
  assert.match(plain!, /'kafka\.cleanup-policy' = 'delete'/);
  assert.match(plain!, /'kafka\.retention\.time' = '90 s'/);
  const d = await k.sql('DESCRIBE ic_compact;');
  assert.equal(d.code, 0, d.err);
  assert.deepEqual(
    rows(d.out).map((x) => x.row.slice(0, 4)),
    [
      ['key', 'BYTES', 'FALSE', 'PRI(key)'],
      ['val', 'BYTES', 'TRUE', null],
    ],
  );
});

test('reading a compacted topic gives upsert semantics: updates -U/+U, a tombstone -D', async () => {
  const r = await k.sql(
    "SELECT CAST(`key` AS STRING), CAST(val AS STRING) FROM ic_compact /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;\n" +
      "SELECT CAST(`key` AS STRING), CAST(val AS STRING) FROM ic_plain /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;",
  );
  assert.equal(r.code, 0, r.err);
  const all = rows(r.out).map((x) => `${x.op} ${x.row.join(',')}`);
  assert.deepEqual(all, ['+I k1,a', '+I k2,c', '-U k1,a', '+U k1,b', '-D k1,b', '+I k1,x', '+I k1,y']);
});

test('a created table keeps its declared options when the topic is compacted later', async () => {
  const r = await k.sql('CREATE TABLE ic_decl (id INT, v STRING);');
  assert.equal(r.code, 0, r.err);
  await python(`
from confluent_kafka.admin import AdminClient, ConfigResource
a = AdminClient({"bootstrap.servers": "${k.bootstrap}"})
for f in a.alter_configs([ConfigResource(ConfigResource.Type.TOPIC, "ic_decl", set_config={"cleanup.policy": "compact", "retention.ms": "-1"})]).values():
    f.result()
`);
  const s = await k.sql('SHOW CREATE TABLE ic_decl;');
  assert.equal(s.code, 0, s.err);
  const ddl = String(rows(s.out)[0]!.row[0]);
  assert.match(ddl, /'changelog\.mode' = 'append'/);
  assert.match(ddl, /'kafka\.cleanup-policy' = 'delete'/);
  assert.match(ddl, /'kafka\.retention\.time' = '7 d'/);
});

test('an Avro-keyed compacted topic (key contained in the value) reads as upsert on the key fields', async () => {
  await python(`
import io, json, struct, urllib.request
import avro.schema, avro.io
from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient, NewTopic
a = AdminClient({"bootstrap.servers": "${k.bootstrap}"})
for f in a.create_topics([NewTopic("ic_avro", 1, 1, config={"cleanup.policy": "compact"})]).values():
    f.result()
def register(subject, schema):
    req = urllib.request.Request('${k.registryUrl}/subjects/' + subject + '/versions',
      data=json.dumps({"schema": json.dumps(schema)}).encode(),
      headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
    sid = json.load(urllib.request.urlopen(req))["id"]
    parsed = avro.schema.parse(json.dumps(schema))
    def enc(rec):
        b = io.BytesIO(); b.write(b"\\0" + struct.pack(">I", sid))
        avro.io.DatumWriter(parsed).write(rec, avro.io.BinaryEncoder(b)); return b.getvalue()
    return enc
key = register("ic_avro-key", {"type": "record", "name": "K", "fields": [{"name": "id", "type": "int"}]})
val = register("ic_avro-value", {"type": "record", "name": "V", "fields": [{"name": "id", "type": "int"}, {"name": "v", "type": "string"}]})
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
for i, v in [(1, "a"), (2, "b"), (1, "c"), (2, None)]:
    p.produce("ic_avro", key=key({"id": i}), value=None if v is None else val({"id": i, "v": v}))
p.flush(10)
`);
  const r = await k.sql(
    "SHOW CREATE TABLE ic_avro;\nSELECT id, v FROM ic_avro /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;",
  );
  assert.equal(r.code, 0, r.err);
  const [ddl, ...changes] = rows(r.out);
  assert.match(String(ddl!.row[0]), /PRIMARY KEY \(`id`\) NOT ENFORCED/);
  assert.match(String(ddl!.row[0]), /'value\.fields-include' = 'all'/);
  assert.deepEqual(
    changes.map((x) => `${x.op} ${x.row.join(',')}`),
    ['+I 1,a', '+I 2,b', '-U 1,a', '+U 1,c', '-D 2,b'],
  );
});

test('an altered inferred table keeps its ALTERs but its topic options follow the topic', async () => {
  await python(`
from confluent_kafka.admin import AdminClient, NewTopic
a = AdminClient({"bootstrap.servers": "${k.bootstrap}"})
for f in a.create_topics([NewTopic("ic_altered", 1, 1, config={"retention.ms": "3600000"})]).values():
    f.result()
`);
  const alter = await k.sql(
    "ALTER TABLE ic_altered SET ('scan.startup.mode' = 'latest-offset', 'kafka.retention.time' = '2 h');",
  );
  assert.equal(alter.code, 0, alter.err);
  const first = await k.sql('SHOW CREATE TABLE ic_altered;');
  assert.equal(first.code, 0, first.err);
  assert.match(String(rows(first.out)[0]!.row[0]), /'kafka\.retention\.time' = '2 h'/);
  // Another client changes the topic afterwards: a later session shows the topic's value.
  await python(`
from confluent_kafka.admin import AdminClient, ConfigResource
a = AdminClient({"bootstrap.servers": "${k.bootstrap}"})
for f in a.alter_configs([ConfigResource(ConfigResource.Type.TOPIC, "ic_altered", set_config={"retention.ms": "86400000", "cleanup.policy": "delete"})]).values():
    f.result()
`);
  const s = await k.sql('SHOW CREATE TABLE ic_altered;');
  assert.equal(s.code, 0, s.err);
  const ddl = String(rows(s.out)[0]!.row[0]);
  assert.match(ddl, /'scan\.startup\.mode' = 'latest-offset'/);
  assert.match(ddl, /'kafka\.retention\.time' = '1 d'/);
});
