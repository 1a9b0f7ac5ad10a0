/**
 * DescribeProducers (61), DescribeClientQuotas (48) and AlterClientQuotas (49) against a live
 * broker: @platformatic/kafka's admin quota calls, raw requests at every version for Kafka's
 * validation errors and match types, quotas kept across a restart, and a kafkajs transactional
 * producer seen by DescribeProducers while its transaction is open.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Admin } from '@platformatic/kafka';
import kafkajs from 'kafkajs';
import type { Struct } from '../kafka/protocol/codec.js';
import { ErrorCode } from '../kafka/protocol/error-codes.js';
import { advertisedVersions } from './protocol/registry.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';
import { run } from './test-support/run.js';
import { requireTool } from '../testing/tools.js';

const { Kafka, logLevel } = kafkajs;
const arr = (v: unknown) => v as Struct[];

let tb: TestBroker;
let c: RawClient;

before(async () => {
  tb = await startTestBroker({ 'transaction.state.log.num.partitions': 3 });
  c = await RawClient.connect(tb.port);
});
after(async () => {
  c?.close();
  await tb?.stop();
});

type Entity = [string, string | null][];
const entity = (e: Entity) => e.map(([entityType, entityName]) => ({ entityType, entityName }));

async function alter(
  entries: { entity: Entity; ops: { key: string; value?: number; remove?: boolean }[] }[],
  validateOnly = false,
  version = 1,
): Promise<Struct[]> {
  const r = await c.request(49, version, {
    entries: entries.map((e) => ({
      entity: entity(e.entity),
      ops: e.ops.map((o) => ({ key: o.key, value: o.value ?? 0, remove: o.remove ?? false })),
    })),
    validateOnly,
  });
  return arr(r.entries);
}

async function describe(
  components: { entityType: string; matchType: number; match?: string | null }[],
  strict = false,
  version = 1,
): Promise<Struct> {
  return c.request(48, version, {
    components: components.map((x) => ({ ...x, match: x.match ?? null })),
    strict,
  });
}

/** Entries as sorted "type=name,..|key=value,.." strings, order-free. */
function flat(entries: unknown): string[] {
  return arr(entries)
    .map((e) => {
      const ent = arr(e.entity)
        .map((d) => `${d.entityType as string}=${(d.entityName as string | null) ?? '<default>'}`)
        .sort()
        .join(',');
      const vals = arr(e.values)
        .map((v) => `${v.key as string}=${v.value as number}`)
        .sort()
        .join(',');
      return `${ent}|${vals}`;
    })
    .sort();
}

test('ApiVersions advertises DescribeClientQuotas 0-1, AlterClientQuotas 0-1, DescribeProducers 0 (Kafka 3.9)', async () => {
  const r = await c.request(18, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' });
  const byKey = new Map(arr(r.apiKeys).map((k) => [k.apiKey as number, [k.minVersion, k.maxVersion]]));
  assert.deepEqual(byKey.get(48), [0, 1]);
  assert.deepEqual(byKey.get(49), [0, 1]);
  assert.deepEqual(byKey.get(61), [0, 0]);
  assert.deepEqual(
    advertisedVersions().filter((a) => [48, 49, 61].includes(a.apiKey)),
    [
      { apiKey: 48, minVersion: 0, maxVersion: 1 },
      { apiKey: 49, minVersion: 0, maxVersion: 1 },
      { apiKey: 61, minVersion: 0, maxVersion: 0 },
    ],
  );
});

test('@platformatic/kafka admin alterClientQuotas / describeClientQuotas', async () => {
  const admin = new Admin({ clientId: 'plt-quotas', bootstrapBrokers: [tb.bootstrap] });
  try {
    const altered = await admin.alterClientQuotas({
      entries: [
        {
          entities: [{ entityType: 'user', entityName: 'plt-alice' }],
          ops: [
            { key: 'producer_byte_rate', value: 1024, remove: false },
            { key: 'consumer_byte_rate', value: 2048, remove: false },
          ],
        },
        {
          entities: [{ entityType: 'client-id', entityName: null }],
          ops: [{ key: 'request_percentage', value: 12.5, remove: false }],
        },
      ],
    });
    assert.equal(altered.length, 2);
    for (const e of altered) assert.equal(e.errorCode, 0);
    const described = await admin.describeClientQuotas({
      components: [{ entityType: 'user', matchType: 0, match: 'plt-alice' }],
    });
    assert.deepEqual(flat(described), ['user=plt-alice|consumer_byte_rate=2048,producer_byte_rate=1024']);
    const defaults = await admin.describeClientQuotas({
      components: [{ entityType: 'client-id', matchType: 1 }],
      strict: true,
    });
    assert.deepEqual(flat(defaults), ['client-id=<default>|request_percentage=12.5']);
  } finally {
    await admin.close();
  }
});

test('AlterClientQuotas: Kafka controller validation, per entity, at v0 and v1', async () => {
  for (const v of [0, 1]) {
    const r = await alter(
      [
        { entity: [], ops: [{ key: 'producer_byte_rate', value: 1 }] },
        { entity: [['group', 'g']], ops: [{ key: 'producer_byte_rate', value: 1 }] },
        { entity: [['user', '']], ops: [{ key: 'producer_byte_rate', value: 1 }] },
        {
          entity: [
            ['user', 'u'],
            ['ip', '1.2.3.4'],
          ],
          ops: [{ key: 'producer_byte_rate', value: 1 }],
        },
        { entity: [['user', 'u1']], ops: [{ key: 'connection_creation_rate', value: 1 }] },
        { entity: [['ip', '10.0.0.1']], ops: [{ key: 'producer_byte_rate', value: 1 }] },
        { entity: [['user', 'u2']], ops: [{ key: 'producer_byte_rate', value: 0 }] },
        { entity: [['user', 'u3']], ops: [{ key: 'producer_byte_rate', value: 1.5 }] },
        { entity: [['ip', '10.0.0.2']], ops: [{ key: 'connection_creation_rate', value: 3e9 }] },
        {
          entity: [['user', 'u4']],
          ops: [
            { key: 'producer_byte_rate', value: 1 },
            { key: 'producer_byte_rate', value: 2 },
          ],
        },
        { entity: [['ip', 'not a host name!']], ops: [{ key: 'connection_creation_rate', value: 1 }] },
      ],
      false,
      v,
    );
    assert.deepEqual(
      r.map((e) => [e.errorCode, e.errorMessage]),
      [
        [ErrorCode.INVALID_REQUEST, 'Invalid empty client quota entity'],
        [ErrorCode.INVALID_REQUEST, 'Unhandled client quota entity type: group'],
        [ErrorCode.INVALID_REQUEST, 'Empty user not supported'],
        [
          ErrorCode.INVALID_REQUEST,
          'Invalid quota entity combination, IP entity shouldnot be combined with User or ClientId',
        ],
        [ErrorCode.INVALID_REQUEST, 'Invalid configuration key connection_creation_rate'],
        [ErrorCode.INVALID_REQUEST, 'Invalid configuration key producer_byte_rate'],
        [ErrorCode.INVALID_REQUEST, 'Quota producer_byte_rate must be greater than 0'],
        [ErrorCode.INVALID_REQUEST, 'producer_byte_rate cannot be a fractional value.'],
        [ErrorCode.INVALID_REQUEST, 'Proposed value for connection_creation_rate is too large for an INT.'],
        [ErrorCode.INVALID_REQUEST, 'Ignoring duplicate entity ClientQuotaEntity(entries={user=u4})'],
        [ErrorCode.INVALID_REQUEST, 'not a host name! is not a valid IP or resolvable host.'],
      ],
    );
    assert.deepEqual(
      arr(r[3]!.entity).map((d) => d.entityType),
      ['user', 'ip'],
    );
  }
  const all = await describe([]);
  assert.ok(!flat(all.entries).some((e) => /u[1-4]=|10\.0\.0/.test(e)), 'failed alterations stored nothing');
});

test('AlterClientQuotas: validate_only stores nothing; remove=true removes; an entity with no keys left is gone', async () => {
  const ok = await alter(
    [{ entity: [['user', 'vo']], ops: [{ key: 'producer_byte_rate', value: 10 }] }],
    true,
  );
  assert.equal(ok[0]!.errorCode, 0);
  assert.deepEqual(arr((await describe([{ entityType: 'user', matchType: 0, match: 'vo' }])).entries), []);

  await alter([
    {
      entity: [
        ['user', 'rm'],
        ['client-id', 'app'],
      ],
      ops: [
        { key: 'producer_byte_rate', value: 10 },
        { key: 'controller_mutation_rate', value: 0.5 },
      ],
    },
  ]);
  const filter = [
    { entityType: 'user', matchType: 0, match: 'rm' },
    { entityType: 'client-id', matchType: 0, match: 'app' },
  ];
  assert.deepEqual(flat((await describe(filter)).entries), [
    'client-id=app,user=rm|controller_mutation_rate=0.5,producer_byte_rate=10',
  ]);
  // Removing a key that is not set is accepted (no change).
  const r = await alter([
    {
      entity: [
        ['user', 'rm'],
        ['client-id', 'app'],
      ],
      ops: [
        { key: 'producer_byte_rate', remove: true },
        { key: 'request_percentage', remove: true },
      ],
    },
  ]);
  assert.equal(r[0]!.errorCode, 0);
  assert.deepEqual(flat((await describe(filter)).entries), [
    'client-id=app,user=rm|controller_mutation_rate=0.5',
  ]);
  await alter([
    {
      entity: [
        ['user', 'rm'],
        ['client-id', 'app'],
      ],
      ops: [{ key: 'controller_mutation_rate', remove: true }],
    },
  ]);
  assert.deepEqual(arr((await describe(filter)).entries), []);
});

test('DescribeClientQuotas: exact / default / specified match types, strict, and Kafka errors', async () => {
  await alter([
    { entity: [['user', 'm1']], ops: [{ key: 'producer_byte_rate', value: 100 }] },
    { entity: [['user', null]], ops: [{ key: 'producer_byte_rate', value: 200 }] },
    {
      entity: [
        ['user', 'm1'],
        ['client-id', 'c1'],
      ],
      ops: [{ key: 'consumer_byte_rate', value: 300 }],
    },
    {
      entity: [
        ['user', null],
        ['client-id', null],
      ],
      ops: [{ key: 'consumer_byte_rate', value: 400 }],
    },
    { entity: [['ip', '127.0.0.1']], ops: [{ key: 'connection_creation_rate', value: 5 }] },
    { entity: [['ip', null]], ops: [{ key: 'connection_creation_rate', value: 6 }] },
  ]);
  for (const v of [0, 1]) {
    const exact = await describe([{ entityType: 'user', matchType: 0, match: 'm1' }], false, v);
    assert.equal(exact.errorCode, 0);
    assert.equal(exact.errorMessage, null);
    assert.deepEqual(flat(exact.entries), [
      'client-id=c1,user=m1|consumer_byte_rate=300',
      'user=m1|producer_byte_rate=100',
    ]);
    const exactStrict = await describe([{ entityType: 'user', matchType: 0, match: 'm1' }], true, v);
    assert.deepEqual(flat(exactStrict.entries), ['user=m1|producer_byte_rate=100']);
    const dflt = await describe([{ entityType: 'user', matchType: 1 }], false, v);
    assert.deepEqual(flat(dflt.entries), [
      'client-id=<default>,user=<default>|consumer_byte_rate=400',
      'user=<default>|producer_byte_rate=200',
    ]);
    const ips = await describe([{ entityType: 'ip', matchType: 2 }], true, v);
    assert.deepEqual(flat(ips.entries), [
      'ip=127.0.0.1|connection_creation_rate=5',
      'ip=<default>|connection_creation_rate=6',
    ]);
    const both = await describe(
      [
        { entityType: 'user', matchType: 2 },
        { entityType: 'client-id', matchType: 1 },
      ],
      true,
      v,
    );
    assert.deepEqual(flat(both.entries), ['client-id=<default>,user=<default>|consumer_byte_rate=400']);
  }
  const errors: [Parameters<typeof describe>[0], number, string][] = [
    [[{ entityType: '', matchType: 0, match: 'x' }], ErrorCode.INVALID_REQUEST, 'Invalid empty entity type.'],
    [
      [
        { entityType: 'user', matchType: 2 },
        { entityType: 'user', matchType: 1 },
      ],
      ErrorCode.INVALID_REQUEST,
      'Entity type user cannot appear more than once in the filter.',
    ],
    [[{ entityType: 'group', matchType: 2 }], ErrorCode.UNSUPPORTED_VERSION, 'Unsupported entity type group'],
    [
      [{ entityType: 'user', matchType: 0 }],
      ErrorCode.INVALID_REQUEST,
      'Request specified MATCH_TYPE_EXACT, but set match string to null.',
    ],
    [
      [{ entityType: 'user', matchType: 1, match: 'a' }],
      ErrorCode.INVALID_REQUEST,
      'Request specified MATCH_TYPE_DEFAULT, but also specified a match string.',
    ],
    [
      [{ entityType: 'user', matchType: 2, match: 'a' }],
      ErrorCode.INVALID_REQUEST,
      'Request specified MATCH_TYPE_SPECIFIED, but also specified a match string.',
    ],
    [[{ entityType: 'user', matchType: 7 }], ErrorCode.INVALID_REQUEST, 'Unknown match type 7'],
    [
      [
        { entityType: 'ip', matchType: 2 },
        { entityType: 'client-id', matchType: 2 },
      ],
      ErrorCode.INVALID_REQUEST,
      'Invalid entity filter component combination. IP filter component should not be used with user or clientId filter component.',
    ],
  ];
  for (const [components, code, message] of errors) {
    const r = await describe(components);
    assert.equal(r.errorCode, code, message);
    assert.equal(r.errorMessage, message);
    assert.equal(r.entries, null);
  }
});

test('quotas survive a restart (stored with the broker data)', async () => {
  await alter([
    {
      entity: [
        ['user', 'durable'],
        ['client-id', null],
      ],
      ops: [{ key: 'producer_byte_rate', value: 4096 }],
    },
  ]);
  c.close();
  await tb.restart();
  c = await RawClient.connect(tb.port);
  const r = await describe([{ entityType: 'user', matchType: 0, match: 'durable' }]);
  assert.deepEqual(flat(r.entries), ['client-id=<default>,user=durable|producer_byte_rate=4096']);
});

test('DescribeProducers: a kafkajs transactional producer during its open transaction, then after commit', async () => {
  const created = await c.request(19, 7, {
    topics: [{ name: 'dp', numPartitions: 2, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 1000,
  });
  assert.equal(arr(created.topics)[0]!.errorCode, 0);
  const kafka = new Kafka({ brokers: [tb.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 5 } });
  const producer = kafka.producer({ transactionalId: 'dp-txn', maxInFlightRequests: 1, idempotent: true });
  await producer.connect();
  try {
    const before = Date.now();
    const t = await producer.transaction();
    await t.send({ topic: 'dp', messages: ['a', 'b', 'c'].map((v) => ({ value: v, partition: 0 })) });
    const open = await c.request(61, 0, { topics: [{ name: 'dp', partitionIndexes: [0, 1, 5] }] });
    const parts = arr(arr(open.topics)[0]!.partitions);
    assert.deepEqual(
      parts.map((p) => [p.partitionIndex, p.errorCode, p.errorMessage]),
      [
        [0, 0, null],
        [1, 0, null],
        [5, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, null],
      ],
    );
    assert.deepEqual(arr(parts[1]!.activeProducers), []);
    const active = arr(parts[0]!.activeProducers);
    assert.equal(active.length, 1);
    const p = active[0]!;
    const txn = await c.request(65, 0, { transactionalIds: ['dp-txn'] });
    const state = arr(txn.transactionStates)[0]!;
    assert.equal(p.producerId, state.producerId);
    assert.equal(p.producerEpoch, state.producerEpoch);
    assert.equal(p.lastSequence, 2);
    assert.equal(p.currentTxnStartOffset, 0n);
    assert.ok(Number(p.lastTimestamp) >= before - 1000, `lastTimestamp ${p.lastTimestamp}`);
    assert.ok((p.coordinatorEpoch as number) >= -1);
    await t.commit();
    const done = await c.request(61, 0, { topics: [{ name: 'dp', partitionIndexes: [0] }] });
    const after1 = arr(arr(arr(done.topics)[0]!.partitions)[0]!.activeProducers)[0]!;
    assert.equal(after1.producerId, p.producerId);
    assert.equal(after1.currentTxnStartOffset, -1n);
    assert.equal(after1.lastSequence, 2);
  } finally {
    await producer.disconnect();
  }
});

test('DescribeProducers: unknown topic and invalid topic name errors as Kafka', async () => {
  const r = await c.request(61, 0, {
    topics: [
      { name: 'no-such-topic', partitionIndexes: [0] },
      { name: 'bad/name', partitionIndexes: [0, 1] },
    ],
  });
  const [unknown, bad] = arr(r.topics);
  assert.deepEqual(
    arr(unknown!.partitions).map((p) => [p.errorCode, p.errorMessage]),
    [[ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, 'This server does not host this topic-partition.']],
  );
  assert.deepEqual(
    arr(bad!.partitions).map((p) => [p.partitionIndex, p.errorCode]),
    [
      [0, ErrorCode.INVALID_TOPIC_EXCEPTION],
      [1, ErrorCode.INVALID_TOPIC_EXCEPTION],
    ],
  );
  assert.match(
    arr(bad!.partitions)[0]!.errorMessage as string,
    /^Topic name is invalid: 'bad\/name' contains one or more characters/,
  );
});

/** confluent_kafka (librdkafka 2.0.2): idempotent, then transactional with the transaction left open. */
const CONFLUENT_PRODUCER = String.raw`
import sys
from confluent_kafka import Producer
bootstrap, topic, mode = sys.argv[1], sys.argv[2], sys.argv[3]
conf = {'bootstrap.servers': bootstrap, 'enable.idempotence': True}
if mode == 'txn':
    conf['transactional.id'] = 'dp-confluent'
    conf['transaction.timeout.ms'] = 60000
p = Producer(conf)
if mode == 'txn':
    p.init_transactions(10)
    p.begin_transaction()
for i in range(4):
    p.produce(topic, value=b'v%d' % i, partition=0)
p.flush(10)
print('done')
`;

test('DescribeProducers: confluent_kafka idempotent producer, and a transactional one whose transaction is left open', async () => {
  const python = requireTool('python');
  const created = await c.request(19, 7, {
    topics: [{ name: 'dp-ck', numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 1000,
  });
  assert.equal(arr(created.topics)[0]!.errorCode, 0);
  const producers = async (): Promise<Struct[]> => {
    const r = await c.request(61, 0, { topics: [{ name: 'dp-ck', partitionIndexes: [0] }] });
    const part = arr(arr(r.topics)[0]!.partitions)[0]!;
    assert.equal(part.errorCode, 0);
    return arr(part.activeProducers);
  };
  const idem = await run(python, ['-c', CONFLUENT_PRODUCER, tb.bootstrap, 'dp-ck', 'idempotent'], {
    timeoutMs: 30000,
  });
  assert.equal(idem.stdout.trim(), 'done');
  const [first] = await producers();
  assert.ok(first);
  assert.equal(first.producerEpoch, 0);
  assert.equal(first.lastSequence, 3);
  assert.equal(first.currentTxnStartOffset, -1n);
  assert.equal(first.coordinatorEpoch, -1);

  const txn = await run(python, ['-c', CONFLUENT_PRODUCER, tb.bootstrap, 'dp-ck', 'txn'], {
    timeoutMs: 30000,
  });
  assert.equal(txn.stdout.trim(), 'done');
  const state = arr((await c.request(65, 0, { transactionalIds: ['dp-confluent'] })).transactionStates)[0]!;
  assert.equal(state.transactionState, 'Ongoing');
  const list = await producers();
  assert.equal(list.length, 2);
  const t = list.find((p) => p.producerId === state.producerId)!;
  assert.ok(t, 'the transactional producer is listed under its producer id');
  assert.equal(t.producerEpoch, state.producerEpoch);
  assert.equal(t.lastSequence, 3);
  assert.equal(t.currentTxnStartOffset, 4n, 'its transaction starts after the 4 idempotent records');
});
