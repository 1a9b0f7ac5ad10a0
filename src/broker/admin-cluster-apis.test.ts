/**
 * DescribeLogDirs, ElectLeaders and DescribeUserScramCredentials against a live broker, at every
 * advertised version, with the answers Kafka's broker/controller gives a single-node cluster.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../kafka/protocol/codec.js';
import { ErrorCode } from '../kafka/protocol/error-codes.js';
import type { BrokerContext, RequestContext } from './context.js';
import { handleDescribeUserScramCredentials } from './handlers/describe-scram-credentials.js';
import { apiByKey } from './protocol/registry.js';
import { parseBrokerSettings } from './settings.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';

let tb: TestBroker;
let c: RawClient;
const arr = (v: unknown) => v as Struct[];
const versions = (key: number): number[] => {
  const api = apiByKey(key)!;
  return Array.from({ length: api.maxVersion - api.minVersion + 1 }, (_, i) => api.minVersion + i);
};

before(async () => {
  tb = await startTestBroker();
  c = await RawClient.connect(tb.port);
  const r = await c.request(19, 7, {
    topics: [{ name: 'sized', numPartitions: 2, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 1000,
  });
  assert.equal(arr(r.topics)[0]!.errorCode, 0);
});
after(async () => {
  c?.close();
  await tb?.stop();
});

test('DescribeLogDirs: the data directory, its partitions and their sizes', async () => {
  for (const v of versions(35)) {
    const all = await c.request(35, v, { topics: null });
    const results = arr(all.results);
    assert.equal(results.length, 1);
    const dir = results[0]!;
    assert.equal(dir.errorCode, 0);
    assert.ok(String(dir.logDir).startsWith(tb.dataDir), `log dir ${String(dir.logDir)}`);
    const sized = arr(dir.topics).find((t) => t.name === 'sized');
    assert.deepEqual(
      arr(sized?.partitions).map((p) => p.partitionIndex),
      [0, 1],
      `v${v}: both partitions listed`,
    );
    for (const p of arr(sized!.partitions)) {
      assert.equal(typeof p.partitionSize, 'bigint');
      assert.equal(p.offsetLag, 0n);
      assert.equal(p.isFutureKey, false);
    }
    if (v >= 4) {
      assert.ok((dir.totalBytes as bigint) > 0n && (dir.usableBytes as bigint) >= 0n);
    }
    // Named partitions only; unknown topics and partitions are left out, not errors.
    const some = await c.request(35, v, {
      topics: [
        { topic: 'sized', partitions: [1, 7] },
        { topic: 'no-such-topic', partitions: [0] },
      ],
    });
    const topics = arr(arr(some.results)[0]!.topics);
    assert.deepEqual(
      topics.map((t) => [t.name, arr(t.partitions).map((p) => p.partitionIndex)]),
      [['sized', [1]]],
    );
  }
});

test('ElectLeaders: never needed on one node; unknown partitions named', async () => {
  for (const v of versions(43)) {
    const r = await c.request(43, v, {
      electionType: 0,
      topicPartitions: [
        { topic: 'sized', partitionId: [0, 5] },
        { topic: 'nope', partitionId: [0] },
      ],
      timeoutMs: 1000,
    });
    if (v >= 1) assert.equal(r.errorCode, 0);
    const res = arr(r.replicaElectionResults).map((t) => [
      t.topic,
      arr(t.partitionResult).map((p) => [p.partitionId, p.errorCode]),
    ]);
    assert.deepEqual(res, [
      [
        'sized',
        [
          [0, ErrorCode.ELECTION_NOT_NEEDED],
          [5, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
        ],
      ],
      ['nope', [[0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]],
    ]);
    // All partitions: only those where an election happened are listed (none).
    const all = await c.request(43, v, { electionType: 1, topicPartitions: null, timeoutMs: 1000 });
    assert.deepEqual(all.replicaElectionResults, []);
  }
});

test('DescribeUserScramCredentials: the configured users and enabled SCRAM mechanisms, never secrets', async () => {
  const settings = parseBrokerSettings(
    {
      'security.protocol': 'SASL_PLAINTEXT',
      'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-512',
      'sasl.users.bob': 'bob-secret',
      'sasl.users.alice': 'alice-secret',
    },
    { host: '127.0.0.1', port: 0 },
  );
  const broker = { settings } as unknown as BrokerContext;
  const ctx = {} as RequestContext;
  const all = (await handleDescribeUserScramCredentials(broker, { users: null }, ctx))!;
  assert.deepEqual(all.results, [
    {
      user: 'alice',
      errorCode: 0,
      errorMessage: null,
      credentialInfos: [{ mechanism: 2, iterations: 4096 }],
    },
    { user: 'bob', errorCode: 0, errorMessage: null, credentialInfos: [{ mechanism: 2, iterations: 4096 }] },
  ]);
  assert.ok(!JSON.stringify(all).includes('secret'));
  const some = (await handleDescribeUserScramCredentials(
    broker,
    { users: [{ name: 'bob' }, { name: 'carol' }, { name: 'alice' }, { name: 'alice' }] },
    ctx,
  ))!;
  assert.deepEqual(
    arr(some.results).map((r) => [r.user, r.errorCode]),
    [
      ['bob', 0],
      ['carol', ErrorCode.RESOURCE_NOT_FOUND],
      ['alice', ErrorCode.DUPLICATE_RESOURCE],
    ],
  );
  // Over the wire, on a broker without SASL: no users, a named one is not found.
  for (const v of versions(50)) {
    const r = await c.request(50, v, { users: [{ name: 'bob' }] });
    assert.equal(arr(r.results)[0]!.errorCode, ErrorCode.RESOURCE_NOT_FOUND);
    assert.deepEqual((await c.request(50, v, { users: null })).results, []);
  }
});
