/**
 * confluent_kafka (librdkafka 2.0.2, Debian's /usr/bin/python3) against the broker: admin
 * operations and their error codes, round trips with keys, headers, timestamps and NULLs for
 * every codec, an idempotent producer without duplicates, watermarks / offsets_for_times /
 * seek, and a two-member group splitting six partitions that resumes from its committed
 * offsets after a broker restart.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONFLUENT_SCRIPT } from './test-support/confluent-client.py.js';
import { requireTool } from '../testing/tools.js';
import { useBrokerScript } from './test-support/harness.js';

const b = useBrokerScript('client.py', CONFLUENT_SCRIPT, () => requireTool('python'));

const py = b.py;

test('admin operations and their error codes', async () => {
  const r = await py('admin');
  assert.deepStrictEqual(r.create, {
    adm1: 'NONE',
    'adm-bad': 'INVALID_PARTITIONS',
    'adm-rf': 'INVALID_REPLICATION_FACTOR',
  });
  assert.equal(r.again, 'TOPIC_ALREADY_EXISTS');
  assert.equal(r.partitions, 'NONE');
  assert.equal(r.shrink, 'INVALID_PARTITIONS');
  assert.equal(r.adm1_partitions, 5);
  assert.equal(r.controller, 1);
  assert.equal(r.retention, '123456');
  assert.equal(r.alter, 'NONE');
  assert.equal(r.retention_after, '999');
  assert.equal(r.delete_unknown, 'UNKNOWN_TOPIC_OR_PART');
  assert.equal(r.delete, 'NONE');
  assert.equal(r.after_delete, false);
});

test('10,000 records with keys, headers, timestamps and NULLs round-trip', async () => {
  assert.deepStrictEqual(await py('roundtrip', 'none', '10000'), {
    left: 0,
    errors: [],
    consumed: 10000,
    distinct: 10000,
    bad: 0,
  });
});

for (const codec of ['gzip', 'snappy', 'lz4', 'zstd']) {
  test(`codec ${codec} round-trips`, async () => {
    assert.deepStrictEqual(await py('roundtrip', codec, '3000'), {
      left: 0,
      errors: [],
      consumed: 3000,
      distinct: 3000,
      bad: 0,
    });
  });
}

test('idempotent producer: every record once, in order', async () => {
  assert.deepStrictEqual(await py('idempotent'), {
    errors: [],
    count: 5000,
    in_order: true,
    contiguous: true,
  });
});

test('watermarks, offsets_for_times and seek', async () => {
  assert.deepStrictEqual(await py('offsets'), {
    low: 0,
    high: 100,
    for_time: 43,
    past_end: -1,
    first: 0,
    after_seek: '77',
  });
});

test(
  'two members split six partitions, then resume from committed offsets after a restart',
  { timeout: 120_000 },
  async () => {
    assert.deepStrictEqual(await py('create', 'six', '6'), { error: 'NONE' });
    assert.deepStrictEqual(await py('produce', 'six', '0', '600'), { left: 0 });
    const g = (await py('group', '600')) as {
      a_parts: number[];
      b_parts: number[];
      assignment: number[][];
      total: number;
      committed: Record<string, number>;
    };
    assert.equal(g.total, 600);
    assert.equal(g.assignment[0]!.length, 3, `assignment ${JSON.stringify(g.assignment)}`);
    assert.equal(g.assignment[1]!.length, 3);
    assert.deepStrictEqual([...g.assignment[0]!, ...g.assignment[1]!].sort(), [0, 1, 2, 3, 4, 5]);
    assert.equal(
      Object.values(g.committed).reduce((a, b) => a + b, 0),
      600,
    );
    await b.tb.restart();
    assert.deepStrictEqual(await py('produce', 'six', '600', '50'), { left: 0 });
    const r = (await py('resume', '50')) as { values: string[]; extra: number };
    assert.deepStrictEqual(r.values, Array.from({ length: 50 }, (_, i) => String(600 + i)).sort());
    assert.equal(r.extra, 0);
  },
);

test('a static member (group.instance.id) restarts and resumes its partitions', async () => {
  assert.deepStrictEqual(await py('create', 'stat', '2'), { error: 'NONE' });
  assert.deepStrictEqual(await py('produce', 'stat', '0', '20'), { left: 0 });
  const r = await py('static');
  assert.deepStrictEqual(r, {
    first: 20,
    second: Array.from({ length: 10 }, (_, i) => 20 + i),
    assignment: 2,
  });
});
