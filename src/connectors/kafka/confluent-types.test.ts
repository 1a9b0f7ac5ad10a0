/**
 * Inferred tables as Confluent Cloud for Apache Flink reads them, from records written by
 * Debian's Python clients against the embedded broker and registry (in process):
 * - an Avro union of two or more non-null types is a ROW with one field per branch, and a
 *   record fills the field of the branch it was written with (python3-avro + Confluent framing);
 * - Protobuf (confluent_kafka's ProtobufSerializer): a real `oneof` is one nullable ROW named
 *   after it, after the other fields; `google.protobuf.*Value` wrappers are their nullable
 *   value; proto3 `optional` stays a plain nullable column; a uint64 above 2^63 - 1 reads as
 *   Java's long (wrapped);
 * - JSON Schema (confluent_kafka's JSONSerializer): a local `$ref` to a definition is expanded
 *   into the ROW it describes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython, jsonlRows } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('confluent-types.test', 30_000);

const python = (script: string): Promise<string> => runPython(script, ['-W', 'ignore']);

const rows = jsonlRows;

/** DESCRIBE's (name, type, nullable) triples. */
async function describe(table: string): Promise<string[][]> {
  const d = await k.sql(`DESCRIBE ${table};`);
  assert.equal(d.code, 0, d.err);
  return rows(d.out).map((r) => [String(r[0]), String(r[1]), String(r[2])]);
}

const BOUNDED = "/*+ OPTIONS('scan.bounded.mode'='latest-offset') */";

test('Avro multi-type unions read as a ROW with the written branch filled', async () => {
  await k.kafka.ensureTopic('av_union', { partitions: 1 });
  await python(`
import io, json, struct, urllib.request
import avro.schema, avro.io
from confluent_kafka import Producer
schema = {"type": "record", "name": "Ev", "namespace": "com.acme", "fields": [
  {"name": "id", "type": "int"},
  {"name": "v", "type": ["null", "int", "string"], "default": None},
  {"name": "n", "type": ["null", "long", "boolean"], "default": None},
  {"name": "r", "type": ["null", {"type": "record", "name": "Addr", "fields": [{"name": "city", "type": "string"}]}, "int"], "default": None}]}
req = urllib.request.Request('${k.registryUrl}/subjects/av_union-value/versions',
  data=json.dumps({"schema": json.dumps(schema)}).encode(),
  headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
sid = json.load(urllib.request.urlopen(req))["id"]
parsed = avro.schema.parse(json.dumps(schema))
def enc(rec):
    b = io.BytesIO(); b.write(b"\\0" + struct.pack(">I", sid))
    avro.io.DatumWriter(parsed).write(rec, avro.io.BinaryEncoder(b)); return b.getvalue()
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
for rec in [{"id": 0, "v": None, "n": None, "r": None},
            {"id": 1, "v": 5, "n": 7, "r": {"city": "Paris"}},
            {"id": 2, "v": "s", "n": True, "r": 9}]:
    p.produce("av_union", value=enc(rec))
p.flush(10)
`);
  const cols = await describe('av_union');
  assert.deepEqual(cols.slice(1), [
    ['id', 'INT', 'FALSE'],
    ['v', 'ROW<`int` INT, `string` STRING>', 'TRUE'],
    ['n', 'ROW<`long` BIGINT, `boolean` BOOLEAN>', 'TRUE'],
    ['r', 'ROW<`Addr` ROW<`city` STRING NOT NULL>, `int` INT>', 'TRUE'],
  ]);
  const r = await k.sql(
    `SELECT id, v.\`int\`, v.\`string\`, n.\`long\`, n.\`boolean\`, r.Addr.city, r.\`int\` FROM av_union ${BOUNDED};`,
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(rows(r.out), [
    ['0', null, null, null, null, null, null],
    ['1', '5', null, '7', null, 'Paris', null],
    ['2', null, 's', null, 'TRUE', null, '9'],
  ]);
});

test('Protobuf oneof, wrappers, optional and uint64 as Confluent infers and reads them', async () => {
  await k.kafka.ensureTopic('pb_shapes', { partitions: 1 });
  await python(`
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf import timestamp_pb2, wrappers_pb2
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.protobuf import ProtobufSerializer
from confluent_kafka.serialization import SerializationContext, MessageField
F = descriptor_pb2.FieldDescriptorProto
fd = descriptor_pb2.FileDescriptorProto(name="shapes/ev.proto", package="shapes", syntax="proto3",
  dependency=["google/protobuf/wrappers.proto"])
m = fd.message_type.add(name="Ev")
def add(name, num, typ, type_name=None, oneof=None, optional=False):
    f = m.field.add(name=name, number=num, type=typ, label=F.LABEL_OPTIONAL)
    if type_name: f.type_name = type_name
    if oneof is not None: f.oneof_index = oneof
    if optional: f.proto3_optional = True
m.oneof_decl.add(name="choice")
m.oneof_decl.add(name="_opt")
add("id", 1, F.TYPE_INT64)
add("a", 2, F.TYPE_STRING, oneof=0)
add("b", 3, F.TYPE_INT32, oneof=0)
add("wi", 4, F.TYPE_MESSAGE, ".google.protobuf.Int32Value")
add("ws", 5, F.TYPE_MESSAGE, ".google.protobuf.StringValue")
add("opt", 6, F.TYPE_INT32, oneof=1, optional=True)
add("u64", 7, F.TYPE_UINT64)
pool = descriptor_pool.Default()
pool.Add(fd)
Ev = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName("shapes.Ev"))
ser = ProtobufSerializer(Ev, SchemaRegistryClient({"url": "${k.registryUrl}"}))
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
e0 = Ev(id=0, a="s", u64=18000000000000000000); e0.wi.value = 5; e0.ws.value = "w"
e1 = Ev(id=1, b=9, opt=0, u64=3)
e2 = Ev(id=2)
for e in [e0, e1, e2]:
    p.produce("pb_shapes", value=ser(e, SerializationContext("pb_shapes", MessageField.VALUE)))
p.flush(10)
`);
  const cols = await describe('pb_shapes');
  assert.deepEqual(cols.slice(1), [
    ['id', 'BIGINT', 'FALSE'],
    ['wi', 'INT', 'TRUE'],
    ['ws', 'STRING', 'TRUE'],
    ['opt', 'INT', 'TRUE'],
    ['u64', 'BIGINT', 'FALSE'],
    ['choice', 'ROW<`a` STRING NOT NULL, `b` INT NOT NULL>', 'TRUE'],
  ]);
  const r = await k.sql(
    `SELECT id, choice.a, choice.b, choice IS NULL, wi, ws, opt, u64 FROM pb_shapes ${BOUNDED};`,
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(rows(r.out), [
    ['0', 's', '0', 'FALSE', '5', 'w', null, '-446744073709551616'],
    ['1', '', '9', 'FALSE', null, null, '0', '3'],
    ['2', null, null, 'TRUE', null, null, null, '0'],
  ]);
});

test('JSON Schema local $ref definitions expand into ROW columns', async () => {
  await k.kafka.ensureTopic('js_refs', { partitions: 1 });
  await python(`
import json
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.json_schema import JSONSerializer
from confluent_kafka.serialization import SerializationContext, MessageField
schema = {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Order", "type": "object",
  "definitions": {"Addr": {"type": "object", "properties": {"city": {"type": "string"}, "zip": {"type": "integer"}}, "required": ["city"]}},
  "properties": {"id": {"type": "integer"}, "ship": {"$ref": "#/definitions/Addr"},
                 "bill": {"oneOf": [{"type": "null"}, {"$ref": "#/definitions/Addr"}]},
                 "stops": {"type": "array", "items": {"$ref": "#/definitions/Addr"}}},
  "required": ["id", "ship"]}
ser = JSONSerializer(json.dumps(schema), SchemaRegistryClient({"url": "${k.registryUrl}"}))
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
for v in [{"id": 1, "ship": {"city": "Rome", "zip": 100}, "bill": None, "stops": [{"city": "Pisa"}]},
          {"id": 2, "ship": {"city": "Oslo"}, "bill": {"city": "Bern", "zip": 3000}, "stops": []}]:
    p.produce("js_refs", value=ser(v, SerializationContext("js_refs", MessageField.VALUE)))
p.flush(10)
`);
  const cols = await describe('js_refs');
  assert.deepEqual(cols.slice(1), [
    ['id', 'BIGINT', 'FALSE'],
    ['ship', 'ROW<`city` STRING NOT NULL, `zip` BIGINT>', 'FALSE'],
    ['bill', 'ROW<`city` STRING NOT NULL, `zip` BIGINT>', 'TRUE'],
    ['stops', 'ARRAY<ROW<`city` STRING NOT NULL, `zip` BIGINT> NOT NULL>', 'TRUE'],
  ]);
  const r = await k.sql(
    `SELECT id, ship.city, ship.zip, bill.city, CARDINALITY(stops) FROM js_refs ${BOUNDED};`,
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(rows(r.out), [
    ['1', 'Rome', '100', null, '1'],
    ['2', 'Oslo', null, 'Bern', '0'],
  ]);
});

test("INSERT INTO a topic with another producer's Avro schema writes with that schema (no new version)", async () => {
  await k.kafka.ensureTopic('av_foreign', { partitions: 1 });
  await python(`
import json, urllib.request
schema = {"type": "record", "name": "Payment", "namespace": "com.acme", "fields": [
  {"name": "id", "type": "long"},
  {"name": "state", "type": {"type": "enum", "name": "State", "symbols": ["OPEN", "PAID"]}},
  {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
  {"name": "note", "type": ["null", "string"], "default": None}]}
req = urllib.request.Request('${k.registryUrl}/subjects/av_foreign-value/versions',
  data=json.dumps({"schema": json.dumps(schema)}).encode(),
  headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
urllib.request.urlopen(req)
`);
  const r = await k.sql(
    "INSERT INTO av_foreign (id, state, `at`, note) VALUES (7, 'PAID', TO_TIMESTAMP_LTZ(1700000000123, 3), CAST(NULL AS STRING));",
  );
  assert.equal(r.code, 0, r.err);
  const out = await python(`
import io, json, struct, urllib.request
import avro.schema, avro.io
from confluent_kafka import Consumer
versions = json.load(urllib.request.urlopen('${k.registryUrl}/subjects/av_foreign-value/versions'))
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "foreign", "auto.offset.reset": "earliest"})
c.subscribe(["av_foreign"])
m = None
while m is None or m.error():
    m = c.poll(5)
sid = struct.unpack(">I", m.value()[1:5])[0]
reg = json.load(urllib.request.urlopen('${k.registryUrl}/schemas/ids/%d' % sid))
v = avro.io.DatumReader(avro.schema.parse(reg["schema"])).read(avro.io.BinaryDecoder(io.BytesIO(m.value()[5:])))
print(json.dumps({"versions": versions, "name": json.loads(reg["schema"])["name"], "id": v["id"], "state": v["state"], "note": v["note"]}))
c.close()
`);
  assert.deepEqual(JSON.parse(out), { versions: [1], name: 'Payment', id: 7, state: 'PAID', note: null });
});

test("INSERT INTO a topic with another producer's JSON Schema writes with that schema (no new version)", async () => {
  await k.kafka.ensureTopic('js_foreign', { partitions: 1 });
  await python(`
import json, urllib.request
schema = {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Person", "type": "object",
  "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}, "required": ["name"]}
req = urllib.request.Request('${k.registryUrl}/subjects/js_foreign-value/versions',
  data=json.dumps({"schemaType": "JSON", "schema": json.dumps(schema)}).encode(),
  headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
urllib.request.urlopen(req)
`);
  const r = await k.sql("INSERT INTO js_foreign (name, age) VALUES ('bob', 41);");
  assert.equal(r.code, 0, r.err);
  const out = await python(`
import json, urllib.request
from confluent_kafka import Consumer
from confluent_kafka.schema_registry.json_schema import JSONDeserializer
from confluent_kafka.serialization import SerializationContext, MessageField
versions = json.load(urllib.request.urlopen('${k.registryUrl}/subjects/js_foreign-value/versions'))
schema = json.load(urllib.request.urlopen('${k.registryUrl}/subjects/js_foreign-value/versions/1'))["schema"]
de = JSONDeserializer(schema)
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "jforeign", "auto.offset.reset": "earliest"})
c.subscribe(["js_foreign"])
m = None
while m is None or m.error():
    m = c.poll(5)
print(json.dumps({"versions": versions, "value": de(m.value(), SerializationContext("js_foreign", MessageField.VALUE))}))
c.close()
`);
  assert.deepEqual(JSON.parse(out), { versions: [1], value: { name: 'bob', age: 41 } });
});

test("INSERT INTO a topic with another producer's Protobuf message writes that message (oneof, wrappers, uint64)", async () => {
  // pb_shapes holds confluent_kafka's records (the Protobuf test above); copy them onto itself.
  const r = await k.sql(`INSERT INTO pb_shapes SELECT * FROM pb_shapes ${BOUNDED};`);
  assert.equal(r.code, 0, r.err);
  const again = await k.sql(
    `SELECT id, choice.a, choice.b, choice IS NULL, wi, ws, opt, u64 FROM pb_shapes ${BOUNDED};`,
  );
  assert.equal(again.code, 0, again.err);
  const got = rows(again.out);
  assert.equal(got.length, 6);
  assert.deepEqual(got.slice(3), got.slice(0, 3));
  const out = await python(`
import json, struct, urllib.request
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf import wrappers_pb2
from confluent_kafka import Consumer
versions = json.load(urllib.request.urlopen('${k.registryUrl}/subjects/pb_shapes-value/versions'))
F = descriptor_pb2.FieldDescriptorProto
fd = descriptor_pb2.FileDescriptorProto(name="shapes2/ev.proto", package="shapes2", syntax="proto3",
  dependency=["google/protobuf/wrappers.proto"])
m = fd.message_type.add(name="Ev")
def add(name, num, typ, type_name=None, oneof=None, optional=False):
    f = m.field.add(name=name, number=num, type=typ, label=F.LABEL_OPTIONAL)
    if type_name: f.type_name = type_name
    if oneof is not None: f.oneof_index = oneof
    if optional: f.proto3_optional = True
m.oneof_decl.add(name="choice"); m.oneof_decl.add(name="_opt")
add("id", 1, F.TYPE_INT64); add("a", 2, F.TYPE_STRING, oneof=0); add("b", 3, F.TYPE_INT32, oneof=0)
add("wi", 4, F.TYPE_MESSAGE, ".google.protobuf.Int32Value"); add("ws", 5, F.TYPE_MESSAGE, ".google.protobuf.StringValue")
add("opt", 6, F.TYPE_INT32, oneof=1, optional=True); add("u64", 7, F.TYPE_UINT64)
pool = descriptor_pool.Default(); pool.Add(fd)
Ev = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName("shapes2.Ev"))
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "pbcopy", "auto.offset.reset": "earliest"})
c.assign([__import__("confluent_kafka").TopicPartition("pb_shapes", 0, 3)])
m = None
while m is None or m.error():
    m = c.poll(5)
e = Ev(); e.ParseFromString(m.value()[6:])
print(json.dumps({"versions": versions, "which": e.WhichOneof("choice"), "a": e.a, "wi": e.wi.value, "ws": e.ws.value, "u64": str(e.u64)}))
c.close()
`);
  assert.deepEqual(JSON.parse(out), {
    versions: [1],
    which: 'a',
    a: 's',
    wi: 5,
    ws: 'w',
    u64: '18000000000000000000',
  });
});
