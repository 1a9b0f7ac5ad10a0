/**
 * The Kafka-backed registry against the embedded broker: records in `_schemas` in Confluent's
 * format, state rebuilt on restart, two registries on one topic agree and followers forward
 * writes to the elected leader.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KafkaClient } from '../kafka/client/index.js';
import { http } from './test/harness.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBrokerComponent } from '../broker/index.js';
import type { Component, ComponentEndpoint } from '../common/component.js';
import { createRootLogger } from '../common/logger.js';
import { createRegistryComponent } from './index.js';

/** The embedded broker and registries in this process, in a temp dir. */
export interface Cluster {
  dir: string;
  broker: ComponentEndpoint;
  startRegistry(
    settings?: Record<string, string | number | boolean>,
  ): Promise<{ url: string; component: Component }>;
  close(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-registry-'));
  const logger = createRootLogger({
    level: (process.env.EDDY_TEST_LOG_LEVEL as 'info' | undefined) ?? 'silent',
  });
  const signal = new AbortController().signal;
  const brokerComponent = createBrokerComponent({ host: '127.0.0.1', port: 0 });
  const started: Component[] = [];
  const broker = (await brokerComponent.start({
    logger,
    dataDir: dir,
    endpoints: {},
    signal,
  })) as ComponentEndpoint;
  return {
    dir,
    broker,
    async startRegistry(settings = {}) {
      const component = createRegistryComponent({ host: '127.0.0.1', port: 0, settings });
      started.push(component);
      const ep = (await component.start({
        logger,
        dataDir: dir,
        endpoints: { broker },
        signal,
      })) as ComponentEndpoint;
      return { url: ep.url, component };
    },
    async close() {
      for (const c of started.reverse()) await c.stop().catch(() => undefined);
      await brokerComponent.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe('registry on the embedded broker', { timeout: 60_000 }, () => {
  let cluster: Cluster;
  before(async () => {
    cluster = await startCluster();
  });
  after(async () => cluster?.close());

  it('stores every change in _schemas as Confluent does and rebuilds on restart', async () => {
    const a = await cluster.startRegistry();
    assert.deepEqual((await http(a.url, 'POST', '/subjects/t-value/versions', { schema: '"string"' })).body, {
      id: 1,
    });
    assert.deepEqual(
      (
        await http(a.url, 'POST', '/subjects/t-key/versions', {
          schema: '{"type":"object"}',
          schemaType: 'JSON',
        })
      ).body,
      { id: 2 },
    );
    assert.equal((await http(a.url, 'PUT', '/config/t-value', { compatibility: 'FULL' })).status, 200);
    assert.equal((await http(a.url, 'PUT', '/mode/t-key', { mode: 'READONLY' })).status, 200);
    assert.equal((await http(a.url, 'DELETE', '/subjects/t-value')).status, 200);

    // Read the topic with an independent reader and check Confluent's key/value format.
    const client = new KafkaClient({ bootstrapServers: cluster.broker.url });
    const seen: { key: string; value: string | null }[] = [];
    const reader = await client.readPartition('_schemas', 0, 0n, (rs) => {
      for (const r of rs)
        seen.push({
          key: r.key!.toString(),
          value: r.value && r.value.length > 0 ? r.value.toString() : null,
        });
    });
    for (let i = 0; i < 50 && seen.length < 5; i++) await new Promise((r) => setTimeout(r, 100));
    await reader.close();
    await client.close();
    assert.deepEqual(
      seen.map((s) => JSON.parse(s.key)),
      [
        { keytype: 'SCHEMA', subject: 't-value', version: 1, magic: 1 },
        { keytype: 'SCHEMA', subject: 't-key', version: 1, magic: 1 },
        { keytype: 'CONFIG', subject: 't-value', magic: 0 },
        { keytype: 'MODE', subject: 't-key', magic: 0 },
        { keytype: 'DELETE_SUBJECT', subject: 't-value', magic: 0 },
      ],
    );
    assert.deepEqual(JSON.parse(seen[0]!.value!), {
      subject: 't-value',
      version: 1,
      id: 1,
      schema: '"string"',
      deleted: false,
    });
    assert.deepEqual(JSON.parse(seen[1]!.value!), {
      subject: 't-key',
      version: 1,
      id: 2,
      schemaType: 'JSON',
      schema: '{"type":"object"}',
      deleted: false,
    });
    assert.deepEqual(JSON.parse(seen[2]!.value!), { compatibilityLevel: 'FULL' });
    assert.deepEqual(JSON.parse(seen[3]!.value!), { mode: 'READONLY' });
    assert.deepEqual(JSON.parse(seen[4]!.value!), { subject: 't-value', version: 1 });

    await a.component.stop();
    const b = await cluster.startRegistry();
    assert.deepEqual((await http(b.url, 'GET', '/subjects')).body, ['t-key']);
    assert.deepEqual((await http(b.url, 'GET', '/subjects?deleted=true')).body, ['t-key', 't-value']);
    assert.deepEqual((await http(b.url, 'GET', '/config/t-value')).body, { compatibilityLevel: 'FULL' });
    assert.deepEqual((await http(b.url, 'GET', '/mode/t-key')).body, { mode: 'READONLY' });
    // Ids continue after the highest one in the topic.
    assert.deepEqual((await http(b.url, 'POST', '/subjects/u/versions', { schema: '"long"' })).body, {
      id: 3,
    });
    await b.component.stop();
  });

  it('two registries on one topic: one leader, the follower forwards writes, both agree', async () => {
    const one = await cluster.startRegistry({ 'schema.registry.group.id': 'pair' });
    const two = await cluster.startRegistry({ 'schema.registry.group.id': 'pair' });
    // Wait for the group to settle with both members (the second join triggers a rebalance).
    let roles: string[] = [];
    for (let i = 0; i < 100; i++) {
      roles = [one, two].map((r) => r.component.health().detail ?? '');
      if (
        roles.filter((d) => d.endsWith('leader')).length === 1 &&
        roles.some((d) => /follower of http/.test(d))
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(roles.filter((d) => d.endsWith('leader')).length, 1, roles.join(' | '));
    const follower = roles[0]!.endsWith('leader') ? two : one;
    const leader = follower === one ? two : one;
    const reg = await http(follower.url, 'POST', '/subjects/pair-a/versions', { schema: '"bytes"' });
    assert.equal(reg.status, 200, reg.text);
    const id = (reg.body as { id: number }).id;
    // Read-your-writes on the follower, and the leader sees the same id.
    assert.deepEqual((await http(follower.url, 'GET', `/schemas/ids/${id}`)).body, { schema: '"bytes"' });
    assert.deepEqual((await http(leader.url, 'GET', '/subjects/pair-a/versions/1')).body, {
      subject: 'pair-a',
      version: 1,
      id,
      schema: '"bytes"',
    });
    const reg2 = await http(leader.url, 'POST', '/subjects/pair-b/versions', { schema: '"boolean"' });
    assert.deepEqual((await http(follower.url, 'POST', '/subjects/pair-b', { schema: '"boolean"' })).body, {
      subject: 'pair-b',
      version: 1,
      id: (reg2.body as { id: number }).id,
      schema: '"boolean"',
    });

    // The leader stops: the follower takes over (the group rebalances) and takes writes itself.
    await leader.component.stop();
    let detail = '';
    for (let i = 0; i < 200; i++) {
      detail = follower.component.health().detail ?? '';
      if (detail.endsWith('leader')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(detail, /leader$/);
    const reg3 = await http(follower.url, 'POST', '/subjects/pair-c/versions', { schema: '"float"' });
    assert.equal(reg3.status, 200, reg3.text);
    // Ids continue after everything the old leader allocated.
    assert.ok((reg3.body as { id: number }).id > (reg2.body as { id: number }).id);
  });
});
