/**
 * Avro schemas with the properties Confluent Cloud for Apache Flink writes and reads
 * (docs: "Data Type Mappings", Flink SQL types to Avro types), against the embedded broker and
 * registry with Debian's python3-avro + confluent_kafka:
 * - CREATE TABLE registers TINYINT / SMALLINT as `int` with `connect.type` int8 / int16, CHAR(n)
 *   and VARCHAR(n) with `flink.maxLength` / `flink.minLength`, BINARY(n) as `fixed`, TIMESTAMP(9)
 *   with `flink.precision`, MAP<INT, …> as an array of Kafka Connect's `MapEntry` records; the
 *   records INSERT writes decode with python3-avro under that schema;
 * - a topic whose schema another writer registered with those properties infers the same
 *   column types, reads its values, and INSERT writes with that schema (no new version).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython, jsonlRows } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('avro-confluent-props.test', 30_000);

const python = (script: string): Promise<string> => runPython(script, ['-W', 'ignore']);

const BOUNDED = "/*+ OPTIONS('scan.bounded.mode'='latest-offset') */";

/** Python that reads every record of `topic` and decodes it with the schema its id names. */
const readAvro = (topic: string, group: string): string => `
import io, json, struct, urllib.request
import avro.schema, avro.io
from confluent_kafka import Consumer, TopicPartition
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "${group}", "auto.offset.reset": "earliest"})
c.assign([TopicPartition("${topic}", 0, 0)])
out = []
while True:
    m = c.poll(5)
    if m is None: break
    if m.error(): continue
    sid = struct.unpack(">I", m.value()[1:5])[0]
    reg = json.load(urllib.request.urlopen('${k.registryUrl}/schemas/ids/%d' % sid))
    v = avro.io.DatumReader(avro.schema.parse(reg["schema"])).read(avro.io.BinaryDecoder(io.BytesIO(m.value()[5:])))
    out.append(v)
c.close()
versions = json.load(urllib.request.urlopen('${k.registryUrl}/subjects/${topic}-value/versions'))
latest = json.load(urllib.request.urlopen('${k.registryUrl}/subjects/${topic}-value/versions/latest'))
def enc(x):
    if isinstance(x, bytes): return list(x)
    return str(x)
print(json.dumps({"versions": versions, "schema": json.loads(latest["schema"]), "values": out}, default=enc))
`;

test('CREATE TABLE registers the Avro properties Confluent writes; python3-avro reads the records', async () => {
  const r = await k.sql(`
    CREATE TABLE av_props (
      id INT NOT NULL, t TINYINT, s SMALLINT NOT NULL, c CHAR(3), v VARCHAR(10),
      b BINARY(4), ts TIMESTAMP(9), m MAP<INT, STRING>
    ) DISTRIBUTED BY (id) INTO 1 BUCKETS;
    INSERT INTO av_props VALUES (1, CAST(-5 AS TINYINT), CAST(300 AS SMALLINT), 'abc', 'hello',
      X'0102', TIMESTAMP '2024-01-02 03:04:05.123456789', MAP[1, 'one', 2, 'two']);
  `);
  assert.equal(r.code, 0, r.err);
  const got = JSON.parse(await python(readAvro('av_props', 'props1'))) as {
    versions: number[];
    schema: { name: string; namespace: string; fields: { name: string; type: unknown }[] };
    values: Record<string, unknown>[];
  };
  assert.deepEqual(got.versions, [1]);
  // The registry keeps the full name as name + namespace (Java's Schema.toString does the same).
  assert.deepEqual([got.schema.namespace, got.schema.name], ['org.apache.flink.avro.generated', 'record']);
  const byName = Object.fromEntries(got.schema.fields.map((f) => [f.name, f.type]));
  assert.deepEqual(byName['t'], ['null', { type: 'int', 'connect.type': 'int8' }]);
  assert.deepEqual(byName['s'], { type: 'int', 'connect.type': 'int16' });
  assert.deepEqual(byName['c'], [
    'null',
    { type: 'string', 'flink.maxLength': 3, 'flink.minLength': 3, 'flink.version': '1' },
  ]);
  assert.deepEqual(byName['v'], ['null', { type: 'string', 'flink.maxLength': 10, 'flink.version': '1' }]);
  assert.deepEqual(byName['b'], ['null', { type: 'fixed', name: 'record_b', size: 4 }]);
  assert.deepEqual(byName['ts'], [
    'null',
    { type: 'long', 'flink.precision': 9, 'flink.version': '1', logicalType: 'local-timestamp-micros' },
  ]);
  assert.deepEqual(byName['m'], [
    'null',
    {
      type: 'array',
      items: {
        type: 'record',
        name: 'MapEntry',
        namespace: 'io.confluent.connect.avro',
        fields: [
          { name: 'key', type: ['null', 'int'] },
          { name: 'value', type: ['null', 'string'] },
        ],
      },
    },
  ]);
  const v = got.values[0]!;
  assert.deepEqual(
    { t: v['t'], s: v['s'], c: v['c'], v: v['v'], b: v['b'], m: v['m'] },
    {
      t: -5,
      s: 300,
      c: 'abc',
      v: 'hello',
      b: [1, 2, 0, 0],
      m: [
        { key: 1, value: 'one' },
        { key: 2, value: 'two' },
      ],
    },
  );
  // Micros since the epoch, local time (python3-avro 1.11 leaves local-timestamp-micros a long).
  assert.equal(String(v['ts']), String(Date.UTC(2024, 0, 2, 3, 4, 5, 123) * 1000 + 456));
  const back = await k.sql(`SELECT t, s, c, b, ts, m[2] FROM av_props ${BOUNDED};`);
  assert.equal(back.code, 0, back.err);
  assert.deepEqual(jsonlRows(back.out), [
    ['-5', '300', 'abc', '\x01\x02\x00\x00', '2024-01-02 03:04:05.123456000', 'two'],
  ]);
});

test("a topic whose schema carries Confluent's Avro properties infers their types and is written with that schema", async () => {
  await k.kafka.ensureTopic('av_foreign_props', { partitions: 1 });
  await python(`
import datetime, io, json, struct, urllib.request
import avro.schema, avro.io
from confluent_kafka import Producer
schema = {"type": "record", "name": "Reading", "namespace": "com.acme", "fields": [
  {"name": "id", "type": "int"},
  {"name": "small", "type": {"type": "int", "connect.type": "int16"}},
  {"name": "tiny", "type": ["null", {"type": "int", "connect.type": "int8"}], "default": None},
  {"name": "code", "type": {"type": "string", "flink.maxLength": 2, "flink.minLength": 2, "flink.version": "1"}},
  {"name": "at", "type": {"type": "long", "flink.precision": 2, "flink.version": "1", "logicalType": "timestamp-millis"}},
  {"name": "tags", "type": {"type": "array", "items": {"type": "record", "name": "MapEntry", "namespace": "io.confluent.connect.avro",
     "fields": [{"name": "key", "type": "long"}, {"name": "value", "type": "string"}]}}},
  {"name": "raw", "type": {"type": "fixed", "name": "Raw", "size": 3}}]}
req = urllib.request.Request('${k.registryUrl}/subjects/av_foreign_props-value/versions',
  data=json.dumps({"schema": json.dumps(schema)}).encode(),
  headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
sid = json.load(urllib.request.urlopen(req))["id"]
parsed = avro.schema.parse(json.dumps(schema))
b = io.BytesIO(); b.write(b"\\0" + struct.pack(">I", sid))
avro.io.DatumWriter(parsed).write({"id": 1, "small": -2, "tiny": 7, "code": "FR", "at": datetime.datetime(2023, 11, 14, 22, 13, 20, 120000, tzinfo=datetime.timezone.utc),
  "tags": [{"key": 10, "value": "a"}, {"key": 20, "value": "b"}], "raw": b"xyz"}, avro.io.BinaryEncoder(b))
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
p.produce("av_foreign_props", value=b.getvalue())
p.flush(10)
`);
  const d = await k.sql('DESCRIBE av_foreign_props;');
  assert.equal(d.code, 0, d.err);
  assert.deepEqual(
    jsonlRows(d.out)
      .slice(1)
      .map((r) => [r[0], r[1], r[2]]),
    [
      ['id', 'INT', 'FALSE'],
      ['small', 'SMALLINT', 'FALSE'],
      ['tiny', 'TINYINT', 'TRUE'],
      ['code', 'CHAR(2)', 'FALSE'],
      ['at', 'TIMESTAMP_LTZ(2)', 'FALSE'],
      ['tags', 'MAP<BIGINT NOT NULL, STRING NOT NULL>', 'FALSE'],
      ['raw', 'BINARY(3)', 'FALSE'],
    ],
  );
  const sel = `SELECT id, small, tiny, code, CAST(\`at\` AS STRING), tags[20], \`raw\` FROM av_foreign_props ${BOUNDED};`;
  const r = await k.sql(`SET 'sql.local-time-zone' = 'UTC';\n${sel}`);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(jsonlRows(r.out), [['1', '-2', '7', 'FR', '2023-11-14 22:13:20.12', 'b', 'xyz']]);
  // Copy the record onto the topic: written with the producer's schema, no new version.
  const ins = await k.sql(`INSERT INTO av_foreign_props SELECT * FROM av_foreign_props ${BOUNDED};`);
  assert.equal(ins.code, 0, ins.err);
  const got = JSON.parse(await python(readAvro('av_foreign_props', 'props2'))) as {
    versions: number[];
    values: unknown[];
  };
  assert.deepEqual(got.versions, [1]);
  assert.equal(got.values.length, 2);
  assert.deepEqual(got.values[1], got.values[0]);
});
