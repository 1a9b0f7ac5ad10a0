/**
 * Test support: confluent_kafka (librdkafka) transactional phases for `clients-transactions.test.ts`,
 * run with Debian's /usr/bin/python3. Each phase prints one JSON line with what it saw.
 */
export const TXN_SCRIPT = String.raw`
import json, os, sys, time
from confluent_kafka import Producer, Consumer, TopicPartition, KafkaError, KafkaException

bs, phase = sys.argv[1], sys.argv[2]
out = {}

def drain(topic, isolation, idle=3.0, group=None):
    c = Consumer({'bootstrap.servers': bs, 'group.id': group or ('r-' + str(time.time())),
                  'auto.offset.reset': 'earliest', 'enable.auto.commit': False,
                  'isolation.level': isolation, 'enable.partition.eof': False})
    c.subscribe([topic])
    got, last = [], time.time()
    while time.time() - last < idle:
        m = c.poll(0.3)
        if m is None or m.error():
            continue
        got.append(m.value().decode())
        last = time.time()
    c.close()
    return sorted(got)

def producer(tid, timeout_ms=10000):
    return Producer({'bootstrap.servers': bs, 'transactional.id': tid,
                     'transaction.timeout.ms': timeout_ms, 'linger.ms': 5})

if phase == 'eos':
    # consume 'in' in a group, write tA/tB in one transaction with the offsets; then abort one.
    cons = Consumer({'bootstrap.servers': bs, 'group.id': 'eos-g', 'auto.offset.reset': 'earliest',
                     'enable.auto.commit': False, 'isolation.level': 'read_committed'})
    cons.subscribe(['in'])
    seen = []
    t0 = time.time()
    while len(seen) < 10 and time.time() - t0 < 30:
        m = cons.poll(0.5)
        if m is not None and not m.error():
            seen.append(m)
    p = producer('eos-1')
    p.init_transactions(20)
    p.begin_transaction()
    for m in seen:
        v = m.value().decode()
        p.produce('tA', key=v.encode(), value=('c-' + v).encode())
        p.produce('tB', key=v.encode(), value=('c-' + v).encode())
    positions = cons.position(cons.assignment())
    p.send_offsets_to_transaction(positions, cons.consumer_group_metadata(), 20)
    p.commit_transaction(20)
    p.begin_transaction()
    for i in range(20):
        p.produce('tA', key=str(i).encode(), value=('a-' + str(i)).encode())
    p.flush(10)
    p.abort_transaction(20)
    p.begin_transaction()
    for i in range(5):
        p.produce('tA', key=str(i).encode(), value=('d-' + str(i)).encode())
    p.commit_transaction(20)
    cons.close()
    out['consumed'] = len(seen)
    out['committed'] = drain('tA', 'read_committed')
    out['uncommitted'] = drain('tA', 'read_uncommitted')
    out['tB'] = drain('tB', 'read_committed')
    c2 = Consumer({'bootstrap.servers': bs, 'group.id': 'eos-g'})
    out['offsets'] = [tp.offset for tp in c2.committed([TopicPartition('in', 0)], timeout=10)]
    c2.close()

elif phase == 'fence':
    p1 = producer('zombie')
    p1.init_transactions(20)
    p1.begin_transaction()
    p1.produce('tZ', value=b'zombie-1')
    p1.flush(10)
    p2 = producer('zombie')
    p2.init_transactions(20)
    p2.begin_transaction()
    p2.produce('tZ', value=b'new-1')
    p2.commit_transaction(20)
    try:
        p1.produce('tZ', value=b'zombie-2')
        p1.commit_transaction(20)
        out['zombie'] = 'committed'
    except KafkaException as e:
        out['zombie'] = e.args[0].name()
        out['fatal'] = e.args[0].fatal()
    out['committed'] = drain('tZ', 'read_committed')
    out['uncommitted'] = drain('tZ', 'read_uncommitted')

elif phase == 'hang':
    # open a transaction and die without ending it
    p = producer('hanging', int(sys.argv[3]))
    p.init_transactions(20)
    p.begin_transaction()
    p.produce('tH', value=b'open-1')
    p.flush(10)
    print(json.dumps({'open': True}), flush=True)
    os._exit(0)

elif phase == 'after-hang':
    p = Producer({'bootstrap.servers': bs})
    p.produce('tH', value=b'plain-1')
    p.flush(10)
    t0 = time.time()
    got = []
    while time.time() - t0 < 30 and 'plain-1' not in got:
        got = drain('tH', 'read_committed', 1.5)
    out['seconds'] = round(time.time() - t0, 1)
    out['committed'] = got
    out['uncommitted'] = drain('tH', 'read_uncommitted')

print(json.dumps(out))
`;
