/**
 * A record with a null value (a tombstone) in a table that is not an upsert table, as Flink's
 * Kafka source reads it: with a registry format the value deserializes to null and no row is
 * emitted (DeserializationSchema skips nulls; before, Eddy emitted a row of NULLs even into NOT
 * NULL columns); with `raw` the value column reads as NULL. Records by confluent_kafka.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython, jsonlRows } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('null-values.test', 30_000);

const BOUNDED = "/*+ OPTIONS('scan.bounded.mode'='latest-offset') */";

test('a null value in an append Avro table emits no row; in a raw table a NULL val', async () => {
  await k.kafka.ensureTopic('nv_avro', { partitions: 1 });
  await k.kafka.ensureTopic('nv_raw', { partitions: 1 });
  await runPython(
    `
import io, json, struct, urllib.request
import avro.schema, avro.io
from confluent_kafka import Producer
schema = {"type": "record", "name": "V", "fields": [{"name": "id", "type": "int"}]}
req = urllib.request.Request('${k.registryUrl}/subjects/nv_avro-value/versions',
  data=json.dumps({"schema": json.dumps(schema)}).encode(),
  headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
sid = json.load(urllib.request.urlopen(req))["id"]
def enc(rec):
    b = io.BytesIO(); b.write(b"\\0" + struct.pack(">I", sid))
    avro.io.DatumWriter(avro.schema.parse(json.dumps(schema))).write(rec, avro.io.BinaryEncoder(b)); return b.getvalue()
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
p.produce("nv_avro", key=b"a", value=enc({"id": 1}))
p.produce("nv_avro", key=b"a", value=None)
p.produce("nv_avro", key=b"b", value=enc({"id": 2}))
p.produce("nv_raw", key=b"a", value=b"x")
p.produce("nv_raw", key=b"a", value=None)
p.flush(10)
`,
    ['-W', 'ignore'],
  );
  const a = await k.sql(`SELECT CAST(key AS STRING), id FROM nv_avro ${BOUNDED};`);
  assert.equal(a.code, 0, a.err);
  assert.deepEqual(jsonlRows(a.out), [
    ['a', '1'],
    ['b', '2'],
  ]);
  const r = await k.sql(`SELECT CAST(key AS STRING), CAST(val AS STRING) FROM nv_raw ${BOUNDED};`);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(jsonlRows(r.out), [
    ['a', 'x'],
    ['a', null],
  ]);
});
