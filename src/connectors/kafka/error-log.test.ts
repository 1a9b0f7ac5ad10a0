/**
 * `error-handling.mode = 'log'`: CREATE TABLE makes the dead-letter table; a record that does
 * not decode goes to it
 * with Confluent Cloud's DLQ columns (error_timestamp … source_record), readable as a table and
 * by Python's Avro decoder; the statement goes on with the good records.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython, jsonlRows } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('error-log.test', 30_000);

const python = (script: string): Promise<string> => runPython(script, ['-W', 'ignore']);

const rows = jsonlRows;

test("a poison record lands in error_log with Confluent's DLQ columns", async () => {
  const made = await k.sql(
    "CREATE TABLE dl_src (id INT, v STRING) DISTRIBUTED INTO 1 BUCKETS WITH ('value.format' = 'avro-registry', 'error-handling.mode' = 'log');\nINSERT INTO dl_src VALUES (1, 'a');",
  );
  assert.equal(made.code, 0, made.err);
  // Confluent makes the dead-letter table when the DDL runs, not at the first bad record.
  const subjects = await python(
    `import urllib.request; print(urllib.request.urlopen('${k.registryUrl}/subjects').read().decode())`,
  );
  assert.ok((JSON.parse(subjects) as string[]).includes('error_log-value'), subjects);
  // A record without the Confluent framing, with a header, after the good one.
  await python(`
from confluent_kafka import Producer
p = Producer({"bootstrap.servers": "${k.bootstrap}"})
p.produce("dl_src", key=b"k1", value=b"not avro", headers=[("h", b"x")], timestamp=1700000000123)
p.flush(10)
`);
  const r = await k.sql(
    "SELECT id, v FROM dl_src /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */;\n" +
      'DESCRIBE error_log;\n' +
      "SELECT error_code, error_reason, processor, affected_type, affected_catalog, affected_database, affected_name, source_record.topic, source_record.`offset`, source_record.`timestamp`, source_record.timestamp_type, CAST(source_record.key AS STRING), CAST(source_record.`value` AS STRING), CAST(source_record.headers['h'] AS STRING), error_message <> '' FROM error_log /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */;",
  );
  assert.equal(r.code, 0, r.err);
  const [good, desc, dlq] = r.out
    .split('\n')
    .reduce<string[][]>((acc, l) => {
      if (l.startsWith('{"columns"')) acc.push([]);
      else if (l.startsWith('{"op"')) acc[acc.length - 1]!.push(l);
      return acc;
    }, [])
    .map((ls) => rows(ls.join('\n')));
  assert.deepEqual(good, [['1', 'a']]);
  // Made by the CREATE TABLE (the catalog), as a created table: no raw `key` column.
  assert.deepEqual(
    desc!.map((x) => [x[0], x[1], x[2]]),
    [
      ['error_timestamp', 'TIMESTAMP_LTZ(3)', 'FALSE'],
      ['error_code', 'INT', 'FALSE'],
      ['error_reason', 'STRING', 'FALSE'],
      ['error_message', 'STRING', 'FALSE'],
      ['error_details', 'MAP<STRING NOT NULL, STRING>', 'FALSE'],
      ['processor', 'STRING', 'FALSE'],
      ['statement_name', 'STRING', 'TRUE'],
      ['affected_type', 'STRING', 'FALSE'],
      ['affected_catalog', 'STRING', 'TRUE'],
      ['affected_database', 'STRING', 'TRUE'],
      ['affected_name', 'STRING', 'TRUE'],
      [
        'source_record',
        'ROW<`topic` STRING, `partition` INT, `offset` BIGINT, `timestamp` TIMESTAMP_LTZ(3), `timestamp_type` STRING, `headers` MAP<STRING NOT NULL, BYTES>, `key` BYTES, `value` BYTES>',
        'TRUE',
      ],
    ],
  );
  assert.deepEqual(dlq, [
    [
      '1',
      'DESERIALIZATION_ERROR',
      'SOURCE',
      'TABLE',
      'default',
      'cluster_0',
      'dl_src',
      'dl_src',
      '1',
      '2023-11-14 22:13:20.123',
      'CreateTime',
      'k1',
      'not avro',
      'x',
      'TRUE',
    ],
  ]);
  // Another client decodes the DLQ record with the registered schema.
  const out = await python(`
import io, json, struct, urllib.request
import avro.schema, avro.io
from confluent_kafka import Consumer
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "dlq-check", "auto.offset.reset": "earliest"})
c.subscribe(["error_log"])
m = None
while m is None or m.error():
    m = c.poll(5)
sid = struct.unpack(">I", m.value()[1:5])[0]
s = avro.schema.parse(json.load(urllib.request.urlopen("${k.registryUrl}/schemas/ids/%d" % sid))["schema"])
v = avro.io.DatumReader(s).read(avro.io.BinaryDecoder(io.BytesIO(m.value()[5:])))
print(json.dumps([v["affected_name"], v["source_record"]["offset"], v["source_record"]["value"].decode()]))
c.close()
`);
  assert.deepEqual(JSON.parse(out), ['dl_src', 1, 'not avro']);
});
