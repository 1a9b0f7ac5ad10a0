/**
 * KafkaClient.describeTopicConfigs: one DescribeConfigs request (light client) for several
 * topics against Eddy's broker; an unknown topic is its own error entry, not a failed call; the
 * values match what librdkafka's AdminClient (confluent_kafka) reads for the same topics.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createBrokerComponent } from '../../broker/index.js';
import type { Component, ComponentEndpoint } from '../../common/component.js';
import { createRootLogger } from '../../common/logger.js';
import { runPython } from '../../testing/tools.js';
import { KafkaClient } from './index.js';

const python = runPython;

describe('describeTopicConfigs', { timeout: 60_000 }, () => {
  let dir: string;
  let broker: Component;
  let bootstrap: string;
  let kafka: KafkaClient;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eddy-describe-configs-'));
    broker = createBrokerComponent({ host: '127.0.0.1', port: 0 });
    const ep = (await broker.start({
      logger: createRootLogger({ level: 'silent' }),
      dataDir: dir,
      endpoints: {},
      signal: new AbortController().signal,
    })) as ComponentEndpoint;
    bootstrap = `${ep.host}:${ep.port}`;
    kafka = new KafkaClient({ bootstrapServers: bootstrap });
    await kafka.ensureTopic('dc_compact', {
      configs: { 'cleanup.policy': 'compact', 'min.compaction.lag.ms': '3600000' },
    });
    await kafka.ensureTopic('dc_plain', { configs: { 'retention.ms': '-1' } });
  });
  after(async () => {
    await kafka?.close();
    await broker?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers every topic in one call, an unknown one with its own error', async () => {
    const r = await kafka.describeTopicConfigs(['dc_compact', 'dc_plain', 'dc_missing']);
    assert.deepEqual([...r.keys()].sort(), ['dc_compact', 'dc_missing', 'dc_plain']);
    const compact = r.get('dc_compact')!.configs!;
    assert.equal(compact['cleanup.policy'], 'compact');
    assert.equal(compact['min.compaction.lag.ms'], '3600000');
    const plain = r.get('dc_plain')!.configs!;
    assert.equal(plain['cleanup.policy'], 'delete');
    assert.equal(plain['retention.ms'], '-1');
    assert.ok(plain['max.message.bytes'], 'defaults are reported too');
    const missing = r.get('dc_missing')!;
    assert.equal(missing.configs, undefined);
    assert.match(missing.error!.message, /configs of topic dc_missing.*UNKNOWN_TOPIC_OR_PARTITION/);
    assert.deepEqual(await kafka.describeTopicConfigs([]), new Map());
  });

  it("reads the same values as librdkafka's AdminClient", async () => {
    const names = [
      'cleanup.policy',
      'retention.ms',
      'retention.bytes',
      'max.message.bytes',
      'min.compaction.lag.ms',
    ];
    const out = await python(`
import json
from confluent_kafka.admin import AdminClient, ConfigResource
a = AdminClient({"bootstrap.servers": "${bootstrap}"})
res = {}
for r, f in a.describe_configs([ConfigResource(ConfigResource.Type.TOPIC, t) for t in ["dc_compact", "dc_plain"]]).items():
    c = f.result()
    res[r.name] = {n: c[n].value for n in ${JSON.stringify(names)}}
print(json.dumps(res))
`);
    const theirs = JSON.parse(out) as Record<string, Record<string, string>>;
    const ours = await kafka.describeTopicConfigs(['dc_compact', 'dc_plain']);
    for (const t of ['dc_compact', 'dc_plain']) {
      const mine = Object.fromEntries(names.map((n) => [n, ours.get(t)!.configs![n]]));
      assert.deepEqual(mine, theirs[t], t);
    }
  });

  it('reconnects after the connection is lost', async () => {
    const light = (kafka as unknown as { light: { connections: Map<string, Promise<{ close(): void }>> } })
      .light;
    for (const c of light.connections.values()) (await c).close();
    const r = await kafka.describeTopicConfigs(['dc_compact']);
    assert.equal(r.get('dc_compact')!.configs!['cleanup.policy'], 'compact');
  });
});
