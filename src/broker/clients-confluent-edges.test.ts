/**
 * confluent_kafka (librdkafka 2.0.2) edge cases found by probing: a fetch at an offset past the
 * log end must reach the client's `auto.offset.reset` (latest / earliest / error) — an errored
 * partition carries an empty record set, as Kafka's, not a null one, which librdkafka rejects
 * as a parse failure and refetches forever — admin config errors carry Kafka's own
 * ConfigException wording without any internal prefix, DescribeConfigs answers unknown
 * topics as Kafka's ConfigHelper (no message), Kafka 3.9's inert topic configs are accepted,
 * and acks=all needs min.insync.replicas in the ISR (this node alone).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { useBrokerScript } from './test-support/harness.js';

const SCRIPT = String.raw`
import json, sys
from confluent_kafka import Producer, Consumer, TopicPartition, KafkaException
from confluent_kafka.admin import AdminClient, NewTopic, ConfigResource

bs, mode = sys.argv[1], sys.argv[2]
out = {}
if mode == 'reset':
    T = 'oor'
    p = Producer({'bootstrap.servers': bs})
    for i in range(10):
        p.produce(T, value=b'x%d' % i, partition=0)
    p.flush(10)
    for reset in ['latest', 'earliest', 'error']:
        c = Consumer({'bootstrap.servers': bs, 'group.id': 'g-' + reset, 'auto.offset.reset': reset,
                      'enable.auto.commit': False})
        c.assign([TopicPartition(T, 0, 100000)])
        m = c.poll(8)
        if m is None:
            got = None
        elif m.error():
            got = m.error().name()
        else:
            got = m.offset()
        if reset == 'latest':
            # reset to the end: the next record produced is the next one read
            p.produce(T, value=b'after', partition=0)
            p.flush(10)
            m2 = c.poll(8)
            got = [got, m2 and not m2.error() and m2.offset()]
        out[reset] = got
        c.close()
elif mode == 'misr':
    a = AdminClient({'bootstrap.servers': bs})
    a.create_topics([NewTopic('misr', 1, 1, config={'min.insync.replicas': '2'})])['misr'].result()
    for acks in ['1', 'all']:
        res = []
        p = Producer({'bootstrap.servers': bs, 'acks': acks, 'retries': 0, 'message.timeout.ms': 5000})
        p.produce('misr', b'x', on_delivery=lambda e, m: res.append(e.name() if e else m.offset()))
        p.flush(10)
        out[acks] = res
else:
    a = AdminClient({'bootstrap.servers': bs})
    def res(f):
        try:
            f.result()
            return ['NONE', None]
        except KafkaException as e:
            return [e.args[0].name(), e.args[0].str()]
    def create(name, cfg):
        return res(a.create_topics([NewTopic(name, 1, 1, config=cfg)])[name])
    out['unknown'] = create('c-unknown', {'foo': 'x'})
    out['long'] = create('c-long', {'retention.ms': 'abc'})
    out['bool'] = create('c-bool', {'preallocate': 'maybe'})
    out['enum'] = create('c-enum', {'cleanup.policy': 'shred'})
    out['ok'] = create('c-ok', {'retention.ms': '1000'})
    # Kafka 3.9 configs that change nothing on one node are still accepted and described
    out['inert'] = create('c-inert', {'compression.gzip.level': '9', 'message.downconversion.enable': 'false',
                                      'remote.storage.enable': 'false', 'local.retention.ms': '-2'})
    out['level_range'] = create('c-level', {'compression.lz4.level': '18'})
    cr = ConfigResource('topic', 'c-inert')
    d = a.describe_configs([cr])[cr].result()
    out['inert_described'] = {k: [d[k].value, d[k].source] for k in
                              ['compression.gzip.level', 'compression.zstd.level', 'leader.replication.throttled.replicas']}
    r = ConfigResource('topic', 'c-ok', set_config={'retention.ms': '-x'})
    out['alter'] = res(a.alter_configs([r])[r])
    def describe(kind, name):
        r = ConfigResource(kind, name)
        try:
            return ['NONE', sorted(a.describe_configs([r])[r].result().keys())]
        except KafkaException as e:
            return [e.args[0].name(), e.args[0].str()]
    out['describe_unknown_topic'] = describe('topic', 'c-nosuch')
    out['describe_bad_topic'] = describe('topic', 'bad/name')
    out['describe_broker_has'] = 'log.retention.ms' in describe('broker', '1')[1]
print(json.dumps(out))
`;

const b = useBrokerScript('edges.py', SCRIPT, () => requireTool('python'));

const py = b.py;

test('an out-of-range fetch offset follows auto.offset.reset', async () => {
  const r = await py('reset');
  // latest: nothing to read, then the next record produced; earliest: offset 0 again; error: the
  // consumer sees _AUTO_OFFSET_RESET. Before the fix every case polled nothing (None).
  assert.deepStrictEqual(r.latest, [null, 10]);
  assert.equal(r.earliest, 0);
  assert.equal(r.error, '_AUTO_OFFSET_RESET');
});

test('topic config errors carry Kafka ConfigException messages', async () => {
  const r = await py('admin');
  assert.deepStrictEqual(r.unknown, ['INVALID_CONFIG', 'Unknown topic config name: foo']);
  assert.deepStrictEqual(r.long, [
    'INVALID_CONFIG',
    'Invalid value abc for configuration retention.ms: Not a number of type LONG',
  ]);
  assert.deepStrictEqual(r.bool, [
    'INVALID_CONFIG',
    'Invalid value maybe for configuration preallocate: Expected value to be either true or false',
  ]);
  assert.equal((r.enum as string[])[0], 'INVALID_CONFIG');
  assert.match(
    (r.enum as string[])[1],
    /^Invalid value shred for configuration cleanup\.policy: String must be one of: /,
  );
  assert.deepStrictEqual(r.ok, ['NONE', null]);
  assert.deepStrictEqual(r.inert, ['NONE', null]);
  assert.deepStrictEqual(r.level_range, [
    'INVALID_CONFIG',
    'Invalid value 18 for configuration compression.lz4.level: Value must be no more than 17',
  ]);
  // sources: 1 DYNAMIC_TOPIC_CONFIG, 5 DEFAULT_CONFIG
  assert.deepStrictEqual(r.inert_described, {
    'compression.gzip.level': ['9', 1],
    'compression.zstd.level': ['3', 5],
    'leader.replication.throttled.replicas': ['', 5],
  });
  // ConfigHelper: an unknown topic carries no message (librdkafka shows the code's text)
  assert.deepStrictEqual(r.describe_unknown_topic, [
    'UNKNOWN_TOPIC_OR_PART',
    'Broker: Unknown topic or partition',
  ]);
  assert.equal((r.describe_bad_topic as string[])[0], 'TOPIC_EXCEPTION');
  assert.equal(r.describe_broker_has, true);
  assert.deepStrictEqual(r.alter, [
    'INVALID_CONFIG',
    'Invalid value -x for configuration retention.ms: Not a number of type LONG',
  ]);
});

test('acks=all on a topic with min.insync.replicas=2 is refused as by a one-broker Kafka', async () => {
  const r = await py('misr');
  assert.deepStrictEqual(r['1'], [0]);
  assert.deepStrictEqual(r.all, ['NOT_ENOUGH_REPLICAS']);
});
