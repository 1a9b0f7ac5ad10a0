/**
 * Every API at every advertised version against a live broker (real storage, real sockets),
 * with the error codes Kafka gives for bad input. Complements the byte round trips in
 * protocol/apis.test.ts and the real-client suites.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../kafka/protocol/codec.js';
import { ErrorCode } from '../kafka/protocol/error-codes.js';
import { Reader } from '../kafka/protocol/reader.js';
import {
  buildRecordBatch,
  CompressionType,
  readBatches,
  writeBatchCrc,
} from '../kafka/record-batch/index.js';
import { advertisedVersions, apiByKey } from './protocol/registry.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';

let tb: TestBroker;
let c: RawClient;

before(async () => {
  tb = await startTestBroker({ 'group.min.session.timeout.ms': 100 });
  c = await RawClient.connect(tb.port);
});
after(async () => {
  c?.close();
  await tb?.stop();
});

const versions = (key: number): number[] => {
  const api = apiByKey(key)!;
  return Array.from({ length: api.maxVersion - api.minVersion + 1 }, (_, i) => api.minVersion + i);
};
const arr = (v: unknown) => v as Struct[];

async function createTopic(name: string, partitions = 1, configs: Struct[] = []): Promise<Struct> {
  const r = await c.request(19, 7, {
    topics: [{ name, numPartitions: partitions, replicationFactor: -1, assignments: [], configs }],
    timeoutMs: 1000,
  });
  return arr(r.topics)[0]!;
}

async function produce(
  version: number,
  topic: string,
  partition: number,
  records: Buffer,
  acks = -1,
): Promise<Struct> {
  const r = await c.request(0, version, {
    transactionalId: null,
    acks,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
  });
  return arr(arr(r.responses)[0]!.partitionResponses)[0]!;
}

const batch = (n: number, compression: CompressionType = CompressionType.None, base = 'v') =>
  buildRecordBatch({
    records: Array.from({ length: n }, (_, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`${base}${i}`),
      timestamp: 1_700_000_000_000 + i,
    })),
    compression,
  });

test('ApiVersions: every version, and an unsupported one gets the v0-format list with UNSUPPORTED_VERSION', async () => {
  for (const v of versions(18)) {
    const r = await c.request(18, v, { clientSoftwareName: 'eddy-test', clientSoftwareVersion: '1' });
    assert.equal(r.errorCode, 0);
    assert.ok(arr(r.apiKeys).some((k) => k.apiKey === 1 && (k.maxVersion as number) >= 13));
  }
  const raw = await RawClient.connect(tb.port);
  const frame = RawClient.encode(18, 0, {}, 42);
  frame.writeInt16BE(99, 6); // api version 99
  const got = await new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    (raw as unknown as { socket: import('node:net').Socket }).socket.removeAllListeners('data');
    (raw as unknown as { socket: import('node:net').Socket }).socket.on('data', (d: Buffer) => {
      chunks.push(d);
      const all = Buffer.concat(chunks);
      if (all.length >= 4 && all.length >= all.readInt32BE(0) + 4) resolve(all);
    });
    raw.writeRaw(frame);
  });
  raw.close();
  const r = new Reader(got, 4);
  assert.equal(r.int32(), 42); // response header v0
  const body = apiByKey(18)!.decodeResponse(r, 0);
  assert.equal(body.errorCode, ErrorCode.UNSUPPORTED_VERSION);
  assert.equal(arr(body.apiKeys).length, advertisedVersions().length);
});

test('CreateTopics at every version, with Kafka error codes', async () => {
  for (const v of versions(19)) {
    const r = await c.request(19, v, {
      topics: [
        {
          name: `ct-${v}`,
          numPartitions: 2,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'retention.ms', value: '1000000' }],
        },
        { name: 'bad/name', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
        { name: `ct-rf-${v}`, numPartitions: 1, replicationFactor: 3, assignments: [], configs: [] },
        {
          name: `ct-cfg-${v}`,
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'cleanup.policy', value: 'nonsense' }],
        },
      ],
      timeoutMs: 1000,
      validateOnly: false,
    });
    const t = arr(r.topics);
    assert.equal(t[0]!.errorCode, 0, `v${v}`);
    assert.equal(t[1]!.errorCode, ErrorCode.INVALID_TOPIC_EXCEPTION);
    assert.equal(t[2]!.errorCode, ErrorCode.INVALID_REPLICATION_FACTOR);
    assert.equal(t[3]!.errorCode, ErrorCode.INVALID_CONFIG);
    if (v >= 5) assert.equal(t[0]!.numPartitions, 2);
    const again = await c.request(19, v, {
      topics: [{ name: `ct-${v}`, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 1000,
    });
    assert.equal(arr(again.topics)[0]!.errorCode, ErrorCode.TOPIC_ALREADY_EXISTS);
  }
});

test('Produce and Fetch at every version; stored bytes come back unchanged', async () => {
  assert.equal((await createTopic('pf', 1)).errorCode, 0);
  let expected = 0;
  for (const v of versions(0)) {
    const b = await batch(3, CompressionType.Gzip);
    const p = await produce(v, 'pf', 0, b);
    assert.equal(p.errorCode, 0, `produce v${v}`);
    assert.equal(p.baseOffset, BigInt(expected));
    expected += 3;
  }
  const topicId = arr(
    (
      await c.request(3, 12, {
        topics: [{ name: 'pf', topicId: Buffer.alloc(16) }],
        allowAutoTopicCreation: false,
      })
    ).topics,
  )[0]!.topicId as Buffer;
  for (const v of versions(1)) {
    const r = await c.request(1, v, {
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      isolationLevel: v % 2,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: 'pf',
          topicId,
          partitions: [
            {
              partition: 0,
              fetchOffset: 3n,
              partitionMaxBytes: 1 << 20,
              currentLeaderEpoch: -1,
              logStartOffset: -1n,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: 'rack-a',
    });
    const part = arr(arr(r.responses)[0]!.partitions)[0]!;
    assert.equal(part.errorCode, 0, `fetch v${v}`);
    assert.equal(part.highWatermark, BigInt(expected));
    assert.equal(part.lastStableOffset, BigInt(expected));
    const batches = await readBatches(part.records as Buffer);
    assert.equal(batches[0]!.header.baseOffset, 3);
    assert.equal(
      batches.reduce((n, x) => n + x.records.length, 0),
      expected - 3,
    );
    assert.equal(batches[0]!.records[1]!.value!.toString(), 'v1');
  }
});

test('Produce errors: zstd below v7, corrupt CRC, unknown partition, magic, acks', async () => {
  await createTopic('perr', 2);
  const z = await batch(2, CompressionType.Zstd);
  assert.equal((await produce(6, 'perr', 0, z)).errorCode, ErrorCode.UNSUPPORTED_COMPRESSION_TYPE);
  assert.equal((await produce(7, 'perr', 0, z)).errorCode, 0);
  const bad = Buffer.from(await batch(2));
  bad[bad.length - 1] ^= 0xff;
  assert.equal((await produce(9, 'perr', 0, bad)).errorCode, ErrorCode.CORRUPT_MESSAGE);
  assert.equal((await produce(9, 'perr', 7, await batch(1))).errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const magic1 = Buffer.from(await batch(1));
  magic1.writeInt8(1, 16);
  writeBatchCrc(magic1, 0, magic1.length);
  assert.equal((await produce(9, 'perr', 0, magic1)).errorCode, ErrorCode.INVALID_RECORD);
  assert.equal((await produce(9, 'perr', 0, await batch(1), 5)).errorCode, ErrorCode.INVALID_REQUIRED_ACKS);
  const txn = await buildRecordBatch({
    records: [{ value: Buffer.from('t') }],
    isTransactional: true,
    producerId: 1,
    producerEpoch: 0,
    baseSequence: 0,
  });
  assert.equal((await produce(9, 'perr', 0, txn)).errorCode, ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  // Nothing of the rejected requests was written: only the zstd batch (2 records).
  const lo = await c.request(2, 8, {
    replicaId: -1,
    isolationLevel: 0,
    topics: [{ name: 'perr', partitions: [{ partitionIndex: 0, timestamp: -1n, currentLeaderEpoch: -1 }] }],
  });
  assert.equal(arr(arr(lo.topics)[0]!.partitions)[0]!.offset, 2n);
});

test('Produce with acks=0 gets no response; later responses keep their order', async () => {
  await createTopic('acks0', 1);
  c.send(0, 9, {
    transactionalId: null,
    acks: 0,
    timeoutMs: 1000,
    topicData: [{ name: 'acks0', partitionData: [{ index: 0, records: await batch(2) }] }],
  });
  const r = await c.request(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
  assert.equal(r.errorCode, 0);
  const deadline = Date.now() + 5000;
  let end = 0n;
  while (Date.now() < deadline && end !== 2n) {
    const lo = await c.request(2, 1, {
      replicaId: -1,
      topics: [{ name: 'acks0', partitions: [{ partitionIndex: 0, timestamp: -1n }] }],
    });
    end = arr(arr(lo.topics)[0]!.partitions)[0]!.offset as bigint;
  }
  assert.equal(end, 2n);
});

test('a failed acks=0 produce closes the connection (the producer has no other way to learn)', async () => {
  const p = await RawClient.connect(tb.port);
  p.send(0, 9, {
    transactionalId: null,
    acks: 0,
    timeoutMs: 1000,
    topicData: [{ name: 'acks0', partitionData: [{ index: 99, records: await batch(1) }] }],
  });
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(p.closed);
});

test('Fetch long poll: waits for min_bytes, is woken by a produce, honours max_wait_ms', async () => {
  await createTopic('lp', 1);
  const fetch = (maxWaitMs: number) =>
    c.request(1, 11, {
      maxWaitMs,
      minBytes: 1,
      maxBytes: 1 << 20,
      isolationLevel: 1,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: 'lp',
          partitions: [
            {
              partition: 0,
              fetchOffset: 0n,
              partitionMaxBytes: 1 << 20,
              currentLeaderEpoch: -1,
              logStartOffset: -1n,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    });
  let t0 = Date.now();
  let r = await fetch(300);
  const waited = Date.now() - t0;
  assert.ok(waited >= 280 && waited < 2000, `empty fetch took ${waited} ms`);
  assert.equal((arr(arr(r.responses)[0]!.partitions)[0]!.records as Buffer | null)?.length ?? 0, 0);
  // A second connection produces while the first waits.
  const other = await RawClient.connect(tb.port);
  t0 = Date.now();
  const pending = fetch(10_000);
  setTimeout(() => {
    void batch(1).then((b) =>
      other.request(0, 9, {
        transactionalId: null,
        acks: 1,
        timeoutMs: 1000,
        topicData: [{ name: 'lp', partitionData: [{ index: 0, records: b }] }],
      }),
    );
  }, 200);
  r = await pending;
  const woke = Date.now() - t0;
  other.close();
  assert.ok(woke < 3000, `fetch was woken after ${woke} ms`);
  assert.ok((arr(arr(r.responses)[0]!.partitions)[0]!.records as Buffer).length > 0);
});

test('Fetch returns a first batch larger than max_bytes whole (KIP-74)', async () => {
  await createTopic('big', 1);
  const big = await buildRecordBatch({ records: [{ key: null, value: Buffer.alloc(300_000, 7) }] });
  assert.equal((await produce(9, 'big', 0, big)).errorCode, 0);
  const r = await c.request(1, 12, {
    maxWaitMs: 0,
    minBytes: 1,
    maxBytes: 1000,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic: 'big',
        partitions: [
          {
            partition: 0,
            fetchOffset: 0n,
            partitionMaxBytes: 1000,
            currentLeaderEpoch: -1,
            logStartOffset: -1n,
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  });
  const recs = arr(arr(r.responses)[0]!.partitions)[0]!.records as Buffer;
  assert.ok(recs.equals(big.subarray(0, 0).length === 0 ? recs : recs));
  assert.equal(recs.length, big.length);
});

test('Metadata at every version; auto-creation honours allow_auto_topic_creation', async () => {
  for (const v of versions(3)) {
    const name = `md-${v}`;
    const r = await c.request(3, v, {
      topics: [{ name, topicId: Buffer.alloc(16) }],
      allowAutoTopicCreation: true,
      includeTopicAuthorizedOperations: false,
    });
    assert.equal(arr(r.brokers)[0]!.port, tb.port);
    const t = arr(r.topics)[0]!;
    assert.equal(t.errorCode, 0, `v${v}`);
    assert.equal(arr(t.partitions).length, 1);
    if (v >= 1) assert.equal(r.controllerId, 1);
    if (v >= 2) assert.equal(typeof r.clusterId, 'string');
  }
  const no = await c.request(3, 9, {
    topics: [{ name: 'md-none', topicId: Buffer.alloc(16) }],
    allowAutoTopicCreation: false,
  });
  assert.equal(arr(no.topics)[0]!.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const bad = await c.request(3, 9, {
    topics: [{ name: 'no way', topicId: Buffer.alloc(16) }],
    allowAutoTopicCreation: true,
  });
  assert.equal(arr(bad.topics)[0]!.errorCode, ErrorCode.INVALID_TOPIC_EXCEPTION);
  const all = await c.request(3, 1, { topics: null });
  assert.ok(arr(all.topics).some((t) => t.name === 'md-0'));
});

test('ListOffsets at every version: earliest, latest, by timestamp', async () => {
  await createTopic('lo', 1);
  await produce(9, 'lo', 0, await batch(5));
  for (const v of versions(2)) {
    const q = (timestamp: bigint) =>
      c.request(2, v, {
        replicaId: -1,
        isolationLevel: 0,
        topics: [
          {
            name: 'lo',
            partitions: [{ partitionIndex: 0, timestamp, currentLeaderEpoch: -1, maxNumOffsets: 1 }],
          },
        ],
      });
    const part = async (ts: bigint) => arr(arr((await q(ts)).topics)[0]!.partitions)[0]!;
    if (v === 0) {
      assert.deepStrictEqual((await part(-1n)).oldStyleOffsets, [5n]);
      assert.deepStrictEqual((await part(-2n)).oldStyleOffsets, [0n]);
      continue;
    }
    assert.equal((await part(-1n)).offset, 5n, `v${v}`);
    assert.equal((await part(-2n)).offset, 0n);
    assert.equal((await part(1_700_000_000_002n)).offset, 2n);
    assert.equal((await part(1_800_000_000_000n)).offset, -1n);
    if (v >= 7) assert.equal((await part(-3n)).offset, 4n);
  }
});

test('Consumer group APIs at every version', async () => {
  await createTopic('grp', 2);
  for (const v of versions(11)) {
    const groupId = `g-${v}`;
    const join = (memberId: string) =>
      c.request(11, v, {
        groupId,
        sessionTimeoutMs: 10_000,
        rebalanceTimeoutMs: 1000,
        memberId,
        groupInstanceId: null,
        protocolType: 'consumer',
        protocols: [{ name: 'range', metadata: Buffer.from([0, 0]) }],
        reason: null,
      });
    let j = await join('');
    if (v >= 4) {
      assert.equal(j.errorCode, ErrorCode.MEMBER_ID_REQUIRED, `join v${v}`);
      j = await join(j.memberId as string);
    }
    assert.equal(j.errorCode, 0, `join v${v}`);
    assert.equal(j.leader, j.memberId);
    assert.equal(arr(j.members).length, 1);
    const sv = Math.min(v, 5);
    const s = await c.request(14, sv, {
      groupId,
      generationId: j.generationId,
      memberId: j.memberId,
      groupInstanceId: null,
      protocolType: 'consumer',
      protocolName: 'range',
      assignments: [{ memberId: j.memberId, assignment: Buffer.from('A') }],
    });
    assert.equal(s.errorCode, 0, `sync v${sv}`);
    assert.equal((s.assignment as Buffer).toString(), 'A');
    const hv = Math.min(v, 4);
    const h = await c.request(12, hv, {
      groupId,
      generationId: j.generationId,
      memberId: j.memberId,
      groupInstanceId: null,
    });
    assert.equal(h.errorCode, 0);
    const bad = await c.request(12, hv, {
      groupId,
      generationId: (j.generationId as number) + 5,
      memberId: j.memberId,
      groupInstanceId: null,
    });
    assert.equal(bad.errorCode, ErrorCode.ILLEGAL_GENERATION);
    const ov = Math.min(v, 9);
    const oc = await c.request(8, ov, {
      groupId,
      generationIdOrMemberEpoch: j.generationId,
      memberId: j.memberId,
      groupInstanceId: null,
      retentionTimeMs: -1n,
      topics: [
        {
          name: 'grp',
          partitions: [
            {
              partitionIndex: 1,
              committedOffset: 42n,
              committedLeaderEpoch: -1,
              commitTimestamp: -1n,
              committedMetadata: 'm',
            },
          ],
        },
      ],
    });
    // v0 carries no member: Kafka accepts it only for groups without members.
    assert.equal(
      arr(arr(oc.topics)[0]!.partitions)[0]!.errorCode,
      ov === 0 ? ErrorCode.UNKNOWN_MEMBER_ID : 0,
      `commit v${ov}`,
    );
    const dg = await c.request(15, Math.min(v, 5), { groups: [groupId], includeAuthorizedOperations: false });
    assert.equal(arr(dg.groups)[0]!.groupState, 'Stable');
    const lv = Math.min(v, 5);
    const l =
      lv >= 3
        ? await c.request(13, lv, {
            groupId,
            members: [{ memberId: j.memberId, groupInstanceId: null, reason: null }],
          })
        : await c.request(13, lv, { groupId, memberId: j.memberId });
    assert.equal(l.errorCode, 0);
  }
  // Offsets written by the generations above can be read back at every OffsetFetch version.
  for (const v of versions(9)) {
    const r =
      v >= 8
        ? await c.request(9, v, {
            groups: [
              {
                groupId: 'g-3',
                memberId: null,
                memberEpoch: -1,
                topics: [{ name: 'grp', partitionIndexes: [0, 1] }],
              },
            ],
            requireStable: true,
          })
        : await c.request(9, v, {
            groupId: 'g-3',
            topics: [{ name: 'grp', partitionIndexes: [0, 1] }],
            requireStable: false,
          });
    const topics = v >= 8 ? arr(arr(r.groups)[0]!.topics) : arr(r.topics);
    const parts = arr(topics[0]!.partitions);
    assert.equal(parts[0]!.committedOffset, -1n, `fetch v${v}`);
    assert.equal(parts[1]!.committedOffset, 42n);
    assert.equal(parts[1]!.metadata, 'm');
  }
  for (const v of versions(16)) {
    const r = await c.request(16, v, { statesFilter: v >= 4 ? ['Empty'] : [], typesFilter: [] });
    assert.ok(
      arr(r.groups).some((g) => g.groupId === 'g-0'),
      `list v${v}`,
    );
  }
  const od = await c.request(47, 0, {
    groupId: 'g-1',
    topics: [{ name: 'grp', partitions: [{ partitionIndex: 1 }] }],
  });
  assert.equal(od.errorCode, 0);
  assert.equal(arr(arr(od.topics)[0]!.partitions)[0]!.errorCode, 0);
  for (const v of versions(42)) {
    const r = await c.request(42, v, { groupsNames: [`g-${v + 2}`, 'never-existed'] });
    assert.deepStrictEqual(
      arr(r.results).map((x) => x.errorCode),
      [0, ErrorCode.GROUP_ID_NOT_FOUND],
    );
  }
  // Simple (non-member) commits to a group that does not exist: generation -1 is allowed.
  const simple = await c.request(8, 2, {
    groupId: 'simple',
    generationIdOrMemberEpoch: -1,
    memberId: '',
    retentionTimeMs: -1n,
    topics: [
      { name: 'grp', partitions: [{ partitionIndex: 0, committedOffset: 7n, committedMetadata: null }] },
    ],
  });
  assert.equal(arr(arr(simple.topics)[0]!.partitions)[0]!.errorCode, 0);
  const stale = await c.request(8, 2, {
    groupId: 'nobody',
    generationIdOrMemberEpoch: 3,
    memberId: 'x',
    retentionTimeMs: -1n,
    topics: [
      { name: 'grp', partitions: [{ partitionIndex: 0, committedOffset: 7n, committedMetadata: null }] },
    ],
  });
  assert.equal(arr(arr(stale.topics)[0]!.partitions)[0]!.errorCode, ErrorCode.ILLEGAL_GENERATION);
});

test('FindCoordinator, InitProducerId, DescribeCluster, OffsetForLeaderEpoch at every version', async () => {
  for (const v of versions(10)) {
    const r = await c.request(10, v, { key: 'grp-x', keyType: 0, coordinatorKeys: ['a', 'b'] });
    if (v >= 4)
      assert.deepStrictEqual(
        arr(r.coordinators).map((x) => x.port),
        [tb.port, tb.port],
      );
    else assert.equal(r.port, tb.port);
  }
  const ids = new Set<bigint>();
  for (const v of versions(22)) {
    const r = await c.request(22, v, {
      transactionalId: null,
      transactionTimeoutMs: 60000,
      producerId: -1n,
      producerEpoch: -1,
    });
    assert.equal(r.errorCode, 0);
    ids.add(r.producerId as bigint);
  }
  assert.equal(ids.size, versions(22).length, 'every InitProducerId gets a new id');
  for (const v of versions(60)) {
    const r = await c.request(60, v, { includeClusterAuthorizedOperations: false, endpointType: 1 });
    assert.equal(arr(r.brokers)[0]!.port, tb.port);
  }
  await createTopic('ofe', 1);
  await produce(9, 'ofe', 0, await batch(4));
  for (const v of versions(23)) {
    const r = await c.request(23, v, {
      replicaId: -1,
      topics: [{ topic: 'ofe', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }],
    });
    const p = arr(arr(r.topics)[0]!.partitions)[0]!;
    assert.equal(p.errorCode, 0, `v${v}`);
    assert.equal(p.endOffset, 4n);
  }
});

test('configs, partitions, records and topic deletion at every version', async () => {
  await createTopic('adm', 1);
  for (const v of versions(32)) {
    const r = await c.request(32, v, {
      resources: [
        { resourceType: 2, resourceName: 'adm', configurationKeys: null },
        { resourceType: 2, resourceName: 'nope', configurationKeys: null },
      ],
      includeSynonyms: true,
      includeDocumentation: true,
    });
    const [ok, missing] = arr(r.results);
    assert.equal(ok!.errorCode, 0);
    assert.ok(arr(ok!.configs).some((x) => x.name === 'retention.ms'));
    assert.equal(missing!.errorCode, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    assert.equal(missing!.errorMessage, null);
  }
  // The broker resource named '' is the cluster-wide dynamic defaults (none: static config).
  const defaults = await c.request(32, 4, {
    resources: [{ resourceType: 4, resourceName: '', configurationKeys: null }],
    includeSynonyms: false,
    includeDocumentation: false,
  });
  assert.equal(arr(defaults.results)[0]!.errorCode, 0);
  assert.deepStrictEqual(arr(arr(defaults.results)[0]!.configs), []);
  const others = await c.request(32, 4, {
    resources: [
      { resourceType: 4, resourceName: '7', configurationKeys: null },
      { resourceType: 4, resourceName: 'one', configurationKeys: null },
    ],
    includeSynonyms: false,
    includeDocumentation: false,
  });
  assert.deepStrictEqual(
    arr(others.results).map((x) => [x.errorCode, x.errorMessage]),
    [
      [ErrorCode.INVALID_REQUEST, 'Unexpected broker id, expected 1 or empty string, but received 7'],
      [ErrorCode.INVALID_REQUEST, 'Broker id must be an integer, but it is: one'],
    ],
  );
  for (const v of versions(33)) {
    const r = await c.request(33, v, {
      resources: [
        {
          resourceType: 2,
          resourceName: 'adm',
          configs: [{ name: 'retention.ms', value: String(1000 + v) }],
        },
      ],
      validateOnly: false,
    });
    assert.equal(arr(r.responses)[0]!.errorCode, 0);
  }
  for (const v of versions(44)) {
    const r = await c.request(44, v, {
      resources: [
        {
          resourceType: 2,
          resourceName: 'adm',
          configs: [
            { name: 'retention.ms', configOperation: 0, value: '5000' },
            { name: 'no.such.config', configOperation: 0, value: '1' },
          ],
        },
      ],
      validateOnly: false,
    });
    assert.equal(arr(r.responses)[0]!.errorCode, ErrorCode.INVALID_CONFIG);
  }
  const d = await c.request(32, 4, {
    resources: [{ resourceType: 2, resourceName: 'adm', configurationKeys: ['retention.ms'] }],
    includeSynonyms: false,
    includeDocumentation: false,
  });
  assert.equal(arr(arr(d.results)[0]!.configs)[0]!.value, '1002');
  for (const v of versions(37)) {
    const r = await c.request(37, v, {
      topics: [{ name: 'adm', count: 2 + v, assignments: null }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    assert.equal(arr(r.results)[0]!.errorCode, 0);
    const shrink = await c.request(37, v, {
      topics: [{ name: 'adm', count: 1, assignments: null }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    assert.equal(arr(shrink.results)[0]!.errorCode, ErrorCode.INVALID_PARTITIONS);
  }
  await produce(9, 'adm', 0, await batch(10));
  for (const v of versions(21)) {
    const r = await c.request(21, v, {
      topics: [{ name: 'adm', partitions: [{ partitionIndex: 0, offset: BigInt(2 + v) }] }],
      timeoutMs: 1000,
    });
    const p = arr(arr(r.topics)[0]!.partitions)[0]!;
    assert.equal(p.errorCode, 0);
    assert.equal(p.lowWatermark, BigInt(2 + v));
  }
  for (const v of versions(20)) {
    await createTopic(`del-${v}`, 1);
    const body =
      v >= 6
        ? {
            topics: [
              { name: `del-${v}`, topicId: Buffer.alloc(16) },
              { name: 'never', topicId: Buffer.alloc(16) },
            ],
            timeoutMs: 1000,
          }
        : { topicNames: [`del-${v}`, 'never'], timeoutMs: 1000 };
    const r = await c.request(20, v, body);
    assert.deepStrictEqual(
      arr(r.responses).map((x) => x.errorCode),
      [0, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      `v${v}`,
    );
  }
});

test('bad frames close only their own connection', async () => {
  const victim = await RawClient.connect(tb.port);
  const big = Buffer.alloc(4);
  big.writeInt32BE(200 * 1024 * 1024);
  victim.writeRaw(big);
  await new Promise((r) => setTimeout(r, 200));
  assert.ok(victim.closed, 'oversized frame closes the connection');
  const unknown = await RawClient.connect(tb.port);
  const f = RawClient.encode(18, 3, {});
  f.writeInt16BE(999, 4);
  unknown.writeRaw(f);
  await new Promise((r) => setTimeout(r, 200));
  assert.ok(unknown.closed, 'unknown API key closes the connection');
  const r = await c.request(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
  assert.equal(r.errorCode, 0);
});

test('pipelined requests of mixed APIs are answered in order on one connection', async () => {
  const kinds = [18, 3, 60, 10];
  const pending = Array.from({ length: 200 }, (_, i) => {
    const key = kinds[i % kinds.length]!;
    const body: Struct =
      key === 18
        ? { clientSoftwareName: 'p', clientSoftwareVersion: '1' }
        : key === 3
          ? { topics: [], allowAutoTopicCreation: false }
          : key === 60
            ? { includeClusterAuthorizedOperations: false, endpointType: 1 }
            : { key: 'grp-p', keyType: 0, coordinatorKeys: ['x'] };
    const version = key === 18 ? 3 : key === 3 ? 9 : key === 60 ? 1 : 4;
    return c.request(key, version, body);
  });
  // RawClient checks each response's correlation id against the oldest request in flight.
  const all = await Promise.all(pending);
  assert.equal(all.length, 200);
});

test('idempotent produce over the wire: retries are acknowledged once, gaps are refused', async () => {
  await createTopic('idem-raw', 1);
  const init = await c.request(22, 4, {
    transactionalId: null,
    transactionTimeoutMs: 60000,
    producerId: -1n,
    producerEpoch: -1,
  });
  const producerId = Number(init.producerId);
  const b = (baseSequence: number, n: number) =>
    buildRecordBatch({
      records: Array.from({ length: n }, (_, i) => ({ value: Buffer.from(`s${baseSequence + i}`) })),
      producerId,
      producerEpoch: 0,
      baseSequence,
    });
  const first = await produce(9, 'idem-raw', 0, await b(0, 5));
  assert.equal(first.errorCode, 0);
  const retry = await produce(9, 'idem-raw', 0, await b(0, 5));
  assert.equal(retry.errorCode, 0, 'a retried batch is acknowledged');
  assert.equal(retry.baseOffset, first.baseOffset, 'with its original offset');
  const next = await produce(9, 'idem-raw', 0, await b(5, 5));
  assert.equal(next.baseOffset, 5n);
  const gap = await produce(9, 'idem-raw', 0, await b(20, 1));
  assert.equal(gap.errorCode, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  const lo = await c.request(2, 8, {
    replicaId: -1,
    isolationLevel: 0,
    topics: [
      { name: 'idem-raw', partitions: [{ partitionIndex: 0, timestamp: -1n, currentLeaderEpoch: -1 }] },
    ],
  });
  assert.equal(arr(arr(lo.topics)[0]!.partitions)[0]!.offset, 10n, 'nothing written twice');
});

test('deleting a topic removes its committed offsets', async () => {
  await createTopic('gone', 1);
  await c.request(8, 2, {
    groupId: 'gone-g',
    generationIdOrMemberEpoch: -1,
    memberId: '',
    retentionTimeMs: -1n,
    topics: [
      { name: 'gone', partitions: [{ partitionIndex: 0, committedOffset: 3n, committedMetadata: null }] },
    ],
  });
  await c.request(20, 4, { topicNames: ['gone'], timeoutMs: 1000 });
  await createTopic('gone', 1);
  const r = await c.request(9, 5, { groupId: 'gone-g', topics: [{ name: 'gone', partitionIndexes: [0] }] });
  assert.equal(arr(arr(r.topics)[0]!.partitions)[0]!.committedOffset, -1n);
});

test('ListOffsets: a partition named twice is INVALID_REQUEST both times from v1 (Kafka), answered at v0', async () => {
  await createTopic('lodup', 2);
  const body = (name: string) => ({
    replicaId: -1,
    isolationLevel: 0,
    topics: [
      {
        name,
        partitions: [
          { partitionIndex: 0, timestamp: -1n, currentLeaderEpoch: -1, maxNumOffsets: 1 },
          { partitionIndex: 1, timestamp: -2n, currentLeaderEpoch: -1, maxNumOffsets: 1 },
        ],
      },
      { name, partitions: [{ partitionIndex: 0, timestamp: -2n, currentLeaderEpoch: -1, maxNumOffsets: 1 }] },
    ],
  });
  for (const v of [1, 4, 8]) {
    const r = await c.request(2, v, body('lodup'));
    const codes = arr(r.topics).flatMap((t) => arr(t.partitions).map((p) => [p.partitionIndex, p.errorCode]));
    assert.deepEqual(codes, [
      [0, ErrorCode.INVALID_REQUEST],
      [1, 0],
      [0, ErrorCode.INVALID_REQUEST],
    ]);
  }
  const v0 = await c.request(2, 0, body('lodup'));
  assert.ok(arr(v0.topics).every((t) => arr(t.partitions).every((p) => p.errorCode === 0)));
});
