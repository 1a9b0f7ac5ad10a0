/**
 * json-registry values exact both ways with Debian's confluent_kafka (Python), against the
 * embedded broker and registry (in process): JSONSerializer writes Python ints with all their
 * digits (longs beyond 2^53, DECIMAL(38) integers) and Eddy reads them without a double in
 * between; Eddy writes longs and DECIMALs with their digits and JSONDeserializer reads them
 * back exactly. Every type of the schema Eddy registers (Connect's `connect.type` numbers, Date
 * days, Time ms of the day, Timestamp epoch ms, maps as objects or {key, value} arrays).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython, jsonlRows } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('json-registry-exact.test', 30_000);

const python = (script: string): Promise<string> => runPython(script, ['-W', 'ignore']);

const COLUMNS = `
  id BIGINT, neg BIGINT, d38 DECIMAL(38, 0), d DECIMAL(10, 2), ti TINYINT, si SMALLINT, f FLOAT, x DOUBLE,
  dt DATE, tm TIME(0), ts TIMESTAMP(3), ltz TIMESTAMP_LTZ(3), m MAP<STRING, BIGINT>, mi MAP<INT, STRING>,
  a ARRAY<BIGINT>, r ROW<big BIGINT, s STRING>`;

const BOUNDED = "/*+ OPTIONS('scan.bounded.mode'='latest-offset') */";

const SELECT = `SELECT id, neg, d38, d, ti, si, f, x, dt, tm, ts, ltz, m['k'], mi[7], a[1], r.big, r.s FROM`;

test("confluent_kafka's JSONSerializer ints read exactly, every type as the registered schema says", async () => {
  const c = await k.sql(`CREATE TABLE jx_in (${COLUMNS}) WITH ('value.format' = 'json-registry');`);
  assert.equal(c.code, 0, c.err);
  await python(`
import json, urllib.request
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.json_schema import JSONSerializer
from confluent_kafka.serialization import SerializationContext, MessageField
schema = json.loads(urllib.request.urlopen('${k.registryUrl}/subjects/jx_in-value/versions/latest').read())['schema']
ser = JSONSerializer(schema, SchemaRegistryClient({'url': '${k.registryUrl}'}))
p = Producer({'bootstrap.servers': '${k.bootstrap}'})
rec = {'id': 9007199254740993, 'neg': -9223372036854775808, 'd38': 99999999999999999999999999999999999998,
       'd': 12.5, 'ti': -128, 'si': 32767, 'f': 1.1, 'x': 0.1, 'dt': 18321, 'tm': 86398000,
       'ts': 1577934245600, 'ltz': 1577934245123, 'm': {'k': 9223372036854775807},
       'mi': [{'key': 7, 'value': 'seven'}], 'a': [9007199254740995], 'r': {'big': -9007199254740993, 's': 'x'}}
p.produce('jx_in', value=ser(rec, SerializationContext('jx_in', MessageField.VALUE)))
p.flush(10)
`);
  const r = await k.sql(`SET 'sql.local-time-zone' = 'UTC';\n${SELECT} jx_in ${BOUNDED};`);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(jsonlRows(r.out), [
    [
      '9007199254740993',
      '-9223372036854775808',
      '99999999999999999999999999999999999998',
      '12.50',
      '-128',
      '32767',
      '1.1',
      '0.1',
      '2020-02-29',
      '23:59:58',
      '2020-01-02 03:04:05.600',
      '2020-01-02 03:04:05.123',
      '9223372036854775807',
      'seven',
      '9007199254740995',
      '-9007199254740993',
      'x',
    ],
  ]);
});

test("Eddy's longs and DECIMALs are read exactly by confluent_kafka's JSONDeserializer", async () => {
  const w = await k.sql(`
    CREATE TABLE jx_out (${COLUMNS}) WITH ('value.format' = 'json-registry');
    INSERT INTO jx_out VALUES (9007199254740993, -9223372036854775808,
      CAST('99999999999999999999999999999999999998' AS DECIMAL(38, 0)), 12.5, CAST(-128 AS TINYINT),
      CAST(32767 AS SMALLINT), CAST(1.1 AS FLOAT), 0.1, DATE '2020-02-29', TIME '23:59:58',
      TIMESTAMP '2020-01-02 03:04:05.6', TO_TIMESTAMP_LTZ(1577934245123, 3), MAP['k', 9223372036854775807],
      MAP[7, 'seven'], ARRAY[9007199254740995], ROW(-9007199254740993, 'x'));`);
  assert.equal(w.code, 0, w.err);
  const out = await python(`
import json, urllib.request, time
from confluent_kafka import Consumer
from confluent_kafka.schema_registry.json_schema import JSONDeserializer
schema = json.loads(urllib.request.urlopen('${k.registryUrl}/subjects/jx_out-value/versions/latest').read())['schema']
de = JSONDeserializer(schema)
c = Consumer({'bootstrap.servers': '${k.bootstrap}', 'group.id': 'jx', 'auto.offset.reset': 'earliest'})
c.subscribe(['jx_out'])
got = None
deadline = time.time() + 20
while got is None and time.time() < deadline:
    m = c.poll(0.5)
    if m is None or m.error(): continue
    got = de(m.value(), None)
c.close()
# Ints as their digits (JSON.parse on this side would round them), at any depth; floats as repr.
def text(v):
    if isinstance(v, bool): return v
    if isinstance(v, int): return str(v)
    if isinstance(v, dict): return {k: text(x) for k, x in v.items()}
    if isinstance(v, list): return [text(x) for x in v]
    return v
print(json.dumps(text(got)))
`);
  const got = JSON.parse(out) as Record<string, unknown>;
  assert.deepEqual(got, {
    id: '9007199254740993',
    neg: '-9223372036854775808',
    d38: '99999999999999999999999999999999999998',
    d: 12.5,
    ti: '-128',
    si: '32767',
    f: 1.1,
    x: 0.1,
    dt: '18321',
    tm: '86398000',
    ts: '1577934245600',
    ltz: '1577934245123',
    m: { k: '9223372036854775807' },
    mi: [{ key: '7', value: 'seven' }],
    a: ['9007199254740995'],
    r: { big: '-9007199254740993', s: 'x' },
  });
  // And Eddy reads its own output back the same.
  const r = await k.sql(`SET 'sql.local-time-zone' = 'UTC';\n${SELECT} jx_out ${BOUNDED};`);
  assert.equal(r.code, 0, r.err);
  assert.equal(jsonlRows(r.out)[0]![2], '99999999999999999999999999999999999998');
  assert.equal(jsonlRows(r.out)[0]![0], '9007199254740993');
});
