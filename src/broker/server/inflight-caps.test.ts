/**
 * In-flight request byte caps (issue 4, "Bad input"): once a connection's unanswered requests
 * reach queued.max.request.bytes.per.connection, or all connections' together reach
 * queued.max.request.bytes, the broker stops reading (TCP pushes back on the client) and resumes
 * when responses free the bytes. Long-poll Fetches padded with a large rack id hold the bytes;
 * a Produce sent behind them shows whether the broker read it: its record becomes visible to
 * another connection only once read.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../../kafka/protocol/codec.js';
import { buildRecordBatch } from '../../kafka/record-batch/index.js';
import { startTestBroker, type TestBroker } from '../test-support/harness.js';
import { RawClient } from '../test-support/raw-client.js';

const FRAME_MAX = 16 * 1024;
const POLL_MS = 3000; // long enough that the checks below land inside it even on a loaded machine
let tb: TestBroker;
const clients: RawClient[] = [];

before(async () => {
  tb = await startTestBroker({
    'socket.request.max.bytes': FRAME_MAX,
    'queued.max.request.bytes.per.connection': 40_000,
    'queued.max.request.bytes': 50_000,
  });
  const c = await connect();
  for (const name of ['caps-wait', 'caps-a', 'caps-b', 'caps-c']) {
    const r = await c.request(19, 7, {
      topics: [{ name, numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }],
      timeoutMs: 1000,
    });
    assert.equal((r.topics as Struct[])[0]!.errorCode, 0);
  }
});
after(async () => {
  for (const c of clients) c.close();
  await tb?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function connect(): Promise<RawClient> {
  const c = await RawClient.connect(tb.port);
  clients.push(c);
  return c;
}

/** A Fetch v12 long poll on the empty topic, about 15 KB (rack id padding), answered after POLL_MS. */
function longPoll(c: RawClient): Promise<Struct> {
  return c.request(1, 12, {
    maxWaitMs: POLL_MS,
    minBytes: 1,
    maxBytes: 1 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic: 'caps-wait',
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
    rackId: 'r'.repeat(15_000),
  });
}

async function produce(c: RawClient, topic: string): Promise<Struct> {
  const records = await buildRecordBatch({ records: [{ key: null, value: Buffer.from('x') }] });
  const r = await c.request(0, 9, {
    transactionalId: null,
    acks: -1,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
  });
  return ((r.responses as Struct[])[0]!.partitionResponses as Struct[])[0]!;
}

/** The high watermark, asked on a fresh connection (its first request is always read). */
async function endOffset(topic: string): Promise<bigint> {
  const c = await connect();
  const r = await c.request(2, 1, {
    replicaId: -1,
    topics: [{ name: topic, partitions: [{ partitionIndex: 0, timestamp: -1n }] }],
  });
  c.close();
  return ((r.topics as Struct[])[0]!.partitions as Struct[])[0]!.offset as bigint;
}

/** Sends `polls` long polls then, a little later, a Produce on the same connection. */
async function pollsThenProduce(c: RawClient, polls: number, topic: string) {
  const started = performance.now();
  const pending = Array.from({ length: polls }, () => longPoll(c));
  await sleep(200);
  const produced = produce(c, topic);
  return { started, pending, produced };
}

test('below the caps a request behind long polls is read and appended at once', async () => {
  const c = await connect();
  const { started, pending, produced } = await pollsThenProduce(c, 2, 'caps-a');
  await sleep(300);
  assert.equal(await endOffset('caps-a'), 1n, 'appended while the polls still wait');
  assert.ok(performance.now() - started < POLL_MS, 'checked before the polls ended');
  await Promise.all(pending);
  assert.equal((await produced).errorCode, 0);
});

test('the per-connection cap pauses reading until the long polls are answered', async () => {
  const c = await connect();
  const { started, pending, produced } = await pollsThenProduce(c, 3, 'caps-b'); // 45 KB > 40 KB
  await sleep(300);
  assert.equal(await endOffset('caps-b'), 0n, 'not read while over the cap');
  assert.ok(performance.now() - started < POLL_MS, 'checked before the polls ended');
  await Promise.all(pending);
  assert.equal((await produced).errorCode, 0, 'read and appended after resuming');
  assert.equal(await endOffset('caps-b'), 1n);
  assert.ok(!c.closed);
});

test('the total cap pauses every connection until bytes are released', async () => {
  const a = await connect();
  const b = await connect();
  const waitA = [longPoll(a), longPoll(a)]; // 30 KB: under the per-connection cap
  await sleep(50);
  const { started, pending, produced } = await pollsThenProduce(b, 2, 'caps-c'); // 60 KB in all > 50 KB
  await sleep(300);
  assert.equal(await endOffset('caps-c'), 0n, 'not read while all connections together are over the cap');
  assert.ok(performance.now() - started < POLL_MS, 'checked before the polls ended');
  await Promise.all([...waitA, ...pending]);
  assert.equal((await produced).errorCode, 0, 'read and appended after resuming');
  assert.equal(await endOffset('caps-c'), 1n);
});
