/**
 * Rack-aware fetching (KIP-392) on a single node: a consumer with `client.rack` (Fetch v11+
 * carries rack_id) reads everything from the leader, and the broker answers
 * preferred_read_replica = -1 (no other replica to prefer) at every version that has the field.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Struct } from '../kafka/protocol/codec.js';
import { buildRecordBatch } from '../kafka/record-batch/index.js';
import { requireTool } from '../testing/tools.js';
import { apiByKey } from './protocol/registry.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';
import { run } from './test-support/run.js';

const SCRIPT = String.raw`
import json, sys
from confluent_kafka import Consumer, Producer
bs, topic, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
p = Producer({'bootstrap.servers': bs})
for i in range(n):
    p.produce(topic, key=str(i).encode(), value=('v%d' % i).encode())
p.flush(20)
logs = []
class L:
    def log(self, level, fmt, *args):
        logs.append(fmt % args if args else fmt)
c = Consumer({'bootstrap.servers': bs, 'group.id': 'rack-g', 'auto.offset.reset': 'earliest',
              'client.rack': 'rack-a', 'debug': 'fetch,protocol', 'logger': L()})
c.subscribe([topic])
got = []
errors = []
import time
deadline = time.time() + 30
while len(got) < n and time.time() < deadline:
    m = c.poll(0.5)
    if m is None:
        continue
    if m.error():
        errors.append(str(m.error()))
        continue
    got.append(m.value().decode())
c.close()
fetch_versions = sorted({l.split('(v')[1].split(',')[0] for l in logs if 'Sent FetchRequest (v' in l})
print(json.dumps({'got': got, 'errors': errors, 'fetch_versions': fetch_versions,
                  'preferred': [l for l in logs if 'preferred' in l.lower()][:3]}))
`;

let tb: TestBroker;

before(async () => {
  tb = await startTestBroker({ 'num.partitions': 1 });
});
after(async () => {
  await tb?.stop();
});

test('confluent_kafka with client.rack consumes everything from the single node', async () => {
  const python = requireTool('python');
  const script = join(tb.dataDir, 'rack.py');
  await writeFile(script, SCRIPT);
  const { stdout } = await run(python, [script, tb.bootstrap, 'rack-t', '200'], { timeoutMs: 55_000 });
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as {
    got: string[];
    errors: string[];
    fetch_versions: string[];
    preferred: string[];
  };
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.got,
    Array.from({ length: 200 }, (_, i) => `v${i}`),
  );
  assert.ok(
    r.fetch_versions.some((v) => Number(v) >= 11),
    `Fetch v11+ (with rack_id) was used: ${r.fetch_versions.join(',')}`,
  );
  assert.deepEqual(r.preferred, [], 'no preferred read replica redirect');
});

test('Fetch v11+ with a rack id answers preferred_read_replica -1', async () => {
  const c = await RawClient.connect(tb.port);
  try {
    await c.request(19, 7, {
      topics: [{ name: 'rack-raw', numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }],
      timeoutMs: 1000,
    });
    const records = await buildRecordBatch({ records: [{ key: null, value: Buffer.from('r') }] });
    await c.request(0, 9, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: 'rack-raw', partitionData: [{ index: 0, records }] }],
    });
    const meta = await c.request(3, 12, {
      topics: [{ name: 'rack-raw', topicId: Buffer.alloc(16) }],
      allowAutoTopicCreation: false,
    });
    const topicId = (meta.topics as Struct[])[0]!.topicId as Buffer;
    for (let v = 11; v <= apiByKey(1)!.maxVersion; v++) {
      const r = await c.request(1, v, {
        maxWaitMs: 0,
        minBytes: 0,
        maxBytes: 1 << 20,
        isolationLevel: 1,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic: 'rack-raw',
            topicId,
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
        rackId: 'rack-a',
      });
      const p = ((r.responses as Struct[])[0]!.partitions as Struct[])[0]!;
      assert.equal(p.errorCode, 0, `v${v}`);
      assert.equal(p.preferredReadReplica, -1, `v${v}`);
      assert.ok((p.records as Buffer).length > 0, `v${v}: records returned by the leader`);
    }
  } finally {
    c.close();
  }
});
