/**
 * Protobuf tables as Confluent Cloud for Apache Flink maps them (docs: "Data Type Mappings",
 * Protobuf), with the embedded broker and registry and Debian's confluent_kafka / python3-protobuf:
 * - repeated fields are NOT NULL arrays whose message elements are nullable and scalar elements
 *   NOT NULL; Timestamp, repeated messages and maps of messages read;
 * - a schema as Confluent's serializers and Flink write it (imports of `confluent/meta.proto`,
 *   `confluent/type/decimal.proto`, `google/type/date.proto`, `google/type/timeofday.proto`
 *   without references, `(confluent.field_meta)` params) registers and infers SMALLINT,
 *   TINYINT, DECIMAL(p, s), DATE (`flink.notNull`), TIME, TIMESTAMP(p), CHAR(n) and reads them;
 * - Confluent's `flink.wrapped` wrappers read as a nullable ARRAY / an ARRAY of nullable elements;
 * - CREATE TABLE with `proto-registry` registers Confluent's schema (Timestamp, Date, TimeOfDay,
 *   Decimal messages, connect.type and flink.* params), whose records python3-protobuf decodes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython, jsonlRows } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('proto-confluent.test', 30_000);

const python = (script: string): Promise<string> => runPython(script, ['-W', 'ignore']);

const BOUNDED = "/*+ OPTIONS('scan.bounded.mode'='latest-offset') */";

async function describe(table: string): Promise<string[][]> {
  const d = await k.sql(`DESCRIBE ${table};`);
  assert.equal(d.code, 0, d.err);
  return jsonlRows(d.out).map((r) => [String(r[0]), String(r[1]), String(r[2])]);
}

test('repeated messages have nullable elements; Timestamp, Duration, repeated and map values of messages read', async () => {
  await k.kafka.ensureTopic('pbt', { partitions: 1 });
  await python(`
import datetime
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, timestamp_pb2, duration_pb2, struct_pb2
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.protobuf import ProtobufSerializer
from confluent_kafka.serialization import SerializationContext, MessageField
F = descriptor_pb2.FieldDescriptorProto
fd = descriptor_pb2.FileDescriptorProto(name='t/ev.proto', package='t', syntax='proto3', dependency=['google/protobuf/timestamp.proto','google/protobuf/duration.proto'])
m = fd.message_type.add(name='Ev')
m.field.add(name='id', number=1, type=F.TYPE_INT64, label=F.LABEL_OPTIONAL)
m.field.add(name='at', number=2, type=F.TYPE_MESSAGE, type_name='.google.protobuf.Timestamp', label=F.LABEL_OPTIONAL)
m.field.add(name='d', number=3, type=F.TYPE_MESSAGE, type_name='.google.protobuf.Duration', label=F.LABEL_OPTIONAL)
m.field.add(name='ats', number=4, type=F.TYPE_MESSAGE, type_name='.google.protobuf.Timestamp', label=F.LABEL_REPEATED)
n = m.nested_type.add(name='Item')
n.field.add(name='sku', number=1, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
m.field.add(name='items', number=5, type=F.TYPE_MESSAGE, type_name='.t.Ev.Item', label=F.LABEL_REPEATED)
e = m.nested_type.add(name='TagsEntry'); e.options.map_entry = True
e.field.add(name='key', number=1, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
e.field.add(name='value', number=2, type=F.TYPE_MESSAGE, type_name='.t.Ev.Item', label=F.LABEL_OPTIONAL)
m.field.add(name='tags', number=6, type=F.TYPE_MESSAGE, type_name='.t.Ev.TagsEntry', label=F.LABEL_REPEATED)
pool = descriptor_pool.Default(); pool.Add(fd)
Ev = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName('t.Ev'))
ser = ProtobufSerializer(Ev, SchemaRegistryClient({'url': '${k.registryUrl}'}))
p = Producer({'bootstrap.servers': '${k.bootstrap}'})
e0 = Ev(id=1); e0.at.FromMilliseconds(1700000000123); e0.at.nanos += 456; e0.d.FromSeconds(90)
x = e0.ats.add(); x.FromMilliseconds(5)
e0.items.add(sku='a'); e0.items.add(sku='b'); e0.tags['k'].sku='z'
p.produce('pbt', value=ser(e0, SerializationContext('pbt', MessageField.VALUE)))
p.produce('pbt', value=ser(Ev(id=2), SerializationContext('pbt', MessageField.VALUE)))
p.flush(10)
print('ok')
`);
  assert.deepEqual((await describe('pbt')).slice(1), [
    ['id', 'BIGINT', 'FALSE'],
    ['at', 'TIMESTAMP_LTZ(9)', 'TRUE'],
    ['d', 'ROW<`seconds` BIGINT NOT NULL, `nanos` INT NOT NULL>', 'TRUE'],
    ['ats', 'ARRAY<TIMESTAMP_LTZ(9)>', 'FALSE'],
    ['items', 'ARRAY<ROW<`sku` STRING NOT NULL>>', 'FALSE'],
    ['tags', 'MAP<STRING NOT NULL, ROW<`sku` STRING NOT NULL>>', 'FALSE'],
  ]);
  const r = await k.sql(
    `SET 'sql.local-time-zone' = 'UTC';\nSELECT id, \`at\`, d.seconds, ats[1], items[2].sku, tags['k'].sku FROM pbt ${BOUNDED};`,
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(jsonlRows(r.out), [
    ['1', '2023-11-14 22:13:20.123000456', '90', '1970-01-01 00:00:00.005000000', 'b', 'z'],
    ['2', null, null, null, null, null],
  ]);
});

test("a schema with Confluent's built-in imports and field_meta params infers and reads their types", async () => {
  await k.kafka.ensureTopic('pbc', { partitions: 1 });
  await python(`
import json, struct, urllib.request
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, timestamp_pb2
from confluent_kafka import Producer
F = descriptor_pb2.FieldDescriptorProto
pool = descriptor_pool.Default()
def file(name, pkg, msgs, deps=()):
    fd = descriptor_pb2.FileDescriptorProto(name=name, package=pkg, syntax='proto3', dependency=list(deps))
    for mname, fields in msgs:
        m = fd.message_type.add(name=mname)
        for (fname, num, typ, tn, label) in fields:
            f = m.field.add(name=fname, number=num, type=typ, label=label)
            if tn: f.type_name = tn
    pool.Add(fd)
O, R = F.LABEL_OPTIONAL, F.LABEL_REPEATED
file('confluent/type/decimal.proto', 'confluent.type', [('Decimal', [('value',1,F.TYPE_BYTES,None,O),('precision',2,F.TYPE_UINT32,None,O),('scale',3,F.TYPE_INT32,None,O)])])
file('google/type/date.proto', 'google.type', [('Date', [('year',1,F.TYPE_INT32,None,O),('month',2,F.TYPE_INT32,None,O),('day',3,F.TYPE_INT32,None,O)])])
file('google/type/timeofday.proto', 'google.type', [('TimeOfDay', [('hours',1,F.TYPE_INT32,None,O),('minutes',2,F.TYPE_INT32,None,O),('seconds',3,F.TYPE_INT32,None,O),('nanos',4,F.TYPE_INT32,None,O)])])
file('acme/r.proto', 'acme', [('R', [
  ('id',1,F.TYPE_INT32,None,O), ('small',2,F.TYPE_INT32,None,O), ('tiny',3,F.TYPE_INT32,None,O),
  ('amount',4,F.TYPE_MESSAGE,'.confluent.type.Decimal',O), ('day',5,F.TYPE_MESSAGE,'.google.type.Date',O),
  ('tod',6,F.TYPE_MESSAGE,'.google.type.TimeOfDay',O), ('at',7,F.TYPE_MESSAGE,'.google.protobuf.Timestamp',O),
  ('code',8,F.TYPE_STRING,None,O), ('days',9,F.TYPE_MESSAGE,'.google.type.Date',R)])],
  deps=['confluent/type/decimal.proto','google/type/date.proto','google/type/timeofday.proto','google/protobuf/timestamp.proto'])
R_ = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName('acme.R'))
text = '''syntax = "proto3";
package acme;
import "confluent/meta.proto";
import "confluent/type/decimal.proto";
import "google/type/date.proto";
import "google/type/timeofday.proto";
import "google/protobuf/timestamp.proto";
message R {
  int32 id = 1;
  int32 small = 2 [(confluent.field_meta) = { params: [ { key: "flink.version", value: "1" }, { key: "connect.type", value: "int16" } ] }];
  optional int32 tiny = 3 [(confluent.field_meta) = { params: [ { key: "connect.type", value: "int8" } ] }];
  .confluent.type.Decimal amount = 4 [(confluent.field_meta) = { params: [ { value: "5", key: "precision" }, { value: "2", key: "scale" }, { key: "flink.version", value: "1" } ] }];
  .google.type.Date day = 5 [(confluent.field_meta) = { params: [ { key: "flink.notNull", value: "true" } ] }];
  .google.type.TimeOfDay tod = 6;
  .google.protobuf.Timestamp at = 7 [(confluent.field_meta) = { params: [ { key: "flink.type", value: "timestamp" }, { key: "flink.precision", value: "3" } ] }];
  string code = 8 [(confluent.field_meta) = { params: [ { key: "flink.maxLength", value: "2" }, { key: "flink.minLength", value: "2" } ] }];
  repeated .google.type.Date days = 9;
}
'''
req = urllib.request.Request('${k.registryUrl}/subjects/pbc-value/versions',
  data=json.dumps({"schemaType": "PROTOBUF", "schema": text}).encode(),
  headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
sid = json.load(urllib.request.urlopen(req))["id"]
r = R_(id=1, small=-3, tiny=4, code='FR')
r.amount.value = (12345).to_bytes(2, 'big', signed=True); r.amount.scale = 2; r.amount.precision = 5
r.day.year, r.day.month, r.day.day = 2024, 2, 29
r.tod.hours, r.tod.minutes, r.tod.seconds, r.tod.nanos = 13, 14, 15, 678000000
r.at.FromMilliseconds(1700000000123)
d = r.days.add(); d.year, d.month, d.day = 1970, 1, 2
neg = R_(id=2); neg.amount.value = (-5).to_bytes(1, 'big', signed=True); neg.amount.scale = 2
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
for m in (r, neg):
    p.produce('pbc', value=b"\\0" + struct.pack(">I", sid) + b"\\0" + m.SerializeToString())
p.flush(10)
print('ok', sid)

`);
  assert.deepEqual((await describe('pbc')).slice(1), [
    ['id', 'INT', 'FALSE'],
    ['small', 'SMALLINT', 'FALSE'],
    ['tiny', 'TINYINT', 'TRUE'],
    ['amount', 'DECIMAL(5, 2)', 'TRUE'],
    ['day', 'DATE', 'FALSE'],
    ['tod', 'TIME(3)', 'TRUE'],
    ['at', 'TIMESTAMP(3)', 'TRUE'],
    ['code', 'CHAR(2)', 'FALSE'],
    ['days', 'ARRAY<DATE>', 'FALSE'],
  ]);
  const r = await k.sql(
    `SELECT id, small, tiny, amount, \`day\`, tod, \`at\`, code, days FROM pbc ${BOUNDED};`,
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(jsonlRows(r.out)[0], [
    '1',
    '-3',
    '4',
    '123.45',
    '2024-02-29',
    '13:14:15.678',
    '2023-11-14 22:13:20.123',
    'FR',
    '[1970-01-02]',
  ]);
  assert.equal(jsonlRows(r.out)[1]![3], '-0.05');
});

test("CREATE TABLE with proto-registry registers Confluent's messages and params; python3-protobuf decodes the records", async () => {
  const r = await k.sql(`
    CREATE TABLE pmade (id INT NOT NULL, t TINYINT, s SMALLINT NOT NULL, c CHAR(2), d DATE,
      ts TIMESTAMP(6), lt TIMESTAMP_LTZ(3) NOT NULL, amt DECIMAL(7, 2)) WITH ('value.format' = 'proto-registry');
    INSERT INTO pmade VALUES (1, CAST(-1 AS TINYINT), CAST(7 AS SMALLINT), 'ab', DATE '2024-02-29',
      TIMESTAMP '2024-01-02 03:04:05.123456', TO_TIMESTAMP_LTZ(1700000000123, 3), -12345.67);
  `);
  assert.equal(r.code, 0, r.err);
  const back = await k.sql(`SET 'sql.local-time-zone' = 'UTC';\nSELECT * FROM pmade ${BOUNDED};`);
  assert.equal(back.code, 0, back.err);
  assert.deepEqual(jsonlRows(back.out), [
    [
      '1',
      '-1',
      '7',
      'ab',
      '2024-02-29',
      '2024-01-02 03:04:05.123456',
      '2023-11-14 22:13:20.123',
      '-12345.67',
    ],
  ]);
  const out = await python(`
import json, struct, urllib.request
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, timestamp_pb2
from confluent_kafka import Consumer, TopicPartition
schema = json.load(urllib.request.urlopen('${k.registryUrl}/subjects/pmade-value/versions/latest'))
F = descriptor_pb2.FieldDescriptorProto
pool = descriptor_pool.DescriptorPool()
pool.AddSerializedFile(timestamp_pb2.DESCRIPTOR.serialized_pb)
def file(name, pkg, msg, fields, deps=()):
    fd = descriptor_pb2.FileDescriptorProto(name=name, package=pkg, syntax='proto3', dependency=list(deps))
    m = fd.message_type.add(name=msg)
    for (fname, num, typ, tn) in fields:
        f = m.field.add(name=fname, number=num, type=typ, label=F.LABEL_OPTIONAL)
        if tn: f.type_name = tn
    pool.Add(fd)
file('confluent/type/decimal.proto', 'confluent.type', 'Decimal', [('value', 1, F.TYPE_BYTES, None), ('precision', 2, F.TYPE_UINT32, None), ('scale', 3, F.TYPE_INT32, None)])
file('google/type/date.proto', 'google.type', 'Date', [('year', 1, F.TYPE_INT32, None), ('month', 2, F.TYPE_INT32, None), ('day', 3, F.TYPE_INT32, None)])
file('r.proto', 'org.apache.flink.proto.generated', 'record', [('id', 1, F.TYPE_INT32, None), ('t', 2, F.TYPE_INT32, None),
  ('s', 3, F.TYPE_INT32, None), ('c', 4, F.TYPE_STRING, None), ('d', 5, F.TYPE_MESSAGE, '.google.type.Date'),
  ('ts', 6, F.TYPE_MESSAGE, '.google.protobuf.Timestamp'), ('lt', 7, F.TYPE_MESSAGE, '.google.protobuf.Timestamp'),
  ('amt', 8, F.TYPE_MESSAGE, '.confluent.type.Decimal')],
  deps=['confluent/type/decimal.proto', 'google/type/date.proto', 'google/protobuf/timestamp.proto'])
R = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName('org.apache.flink.proto.generated.record'))
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "pmade", "auto.offset.reset": "earliest"})
c.assign([TopicPartition("pmade", 0, 0)])
m = None
while m is None or m.error():
    m = c.poll(5)
c.close()
rec = R(); rec.ParseFromString(m.value()[6:])
print(json.dumps({"schema": schema["schema"], "id": rec.id, "t": rec.t, "s": rec.s, "c": rec.c,
  "d": [rec.d.year, rec.d.month, rec.d.day], "ts": [rec.ts.seconds, rec.ts.nanos], "lt": [rec.lt.seconds, rec.lt.nanos],
  "amt": [int.from_bytes(rec.amt.value, "big", signed=True), rec.amt.precision, rec.amt.scale]}))
`);
  const got = JSON.parse(out) as Record<string, unknown>;
  const schema = String(got['schema']);
  delete got['schema'];
  assert.deepEqual(got, {
    id: 1,
    t: -1,
    s: 7,
    c: 'ab',
    d: [2024, 2, 29],
    ts: [1704164645, 123456000],
    lt: [1700000000, 123000000],
    amt: [-1234567, 7, 2],
  });
  for (const line of [
    'import "confluent/meta.proto";',
    'import "confluent/type/decimal.proto";',
    'import "google/type/date.proto";',
    'optional int32 t = 2 [(confluent.field_meta) = { params: [{ key: "connect.type", value: "int8" }, { key: "flink.version", value: "1" }] }];',
    'optional .google.type.Date d = 5;',
    '.google.protobuf.Timestamp lt = 7 [(confluent.field_meta) = { params: [{ key: "flink.precision", value: "3" }, { key: "flink.notNull", value: "true" }, { key: "flink.version", value: "1" }] }];',
    'optional .confluent.type.Decimal amt = 8 [(confluent.field_meta) = { params: [{ key: "precision", value: "7" }, { key: "scale", value: "2" }, { key: "flink.version", value: "1" }] }];',
  ])
    assert.ok(schema.includes(line), `${line}\nnot in\n${schema}`);
});

test("Confluent's flink.wrapped wrappers read as a nullable ARRAY and as nullable elements", async () => {
  await k.kafka.ensureTopic('pbw', { partitions: 1 });
  await python(`
import json, struct, urllib.request
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from confluent_kafka import Producer
F = descriptor_pb2.FieldDescriptorProto
O, R = F.LABEL_OPTIONAL, F.LABEL_REPEATED
pool = descriptor_pool.DescriptorPool()
fd = descriptor_pb2.FileDescriptorProto(name='w.proto', package='w', syntax='proto3')
m = fd.message_type.add(name='Row')
aw = m.nested_type.add(name='arrayNullableRepeatedWrapper'); aw.field.add(name='value', number=1, type=F.TYPE_INT64, label=R)
ew = m.nested_type.add(name='elementNullableElementWrapper'); f = ew.field.add(name='value', number=1, type=F.TYPE_INT64, label=O, proto3_optional=True, oneof_index=0); ew.oneof_decl.add(name='_value')
m.field.add(name='arrayNullable', number=1, type=F.TYPE_MESSAGE, type_name='.w.Row.arrayNullableRepeatedWrapper', label=O)
m.field.add(name='elementNullable', number=2, type=F.TYPE_MESSAGE, type_name='.w.Row.elementNullableElementWrapper', label=R)
pool.Add(fd)
Row = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName('w.Row'))
text = '''syntax = "proto3";
package w;
import "confluent/meta.proto";
message Row {
  arrayNullableRepeatedWrapper arrayNullable = 1 [(confluent.field_meta) = { params: [ { key: "flink.wrapped", value: "true" }, { key: "flink.version", value: "1" } ] }];
  repeated elementNullableElementWrapper elementNullable = 2 [(confluent.field_meta) = { params: [ { key: "flink.wrapped", value: "true" }, { key: "flink.version", value: "1" } ] }];
  message arrayNullableRepeatedWrapper {
    repeated int64 value = 1;
  }
  message elementNullableElementWrapper {
    optional int64 value = 1;
  }
}
'''
req = urllib.request.Request('${k.registryUrl}/subjects/pbw-value/versions', data=json.dumps({"schemaType": "PROTOBUF", "schema": text}).encode(), headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
sid = json.load(urllib.request.urlopen(req))["id"]
r1 = Row(); r1.arrayNullable.value.extend([1, 2]); r1.elementNullable.add(value=5); r1.elementNullable.add()
r2 = Row()
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
for r in (r1, r2):
    p.produce('pbw', value=b"\\0" + struct.pack(">I", sid) + b"\\0" + r.SerializeToString())
p.flush(10)
print('ok')

`);
  assert.deepEqual((await describe('pbw')).slice(1), [
    ['arrayNullable', 'ARRAY<BIGINT NOT NULL>', 'TRUE'],
    ['elementNullable', 'ARRAY<BIGINT>', 'FALSE'],
  ]);
  const r = await k.sql(
    `SELECT arrayNullable, elementNullable, CARDINALITY(elementNullable) FROM pbw ${BOUNDED};`,
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(jsonlRows(r.out), [
    ['[1, 2]', '[5, NULL]', '2'],
    [null, '[]', '0'],
  ]);
  // Written back with the wrappers of the producer's schema (no new version).
  const ins = await k.sql(`INSERT INTO pbw SELECT * FROM pbw ${BOUNDED};`);
  assert.equal(ins.code, 0, ins.err);
  const again = await k.sql(`SELECT arrayNullable, elementNullable FROM pbw ${BOUNDED};`);
  assert.equal(again.code, 0, again.err);
  assert.deepEqual(jsonlRows(again.out).slice(2), [
    ['[1, 2]', '[5, NULL]'],
    [null, '[]'],
  ]);
  const versions = await python(
    `import urllib.request; print(urllib.request.urlopen('${k.registryUrl}/subjects/pbw-value/versions').read().decode())`,
  );
  assert.equal(versions.trim(), '[1]');
});
