/**
 * kafka-python 2.0.2 (Debian's /usr/bin/python3): the KafkaConsumer / KafkaAdminClient calls
 * users reach for beyond produce-and-consume — partitions_for_topic, seek_to_beginning/end and
 * position, offsets_for_times (including a time past the end: None), commit with metadata and
 * committed, a two-member group splitting partitions, list/describe/delete consumer groups —
 * and every compression codec kafka-python writes (gzip, snappy, lz4, zstd: Debian's
 * python3-snappy, python3-lz4 and python3-zstandard).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { run } from './test-support/run.js';

let tb: TestBroker;

before(async () => {
  tb = await startTestBroker({ 'group.min.session.timeout.ms': 1000 });
});
after(async () => {
  await tb?.stop();
});

async function py(body: string): Promise<Record<string, unknown>> {
  const script = String.raw`
import json, time
from kafka import KafkaProducer, KafkaConsumer, KafkaAdminClient, TopicPartition
from kafka.structs import OffsetAndMetadata
from kafka.admin import NewTopic
bs = ${JSON.stringify(tb.bootstrap)}
out = {}
${body}
print(json.dumps(out))
`;
  const { stdout } = await run(requireTool('python'), ['-c', script], { timeoutMs: 55_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

test('consumer and admin calls: positions, offsets_for_times, commit metadata, groups', async () => {
  const r = await py(String.raw`
ad = KafkaAdminClient(bootstrap_servers=bs)
ad.create_topics([NewTopic('kpa', 2, 1)])
p = KafkaProducer(bootstrap_servers=bs)
base = 1_700_000_000_000
for i in range(20):
    p.send('kpa', value=b'%d' % i, partition=i % 2, timestamp_ms=base + i * 1000)
p.flush()
c = KafkaConsumer(bootstrap_servers=bs, group_id='kpa-g', enable_auto_commit=False)
out['partitions'] = sorted(c.partitions_for_topic('kpa'))
tp0, tp1 = TopicPartition('kpa', 0), TopicPartition('kpa', 1)
c.assign([tp0, tp1])
c.seek_to_end(tp0)
out['end'] = c.position(tp0)
c.seek_to_beginning(tp0)
out['beginning'] = c.position(tp0)
c.seek(tp1, 4)
out['first_after_seek'] = int(next(m for m in c if m.partition == 1).value)
found = c.offsets_for_times({tp0: base + 4500, tp1: base + 10 ** 9})
out['for_times'] = [[found[tp0].offset, found[tp0].timestamp], found[tp1]]
c.commit({tp0: OffsetAndMetadata(3, 'checkpoint-7')})
out['committed'] = [c.committed(tp0), c.committed(tp1)]
out['listed'] = {str(k.partition): [v.offset, v.metadata] for k, v in ad.list_consumer_group_offsets('kpa-g').items()}
c.close()
groups = dict(ad.list_consumer_groups())
out['group_type'] = groups.get('kpa-g')
d = ad.describe_consumer_groups(['kpa-g'])[0]
out['described'] = [d.group, d.state, d.members]
out['deleted'] = [[g, e.__name__] for g, e in ad.delete_consumer_groups(['kpa-g', 'kpa-none'])]
out['after_delete'] = 'kpa-g' in dict(ad.list_consumer_groups())
ad.close()
`);
  assert.deepEqual(r.partitions, [0, 1]);
  assert.equal(r.end, 10);
  assert.equal(r.beginning, 0);
  assert.equal(r.first_after_seek, 9, 'offset 4 of partition 1 holds record 9');
  // 1_700_000_004_500 falls between records 4 (offset 2) and 6 (offset 3) of partition 0.
  assert.deepEqual(r.for_times, [[3, 1_700_000_006_000], null]);
  assert.deepEqual(r.committed, [3, null]);
  assert.deepEqual(r.listed, { '0': [3, 'checkpoint-7'] });
  assert.equal(r.group_type, '', 'a group used only for offsets has no protocol type');
  assert.deepEqual(r.described, ['kpa-g', 'Empty', []]);
  assert.deepEqual(r.deleted, [
    ['kpa-g', 'NoError'],
    ['kpa-none', 'GroupIdNotFoundError'],
  ]);
  assert.equal(r.after_delete, false);
});

test('a two-member kafka-python group splits the partitions and consumes every record', async () => {
  const r = await py(String.raw`
ad = KafkaAdminClient(bootstrap_servers=bs)
ad.create_topics([NewTopic('kpg', 4, 1)])
p = KafkaProducer(bootstrap_servers=bs)
for i in range(400):
    p.send('kpg', value=b'%d' % i, partition=i % 4)
p.flush()
kw = dict(bootstrap_servers=bs, group_id='kpg-g', auto_offset_reset='earliest', session_timeout_ms=6000,
          heartbeat_interval_ms=300, enable_auto_commit=False)
# One thread per member: kafka-python's poll() blocks in a rebalance until every member has
# rejoined, so two members polled from one thread would wait on each other.
import threading
seen = {}
lock = threading.Lock()
stop = threading.Event()
members = [KafkaConsumer('kpg', **kw) for _ in range(2)]
def loop(c):
    while not stop.is_set():
        for recs in c.poll(timeout_ms=100).values():
            with lock:
                for m in recs:
                    seen[int(m.value)] = seen.get(int(m.value), 0) + 1
        try:
            c.commit()
        except Exception:
            pass  # CommitFailedError in a rebalance: the next poll rejoins
threads = [threading.Thread(target=loop, args=(c,)) for c in members]
for t in threads:
    t.start()
t0 = time.time()
while time.time() - t0 < 30 and (len(seen) < 400 or not all(c.assignment() for c in members)):
    time.sleep(0.1)
time.sleep(1)
stop.set()
for t in threads:
    t.join()
out['sizes'] = sorted(len(c.assignment()) for c in members)
out['owned'] = sorted(tp.partition for c in members for tp in c.assignment())
out['seen'] = len(seen)
out['committed'] = sum(members[0].committed(TopicPartition('kpg', i)) or 0 for i in range(4))
for c in members:
    c.close()
`);
  assert.deepEqual(r.sizes, [2, 2]);
  assert.deepEqual(r.owned, [0, 1, 2, 3]);
  assert.equal(r.seen, 400);
  assert.equal(r.committed, 400);
});

for (const codec of ['gzip', 'snappy', 'lz4', 'zstd']) {
  test(`kafka-python writes ${codec} batches that read back intact`, async () => {
    const r = await py(String.raw`
t = 'kpc-${codec}'
p = KafkaProducer(bootstrap_servers=bs, compression_type='${codec}', linger_ms=5)
futures = [p.send(t, key=b'k%d' % i, value=(b'v%d-' % i) * 20, headers=[('h', b'%d' % i)]) for i in range(500)]
p.flush()
out['offsets'] = [f.get(10).offset for f in futures[:3]]
p.close()
c = KafkaConsumer(bootstrap_servers=bs, consumer_timeout_ms=4000, auto_offset_reset='earliest')
c.assign([TopicPartition(t, 0)])
ms = []
for m in c:
    ms.append(m)
    if len(ms) == 500:
        break
out['n'] = len(ms)
out['bad'] = sum(1 for i, m in enumerate(ms) if m.key != b'k%d' % i or m.value != (b'v%d-' % i) * 20 or m.headers != [('h', b'%d' % i)])
c.close()
`);
    assert.deepEqual(r.offsets, [0, 1, 2]);
    assert.equal(r.n, 500);
    assert.equal(r.bad, 0);
  });
}
