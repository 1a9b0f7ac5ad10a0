/**
 * kafka-python 2.0.2 (Debian's /usr/bin/python3) against the broker. It guesses the broker's
 * release from ApiVersions and then uses fixed old versions (Produce v7, Fetch v4, Metadata
 * v1, ListOffsets v1, JoinGroup v2, OffsetCommit v2, OffsetFetch v1); the advertised ranges
 * must make it guess a modern release so it writes v2 record batches. Only gzip is available
 * to it here (no python snappy / lz4 / zstd modules).
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { run } from './test-support/run.js';

const SCRIPT = String.raw`
import json, sys, time
from kafka import KafkaProducer, KafkaConsumer, KafkaAdminClient, TopicPartition
from kafka.admin import NewTopic, NewPartitions, ConfigResource, ConfigResourceType
from kafka.errors import TopicAlreadyExistsError, InvalidPartitionsError
bs = sys.argv[1]
out = {}
ad = KafkaAdminClient(bootstrap_servers=bs)
out['api_version'] = list(ad._client.config['api_version'])
ad.create_topics([NewTopic('kp', 3, 1, topic_configs={'retention.ms': '777777'})])
try:
    ad.create_topics([NewTopic('kp', 3, 1)])
    out['again'] = 'NONE'
except TopicAlreadyExistsError:
    out['again'] = 'TOPIC_ALREADY_EXISTS'
try:
    ad.create_partitions({'kp': NewPartitions(2)})
    out['shrink'] = 'NONE'
except InvalidPartitionsError:
    out['shrink'] = 'INVALID_PARTITIONS'
cfg = ad.describe_configs([ConfigResource(ConfigResourceType.TOPIC, 'kp')])
out['retention'] = [c[1] for c in cfg[0].resources[0][4] if c[0] == 'retention.ms'][0]
p = KafkaProducer(bootstrap_servers=bs, compression_type='gzip', acks='all')
base = 1_650_000_000_000
for i in range(3000):
    p.send('kp', key=None if i % 7 == 0 and i % 5 != 0 else b'k%d' % i, value=None if i % 5 == 0 else b'v%d' % i, headers=[('n', b'%d' % i)], partition=i % 3, timestamp_ms=base + i)
p.flush()
p.close()
c = KafkaConsumer('kp', bootstrap_servers=bs, group_id='kpg', auto_offset_reset='earliest', consumer_timeout_ms=5000, enable_auto_commit=False)
bad = 0
n = 0
for m in c:
    i = m.timestamp - base
    n += 1
    if m.key != (None if i % 7 == 0 and i % 5 != 0 else b'k%d' % i) or m.value != (None if i % 5 == 0 else b'v%d' % i) or m.headers != [('n', b'%d' % i)] or m.partition != i % 3:
        bad += 1
    if n == 3000:
        break
c.commit()
out['consumed'] = n
out['bad'] = bad
out['committed'] = sum(c.committed(TopicPartition('kp', i)) for i in range(3))
tp = TopicPartition('kp', 0)
out['end'] = c.end_offsets([tp])[tp]
out['begin'] = c.beginning_offsets([tp])[tp]
out['for_time'] = c.offsets_for_times({tp: base + 30})[tp].offset
c.close()
c2 = KafkaConsumer(bootstrap_servers=bs, consumer_timeout_ms=3000)
c2.assign([tp])
c2.seek(tp, 500)
out['after_seek'] = next(iter(c2)).offset
c2.close()
out['groups'] = [g[0] for g in ad.list_consumer_groups()]
out['state'] = ad.describe_consumer_groups(['kpg'])[0].state
print(json.dumps(out))
`;

let tb: TestBroker;

before(async () => {
  tb = await startTestBroker();
});
after(async () => {
  await tb?.stop();
});

test(
  'kafka-python: admin, gzip produce with headers/timestamps/NULLs, group consume and commit, offsets, seek',
  { timeout: 90_000 },
  async () => {
    const python = requireTool('python');
    const script = join(tb.dataDir, 'kp.py');
    await writeFile(script, SCRIPT);
    const { stdout } = await run(python, [script, tb.bootstrap], { timeoutMs: 80_000 });
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    assert.deepStrictEqual(r.api_version, [2, 5, 0], 'kafka-python guesses a modern broker');
    assert.equal(r.again, 'TOPIC_ALREADY_EXISTS');
    assert.equal(r.shrink, 'INVALID_PARTITIONS');
    assert.equal(r.retention, '777777');
    assert.equal(r.consumed, 3000);
    assert.equal(r.bad, 0);
    assert.equal(r.committed, 3000);
    assert.equal(r.end, 1000);
    assert.equal(r.begin, 0);
    assert.equal(r.for_time, 10);
    assert.equal(r.after_seek, 500);
    assert.ok((r.groups as string[]).includes('kpg'));
    assert.equal(r.state, 'Empty');
  },
);
