/**
 * Test support: the confluent_kafka (librdkafka) script the client suite runs with Debian's
 * /usr/bin/python3. Each phase prints one JSON line with what it saw.
 */
export const CONFLUENT_SCRIPT = String.raw`
import json, sys, time
from confluent_kafka import Producer, Consumer, TopicPartition, KafkaError, KafkaException
from confluent_kafka.admin import AdminClient, NewTopic, NewPartitions, ConfigResource

bs, phase = sys.argv[1], sys.argv[2]
out = {}

def err_name(f):
    try:
        f.result()
        return 'NONE'
    except KafkaException as e:
        return e.args[0].name()

def consume_all(c, n, timeout=30):
    got = []
    t0 = time.time()
    while len(got) < n and time.time() - t0 < timeout:
        m = c.poll(0.5)
        if m is None:
            continue
        if m.error():
            if m.error().code() == KafkaError._PARTITION_EOF:
                continue
            raise Exception(str(m.error()))
        got.append(m)
    return got

if phase == 'admin':
    a = AdminClient({'bootstrap.servers': bs})
    fs = a.create_topics([NewTopic('adm1', 3, 1, config={'retention.ms': '123456'}), NewTopic('adm-bad', 0, 1), NewTopic('adm-rf', 1, 3)])
    out['create'] = {t: err_name(f) for t, f in fs.items()}
    out['again'] = err_name(a.create_topics([NewTopic('adm1', 3, 1)])['adm1'])
    out['partitions'] = err_name(a.create_partitions([NewPartitions('adm1', 5)])['adm1'])
    out['shrink'] = err_name(a.create_partitions([NewPartitions('adm1', 2)])['adm1'])
    md = a.list_topics(timeout=10)
    out['adm1_partitions'] = len(md.topics['adm1'].partitions)
    out['controller'] = md.controller_id
    res = ConfigResource('topic', 'adm1')
    cfg = a.describe_configs([res])[res].result()
    out['retention'] = cfg['retention.ms'].value
    out['retention_source'] = cfg['retention.ms'].source
    res2 = ConfigResource('topic', 'adm1', set_config={'retention.ms': '999'})
    out['alter'] = err_name(a.alter_configs([res2])[res2])
    cfg = a.describe_configs([res])[res].result()
    out['retention_after'] = cfg['retention.ms'].value
    out['delete_unknown'] = err_name(a.delete_topics(['nope'])['nope'])
    out['delete'] = err_name(a.delete_topics(['adm1'])['adm1'])
    time.sleep(0.5)
    out['after_delete'] = 'adm1' in a.list_topics(timeout=10).topics

elif phase == 'roundtrip':
    codec = sys.argv[3]
    n = int(sys.argv[4])
    topic = 'rt-' + codec
    admin = AdminClient({'bootstrap.servers': bs})
    admin.create_topics([NewTopic(topic, 2, 1)])[topic].result()
    p = Producer({'bootstrap.servers': bs, 'compression.type': codec, 'linger.ms': 10, 'acks': 'all'})
    base = 1_600_000_000_000
    errors = []
    def cb(err, msg):
        if err: errors.append(str(err))
    for i in range(n):
        key = None if i % 13 == 0 else ('k%d' % i).encode()
        value = None if i % 17 == 0 else (('v%d-' % i) + 'x' * (i % 200)).encode()
        p.produce(topic, key=key, value=value, headers=[('h', ('%d' % i).encode()), ('empty', b'')], timestamp=base + i, partition=i % 2, on_delivery=cb)
        if i % 1000 == 0:
            p.poll(0)
    left = p.flush(30)
    c = Consumer({'bootstrap.servers': bs, 'group.id': 'rt-' + codec, 'auto.offset.reset': 'earliest', 'enable.auto.commit': False})
    c.assign([TopicPartition(topic, 0, 0), TopicPartition(topic, 1, 0)])
    msgs = consume_all(c, n)
    bad = 0
    seen = set()
    for m in msgs:
        i = m.timestamp()[1] - base
        seen.add(i)
        key = None if i % 13 == 0 else ('k%d' % i).encode()
        value = None if i % 17 == 0 else (('v%d-' % i) + 'x' * (i % 200)).encode()
        hdrs = m.headers()
        if m.key() != key or m.value() != value or m.partition() != i % 2 or hdrs != [('h', ('%d' % i).encode()), ('empty', b'')]:
            bad += 1
    out = {'left': left, 'errors': errors[:3], 'consumed': len(msgs), 'distinct': len(seen), 'bad': bad}
    c.close()

elif phase == 'idempotent':
    p = Producer({'bootstrap.servers': bs, 'enable.idempotence': True, 'acks': 'all', 'linger.ms': 2, 'max.in.flight.requests.per.connection': 5})
    errors = []
    def cb(err, msg):
        if err: errors.append(str(err))
    for i in range(5000):
        p.produce('idem', key=b'k', value=('%d' % i).encode(), on_delivery=cb)
        if i % 500 == 0: p.poll(0)
    p.flush(30)
    c = Consumer({'bootstrap.servers': bs, 'group.id': 'idem-check', 'auto.offset.reset': 'earliest'})
    c.assign([TopicPartition('idem', 0, 0)])
    msgs = consume_all(c, 5000, 20)
    values = [int(m.value()) for m in msgs]
    offsets = [m.offset() for m in msgs]
    out = {'errors': errors[:3], 'count': len(values), 'in_order': values == list(range(5000)), 'contiguous': offsets == list(range(len(offsets)))}
    c.close()

elif phase == 'offsets':
    p = Producer({'bootstrap.servers': bs})
    for i in range(100):
        p.produce('ts', value=b'%d' % i, timestamp=1_500_000_000_000 + i * 1000, partition=0)
    p.flush(10)
    c = Consumer({'bootstrap.servers': bs, 'group.id': 'ts-g', 'auto.offset.reset': 'earliest', 'enable.partition.eof': True})
    lo, hi = c.get_watermark_offsets(TopicPartition('ts', 0), timeout=10)
    found = c.offsets_for_times([TopicPartition('ts', 0, 1_500_000_000_000 + 42_500)], timeout=10)[0].offset
    past = c.offsets_for_times([TopicPartition('ts', 0, 1_600_000_000_000)], timeout=10)[0].offset
    c.assign([TopicPartition('ts', 0, 0)])
    first = consume_all(c, 1)[0].offset()
    c.seek(TopicPartition('ts', 0, 77))
    after_seek = consume_all(c, 1)[0].value()
    out = {'low': lo, 'high': hi, 'for_time': found, 'past_end': past, 'first': first, 'after_seek': after_seek.decode()}
    c.close()

elif phase == 'group':
    # Two members of one group split six partitions, consume everything, commit.
    n = int(sys.argv[3])
    conf = {'bootstrap.servers': bs, 'group.id': 'two', 'auto.offset.reset': 'earliest', 'enable.auto.commit': False, 'session.timeout.ms': 6000, 'heartbeat.interval.ms': 500}
    a = Consumer(dict(conf, **{'client.id': 'a'}))
    b = Consumer(dict(conf, **{'client.id': 'b'}))
    a.subscribe(['six'])
    b.subscribe(['six'])
    got = {'a': [], 'b': []}
    seen = set()

    def caught_up():
        # A rebalance may move a partition after its first owner read it: done only when every
        # record was seen and each member's position is at the end of what it owns now.
        if len(seen) < n:
            return False
        for c in (a, b):
            for tp in c.position(c.assignment()):
                high = c.get_watermark_offsets(tp, timeout=5)[1]
                if high > 0 and tp.offset < high:
                    return False
        return True

    t0 = time.time()
    while not caught_up() and time.time() - t0 < 40:
        for name, c in (('a', a), ('b', b)):
            m = c.poll(0.1)
            if m is not None and not m.error():
                got[name].append((m.partition(), m.offset()))
                seen.add((m.partition(), m.offset()))
    pa = sorted(set(p for p, _ in got['a']))
    pb = sorted(set(p for p, _ in got['b']))
    asg = (sorted(tp.partition for tp in a.assignment()), sorted(tp.partition for tp in b.assignment()))
    a.commit(asynchronous=False)
    b.commit(asynchronous=False)
    committed = {tp.partition: tp.offset for tp in a.committed([TopicPartition('six', i) for i in range(6)], timeout=10)}
    a.close()
    b.close()
    out = {'a_parts': pa, 'b_parts': pb, 'assignment': asg, 'total': len(seen), 'committed': committed}

elif phase == 'resume':
    c = Consumer({'bootstrap.servers': bs, 'group.id': 'two', 'auto.offset.reset': 'earliest'})
    c.subscribe(['six'])
    msgs = consume_all(c, int(sys.argv[3]), 30)
    out = {'values': sorted(m.value().decode() for m in msgs)}
    more = consume_all(c, 1, 2)
    out['extra'] = len(more)
    c.close()

elif phase == 'static':
    # A static member (group.instance.id) restarts: it gets its partitions back, nothing is lost.
    conf = {'bootstrap.servers': bs, 'group.id': 'static-g', 'group.instance.id': 'inst-1', 'auto.offset.reset': 'earliest', 'session.timeout.ms': 10000}
    c = Consumer(conf)
    c.subscribe(['stat'])
    first = consume_all(c, 20, 20)
    c.commit(asynchronous=False)
    c.close()
    p = Producer({'bootstrap.servers': bs})
    for i in range(20, 30):
        p.produce('stat', value=b'%d' % i)
    p.flush(10)
    c = Consumer(conf)
    c.subscribe(['stat'])
    second = consume_all(c, 10, 20)
    out = {'first': len(first), 'second': sorted(int(m.value()) for m in second), 'assignment': len(c.assignment())}
    c.close()

elif phase == 'create':
    a = AdminClient({'bootstrap.servers': bs})
    out = {'error': err_name(a.create_topics([NewTopic(sys.argv[3], int(sys.argv[4]), 1)])[sys.argv[3]])}

elif phase == 'produce':
    topic, start, n = sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    p = Producer({'bootstrap.servers': bs, 'acks': 'all'})
    for i in range(start, start + n):
        p.produce(topic, key=('k%d' % i).encode(), value=('%d' % i).encode())
    out = {'left': p.flush(20)}

print(json.dumps(out))
`;
