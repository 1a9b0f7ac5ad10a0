/**
 * Admin changes to a group's offsets through @platformatic/kafka (OffsetCommit v9 with
 * generation -1 and no member id; OffsetDelete), as Kafka's classic group
 * (ClassicGroup.validateOffsetCommit, OffsetMetadataManager.deleteOffsets):
 * - while the group has members (Stable): alterConsumerGroupOffsets is UNKNOWN_MEMBER_ID (an
 *   admin commit is accepted only by an Empty group) and deleteConsumerGroupOffsets of a
 *   subscribed topic GROUP_SUBSCRIBED_TO_TOPIC, per partition, and nothing changes;
 * - once the members left (Empty): both succeed; a partition the topic lacks is
 *   UNKNOWN_TOPIC_OR_PARTITION.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Admin, Consumer, stringDeserializers } from '@platformatic/kafka';
import { startTestBroker, type TestBroker } from './test-support/harness.js';

let tb: TestBroker;
let admin: Admin;

before(async () => {
  tb = await startTestBroker();
  admin = new Admin({ clientId: 'goa-admin', bootstrapBrokers: [tb.bootstrap] });
  await admin.createTopics({ topics: ['goa'], partitions: 2, replicas: 1 });
});
after(async () => {
  await admin?.close();
  await tb?.stop();
});

/** The per-partition error codes of a refused call's (last) response. */
async function partitionErrors(p: Promise<unknown>): Promise<number[]> {
  try {
    await p;
  } catch (err) {
    type R = { topics: { partitions: { errorCode: number }[] }[] };
    const e = (err as { errors?: { response?: R; errors?: { response?: R }[] }[] }).errors?.[0];
    const r = e?.response ?? e?.errors?.at(-1)?.response;
    if (r) return r.topics.flatMap((t) => t.partitions.map((x) => x.errorCode));
    throw err;
  }
  assert.fail('the call succeeded');
}

async function committed(): Promise<[number, bigint][]> {
  const [g] = await admin.listConsumerGroupOffsets({ groups: ['goa-g'] });
  return (g?.topics ?? [])
    .flatMap((t) => t.partitions.map((p): [number, bigint] => [p.partitionIndex, p.committedOffset]))
    .sort((a, b) => a[0] - b[0]);
}

test('alter / delete offsets of a Stable group are refused; of an Empty group applied', async () => {
  await admin.alterConsumerGroupOffsets({
    groupId: 'goa-g',
    topics: [
      {
        name: 'goa',
        partitionOffsets: [
          { partition: 0, offset: 3n },
          { partition: 1, offset: 4n },
        ],
      },
    ],
  });
  assert.deepEqual(await committed(), [
    [0, 3n],
    [1, 4n],
  ]);

  const consumer = new Consumer({
    clientId: 'goa-c',
    groupId: 'goa-g',
    bootstrapBrokers: [tb.bootstrap],
    deserializers: stringDeserializers,
    maxWaitTime: 200,
    autocommit: false,
  });
  const stream = await consumer.consume({ topics: ['goa'], mode: 'committed' });
  try {
    const deadline = Date.now() + 15_000;
    let state = '';
    while (state !== 'STABLE' && Date.now() < deadline) {
      const groups = await admin.describeGroups({ groups: ['goa-g'] });
      state = [...groups.values()][0]?.state ?? '';
      if (state !== 'STABLE') await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(state, 'STABLE');
    assert.deepEqual(
      await partitionErrors(
        admin.alterConsumerGroupOffsets({
          groupId: 'goa-g',
          topics: [{ name: 'goa', partitionOffsets: [{ partition: 0, offset: 9n }] }],
        }),
      ),
      [25],
      'UNKNOWN_MEMBER_ID',
    );
    assert.deepEqual(
      await partitionErrors(
        admin.deleteConsumerGroupOffsets({
          groupId: 'goa-g',
          topics: [{ name: 'goa', partitionIndexes: [0, 1] }],
        }),
      ),
      [86, 86],
      'GROUP_SUBSCRIBED_TO_TOPIC',
    );
    assert.deepEqual(await committed(), [
      [0, 3n],
      [1, 4n],
    ]);
  } finally {
    await stream.close();
    await consumer.close();
  }

  await admin.alterConsumerGroupOffsets({
    groupId: 'goa-g',
    topics: [{ name: 'goa', partitionOffsets: [{ partition: 0, offset: 9n }] }],
  });
  await admin.deleteConsumerGroupOffsets({
    groupId: 'goa-g',
    topics: [{ name: 'goa', partitionIndexes: [1] }],
  });
  assert.deepEqual(await committed(), [[0, 9n]]);
  assert.deepEqual(
    await partitionErrors(
      admin.alterConsumerGroupOffsets({
        groupId: 'goa-g',
        topics: [{ name: 'goa', partitionOffsets: [{ partition: 7, offset: 1n }] }],
      }),
    ),
    [3],
    'UNKNOWN_TOPIC_OR_PARTITION',
  );
});
