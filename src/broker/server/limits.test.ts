/**
 * Connection limits: idle connections close after connections.max.idle.ms; a connection
 * waiting on a long poll is not idle; frames over socket.request.max.bytes close only their
 * connection.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestBroker, type TestBroker } from '../test-support/harness.js';
import { RawClient } from '../test-support/raw-client.js';

let tb: TestBroker;

before(async () => {
  tb = await startTestBroker({ 'connections.max.idle.ms': 300, 'socket.request.max.bytes': 4096 });
});
after(async () => {
  await tb?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('idle connections are closed; busy ones are not', async () => {
  const idle = await RawClient.connect(tb.port);
  await idle.request(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
  const busy = await RawClient.connect(tb.port);
  await busy.request(19, 7, {
    topics: [{ name: 'idle-t', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 1000,
  });
  const poll = busy.request(1, 12, {
    maxWaitMs: 1200,
    minBytes: 1,
    maxBytes: 1000,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic: 'idle-t',
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
  await sleep(900);
  assert.ok(idle.closed, 'idle connection closed');
  assert.ok(!busy.closed, 'a connection with a request in flight stays open');
  await poll;
  busy.close();
});

test('a frame over socket.request.max.bytes closes that connection only', async () => {
  const a = await RawClient.connect(tb.port);
  const b = await RawClient.connect(tb.port);
  const big = RawClient.encode(3, 9, {
    topics: [{ name: 'x'.repeat(200), topicId: Buffer.alloc(16) }],
    allowAutoTopicCreation: false,
  });
  const huge = Buffer.concat([big, Buffer.alloc(5000)]);
  huge.writeInt32BE(huge.length - 4, 0);
  a.writeRaw(huge);
  await sleep(200);
  assert.ok(a.closed);
  const r = await b.request(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
  assert.equal(r.errorCode, 0);
  b.close();
});
