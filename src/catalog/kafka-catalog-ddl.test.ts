/**
 * DDL through the Kafka catalog over the embedded broker: one admin connection and one
 * `_eddy_tables` producer serve every statement of a catalog, also after the broker closed them
 * as idle (connections.max.idle.ms), and definitions read back in a fresh catalog.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPlatformInProcess, type TestPlatform } from '../testing/platform.js';
import { KafkaClient } from '../kafka/client/index.js';
import { intType } from '../types/index.js';
import { KafkaCatalog } from './kafka-catalog.js';

let platform: TestPlatform;
let cluster: { id: string; bootstrapServers: string; registryUrl: string };

before(async () => {
  platform = await startPlatformInProcess({
    components: ['broker', 'registry'],
    broker: { 'connections.max.idle.ms': 400 } as never,
  });
  cluster = {
    id: 'c',
    bootstrapServers: platform.endpoints['broker']!.url,
    registryUrl: platform.endpoints['registry']!.url,
  };
});
after(async () => {
  await platform?.stop();
});

const table = {
  kind: 'TABLE' as const,
  columns: [{ kind: 'physical' as const, name: 'a', type: intType() }],
  options: {},
};

test('CREATE and DROP across idle disconnects, read back by a fresh catalog', async () => {
  const cat = new KafkaCatalog('default', [cluster]);
  try {
    await cat.refresh();
    cat.beginStatement();
    cat.createObject('c', 'ddl_one', table);
    await cat.applyPending();
    // The broker drops idle connections after 400 ms: the kept admin and producer reconnect.
    await sleep(1200);
    cat.beginStatement();
    cat.createObject('c', 'ddl_two', table);
    await cat.applyPending();
    await sleep(1200);
    cat.beginStatement();
    cat.dropObject('c', 'ddl_one');
    await cat.applyPending();
  } finally {
    await cat.close();
  }
  const fresh = new KafkaCatalog('default', [cluster]);
  try {
    await fresh.refresh();
    assert.equal(fresh.getObject('c', 'ddl_one'), undefined);
    const two = fresh.getObject('c', 'ddl_two');
    assert.equal(two?.kind, 'TABLE');
    assert.equal(two?.kind === 'TABLE' && two.options['kafka.partitions'], '6');
  } finally {
    await fresh.close();
  }
});

test("'kafka.partitions' without a bucket count sets the topic's partitions; DISTRIBUTED INTO n BUCKETS wins", async () => {
  const cat = new KafkaCatalog('default', [cluster]);
  try {
    await cat.refresh();
    cat.beginStatement();
    cat.createObject('c', 'parts_three', { ...table, options: { 'kafka.partitions': '3' } });
    cat.createObject('c', 'parts_buckets', {
      ...table,
      options: { 'kafka.partitions': '3' },
      distribution: { algorithm: 'HASH', columns: ['a'], buckets: 2 },
    });
    cat.createObject('c', 'parts_keyed', {
      ...table,
      options: { 'kafka.partitions': '4' },
      distribution: { algorithm: 'HASH', columns: ['a'] },
    });
    for (const bad of ['0', 'six', '2.5', ''])
      assert.throws(
        () => cat.createObject('c', 'parts_bad', { ...table, options: { 'kafka.partitions': bad } }),
        new RegExp(`option 'kafka.partitions' of table 'parts_bad': '${bad}' is not a number of partitions`),
      );
    await cat.applyPending();
    const kafka = new KafkaClient({ bootstrapServers: cluster.bootstrapServers });
    try {
      const md = await (
        await kafka.admin()
      ).metadata({ topics: ['parts_three', 'parts_buckets', 'parts_keyed'] });
      assert.deepEqual(
        ['parts_three', 'parts_buckets', 'parts_keyed'].map((n) => md.topics.get(n)?.partitionsCount),
        [3, 2, 4],
      );
    } finally {
      await kafka.close();
    }
    const three = cat.getObject('c', 'parts_three');
    assert.ok(three?.kind === 'TABLE');
    assert.equal(three.options['kafka.partitions'], '3');
    assert.equal(three.distribution?.buckets, 3);
  } finally {
    await cat.close();
  }
});
