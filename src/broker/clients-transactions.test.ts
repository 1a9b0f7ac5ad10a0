/**
 * Transactions with a real client (confluent_kafka / librdkafka 2.0.2): a consume-transform-
 * produce transaction over several topics and partitions with send_offsets_to_transaction,
 * an aborted one, read_committed vs read_uncommitted, zombie fencing, and a killed producer's open
 * transaction aborted by the timeout (a restart aborts it at once: txn-restart.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { useBrokerScript } from './test-support/harness.js';
import { TXN_SCRIPT } from './test-support/txn-client.py.js';
import { buildRecordBatch } from '../kafka/record-batch/index.js';

const b = useBrokerScript(
  'txn.py',
  TXN_SCRIPT,
  () => requireTool('python'),
  {
    'num.partitions': 1,
    'transaction.state.log.num.partitions': 3,
    'transaction.abort.timed.out.transaction.cleanup.interval.ms': 500,
  },
  58_000,
);

const py = b.py;

const range = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

test('consume-transform-produce: commit with offsets, abort, read_committed vs read_uncommitted', async () => {
  const logs = (b.tb.broker as unknown as { logs: import('./storage/types.js').LogManager }).logs;
  await logs.createTopic('in', 1);
  await logs.createTopic('tA', 3);
  await logs.createTopic('tB', 2);
  await logs
    .partition('in', 0)
    .append(await buildRecordBatch({ records: range(10, 'v').map((v) => ({ value: Buffer.from(v) })) }));
  const r = await py('eos');
  assert.equal(r.consumed, 10);
  const committed = [...range(10, 'c-v'), ...range(5, 'd-')].sort();
  assert.deepStrictEqual(r.committed, committed);
  assert.deepStrictEqual(r.uncommitted, [...committed, ...range(20, 'a-')].sort());
  assert.deepStrictEqual(r.tB, range(10, 'c-v').sort());
  assert.deepStrictEqual(r.offsets, [10]);
});

test('a second producer with the same transactional.id fences the first', async () => {
  const r = await py('fence');
  // librdkafka reports the broker's PRODUCER_FENCED as its local fatal _FENCED.
  assert.ok(
    ['_FENCED', 'PRODUCER_FENCED', 'INVALID_PRODUCER_EPOCH'].includes(String(r.zombie)),
    String(r.zombie),
  );
  assert.equal(r.fatal, true);
  assert.deepStrictEqual(r.committed, ['new-1']);
  assert.deepStrictEqual(r.uncommitted, ['new-1', 'zombie-1']);
});

test('an abandoned transaction is aborted after transaction.timeout.ms', async () => {
  const open = await py('hang', '4000');
  assert.equal(open.open, true);
  // No restart here: a restart aborts open transactions by itself (txn-restart.test.ts).
  const r = await py('after-hang');
  assert.deepStrictEqual(r.committed, ['plain-1']);
  assert.deepStrictEqual(r.uncommitted, ['open-1', 'plain-1']);
  assert.ok((r.seconds as number) < 20, `read_committed waited ${String(r.seconds)} s`);
});
