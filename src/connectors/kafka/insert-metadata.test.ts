/**
 * INSERT INTO a Kafka table with persisted metadata columns, end to end through `eddy sql`: a
 * metadata column without VIRTUAL belongs to the sink schema (Flink's SupportsWritingMetadata;
 * Confluent documents `headers` and `timestamp` as writable), so a VALUES row carries it, a
 * target column list may name it, the rest get NULL, and the record's headers and CreateTime
 * are what was written (read back by the table and by confluent_kafka). A persisted read-only
 * key is refused at INSERT with Flink's kind of message, and a sink that writes no metadata
 * refuses persisted metadata columns.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonlRows, runPython } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('insert-metadata.test', 40_000);

const BOUNDED = "/*+ OPTIONS('scan.bounded.mode'='latest-offset') */";

test('INSERT writes persisted headers and timestamp metadata columns', async () => {
  const r = await k.sql(`
CREATE TABLE mw (
  id INT,
  hs MAP<STRING, BYTES> METADATA FROM 'headers',
  ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  p INT METADATA FROM 'partition' VIRTUAL
) DISTRIBUTED INTO 1 BUCKETS;
INSERT INTO mw VALUES (1, MAP['a', X'01'], TO_TIMESTAMP_LTZ(1600000000000, 3));
INSERT INTO mw (id, ts) VALUES (2, TO_TIMESTAMP_LTZ(1500000000000, 3));
SELECT id, CAST(hs['a'] AS STRING), CAST(ts AS STRING), p FROM mw ${BOUNDED};
`);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(jsonlRows(r.out), [
    ['1', '\u0001', '2020-09-13 12:26:40.000', '0'],
    ['2', null, '2017-07-14 02:40:00.000', '0'],
  ]);
  const seen = await runPython(
    `
import json
from confluent_kafka import Consumer, TopicPartition
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "im"})
c.assign([TopicPartition("mw", 0, 0)])
out = []
while len(out) < 2:
    m = c.poll(10)
    if m is None: break
    if m.error(): continue
    out.append([m.timestamp()[1], [[h, list(v or b"")] for (h, v) in (m.headers() or [])]])
c.close()
print(json.dumps(out))
`,
    ['-W', 'ignore'],
  );
  assert.deepEqual(JSON.parse(seen), [
    [1600000000000, [['a', [1]]]],
    [1500000000000, []],
  ]);
});

test('the sink schema lists persisted metadata columns; read-only keys and other sinks are refused', async () => {
  const count = await k.sql(`
CREATE TABLE mc (id INT, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp') DISTRIBUTED INTO 1 BUCKETS;
INSERT INTO mc VALUES (1);
`);
  assert.equal(count.code, 1);
  assert.match(count.err, /Different number of columns/);
  assert.match(count.err, /Sink schema: {2}\[id: INT, ts: TIMESTAMP_LTZ\(3\)\]/);

  const ro = await k.sql(`
CREATE TABLE mo (id INT, o BIGINT METADATA FROM 'offset') DISTRIBUTED INTO 1 BUCKETS;
INSERT INTO mo VALUES (1, CAST(5 AS BIGINT));
`);
  assert.equal(ro.code, 1);
  assert.match(ro.err, /Invalid metadata key 'offset' in column 'o'/);
  assert.match(ro.err, /headers\ntimestamp/);

  const bh = await k.sql(`
CREATE TABLE \`default_catalog\`.\`default_database\`.bh (id INT, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp')
  WITH ('connector' = 'blackhole');
INSERT INTO \`default_catalog\`.\`default_database\`.bh VALUES (1, TO_TIMESTAMP_LTZ(0, 3));
`);
  assert.equal(bh.code, 1);
  assert.match(
    bh.err,
    /declares persistable metadata columns, but the underlying DynamicTableSink doesn't implement/,
  );
});

test('a TIMESTAMP (not _LTZ) timestamp column is a wall-clock time in the session zone, both ways', async () => {
  // Flink casts between the metadata's TIMESTAMP_LTZ(3) and the declared TIMESTAMP(3) in the
  // session zone: 08:00 in Shanghai is 00:00 UTC.
  const r = await k.sql(`
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE mz (id INT, ts TIMESTAMP(3) METADATA FROM 'timestamp') DISTRIBUTED INTO 1 BUCKETS;
INSERT INTO mz VALUES (1, TIMESTAMP '2020-01-01 08:00:00');
SELECT id, CAST(ts AS STRING) FROM mz ${BOUNDED};
`);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(jsonlRows(r.out), [['1', '2020-01-01 08:00:00.000']]);
  const seen = await runPython(
    `
from confluent_kafka import Consumer, TopicPartition
c = Consumer({"bootstrap.servers": "${k.bootstrap}", "group.id": "mz"})
c.assign([TopicPartition("mz", 0, 0)])
m = c.poll(10)
print(m.timestamp()[1] if m is not None else None)
c.close()
`,
    ['-W', 'ignore'],
  );
  assert.equal(seen.trim(), '1577836800000');
});
