/**
 * kafkajs 2.2 admin calls beyond topics and groups against the broker: the ACL calls fail with
 * SECURITY_DISABLED (no authorizer, as Kafka), partition reassignments on this single node
 * (none in progress; a no-op target succeeds; other brokers are INVALID_REPLICA_ASSIGNMENT;
 * cancelling is NO_REASSIGNMENT_IN_PROGRESS) and deleteTopicRecords beyond the high watermark.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import kafkajs, { type Admin } from 'kafkajs';
import { startTestBroker, type TestBroker } from './test-support/harness.js';

const { Kafka, logLevel, AclResourceTypes, AclOperationTypes, AclPermissionTypes, ResourcePatternTypes } =
  kafkajs;

let tb: TestBroker;
let admin: Admin;

before(async () => {
  tb = await startTestBroker();
  const kafka = new Kafka({ brokers: [tb.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
  admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: 'ra', numPartitions: 2 }] });
});
after(async () => {
  await admin?.disconnect();
  await tb?.stop();
});

interface ClientError {
  type?: string;
  name?: string;
  errors?: ClientError[];
  cause?: ClientError;
  originalError?: ClientError;
  partitions?: { error?: ClientError }[];
}

/** The Kafka error type under kafkajs's wrappers (retries, per-partition lists). */
function errorType(e: ClientError): string {
  const inner = e.originalError ?? e.cause ?? e.errors?.[0] ?? e.partitions?.[0]?.error;
  return e.type ?? (inner ? errorType(inner) : String(e.name));
}

const errType = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'NONE',
    (e: ClientError) => errorType(e),
  );

test('ACL calls answer SECURITY_DISABLED', async () => {
  const filter = {
    resourceType: AclResourceTypes.TOPIC,
    resourceName: 'ra',
    resourcePatternType: ResourcePatternTypes.LITERAL,
    principal: 'User:alice',
    host: '*',
    operation: AclOperationTypes.READ,
    permissionType: AclPermissionTypes.ALLOW,
  };
  assert.equal(await errType(admin.describeAcls(filter)), 'SECURITY_DISABLED');
  assert.equal(await errType(admin.createAcls({ acl: [filter] })), 'SECURITY_DISABLED');
  assert.equal(await errType(admin.deleteAcls({ filters: [filter] })), 'SECURITY_DISABLED');
});

test('partition reassignments on a single broker', async () => {
  assert.deepStrictEqual(await admin.listPartitionReassignments({}), { topics: [] });
  assert.deepStrictEqual(
    await admin.listPartitionReassignments({ topics: [{ topic: 'ra', partitions: [0, 1] }] }),
    { topics: [] },
  );
  await admin.alterPartitionReassignments({
    topics: [{ topic: 'ra', partitionAssignment: [{ partition: 0, replicas: [1] }] }],
  });
  assert.equal(
    await errType(
      admin.alterPartitionReassignments({
        topics: [{ topic: 'ra', partitionAssignment: [{ partition: 1, replicas: [1, 2] }] }],
      }),
    ),
    'INVALID_REPLICA_ASSIGNMENT',
  );
  assert.equal(
    await errType(
      admin.alterPartitionReassignments({
        topics: [{ topic: 'ra', partitionAssignment: [{ partition: 9, replicas: [1] }] }],
      }),
    ),
    'UNKNOWN_TOPIC_OR_PARTITION',
  );
  const md = await admin.fetchTopicMetadata({ topics: ['ra'] });
  assert.deepStrictEqual(
    md.topics[0]!.partitions.map((p) => p.replicas),
    [[1], [1]],
  );
});

test('deleteTopicRecords beyond the high watermark is OFFSET_OUT_OF_RANGE', async () => {
  const producer = new Kafka({ brokers: [tb.bootstrap], logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  try {
    await producer.send({
      topic: 'ra',
      messages: [
        { partition: 0, value: 'a' },
        { partition: 0, value: 'b' },
      ],
    });
  } finally {
    await producer.disconnect();
  }
  assert.equal(
    await errType(admin.deleteTopicRecords({ topic: 'ra', partitions: [{ partition: 0, offset: '5' }] })),
    'OFFSET_OUT_OF_RANGE',
  );
  await admin.deleteTopicRecords({ topic: 'ra', partitions: [{ partition: 0, offset: '1' }] });
  const offsets = await admin.fetchTopicOffsets('ra');
  assert.deepStrictEqual(
    offsets.filter((o) => o.partition === 0).map((o) => [o.low, o.high]),
    [['1', '2']],
  );
});

test('alterConfigs: a resource named twice or a key given twice is INVALID_REQUEST, nothing changes', async () => {
  const { ConfigResourceTypes } = kafkajs;
  const topic = (entries: { name: string; value: string }[]) => ({
    type: ConfigResourceTypes.TOPIC,
    name: 'ra',
    configEntries: entries,
  });
  assert.equal(
    await errType(
      admin.alterConfigs({
        validateOnly: false,
        resources: [
          topic([
            { name: 'retention.ms', value: '1000' },
            { name: 'retention.ms', value: '2000' },
          ]),
        ],
      }),
    ),
    'INVALID_REQUEST',
  );
  assert.equal(
    await errType(
      admin.alterConfigs({
        validateOnly: false,
        resources: [
          topic([{ name: 'retention.ms', value: '1000' }]),
          topic([{ name: 'retention.ms', value: '2000' }]),
        ],
      }),
    ),
    'INVALID_REQUEST',
  );
  const d = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: 'ra', configNames: ['retention.ms'] }],
  });
  const entry = d.resources[0]!.configEntries[0]!;
  assert.equal(entry.isDefault, true, `retention.ms was changed to ${entry.configValue}`);
});
