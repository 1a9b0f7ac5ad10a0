/**
 * DescribeConfigs synonyms as Kafka lists them for the configs whose broker default lives on
 * another name (LogConfig synonyms): retention.ms ← log.retention.ms / .minutes / .hours (168),
 * segment.ms ← log.roll.ms / log.roll.hours (168), segment.jitter.ms ← log.roll.jitter.hours (0);
 * the broker resource lists every name, the ms forms without a default (null). kafkajs 2.2.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import kafkajs, { type Admin } from 'kafkajs';
import { startTestBroker, type TestBroker } from './test-support/harness.js';

const { Kafka, logLevel, ConfigResourceTypes } = kafkajs;

let plain: TestBroker;
let tuned: TestBroker;
const admins: Admin[] = [];

async function adminOf(tb: TestBroker): Promise<Admin> {
  const a = new Kafka({ brokers: [tb.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
  await a.connect();
  admins.push(a);
  return a;
}

before(async () => {
  plain = await startTestBroker();
  tuned = await startTestBroker({ 'log.retention.hours': 24, 'log.roll.hours': 2 });
});
after(async () => {
  for (const a of admins) await a.disconnect();
  await plain?.stop();
  await tuned?.stop();
});

type Entry = {
  configName: string;
  configValue: string | null;
  configSource: number;
  configSynonyms: unknown[];
};

async function topicEntries(admin: Admin, topic: string, names: string[]): Promise<Record<string, Entry>> {
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
  const d = await admin.describeConfigs({
    includeSynonyms: true,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: names }],
  });
  return Object.fromEntries(d.resources[0]!.configEntries.map((e) => [e.configName, e as unknown as Entry]));
}

const syn = (configName: string, configValue: string, configSource: number) => ({
  configName,
  configValue,
  configSource,
});

test('a broker without settings: the defaults are on log.retention.hours and log.roll.hours', async () => {
  const admin = await adminOf(plain);
  const e = await topicEntries(admin, 'syn-plain', ['retention.ms', 'segment.ms', 'segment.jitter.ms']);
  assert.equal(e['retention.ms']!.configValue, '604800000');
  assert.equal(e['retention.ms']!.configSource, 5);
  assert.deepEqual(e['retention.ms']!.configSynonyms, [syn('log.retention.hours', '168', 5)]);
  assert.deepEqual(e['segment.ms']!.configSynonyms, [syn('log.roll.hours', '168', 5)]);
  assert.deepEqual(e['segment.jitter.ms']!.configSynonyms, [syn('log.roll.jitter.hours', '0', 5)]);
  const b = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [
      {
        type: ConfigResourceTypes.BROKER,
        name: '1',
        configNames: ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours', 'log.roll.hours'],
      },
    ],
  });
  const values = Object.fromEntries(b.resources[0]!.configEntries.map((x) => [x.configName, x.configValue]));
  assert.deepEqual(values, {
    'log.retention.ms': null,
    'log.retention.minutes': null,
    'log.retention.hours': '168',
    'log.roll.hours': '168',
  });
});

test('log.retention.hours / log.roll.hours set on the broker: static source, default after it', async () => {
  const admin = await adminOf(tuned);
  const e = await topicEntries(admin, 'syn-tuned', ['retention.ms', 'segment.ms']);
  assert.equal(e['retention.ms']!.configValue, String(24 * 3600_000));
  assert.equal(e['retention.ms']!.configSource, 4);
  assert.deepEqual(e['retention.ms']!.configSynonyms, [
    syn('log.retention.hours', '24', 4),
    syn('log.retention.hours', '168', 5),
  ]);
  assert.equal(e['segment.ms']!.configValue, String(2 * 3600_000));
  assert.deepEqual(e['segment.ms']!.configSynonyms, [
    syn('log.roll.hours', '2', 4),
    syn('log.roll.hours', '168', 5),
  ]);
  // A topic override comes first, then the broker's.
  await admin.alterConfigs({
    validateOnly: false,
    resources: [
      {
        type: ConfigResourceTypes.TOPIC,
        name: 'syn-tuned',
        configEntries: [{ name: 'retention.ms', value: '5000' }],
      },
    ],
  });
  // (createTopics of an existing topic answers false in kafkajs: the topic is kept as it is.)
  const after = await topicEntries(admin, 'syn-tuned', ['retention.ms']);
  assert.equal(after['retention.ms']!.configSource, 1);
  assert.deepEqual(after['retention.ms']!.configSynonyms, [
    syn('retention.ms', '5000', 1),
    syn('log.retention.hours', '24', 4),
    syn('log.retention.hours', '168', 5),
  ]);
});
