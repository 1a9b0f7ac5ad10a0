/**
 * Window TVF aggregation over updating Kafka tables (Flink 1.19+, FLINK-20281), through `eddy
 * sql`'s engine path against the embedded broker and registry: a retract table's -D rows retract
 * from their windows (Flink's WindowAggregateITCase#testRetractPreviousSlicingStateWithSlicingWindow,
 * its rows and expected result), and an upsert table's updates and tombstones move a row between
 * windows through ChangelogNormalize, a window left empty emitting nothing; the window table
 * function alone passes each row's kind on. Records carry their
 * event time as the Kafka timestamp ($rowtime); fewer than 250 records keep SOURCE_WATERMARK()
 * 7 days behind, so every window fires at the end of the bounded read, after every change.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';

import { useKafkaPlatform } from '../../testing/kafka-platform.js';

const k = useKafkaPlatform('kafka-window-changelog.test', 40_000);

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

const at = (hms: string): bigint => BigInt(Date.parse(`2020-10-10T${hms}Z`));

test('HOP over a retract table: a -D retracts from both its windows (testRetractPreviousSlicingStateWithSlicingWindow)', async () => {
  const made = await k.sql(`
    CREATE TABLE hop_r (name STRING, v INT, s STRING) DISTRIBUTED INTO 1 BUCKETS WITH ('changelog.mode' = 'retract', 'scan.bounded.mode' = 'latest-offset');
  `);
  assert.equal(made.code, 0, made.err);
  const sr = new SchemaRegistry({ host: k.registryUrl });
  const id = await sr.getLatestSchemaId('hop_r-value');
  const producer = await k.kafka.producer();
  const rows: [number, string, number, string, string][] = [
    [0, 'a', 1, 's1', '00:00:01'],
    [0, 'a', 1, 's2', '00:00:04'],
    [3, 'a', 3, 's3', '00:00:06'],
  ];
  for (const [kind, name, v, s, t] of rows) {
    const value = await sr.encode(id, { name, v, s });
    await producer.send({
      messages: [
        {
          topic: 'hop_r',
          partition: 0,
          value,
          timestamp: at(t),
          ...(kind === 0 ? {} : { headers: new Map([[Buffer.from('op'), Buffer.from([kind])]]) }),
        },
      ],
    });
  }
  const r = await k.sql(`
    SET 'table.local-time-zone' = 'UTC';
    EXPLAIN CHANGELOG_MODE SELECT name, COUNT(*) FROM TABLE(HOP(TABLE hop_r, DESCRIPTOR($rowtime), INTERVAL '5' SECOND, INTERVAL '10' SECOND))
      GROUP BY name, window_start, window_end;
    SELECT name, window_start, window_end, COUNT(*), SUM(v), COUNT(DISTINCT s)
      FROM TABLE(HOP(TABLE hop_r, DESCRIPTOR($rowtime), INTERVAL '5' SECOND, INTERVAL '10' SECOND))
      GROUP BY name, window_start, window_end;
  `);
  assert.equal(r.code, 0, r.err);
  // The window aggregation stays insert-only; below it the retract scan keeps its -U.
  assert.match(r.out, /WindowAggregate\([^\n]*changelogMode=\[I\]\)/);
  assert.match(r.out, /TableSourceScan\(table=\[\[[^\]]*hop_r\]\][^\n]*changelogMode=\[I,UB,UA,D\]\)/);
  // The first change line is the EXPLAIN text.
  assert.deepEqual(changes(r.out).slice(1), [
    ['+I', 'a', '2020-10-09 23:59:55.000', '2020-10-10 00:00:05.000', '2', '2', '2'],
    ['+I', 'a', '2020-10-10 00:00:00.000', '2020-10-10 00:00:10.000', '1', '-1', '2'],
    // FLINK-33760: a lone delete leaves the count at -1 and the window is still emitted.
    ['+I', 'a', '2020-10-10 00:00:05.000', '2020-10-10 00:00:15.000', '-1', '-3', '0'],
  ]);
  // SESSION: the -D at 6 s makes its window [6 s, 11 s) and merges with [1 s, 9 s) as any row
  // would (UnsliceSyncStateWindowAggProcessor assigns windows whatever the kind), then retracts.
  const session = await k.sql(`
    SET 'table.local-time-zone' = 'UTC';
    SELECT name, window_start, window_end, COUNT(*), SUM(v), COUNT(DISTINCT s)
      FROM TABLE(SESSION(TABLE hop_r PARTITION BY name, DESCRIPTOR($rowtime), INTERVAL '5' SECOND))
      GROUP BY name, window_start, window_end;
  `);
  assert.equal(session.code, 0, session.err);
  assert.deepEqual(changes(session.out), [
    ['+I', 'a', '2020-10-10 00:00:01.000', '2020-10-10 00:00:11.000', '1', '-1', '2'],
  ]);
  // The window table function alone passes each row's kind on (WindowTableFunctionOperatorBase).
  const rowsOut = await k.sql(`
    SET 'table.local-time-zone' = 'UTC';
    SELECT s, window_start, window_end FROM TABLE(TUMBLE(TABLE hop_r, DESCRIPTOR($rowtime), INTERVAL '5' SECOND));
  `);
  assert.equal(rowsOut.code, 0, rowsOut.err);
  assert.deepEqual(changes(rowsOut.out), [
    ['+I', 's1', '2020-10-10 00:00:00.000', '2020-10-10 00:00:05.000'],
    ['+I', 's2', '2020-10-10 00:00:00.000', '2020-10-10 00:00:05.000'],
    ['-D', 's3', '2020-10-10 00:00:05.000', '2020-10-10 00:00:10.000'],
  ]);
});

test('TUMBLE over an upsert table: an update moves its row to another window, a window emptied by a tombstone emits nothing', async () => {
  const made = await k.sql(`
    CREATE TABLE tum_u (id INT, v INT, PRIMARY KEY (id) NOT ENFORCED) DISTRIBUTED BY (id) INTO 1 BUCKETS WITH ('scan.bounded.mode' = 'latest-offset');
  `);
  assert.equal(made.code, 0, made.err);
  const sr = new SchemaRegistry({ host: k.registryUrl });
  const keyId = await sr.getLatestSchemaId('tum_u-key');
  const valueId = await sr.getLatestSchemaId('tum_u-value');
  const producer = await k.kafka.producer();
  const send = async (key: number, v: number | null, t: string): Promise<void> => {
    const value = v === null ? null : await sr.encode(valueId, { v });
    await producer.send({
      messages: [
        {
          topic: 'tum_u',
          partition: 0,
          key: await sr.encode(keyId, { id: key }),
          ...(value === null ? {} : { value }),
          timestamp: at(t),
        },
      ],
    });
  };
  await send(1, 10, '00:00:01'); // [0, 5): id 1
  await send(2, 5, '00:00:02'); // [0, 5): id 2
  await send(3, 4, '00:00:11'); // [10, 15): id 3
  await send(1, 20, '00:00:07'); // -U id 1 (10, at 1 s) leaves [0, 5); +U (20, at 7 s) joins [5, 10)
  await send(2, null, '00:00:08'); // -D id 2 (5, at 2 s): [0, 5) is empty now
  const r = await k.sql(`
    SET 'table.local-time-zone' = 'UTC';
    SELECT window_start, COUNT(*), SUM(v), MAX(v)
      FROM TABLE(TUMBLE(TABLE tum_u, DESCRIPTOR($rowtime), INTERVAL '5' SECOND))
      GROUP BY window_start, window_end;
  `);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(changes(r.out), [
    ['+I', '2020-10-10 00:00:05.000', '1', '20', '20'],
    ['+I', '2020-10-10 00:00:10.000', '1', '4', '4'],
  ]);
});
