/**
 * Changelog modes of Kafka tables against the embedded broker and registry, through `eddy sql`'s
 * engine path: upsert tables (keyed records and tombstones, ChangelogNormalize) and retract
 * tables (the `op` header) round-trip a changelog exactly, deletes included; a Debezium topic
 * written with @kafkajs/confluent-schema-registry reads as a retract table; EXPLAIN
 * CHANGELOG_MODE shows each node's mode.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';

import { readAll } from '../../cli/sql/kafka-test-support.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('kafka-changelog.test', 40_000);

const sql = k.sql;

/** The changelog lines of a result: [op, ...row]. */
function changes(out: string): unknown[][] {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => {
      const o = JSON.parse(l) as { op: string; row: unknown[] };
      return [o.op, ...o.row];
    });
}

/** Applies a changelog to a table keyed by the first column: the final rows, sorted. */
function materialize(log: unknown[][]): unknown[][] {
  const rows = new Map<string, unknown[]>();
  for (const [op, ...row] of log) {
    const k = JSON.stringify(row[0]);
    if (op === '+I' || op === '+U') rows.set(k, row);
    else rows.delete(k);
  }
  return [...rows.values()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

const BOUNDED = "/*+ OPTIONS('scan.bounded.mode'='latest-offset') */";

test('upsert table: GROUP BY counts written as keyed records, read back as the final counts', async () => {
  const r = await sql(`
    CREATE TABLE clicks_src (k STRING, v INT) DISTRIBUTED BY (k) INTO 2 BUCKETS;
    INSERT INTO clicks_src VALUES ('a', 1), ('b', 2), ('a', 3), ('c', 4), ('a', 5), ('b', 6);
    CREATE TABLE click_counts (k STRING, cnt BIGINT, PRIMARY KEY (k) NOT ENFORCED) DISTRIBUTED BY (k) INTO 3 BUCKETS;
    INSERT INTO click_counts SELECT k, COUNT(*) FROM clicks_src ${BOUNDED} GROUP BY k;
  `);
  assert.equal(r.code, 0, r.err);
  // On the wire: keyed records only (upserts), no -U.
  const records = await readAll(k.kafka, 'click_counts', 3);
  assert.ok(records.length >= 3, `records: ${records.length}`);
  assert.ok(records.every((x) => x.key !== null && x.value !== null));
  const back = await sql(`SELECT k, cnt FROM click_counts ${BOUNDED};`);
  assert.equal(back.code, 0, back.err);
  const log = changes(back.out);
  assert.deepEqual(materialize(log), [
    ['a', '3'],
    ['b', '2'],
    ['c', '1'],
  ]);
  // Normalised: the first value of a key is +I, later ones -U old / +U new.
  const firstA = log.find((x) => x[1] === 'a');
  assert.equal(firstA?.[0], '+I', back.out);
});

test('upsert table: a tombstone deletes its key; the full old row is retracted', async () => {
  const r = await sql(`
    CREATE TABLE users_u (id INT, name STRING, PRIMARY KEY (id) NOT ENFORCED) DISTRIBUTED BY (id) INTO 2 BUCKETS;
    INSERT INTO users_u VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
  `);
  assert.equal(r.code, 0, r.err);
  // A tombstone for key 2, written by a plain client with the registered key encoding.
  const records = await readAll(k.kafka, 'users_u', 2);
  const sr = new SchemaRegistry({ host: k.registryUrl });
  const two = [];
  for (const rec of records) if (((await sr.decode(rec.key!)) as { id: number }).id === 2) two.push(rec);
  assert.equal(two.length, 1);
  const producer = await k.kafka.producer();
  await producer.send({ messages: [{ topic: 'users_u', partition: two[0]!.partition, key: two[0]!.key! }] });
  await producer.send({
    messages: [{ topic: 'users_u', partition: two[0]!.partition, key: two[0]!.key! }],
  }); // a second delete of an absent key emits nothing
  const back = await sql(`SELECT id, name FROM users_u ${BOUNDED};`);
  assert.equal(back.code, 0, back.err);
  const log = changes(back.out);
  assert.deepEqual(
    log.filter((x) => x[0] === '-D'),
    [['-D', '2', 'bob']],
  );
  assert.deepEqual(materialize(log), [
    ['1', 'ann'],
    ['3', 'cy'],
  ]);
  // The upsert sink writes a delete as a tombstone: copy the changelog into another upsert table.
  const copy = await sql(`
    CREATE TABLE users_copy (id INT, name STRING, PRIMARY KEY (id) NOT ENFORCED) DISTRIBUTED BY (id) INTO 1 BUCKETS;
    INSERT INTO users_copy SELECT id, name FROM users_u ${BOUNDED};
  `);
  assert.equal(copy.code, 0, copy.err);
  const copied = await readAll(k.kafka, 'users_copy', 1);
  assert.equal(copied.filter((x) => x.value === null).length, 1, 'one tombstone');
  const again = await sql(`SELECT id, name FROM users_copy ${BOUNDED};`);
  assert.deepEqual(materialize(changes(again.out)), [
    ['1', 'ann'],
    ['3', 'cy'],
  ]);
});

test("retract table: the 'op' header carries -U / +U / -D; the changelog round-trips exactly", async () => {
  const r = await sql(`
    CREATE TABLE events_r (k STRING, v INT) DISTRIBUTED BY (k) INTO 1 BUCKETS;
    INSERT INTO events_r VALUES ('a', 1), ('b', 2), ('a', 3), ('b', 4);
    CREATE TABLE sums_r (k STRING, total INT) DISTRIBUTED BY (k) INTO 1 BUCKETS WITH ('changelog.mode' = 'retract');
    INSERT INTO sums_r SELECT k, SUM(v) FROM events_r ${BOUNDED} GROUP BY k;
  `);
  assert.equal(r.code, 0, r.err);
  const records = await readAll(k.kafka, 'sums_r', 1);
  const ops = records.map((x) => {
    const h = x.headers.find(([k]) => k?.toString() === 'op');
    return h ? h[1]![0] : 0;
  });
  // Per key: +I 1, -U 1, +U 4 (a); +I 2, -U 2, +U 6 (b) — header omitted for inserts.
  assert.deepEqual(ops.sort(), [0, 0, 1, 1, 2, 2]);
  const back = await sql(`SELECT k, total FROM sums_r ${BOUNDED};`);
  assert.equal(back.code, 0, back.err);
  const log = changes(back.out);
  assert.deepEqual(
    log.filter((x) => x[1] === 'a'),
    [
      ['+I', 'a', '1'],
      ['-U', 'a', '1'],
      ['+U', 'a', '4'],
    ],
  );
  // A -D written by a plain client with the op header deletes the row.
  const a = records.find((x) => x.headers.length === 0)!;
  const producer = await k.kafka.producer();
  await producer.send({
    messages: [
      {
        topic: 'sums_r',
        partition: 0,
        ...(a.key ? { key: a.key } : {}),
        value: a.value!,
        headers: new Map([[Buffer.from('op'), Buffer.from([3])]]),
      },
    ],
  });
  const after = await sql(`SELECT k, total FROM sums_r ${BOUNDED};`);
  const last = changes(after.out).at(-1);
  assert.equal(last?.[0], '-D', after.out);
});

test('a Debezium envelope topic is a retract table with the columns of after', async () => {
  const sr = new SchemaRegistry({ host: k.registryUrl });
  const row = {
    type: 'record',
    name: 'Value',
    namespace: 'dbserver1.inventory.customers',
    fields: [
      { name: 'id', type: 'int' },
      { name: 'email', type: 'string' },
    ],
  };
  const envelope = {
    type: 'record',
    name: 'Envelope',
    namespace: 'dbserver1.inventory.customers',
    fields: [
      { name: 'before', type: ['null', row], default: null },
      { name: 'after', type: ['null', 'dbserver1.inventory.customers.Value'], default: null },
      { name: 'op', type: 'string' },
      { name: 'ts_ms', type: ['null', 'long'], default: null },
    ],
  };
  const { id } = await sr.register(
    { type: SchemaType.AVRO, schema: JSON.stringify(envelope) },
    { subject: 'customers_cdc-value' },
  );
  await k.kafka.ensureTopic('customers_cdc', { partitions: 1 });
  const producer = await k.kafka.producer();
  const send = async (before: unknown, after: unknown, op: string): Promise<void> => {
    const value = await sr.encode(id, { before, after, op, ts_ms: null });
    await producer.send({ messages: [{ topic: 'customers_cdc', partition: 0, value }] });
  };
  await send(null, { id: 1, email: 'a@x' }, 'r');
  await send(null, { id: 2, email: 'b@x' }, 'c');
  await send({ id: 1, email: 'a@x' }, { id: 1, email: 'a@y' }, 'u');
  await send({ id: 2, email: 'b@x' }, null, 'd');
  const d = await sql('DESCRIBE customers_cdc;');
  assert.equal(d.code, 0, d.err);
  assert.match(d.out, /\["id","INT","FALSE"/);
  assert.doesNotMatch(d.out, /"before"|"after"/);
  const back = await sql(`SELECT id, email FROM customers_cdc ${BOUNDED};`);
  assert.equal(back.code, 0, back.err);
  assert.deepEqual(changes(back.out), [
    ['+I', '1', 'a@x'],
    ['+I', '2', 'b@x'],
    ['-U', '1', 'a@x'],
    ['+U', '1', 'a@y'],
    ['-D', '2', 'b@x'],
  ]);
  const agg = await sql(`SELECT COUNT(*) AS n FROM customers_cdc ${BOUNDED};`);
  assert.equal(agg.code, 0, agg.err);
  assert.deepEqual(materialize(changes(agg.out).map((x) => [x[0], 'k', x[1]])).at(-1), ['k', '1']);
});

test('a Debezium sink writes c envelopes with after for +I / +U and d with before for -U / -D', async () => {
  const r = await sql(`
    CREATE TABLE deb_src (k STRING, v INT) DISTRIBUTED INTO 1 BUCKETS;
    INSERT INTO deb_src VALUES ('a', 1), ('b', 2), ('a', 3);
    CREATE TABLE deb_out (k STRING, n BIGINT) DISTRIBUTED INTO 1 BUCKETS
      WITH ('value.format' = 'avro-debezium-registry');
    INSERT INTO deb_out SELECT k, COUNT(*) FROM deb_src ${BOUNDED} GROUP BY k;
  `);
  assert.equal(r.code, 0, r.err);
  const records = await readAll(k.kafka, 'deb_out', 1);
  const sr = new SchemaRegistry({ host: k.registryUrl });
  const envelopes = [];
  for (const rec of records) envelopes.push(await sr.decode(rec.value!));
  // +I a, +I b, then a's update as -U (d, before) and +U (c, after).
  assert.deepEqual(JSON.parse(JSON.stringify(envelopes)), [
    { before: null, after: { k: 'a', n: 1 }, op: 'c' },
    { before: null, after: { k: 'b', n: 1 }, op: 'c' },
    { before: { k: 'a', n: 1 }, after: null, op: 'd' },
    { before: null, after: { k: 'a', n: 2 }, op: 'c' },
  ]);
  const back = await sql(`SELECT k, n FROM deb_out ${BOUNDED};`);
  assert.equal(back.code, 0, back.err);
  assert.deepEqual(materialize(changes(back.out)), [
    ['a', '2'],
    ['b', '1'],
  ]);
});

test('EXPLAIN CHANGELOG_MODE: upsert scan [UA,D] under ChangelogNormalize; retract scan [I,UB,UA,D]', async () => {
  const r = await sql(`
    CREATE TABLE ex_u (id INT, v STRING, PRIMARY KEY (id) NOT ENFORCED);
    CREATE TABLE ex_r (id INT, v STRING) WITH ('changelog.mode' = 'retract');
    EXPLAIN CHANGELOG_MODE SELECT id, v FROM ex_u WHERE v <> 'x';
    EXPLAIN CHANGELOG_MODE SELECT v, COUNT(*) FROM ex_r GROUP BY v;
  `);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /ChangelogNormalize\(key=\[id\], changelogMode=\[I,UB,UA,D\]\)/);
  assert.match(r.out, /TableSourceScan\(table=\[\[[^\]]*ex_u\]\][^\n]*changelogMode=\[UA,D\]\)/);
  assert.match(r.out, /TableSourceScan\(table=\[\[[^\]]*ex_r\]\][^\n]*changelogMode=\[I,UB,UA,D\]\)/);
  // A window aggregation over a retract table retracts (Flink 1.19+, FLINK-20281): insert-only out.
  const w = await sql(
    "EXPLAIN CHANGELOG_MODE SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE ex_r, DESCRIPTOR($rowtime), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;",
  );
  assert.equal(w.code, 0, w.err);
  assert.match(w.out, /WindowAggregate\([^\n]*changelogMode=\[I\]\)/);
});

test('SOURCE_WATERMARK(): a bounded read with empty partitions fires every window and ends', async () => {
  await k.kafka.ensureTopic('wm_t', { partitions: 3 });
  const producer = await k.kafka.producer();
  const t0 = Date.UTC(2024, 0, 1);
  for (let i = 0; i < 5; i++)
    await producer.send({
      messages: [
        { topic: 'wm_t', partition: 0, value: Buffer.from(`v${i}`), timestamp: BigInt(t0 + i * 60_000) },
      ],
    });
  const r = await sql(`
    ALTER TABLE wm_t SET ('scan.bounded.mode' = 'latest-offset');
    EXPLAIN SELECT val FROM wm_t;
    SELECT window_start, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE wm_t, DESCRIPTOR($rowtime), INTERVAL '1' MINUTE))
      GROUP BY window_start, window_end;
  `);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /watermark=\[SOURCE_WATERMARK\(\)\]/);
  const got = changes(r.out).filter((x) => String(x[1]).startsWith('2024-'));
  assert.equal(got.length, 5, r.out);
  assert.ok(got.every((x) => x[0] === '+I' && x[2] === '1'));
});
