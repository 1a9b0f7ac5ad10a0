/**
 * Dynamic broker configs with real clients, as Kafka's DynamicBrokerConfig / DynamicLogConfig:
 * the topic defaults (`log.retention.ms`, `message.max.bytes`, `log.segment.bytes`…) can be
 * altered per broker (resource name = node id) or cluster-wide (''); topics without an
 * override follow at once; DescribeConfigs reports DYNAMIC_BROKER_CONFIG (2) /
 * DYNAMIC_DEFAULT_BROKER_CONFIG (3) sources and synonyms in Kafka's order; every other broker
 * setting is read-only: INVALID_REQUEST 'Cannot update these configs dynamically: Set(…)';
 * a bad value is INVALID_REQUEST with ConfigDef's text (KAFKA-13609); APPEND on a non-list
 * INVALID_CONFIG; the configs survive a restart.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Admin, Producer, stringSerializers } from '@platformatic/kafka';
import { requireTool } from '../testing/tools.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';
import { run } from './test-support/run.js';

let tb: TestBroker;
let admin: Admin;
let id: string;

before(async () => {
  tb = await startTestBroker();
  admin = new Admin({ clientId: 'dyn-admin', bootstrapBrokers: [tb.bootstrap] });
  id = String(tb.broker.node!.nodeId);
  await admin.createTopics({ topics: ['dyn', 'dyn-own'], partitions: 1, replicas: 1 });
  await admin.incrementalAlterConfigs({
    resources: [
      {
        resourceType: 2,
        resourceName: 'dyn-own',
        configs: [{ name: 'retention.ms', configOperation: 0, value: '7000' }],
      },
    ],
  });
});
after(async () => {
  await admin?.close();
  await tb?.stop();
});

type Entry = {
  name: string;
  value: string | null;
  configSource: number;
  readOnly: boolean;
  synonyms: { name: string; value: string | null; source: number }[];
};

async function describe(
  resourceType: number,
  resourceName: string,
  keys: string[],
): Promise<Record<string, Entry>> {
  const [r] = (await admin.describeConfigs({
    resources: [{ resourceType: resourceType as 2 | 4, resourceName, configurationKeys: keys }],
    includeSynonyms: true,
  })) as unknown as { configs: Entry[] }[];
  return Object.fromEntries(r!.configs.map((c) => [c.name, c]));
}

/** The response entry of a refused alter: [errorCode, errorMessage]. */
async function refused(p: Promise<unknown>): Promise<[number, string]> {
  try {
    await p;
  } catch (err) {
    const r = (
      err as { errors?: { response?: { responses: { errorCode: number; errorMessage: string }[] } }[] }
    ).errors?.[0]?.response?.responses[0];
    if (r) return [r.errorCode, r.errorMessage];
    throw err;
  }
  assert.fail('the alter was accepted');
}

const set = (name: string, value: string, op: 0 | 2 | 3 = 0) => ({ name, configOperation: op, value });

test('IncrementalAlterConfigs per broker: topics follow, sources and synonyms as Kafka', async () => {
  await admin.incrementalAlterConfigs({
    resources: [
      {
        resourceType: 4,
        resourceName: id,
        configs: [set('log.retention.ms', '60000'), set('message.max.bytes', '2000')],
      },
    ],
  });
  const t = await describe(2, 'dyn', ['retention.ms', 'max.message.bytes']);
  assert.equal(t['retention.ms']!.value, '60000');
  assert.equal(t['retention.ms']!.configSource, 2);
  assert.deepEqual(t['retention.ms']!.synonyms, [
    { name: 'log.retention.ms', value: '60000', source: 2 },
    { name: 'log.retention.hours', value: '168', source: 5 },
  ]);
  assert.equal(t['max.message.bytes']!.value, '2000');
  const own = await describe(2, 'dyn-own', ['retention.ms']);
  assert.equal(own['retention.ms']!.value, '7000', 'a topic override still wins');
  assert.equal(own['retention.ms']!.configSource, 1);

  const b = await describe(4, id, ['log.retention.ms', 'log.retention.hours', 'broker.id']);
  assert.deepEqual(
    [b['log.retention.ms']!.value, b['log.retention.ms']!.configSource, b['log.retention.ms']!.readOnly],
    ['60000', 2, false],
  );
  assert.equal(b['log.retention.hours']!.readOnly, true, 'only the primary synonym is dynamic');
  assert.equal(b['broker.id']!.readOnly, true);

  // The new message.max.bytes is enforced at once.
  const producer = new Producer({
    clientId: 'dyn-p',
    bootstrapBrokers: [tb.bootstrap],
    serializers: stringSerializers,
    retries: 0,
  });
  try {
    await assert.rejects(
      producer.send({ messages: [{ topic: 'dyn', value: 'x'.repeat(3000) }] }),
      (
        err: Error & {
          errors?: { response?: { responses: { partitionResponses: { errorCode: number }[] }[] } }[];
        },
      ) => {
        assert.equal(
          err.errors?.[0]?.response?.responses[0]?.partitionResponses[0]?.errorCode,
          10,
          'MESSAGE_TOO_LARGE',
        );
        return true;
      },
    );
    await producer.send({ messages: [{ topic: 'dyn', value: 'x'.repeat(500) }] });
  } finally {
    await producer.close();
  }

  await admin.incrementalAlterConfigs({
    resources: [
      {
        resourceType: 4,
        resourceName: id,
        configs: [{ name: 'message.max.bytes', configOperation: 1 }],
      },
    ],
  });
  assert.equal(
    (await describe(2, 'dyn', ['max.message.bytes']))['max.message.bytes']!.configSource,
    5,
    'DELETE restores the default',
  );
});

test('refusals: read-only names, bad values, APPEND on a non-list, validate_only', async () => {
  const alter = (configs: ReturnType<typeof set>[], validateOnly = false) =>
    admin.incrementalAlterConfigs({
      resources: [{ resourceType: 4, resourceName: id, configs }],
      validateOnly,
    });
  assert.deepEqual(await refused(alter([set('broker.id', '5'), set('log.retention.hours', '1')])), [
    42,
    'Cannot update these configs dynamically: Set(broker.id, log.retention.hours)',
  ]);
  assert.deepEqual(await refused(alter([set('log.retention.ms', 'soon')])), [
    42,
    'Invalid value soon for configuration log.retention.ms: Not a number of type LONG',
  ]);
  assert.deepEqual(await refused(alter([set('log.segment.bytes', '10')])), [
    42,
    'Invalid value 10 for configuration log.segment.bytes: Value must be at least 14',
  ]);
  assert.deepEqual(await refused(alter([set('log.retention.ms', '5', 2)])), [
    40,
    'Config value append is not allowed for config key: log.retention.ms',
  ]);
  await alter([set('log.retention.bytes', '123456')], true);
  assert.equal(
    (await describe(2, 'dyn', ['retention.bytes']))['retention.bytes']!.configSource,
    5,
    'validate_only stores nothing',
  );
  // APPEND on a list config works from the current value.
  await alter([set('log.cleanup.policy', 'compact', 2)]);
  assert.equal((await describe(2, 'dyn', ['cleanup.policy']))['cleanup.policy']!.value, 'delete,compact');
  await alter([set('log.cleanup.policy', 'compact', 3)]);
  assert.equal((await describe(2, 'dyn', ['cleanup.policy']))['cleanup.policy']!.value, 'delete');
});

test("kafka-python alter_configs on the cluster default ('': legacy, the set replaces the layer); survives a restart", async () => {
  const script = String.raw`
from kafka.admin import KafkaAdminClient, ConfigResource, ConfigResourceType
a = KafkaAdminClient(bootstrap_servers='${tb.bootstrap}')
for configs in [{'log.segment.bytes': '2097152', 'log.retention.ms': '90000'}, {'log.segment.bytes': '3145728'}]:
    r = a.alter_configs([ConfigResource(ConfigResourceType.BROKER, '', configs=configs)]).resources[0]
    assert r[0] == 0, r
a.close()
print('ok')
`;
  const { stdout } = await run(requireTool('python'), ['-c', script], { timeoutMs: 30_000 });
  assert.equal(stdout.trim(), 'ok');
  // kafka-python and @platformatic/kafka cannot describe '' (they route by broker id): raw DescribeConfigs v4.
  const c = await RawClient.connect(tb.port);
  try {
    const r = await c.request(32, 4, {
      resources: [{ resourceType: 4, resourceName: '', configurationKeys: null }],
      includeSynonyms: true,
      includeDocumentation: false,
    });
    const configs = (r.results as { configs: Entry[] }[])[0]!.configs;
    assert.deepEqual(
      configs.map((e) => [e.name, e.value, e.configSource, e.synonyms.map((x) => x.source)]),
      [['log.segment.bytes', '3145728', 3, [3, 5]]],
      "the '' resource lists only the cluster defaults, without the per-broker layer",
    );
  } finally {
    c.close();
  }
  // Per broker (60000, set in the first test) over the cluster default; the default's segment.bytes.
  const t = await describe(2, 'dyn', ['retention.ms', 'segment.bytes']);
  assert.deepEqual([t['retention.ms']!.value, t['retention.ms']!.configSource], ['60000', 2]);
  assert.deepEqual([t['segment.bytes']!.value, t['segment.bytes']!.configSource], ['3145728', 3]);
  assert.deepEqual(
    t['segment.bytes']!.synonyms.map((x) => x.source),
    [3, 5],
  );

  await admin.close();
  await tb.restart();
  admin = new Admin({ clientId: 'dyn-admin2', bootstrapBrokers: [tb.bootstrap] });
  const again = await describe(2, 'dyn', ['retention.ms', 'segment.bytes']);
  assert.deepEqual([again['retention.ms']!.value, again['segment.bytes']!.value], ['60000', '3145728']);
});

test('confluent_kafka alter_configs / describe_configs on the broker', async () => {
  const script = String.raw`
import json
from confluent_kafka.admin import AdminClient, ConfigResource, ConfigSource
a = AdminClient({'bootstrap.servers': '${tb.bootstrap}'})
out = {}
try:
    a.alter_configs([ConfigResource(ConfigResource.Type.BROKER, '${id}', set_config={'auto.create.topics.enable': 'false'})])[ConfigResource(ConfigResource.Type.BROKER, '${id}')].result()
    out['readonly'] = 'accepted'
except Exception as e:
    out['readonly'] = [e.args[0].name(), e.args[0].str()]
res = ConfigResource(ConfigResource.Type.BROKER, '${id}', set_config={'log.retention.ms': '120000'})
a.alter_configs([res])[res].result()
d = a.describe_configs([ConfigResource(ConfigResource.Type.BROKER, '${id}')])
entries = list(d.values())[0].result()
e = entries['log.retention.ms']
src = lambda x: ConfigSource(x).name
out['entry'] = [e.value, src(e.source), e.is_read_only, [[s.name, s.value, src(s.source)] for s in e.synonyms.values()]]
print(json.dumps(out))
`;
  const { stdout } = await run(requireTool('python'), ['-c', script], { timeoutMs: 30_000 });
  const out = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
  assert.deepEqual(out.readonly, [
    'INVALID_REQUEST',
    'Cannot update these configs dynamically: Set(auto.create.topics.enable)',
  ]);
  assert.deepEqual(out.entry, [
    '120000',
    'DYNAMIC_BROKER_CONFIG',
    false,
    [['log.retention.ms', '120000', 'DYNAMIC_BROKER_CONFIG']],
  ]);
});
