/**
 * confluent_kafka (librdkafka 2.0.2) AdminClient topic administration against the broker:
 * the error codes and Kafka's own messages (ReplicationControlManager, Topic.validate) for bad
 * names, partition counts, replication factors, manual assignments and partition decreases,
 * and validate_only creating nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { useBrokerScript } from './test-support/harness.js';

const SCRIPT = String.raw`
import json, sys, time
from confluent_kafka import KafkaException
from confluent_kafka.admin import AdminClient, NewTopic, NewPartitions

a = AdminClient({'bootstrap.servers': sys.argv[1]})
out = {}

def res(f):
    try:
        f.result()
        return ['NONE', None]
    except KafkaException as e:
        return [e.args[0].name(), e.args[0].str()]

def create(t, **kw):
    return res(a.create_topics([t], **kw)[t.topic])

out['bad_name'] = create(NewTopic('bad/name', 1, 1))
out['dot'] = create(NewTopic('..', 1, 1))
out['zero_partitions'] = create(NewTopic('t-zero', 0, 1))
out['rf3'] = create(NewTopic('t-rf3', 1, 3))
out['rf0'] = create(NewTopic('t-rf0', 1, 0))
out['assign_other_broker'] = create(NewTopic('t-asg', 2, replica_assignment=[[1], [7]]))
out['assign_twice'] = create(NewTopic('t-asg2', 1, replica_assignment=[[1, 1]]))
out['assign_ok'] = create(NewTopic('t-asg3', 2, replica_assignment=[[1], [1]]))
out['validate_only'] = create(NewTopic('t-vo', 2, 1), validate_only=True)
out['created'] = create(NewTopic('t-ok', 3, 1))
out['exists'] = create(NewTopic('t-ok', 3, 1))
out['same_count'] = res(a.create_partitions([NewPartitions('t-ok', 3)])['t-ok'])
out['decrease'] = res(a.create_partitions([NewPartitions('t-ok', 2)])['t-ok'])
out['grow_validate_only'] = res(a.create_partitions([NewPartitions('t-ok', 5)], validate_only=True)['t-ok'])
out['grow_wrong_assignments'] = res(a.create_partitions([NewPartitions('t-ok', 5, [[1]])])['t-ok'])
md = a.list_topics(timeout=10)
out['topics'] = sorted(t for t in md.topics if t.startswith('t-'))
out['t_ok_partitions'] = len(md.topics['t-ok'].partitions)
out['t_asg3_partitions'] = len(md.topics['t-asg3'].partitions)
print(json.dumps(out))
`;

const b = useBrokerScript('admin-topics.py', SCRIPT, () => requireTool('python'));

test('CreateTopics / CreatePartitions errors carry Kafka codes and messages', async () => {
  const r = await b.py();
  assert.deepStrictEqual(r.bad_name, [
    'TOPIC_EXCEPTION',
    "Topic name is invalid: 'bad/name' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'",
  ]);
  assert.deepStrictEqual(r.dot, ['TOPIC_EXCEPTION', "Topic name is invalid: '..' is not allowed"]);
  assert.deepStrictEqual(r.zero_partitions, [
    'INVALID_PARTITIONS',
    'Number of partitions was set to an invalid non-positive value.',
  ]);
  assert.deepStrictEqual(r.rf3, [
    'INVALID_REPLICATION_FACTOR',
    'Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because only 1 broker(s) are registered.',
  ]);
  assert.deepStrictEqual(r.rf0, [
    'INVALID_REPLICATION_FACTOR',
    'Replication factor must be larger than 0, or -1 to use the default value.',
  ]);
  assert.deepStrictEqual(r.assign_other_broker, [
    'INVALID_REPLICA_ASSIGNMENT',
    'The manual partition assignment includes broker 7, but no such broker is registered.',
  ]);
  assert.deepStrictEqual(r.assign_twice, [
    'INVALID_REPLICA_ASSIGNMENT',
    'The manual partition assignment includes the broker 1 more than once.',
  ]);
  assert.deepStrictEqual(r.assign_ok, ['NONE', null]);
  assert.deepStrictEqual(r.validate_only, ['NONE', null]);
  assert.deepStrictEqual(r.created, ['NONE', null]);
  assert.deepStrictEqual(r.exists, ['TOPIC_ALREADY_EXISTS', "Topic 't-ok' already exists."]);
  assert.deepStrictEqual(r.same_count, ['INVALID_PARTITIONS', 'Topic already has 3 partition(s).']);
  assert.deepStrictEqual(r.decrease, [
    'INVALID_PARTITIONS',
    'The topic t-ok currently has 3 partition(s); 2 would not be an increase.',
  ]);
  assert.deepStrictEqual(r.grow_validate_only, ['NONE', null]);
  assert.deepStrictEqual(r.grow_wrong_assignments, [
    'INVALID_REPLICA_ASSIGNMENT',
    'Attempted to add 2 additional partition(s), but only 1 assignment(s) were specified.',
  ]);
  // validate_only created neither the topic nor the partitions.
  assert.deepStrictEqual(r.topics, ['t-asg3', 't-ok']);
  assert.equal(r.t_ok_partitions, 3);
  assert.equal(r.t_asg3_partitions, 2);
});
