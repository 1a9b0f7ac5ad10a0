/**
 * kafkajs 2.2.4's consumer and admin features beyond a plain eachMessage loop: eachBatch with
 * resolveOffset / heartbeat / commitOffsetsIfNecessary and eachBatchAutoResolve off, pause and
 * resume of one partition, seek back to offset 0 while running, autoCommitInterval; five
 * members joining at once with three leaving while a sixth joins; deleteTopicRecords followed
 * by earliest offsets, a consumer from the beginning and offsets by timestamp; a record written
 * with timestamp -1 reads back with -1, as Kafka keeps NO_TIMESTAMP on a CreateTime topic;
 * describeCluster, setOffsets / resetOffsets (resolved), deleteGroups refused while members run.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import kafkajs, { type Admin, type Consumer, type Producer } from 'kafkajs';
import { startTestBroker, type TestBroker } from './test-support/harness.js';

const { Kafka, logLevel } = kafkajs;

let tb: TestBroker;
let kafka: InstanceType<typeof Kafka>;
let admin: Admin;
let producer: Producer;
const consumers: Consumer[] = [];

before(async () => {
  tb = await startTestBroker({ 'group.min.session.timeout.ms': 1000 });
  kafka = new Kafka({ brokers: [tb.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 5 } });
  admin = kafka.admin();
  await admin.connect();
  producer = kafka.producer();
  await producer.connect();
});
after(async () => {
  for (const c of consumers) await c.disconnect().catch(() => undefined);
  await producer?.disconnect();
  await admin?.disconnect();
  await tb?.stop();
});

function consumer(groupId: string, extra: Partial<Parameters<typeof kafka.consumer>[0]> = {}): Consumer {
  const c = kafka.consumer({
    groupId,
    sessionTimeout: 6000,
    heartbeatInterval: 300,
    rebalanceTimeout: 6000,
    maxWaitTimeInMs: 500,
    ...extra,
  });
  consumers.push(c);
  return c;
}

async function until(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function fill(topic: string, partitions: number, count: number): Promise<void> {
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions }] });
  await producer.send({
    topic,
    messages: Array.from({ length: count }, (_, i) => ({ value: String(i), partition: i % partitions })),
  });
}

test('eachBatch with manual resolveOffset, pause/resume, then a seek to 0 while running', async () => {
  await admin.createTopics({ topics: [{ topic: 'kjb', numPartitions: 3 }] });
  // Thirty sends of ten records: ten batches per partition, so a pause lands mid-partition.
  for (let s = 0; s < 30; s++) {
    await producer.send({
      topic: 'kjb',
      messages: Array.from({ length: 10 }, (_, k) => ({
        value: String(s * 10 + k),
        partition: (s * 10 + k) % 3,
      })),
    });
  }
  const c = consumer('kjb-g', { maxBytesPerPartition: 200 });
  await c.connect();
  await c.subscribe({ topic: 'kjb', fromBeginning: true });
  const perPartition = [new Set<number>(), new Set<number>(), new Set<number>()];
  let total = 0;
  let pausedSeen = 0;
  let paused = false;
  let pausedAt = 0;
  let resumed = false;
  await c.run({
    autoCommitInterval: 100,
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
      for (const m of batch.messages) {
        if (!isRunning() || isStale()) break;
        // Batches fetched before the pause may still be handed out; later ones must not.
        if (paused && batch.partition === 1 && Date.now() - pausedAt > 300) pausedSeen++;
        perPartition[batch.partition]!.add(Number(m.value!.toString()));
        total++;
        resolveOffset(m.offset);
        await heartbeat();
      }
      await commitOffsetsIfNecessary();
      if (!paused && !resumed && total >= 30) {
        paused = true;
        pausedAt = Date.now();
        c.pause([{ topic: 'kjb', partitions: [1] }]);
        setTimeout(() => {
          paused = false;
          resumed = true;
          c.resume([{ topic: 'kjb', partitions: [1] }]);
        }, 700);
      }
    },
  });
  await until(() => resumed && perPartition.every((s) => s.size === 100), 30_000, 'all 300 records');
  assert.equal(pausedSeen, 0, 'no batch of the paused partition was delivered');
  // A seek outside eachBatch (inside it, kafkajs lets the batch's resolved offset win).
  const before = total;
  c.seek({ topic: 'kjb', partition: 0, offset: '0' });
  await until(() => total >= before + 100, 20_000, 'partition 0 read again after the seek');
  await new Promise((r) => setTimeout(r, 500));
  await c.stop();
  const offsets = await admin.fetchOffsets({ groupId: 'kjb-g', topics: ['kjb'] });
  assert.deepEqual(
    offsets[0]!.partitions.map((p) => p.offset),
    ['100', '100', '100'],
  );
});

test('five members join at once, three leave while a sixth joins: every record delivered', async () => {
  await fill('kjc', 6, 600);
  const seen = new Set<string>();
  const start = async () => {
    const c = consumer('kjc-g');
    await c.connect();
    await c.subscribe({ topic: 'kjc', fromBeginning: true });
    await c.run({
      eachMessage: async ({ message }) => {
        seen.add(message.value!.toString());
        await new Promise((r) => setTimeout(r, 2));
      },
    });
    return c;
  };
  const first = await Promise.all([start(), start(), start(), start(), start()]);
  await new Promise((r) => setTimeout(r, 300));
  await Promise.all([first[1]!.disconnect(), first[2]!.disconnect(), first[3]!.disconnect()]);
  await start();
  await until(() => seen.size === 600, 40_000, '600 records');
  let group = (await admin.describeGroups(['kjc-g'])).groups[0]!;
  for (let i = 0; i < 100 && (group.state !== 'Stable' || group.members.length !== 3); i++) {
    await new Promise((r) => setTimeout(r, 100));
    group = (await admin.describeGroups(['kjc-g'])).groups[0]!;
  }
  assert.equal(group.state, 'Stable');
  assert.equal(group.members.length, 3);
});

test('deleteTopicRecords moves the earliest offset; consumers and offsets by time start there', async () => {
  await admin.createTopics({ topics: [{ topic: 'kjd', numPartitions: 1 }] });
  await producer.send({
    topic: 'kjd',
    messages: Array.from({ length: 10 }, (_, i) => ({
      value: `v${i}`,
      timestamp: String(1_600_000_000_000 + i),
    })),
  });
  await producer.send({ topic: 'kjd', messages: [{ value: 'no-time', timestamp: '-1' }] });
  // kafkajs finds the partition leader from cached metadata, which fetchTopicOffsets fills.
  await admin.fetchTopicOffsets('kjd');
  await admin.deleteTopicRecords({ topic: 'kjd', partitions: [{ partition: 0, offset: '4' }] });
  assert.deepEqual(await admin.fetchTopicOffsets('kjd'), [
    { partition: 0, offset: '11', high: '11', low: '4' },
  ]);
  assert.deepEqual(await admin.fetchTopicOffsetsByTimestamp('kjd', 1_600_000_000_002), [
    { partition: 0, offset: '4' },
  ]);
  const c = consumer('kjd-g');
  await c.connect();
  await c.subscribe({ topic: 'kjd', fromBeginning: true });
  const got: [string, string, string][] = [];
  await c.run({
    eachMessage: async ({ message }) => {
      got.push([message.offset, message.value!.toString(), message.timestamp]);
    },
  });
  await until(() => got.length === 7, 20_000, '7 records');
  await c.stop();
  assert.deepEqual(got[0], ['4', 'v4', '1600000000004']);
  assert.deepEqual(got[6], ['10', 'no-time', '-1']);
});

test('admin offsets of a group: setOffsets, resetOffsets, refused while members run, deleteGroups', async () => {
  const cluster = await admin.describeCluster();
  assert.deepEqual(cluster.brokers, [{ nodeId: 1, host: '127.0.0.1', port: tb.port }]);
  assert.equal(cluster.controller, 1);
  await fill('kje', 2, 20);
  await admin.setOffsets({
    groupId: 'kje-g',
    topic: 'kje',
    partitions: [
      { partition: 0, offset: '3' },
      { partition: 1, offset: '5' },
    ],
  });
  const set = await admin.fetchOffsets({ groupId: 'kje-g', topics: ['kje'] });
  assert.deepEqual(
    set[0]!.partitions.map((p) => p.offset),
    ['3', '5'],
  );
  await admin.resetOffsets({ groupId: 'kje-g', topic: 'kje', earliest: true });
  const reset = await admin.fetchOffsets({ groupId: 'kje-g', topics: ['kje'], resolveOffsets: true });
  assert.deepEqual(
    reset[0]!.partitions.map((p) => p.offset),
    ['0', '0'],
  );
  const c = consumer('kje-g');
  await c.connect();
  await c.subscribe({ topic: 'kje' });
  let n = 0;
  await c.run({
    eachMessage: async () => {
      n++;
    },
  });
  await until(() => n === 20, 20_000, '20 records from the reset offsets');
  await assert.rejects(
    admin.deleteGroups(['kje-g']),
    (err: Error & { groups?: { error?: { type?: string } }[] }) => {
      assert.equal(err.groups?.[0]?.error?.type, 'NON_EMPTY_GROUP');
      return true;
    },
  );
  await c.disconnect();
  assert.deepEqual(await admin.deleteGroups(['kje-g']), [{ groupId: 'kje-g', errorCode: 0 }]);
});
