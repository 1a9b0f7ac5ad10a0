/**
 * A Kafka table's partition count: `'kafka.partitions'` (= its bucket count) grows the topic on
 * ALTER TABLE through CreatePartitions (Kafka cannot remove partitions, so fewer is refused),
 * SHOW CREATE TABLE shows the topic's real count (also one grown by another Kafka client),
 * and a bad count names the option and the statement's position, in CREATE and in ALTER.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useKafkaPlatform } from '../testing/kafka-platform.js';

const k = useKafkaPlatform('kafka-partitions.test', 30_000);

async function partitionsOf(topic: string): Promise<number | undefined> {
  const md = await (await k.kafka.admin()).metadata({ topics: [topic] });
  return md.topics.get(topic)?.partitionsCount;
}

/** The DDL text of the SHOW CREATE TABLE rows of a jsonl run. */
function ddlOf(out: string): string[] {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => String((JSON.parse(l) as { row: unknown[] }).row[0]));
}

test("ALTER TABLE SET ('kafka.partitions') grows the topic; SHOW CREATE TABLE shows the real count", async () => {
  const r = await k.sql(
    "CREATE TABLE p_grow (id INT) WITH ('kafka.partitions' = '2');\nALTER TABLE p_grow SET ('kafka.partitions' = '5');\nSHOW CREATE TABLE p_grow;",
  );
  assert.equal(r.code, 0, r.err);
  assert.equal(await partitionsOf('p_grow'), 5);
  const [ddl] = ddlOf(r.out);
  assert.match(ddl!, /DISTRIBUTED INTO 5 BUCKETS/);
  assert.match(ddl!, /'kafka\.partitions' = '5'/);
  // A fresh session reads the count back; the current count again changes nothing.
  const again = await k.sql("ALTER TABLE p_grow SET ('kafka.partitions' = '5');\nSHOW CREATE TABLE p_grow;");
  assert.equal(again.code, 0, again.err);
  assert.match(ddlOf(again.out)[0]!, /'kafka\.partitions' = '5'/);
  assert.equal(await partitionsOf('p_grow'), 5);
  // Flink's MODIFY DISTRIBUTION … INTO n BUCKETS is the same change (buckets = partitions).
  const modify = await k.sql(
    'ALTER TABLE p_grow MODIFY DISTRIBUTION INTO 7 BUCKETS;\nSHOW CREATE TABLE p_grow;',
  );
  assert.equal(modify.code, 0, modify.err);
  assert.match(ddlOf(modify.out)[0]!, /DISTRIBUTED INTO 7 BUCKETS[^]*'kafka\.partitions' = '7'/);
  assert.equal(await partitionsOf('p_grow'), 7);
});

test('fewer partitions are refused with the table and its current count; the topic is unchanged', async () => {
  const r = await k.sql(
    "CREATE TABLE p_shrink (id INT) WITH ('kafka.partitions' = '4');\nALTER TABLE p_shrink\n  SET ('kafka.partitions' = '3');",
  );
  assert.equal(r.code, 1);
  assert.match(
    r.err,
    /<script>:2:1: Invalid value for option 'kafka\.partitions' of table 'p_shrink': its topic has 4 partitions and Kafka cannot remove partitions \(3 is fewer\)/,
  );
  assert.equal(await partitionsOf('p_shrink'), 4);
});

test('a topic grown by another client, and an inferred table grown by ALTER TABLE', async () => {
  await k.kafka.ensureTopic('p_inferred', { partitions: 1 });
  const r = await k.sql(
    "CREATE TABLE p_outside (id INT) WITH ('kafka.partitions' = '1');\nALTER TABLE p_inferred SET ('kafka.partitions' = '3');",
  );
  assert.equal(r.code, 0, r.err);
  assert.equal(await partitionsOf('p_inferred'), 3);
  await (await k.kafka.admin()).createPartitions({ topics: [{ name: 'p_outside', count: 3 }] });
  const show = await k.sql('SHOW CREATE TABLE p_outside;\nSHOW CREATE TABLE p_inferred;');
  assert.equal(show.code, 0, show.err);
  const [outside, inferred] = ddlOf(show.out);
  assert.match(outside!, /DISTRIBUTED INTO 3 BUCKETS[^]*'kafka\.partitions' = '3'/);
  assert.match(inferred!, /INTO 3 BUCKETS[^]*'kafka\.partitions' = '3'/);
});

test("a bad 'kafka.partitions' names the option at the statement's line:column, in CREATE and ALTER", async () => {
  const cases: [string, RegExp][] = [
    [
      "SELECT 1;\nCREATE TABLE p_bad (id INT)\n  WITH ('kafka.partitions' = '0');",
      /<script>:2:1: Invalid value for option 'kafka\.partitions' of table 'p_bad': '0' is not a number of partitions/,
    ],
    [
      "SELECT 1;\nCREATE TABLE p_bad (id INT)\n  WITH ('kafka.partitions' = 'abc');",
      /<script>:2:1: Invalid value for option 'kafka\.partitions' of table 'p_bad': 'abc' is not a number of partitions/,
    ],
    [
      "SELECT 1;\nCREATE TABLE p_bad (id INT)\n  WITH ('kafka.partitions' = '100000');",
      /<script>:2:1: Invalid value for option 'kafka\.partitions' of table 'p_bad': the cluster refused 100000 partitions: .*at most 10000 partitions/,
    ],
    [
      'SELECT 1;\nCREATE TABLE p_bad (id INT)\n  DISTRIBUTED INTO 0 BUCKETS;',
      /<script>:2:1: Invalid bucket count of table 'p_bad': INTO 0 BUCKETS is not a number of partitions/,
    ],
    [
      "CREATE TABLE p_alt (id INT);\nALTER TABLE p_alt\n  SET ('kafka.partitions' = '-1');",
      /<script>:2:1: Invalid value for option 'kafka\.partitions' of table 'p_alt': '-1' is not a number of partitions/,
    ],
    [
      "ALTER TABLE p_alt SET ('kafka.retention.time' = '1 h');\nALTER TABLE p_alt\n  SET ('kafka.partitions' = '100000');",
      /<script>:2:1: Invalid value for option 'kafka\.partitions' of table 'p_alt'\. Cannot grow the topic of table 'p_alt' to 100000 partitions: .*at most 10000 partitions/,
    ],
  ];
  for (const [sql, want] of cases) {
    const r = await k.sql(sql);
    assert.equal(r.code, 1, sql);
    assert.match(r.err, want);
  }
  assert.ok(!(await (await k.kafka.admin()).listTopics()).includes('p_bad'));
  assert.equal(await partitionsOf('p_alt'), 6);
});
