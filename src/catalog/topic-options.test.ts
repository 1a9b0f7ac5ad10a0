/**
 * Topic options as Confluent has them: CREATE TABLE sets every one on the topic (defaults
 * included; a retention of 0 keeps records for ever, -1 in Kafka), ALTER TABLE SET / RESET
 * changes the topic, SHOW CREATE TABLE prints the normal form and runs again as it is. The
 * topic's configuration is read back with confluent_kafka's AdminClient (librdkafka).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPython } from '../testing/tools.js';
import { useKafkaPlatform } from '../testing/kafka-platform.js';
import { formatBytes, formatDuration, normalTopicOptions, parseDurationMs } from './topic-options.js';

const k = useKafkaPlatform('topic-options.test', 30_000);

const python = runPython;

/** The topic's configuration as librdkafka's AdminClient describes it. */
async function topicConfig(topic: string): Promise<Record<string, string>> {
  const out = await python(`
import json
from confluent_kafka.admin import AdminClient, ConfigResource
a = AdminClient({"bootstrap.servers": "${k.bootstrap}"})
for r, f in a.describe_configs([ConfigResource(ConfigResource.Type.TOPIC, "${topic}")]).items():
    c = f.result()
    print(json.dumps({n: c[n].value for n in ["cleanup.policy", "retention.ms", "retention.bytes", "max.message.bytes", "min.compaction.lag.ms"]}))
`);
  return JSON.parse(out) as Record<string, string>;
}

function ddlOf(out: string): string[] {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => String((JSON.parse(l) as { row: unknown[] }).row[0]));
}

test('durations and sizes print in the largest unit that divides them (Flink TimeUtils / MemorySize)', () => {
  assert.equal(formatDuration(604_800_000), '7 d');
  assert.equal(formatDuration(0), '0 ms');
  assert.equal(formatDuration(90_000), '90 s');
  assert.equal(formatDuration(1500), '1500 ms');
  assert.equal(formatBytes(2_097_164), '2097164 bytes');
  assert.equal(formatBytes(1_048_576), '1 mb');
  assert.equal(formatBytes(0), '0 bytes');
  assert.equal(parseDurationMs('x', '7 days'), 604_800_000);
  assert.equal(parseDurationMs('x', '3600000'), 3_600_000);
  assert.throws(
    () => normalTopicOptions({ 'kafka.retention.time': '7 weeks' }, false),
    /Invalid value '7 weeks' for option 'kafka\.retention\.time': unknown unit 'weeks'/,
  );
  assert.throws(
    () => normalTopicOptions({ 'kafka.cleanup-policy': 'keep' }, false),
    /'kafka\.cleanup-policy': expected delete, compact or delete-compact/,
  );
});

test('CREATE TABLE sets every topic option (Confluent defaults, 0 = for ever); SHOW CREATE TABLE round-trips', async () => {
  const r = await k.sql(
    "CREATE TABLE t_def (id INT, v STRING);\nCREATE TABLE t_opt (id INT, v STRING, PRIMARY KEY (id) NOT ENFORCED) WITH ('kafka.retention.time' = '0', 'kafka.retention.size' = '1 gb', 'kafka.max-message-size' = '1 mb', 'kafka.cleanup-policy' = 'delete-compact', 'kafka.compaction.time' = '1 h');\nSHOW CREATE TABLE t_def;\nSHOW CREATE TABLE t_opt;",
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(await topicConfig('t_def'), {
    'cleanup.policy': 'delete',
    'retention.ms': '604800000',
    'retention.bytes': '-1',
    'max.message.bytes': '2097164',
    'min.compaction.lag.ms': '0',
  });
  assert.deepEqual(await topicConfig('t_opt'), {
    'cleanup.policy': 'compact,delete',
    'retention.ms': '-1',
    'retention.bytes': '1073741824',
    'max.message.bytes': '1048576',
    'min.compaction.lag.ms': '3600000',
  });
  const [def, opt] = ddlOf(r.out);
  assert.match(
    def!,
    /'kafka\.cleanup-policy' = 'delete',\n {2}'kafka\.compaction\.time' = '0 ms',\n {2}'kafka\.max-message-size' = '2097164 bytes',\n {2}'kafka\.partitions' = '6',\n {2}'kafka\.retention\.size' = '0 bytes',\n {2}'kafka\.retention\.time' = '7 d',\n {2}'scan\.bounded\.mode' = 'unbounded',/,
  );
  assert.match(opt!, /'kafka\.retention\.time' = '0 ms'/);
  assert.match(opt!, /'kafka\.retention\.size' = '1 gb'/);
  const again = await k.sql(`DROP TABLE t_opt;\n${opt};\nSHOW CREATE TABLE t_opt;`);
  assert.equal(again.code, 0, again.err);
  assert.equal(ddlOf(again.out)[0], opt);
});

test("an upsert table's topic is compacted, its newest 7 days kept (Confluent's upsert defaults)", async () => {
  const r = await k.sql(
    'CREATE TABLE t_up (id INT, v STRING, PRIMARY KEY (id) NOT ENFORCED);\nSHOW CREATE TABLE t_up;',
  );
  assert.equal(r.code, 0, r.err);
  const cfg = await topicConfig('t_up');
  assert.equal(cfg['cleanup.policy'], 'compact');
  assert.equal(cfg['min.compaction.lag.ms'], '604800000');
  assert.match(
    ddlOf(r.out)[0]!,
    /'kafka\.cleanup-policy' = 'compact',\n {2}'kafka\.compaction\.time' = '7 d',/,
  );
});

test('ALTER TABLE SET / RESET of a topic option changes the topic, also of an inferred table', async () => {
  await k.kafka.ensureTopic('t_inferred', { partitions: 1 });
  const before = await topicConfig('t_inferred');
  const r = await k.sql(
    "CREATE TABLE t_alt (id INT);\nALTER TABLE t_alt SET ('kafka.retention.time' = '36 h', 'kafka.retention.size' = '2 gb');\nALTER TABLE t_inferred SET ('kafka.retention.time' = '90 s');",
  );
  assert.equal(r.code, 0, r.err);
  const alt = await topicConfig('t_alt');
  assert.equal(alt['retention.ms'], '129600000');
  assert.equal(alt['retention.bytes'], '2147483648');
  // Only the option set changes on a topic Eddy did not create.
  assert.deepEqual(await topicConfig('t_inferred'), { ...before, 'retention.ms': '90000' });
  const reset = await k.sql("ALTER TABLE t_alt RESET ('kafka.retention.size');\nSHOW CREATE TABLE t_alt;");
  assert.equal(reset.code, 0, reset.err);
  assert.equal((await topicConfig('t_alt'))['retention.bytes'], '-1');
  assert.match(ddlOf(reset.out)[0]!, /'kafka\.retention\.size' = '0 bytes'/);
  const bad = await k.sql("ALTER TABLE t_alt SET ('kafka.retention.time' = 'soon');");
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /Invalid value 'soon' for option 'kafka\.retention\.time'/);
});
