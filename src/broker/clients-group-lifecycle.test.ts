/**
 * Consumer-group life cycles with confluent_kafka (librdkafka 2.0.2, Debian's /usr/bin/python3)
 * under churn, as against Apache Kafka's classic group coordinator:
 * - four members join and two leave at once while a fifth joins, for cooperative-sticky, range
 *   and roundrobin: the group settles on a balanced, disjoint assignment of all six partitions
 *   and every record is delivered;
 * - static members (cooperative-sticky, JoinGroup v5): each member in turn, the leader among
 *   them, restarts within session.timeout.ms and gets its partitions back while the others see
 *   no rebalance (Kafka's updateStaticMemberAndRebalance: a Stable group keeps its generation
 *   when the selected protocol stays; the restarted leader is answered as a follower before
 *   JoinGroup v9); a member joining afterwards still rebalances the group;
 * - a member that exceeds max.poll.interval.ms leaves the group: its commit gets
 *   UNKNOWN_MEMBER_ID, its next poll reports _MAX_POLL_EXCEEDED, it rejoins and commits again;
 * - a transactional producer whose consumer was removed mid-transaction gets UNKNOWN_MEMBER_ID
 *   from send_offsets_to_transaction as an abortable error (KIP-447 zombie fencing), aborts, and
 *   nothing of the transaction is visible to read_committed.
 * The transactional case logs each step's start (stderr as it happens, and in its result), and
 * its blocking calls have deadlines, so a stall names its step instead of ending in the script's
 * timeout.
 * librdkafka < 2.3 asserts when a cooperative-sticky consumer that never got an assignment is
 * closed (librdkafka#4312), so every member here is closed only after it owned partitions.
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

const PRELUDE = String.raw`
import json, sys, time
from confluent_kafka import Producer, Consumer, TopicPartition, KafkaException
from confluent_kafka.admin import AdminClient, NewTopic
def create(topic, n):
    admin = AdminClient({'bootstrap.servers': bs})
    admin.create_topics([NewTopic(topic, n, 1)])[topic].result()
def produce(topic, count, parts):
    p = Producer({'bootstrap.servers': bs})
    for i in range(count):
        p.produce(topic, value=b'%d' % i, partition=i % parts)
    assert p.flush(20) == 0
`;

async function py(body: string): Promise<Record<string, unknown>> {
  const started = Date.now();
  const script = `${PRELUDE}bs = ${JSON.stringify(tb.bootstrap)}\n${body}\nprint(json.dumps(out))\n`;
  const { stdout } = await run(requireTool('python'), ['-c', script], { timeoutMs: 55_000 });
  const out = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
  out.ms = Date.now() - started;
  return out;
}

const CHURN = (strategy: string) => String.raw`
create('churn-${strategy}', 6)
produce('churn-${strategy}', 600, 6)
seen = set()
def mk():
    c = Consumer({'bootstrap.servers': bs, 'group.id': 'churn-${strategy}',
                  'partition.assignment.strategy': '${strategy}', 'session.timeout.ms': 6000,
                  'heartbeat.interval.ms': 300, 'auto.offset.reset': 'earliest', 'enable.auto.commit': False})
    c.subscribe(['churn-${strategy}'])
    return c
def poll(cs, secs, done):
    t0 = time.time()
    while time.time() - t0 < secs:
        for c in cs:
            m = c.poll(0.05)
            if m is not None and not m.error():
                seen.add(int(m.value()))
        if done():
            return True
    return False
def sizes(cs):
    return [len(c.assignment()) for c in cs]
cs = []
for i in range(4):
    cs.append(mk())
    poll(cs, 0.3, lambda: False)
out = {}
out['first'] = poll(cs, 20, lambda: min(sizes(cs)) >= 1 and sum(sizes(cs)) == 6)
cs[1].close(); cs[2].close()
cs = [cs[0], cs[3], mk()]
out['settled'] = poll(cs, 30, lambda: sizes(cs) == [2, 2, 2])
owned = sorted(tp.partition for c in cs for tp in c.assignment())
out['owned'] = owned
poll(cs, 20, lambda: len(seen) == 600)
out['seen'] = len(seen)
for c in cs:
    c.close()
`;

for (const strategy of ['cooperative-sticky', 'range', 'roundrobin']) {
  test(`${strategy}: members join and leave at once; the group settles and delivers every record`, async () => {
    const r = await py(CHURN(strategy));
    assert.equal(r.first, true, 'four members shared six partitions');
    assert.equal(r.settled, true, 'three members own two partitions each');
    assert.deepEqual(r.owned, [0, 1, 2, 3, 4, 5]);
    assert.equal(r.seen, 600);
    console.log(`${strategy}: ${String(r.ms)} ms`);
  });
}

test('static members restart within session.timeout.ms without rebalancing the others', async () => {
  const r = await py(String.raw`
create('stat', 6)
produce('stat', 60, 6)
events = {}
def mk(i):
    def on_assign(c, ps): events.setdefault(i, []).append(['assign', sorted(p.partition for p in ps)])
    def on_revoke(c, ps): events.setdefault(i, []).append(['revoke', sorted(p.partition for p in ps)])
    c = Consumer({'bootstrap.servers': bs, 'group.id': 'stat', 'group.instance.id': 'member-%d' % i,
                  'partition.assignment.strategy': 'cooperative-sticky', 'session.timeout.ms': 10000,
                  'heartbeat.interval.ms': 300, 'auto.offset.reset': 'earliest'})
    c.subscribe(['stat'], on_assign=on_assign, on_revoke=on_revoke)
    return c
def poll(cs, secs, done=lambda: False):
    t0 = time.time()
    while time.time() - t0 < secs:
        for c in cs:
            c.poll(0.05)
        if done():
            return True
    return False
def owned(cs):
    return [sorted(p.partition for p in c.assignment()) for c in cs]
cs = [mk(i) for i in range(3)]
out = {'settled': poll(cs, 20, lambda: [len(a) for a in owned(cs)] == [2, 2, 2])}
start = owned(cs)
out['restarts'] = []
for i in range(3):
    events.clear()
    cs[i].close()
    cs[i] = mk(i)
    poll(cs, 4, lambda: len(cs[i].assignment()) == 2)
    poll(cs, 1.5)
    out['restarts'].append({'same': owned(cs) == start, 'others': {k: v for k, v in events.items() if k != i}})
extra = mk(3)
cs.append(extra)
out['grown'] = poll(cs, 20, lambda: sorted(len(a) for a in owned(cs)) == [1, 1, 2, 2])
out['owned'] = sorted(sum(owned(cs), []))
for c in cs:
    c.close()
`);
  assert.equal(r.settled, true);
  assert.deepEqual(r.restarts, [
    { same: true, others: {} },
    { same: true, others: {} },
    { same: true, others: {} },
  ]);
  assert.equal(r.grown, true, 'a fourth member gets partitions');
  assert.deepEqual(r.owned, [0, 1, 2, 3, 4, 5]);
});

test('a member past max.poll.interval.ms is removed: UNKNOWN_MEMBER_ID, _MAX_POLL_EXCEEDED, rejoin', async () => {
  const r = await py(String.raw`
create('mp', 2)
produce('mp', 100, 2)
conf = {'bootstrap.servers': bs, 'group.id': 'mp', 'session.timeout.ms': 2000, 'heartbeat.interval.ms': 300,
        'max.poll.interval.ms': 2000, 'auto.offset.reset': 'earliest', 'enable.auto.commit': False}
c1 = Consumer(conf); c1.subscribe(['mp'])
c2 = Consumer(conf); c2.subscribe(['mp'])
out = {}
t0 = time.time()
while time.time() - t0 < 20 and not (len(c1.assignment()) == 1 and len(c2.assignment()) == 1):
    c1.poll(0.1); c2.poll(0.1)
out['split'] = [len(c1.assignment()), len(c2.assignment())]
t0 = time.time()
while time.time() - t0 < 5:
    c2.poll(0.1)
out['c2_alone'] = len(c2.assignment())
def commit(c, p, o):
    try:
        c.commit(offsets=[TopicPartition('mp', p, o)], asynchronous=False)
        return 'NONE'
    except KafkaException as e:
        return e.args[0].name()
out['stale_commit'] = commit(c1, 0, 5)
events = []
t0 = time.time()
while time.time() - t0 < 20 and not (len(c1.assignment()) == 1 and len(c2.assignment()) == 1):
    m = c1.poll(0.1)
    if m is not None and m.error():
        events.append(m.error().name())
    c2.poll(0.1)
out['events'] = sorted(set(events))
out['rejoined'] = [len(c1.assignment()), len(c2.assignment())]
mine = list(c1.assignment())[0].partition if c1.assignment() else 0
out['commit_after'] = commit(c1, mine, 7)
out['committed'] = c1.committed([TopicPartition('mp', mine)], timeout=10)[0].offset
c1.close(); c2.close()
`);
  assert.deepEqual(r.split, [1, 1]);
  assert.equal(r.c2_alone, 2);
  assert.equal(r.stale_commit, 'UNKNOWN_MEMBER_ID');
  assert.deepEqual(r.events, ['_MAX_POLL_EXCEEDED']);
  assert.deepEqual(r.rejoined, [1, 1]);
  assert.equal(r.commit_after, 'NONE');
  assert.equal(r.committed, 7);
});

test('offsets sent to a transaction by a removed member are refused (abortable) and never visible', async () => {
  const r = await py(String.raw`
out = {'steps': []}
T0 = time.time()
def step(name):
    # Printed as it happens too: a stall then shows in the timeout's stderr.
    out['steps'].append('%.2f %s' % (time.time() - T0, name))
    print(out['steps'][-1], file=sys.stderr, flush=True)
step('create topics')
create('tin', 2); create('tout', 1)
produce('tin', 20, 2)
conf = {'bootstrap.servers': bs, 'group.id': 'tg', 'session.timeout.ms': 2000, 'heartbeat.interval.ms': 200,
        'max.poll.interval.ms': 2000, 'auto.offset.reset': 'earliest', 'enable.auto.commit': False,
        'isolation.level': 'read_committed'}
# The first InitProducerId creates __transaction_state (50 partitions): done before c1 joins,
# so its time does not count against c1's max.poll.interval.ms.
step('init_transactions')
tp = Producer({'bootstrap.servers': bs, 'transactional.id': 'tg-1'})
tp.init_transactions(30)
step('c1 joins, first record')
c1 = Consumer(conf); c1.subscribe(['tin'])
m = None
t0 = time.time()
while m is None and time.time() - t0 < 20:
    m = c1.poll(0.2)
    if m is not None and m.error():
        m = None
step('begin zombie')
tp.begin_transaction()
tp.produce('tout', value=b'zombie')
meta = c1.consumer_group_metadata()
step('c2 joins')
c2 = Consumer(conf); c2.subscribe(['tin'])
t0 = time.time()
while time.time() - t0 < 6:
    c2.poll(0.1)
out['c2'] = len(c2.assignment())
step('send_offsets')
try:
    tp.send_offsets_to_transaction([TopicPartition('tin', m.partition(), m.offset() + 1)], meta, 15)
    out['send_offsets'] = 'NONE'
except KafkaException as e:
    err = e.args[0]
    out['send_offsets'] = [err.name(), err.txn_requires_abort(), err.fatal()]
step('abort')
tp.abort_transaction(15)
step('begin good')
tp.begin_transaction()
tp.produce('tout', value=b'good')
step('commit')
tp.commit_transaction(15)
step('read back')
r = Consumer({'bootstrap.servers': bs, 'group.id': 'tg-read', 'isolation.level': 'read_committed', 'enable.auto.commit': False})
r.assign([TopicPartition('tout', 0, 0)])
vals = []
t0 = time.time()
while time.time() - t0 < 10 and len(vals) < 1:
    x = r.poll(0.2)
    if x is not None and not x.error():
        vals.append(x.value().decode())
out['visible'] = vals
step('committed')
out['group_offset'] = c2.committed([TopicPartition('tin', m.partition())], timeout=10)[0].offset
step('close r')
r.close()
step('close c1')
c1.close()
step('close c2')
c2.close()
step('done')
`);
  assert.equal(r.c2, 2);
  assert.deepEqual(r.send_offsets, ['UNKNOWN_MEMBER_ID', true, false]);
  assert.deepEqual(r.visible, ['good']);
  assert.equal(r.group_offset, -1001, 'no offset was committed for the zombie');
  console.log(`zombie offsets: ${(r.steps as string[]).join(', ')}`);
});
