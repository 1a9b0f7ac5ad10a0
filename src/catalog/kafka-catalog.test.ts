import assert from 'node:assert/strict';
import { test } from 'node:test';
import { intType } from '../types/index.js';
import { KafkaCatalog } from './kafka-catalog.js';

// No I/O: CREATE TABLE only queues work for applyPending, so lookups can be checked offline.
test('a statement touching clusters of two regions is refused; one region is fine', async () => {
  const cat = new KafkaCatalog('default', [
    { id: 'east_a', bootstrapServers: '127.0.0.1:1', region: 'us-east-1', cloud: 'aws' },
    { id: 'east_b', bootstrapServers: '127.0.0.1:2', region: 'us-east-1', cloud: 'aws' },
    { id: 'west', bootstrapServers: '127.0.0.1:3', region: 'eu-west-1', cloud: 'aws' },
  ]);
  try {
    const t = {
      kind: 'TABLE' as const,
      columns: [{ kind: 'physical' as const, name: 'a', type: intType() }],
      options: {},
    };
    for (const db of ['east_a', 'east_b', 'west']) cat.createObject(db, 't', t);
    assert.deepEqual(cat.listDatabases(), ['east_a', 'east_b', 'west']);
    const created = cat.getObject('east_a', 't');
    assert.equal(created?.kind === 'TABLE' && created.options['kafka.partitions'], '6');
    assert.ok(created?.kind === 'TABLE' && created.columns.some((c) => c.name === '$rowtime'));
    cat.beginStatement();
    cat.getObject('east_a', 't');
    cat.getObject('east_b', 't');
    assert.throws(
      () => cat.getObject('west', 't'),
      /two regions: 'east_a' \(aws\/us-east-1\) and 'west' \(aws\/eu-west-1\)/,
    );
    cat.beginStatement();
    assert.ok(cat.getObject('west', 't'));
    assert.throws(() => cat.createObject('east_a', '__consumer_offsets', t), /reserved/);
    assert.throws(
      () => cat.createObject('east_a', 'bad', { ...t, options: { 'value.format': 'json' } }),
      /not supported on Kafka tables/,
    );
  } finally {
    await cat.close();
  }
});
