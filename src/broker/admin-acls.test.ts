/**
 * kafka-python (KafkaAdminClient 2.0.2) against the broker: the ACL APIs answer
 * SECURITY_DISABLED as Kafka does without an authorizer, and authorized-operation bit fields
 * (KIP-430) are the full supported set when asked (DescribeGroups v3+, Metadata v8
 * topic/cluster) and Integer.MIN_VALUE otherwise.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { useBrokerScript } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';

const SCRIPT = String.raw`
import json, sys
from kafka import KafkaAdminClient
from kafka.admin import ACL, ACLFilter, ACLOperation, ACLPermissionType, ResourcePattern, ResourcePatternFilter, ResourceType, ACLResourcePatternType

a = KafkaAdminClient(bootstrap_servers=sys.argv[1], request_timeout_ms=20000)
out = {}
name = lambda e: e.__name__ if isinstance(e, type) else type(e).__name__
flt = ACLFilter(principal=None, host='*', operation=ACLOperation.ANY, permission_type=ACLPermissionType.ANY,
                resource_pattern=ResourcePatternFilter(ResourceType.TOPIC, None, ACLResourcePatternType.ANY))
try:
    a.describe_acls(flt)
    out['describe'] = 'ok'
except Exception as e:
    out['describe'] = type(e).__name__
acl = ACL(principal='User:alice', host='*', operation=ACLOperation.READ, permission_type=ACLPermissionType.ALLOW,
          resource_pattern=ResourcePattern(ResourceType.TOPIC, 'acl-t', ACLResourcePatternType.LITERAL))
r = a.create_acls([acl, acl])
out['create'] = [name(e) for _, e in r['failed']]
out['create_ok'] = len(r['succeeded'])
out['delete'] = [(len(m), name(e)) for _, m, e in a.delete_acls([flt])]
# kafka-python 2.0.2 asks with DescribeGroups v3 but its v3 schema reads authorized_operations
# after the groups array (a client bug), so only the request succeeding is checked here.
g = a.describe_consumer_groups(['g-none'], include_authorized_operations=True)[0]
out['group_state'] = g.state

print(json.dumps(out))
`;

const b = useBrokerScript('admin-acls.py', SCRIPT, () => requireTool('python'));

// AclEntry.supportedOperations as AclOperation bits.
const bits = (...codes: number[]): number => codes.reduce((b, c) => b | (1 << c), 0);
const TOPIC_OPS = bits(3, 4, 5, 6, 7, 8, 10, 11);
const GROUP_OPS = bits(3, 6, 8, 10, 11);
const CLUSTER_OPS = bits(5, 7, 8, 9, 10, 11, 12);
const OMITTED = -2147483648;

test('ACL APIs answer SECURITY_DISABLED; authorized operations are given when asked', async () => {
  const r = await b.py();
  assert.equal(r.describe, 'SecurityDisabledError');
  assert.deepStrictEqual(r.create, ['SecurityDisabledError', 'SecurityDisabledError']);
  assert.equal(r.create_ok, 0);
  assert.deepStrictEqual(r.delete, [[0, 'SecurityDisabledError']]);
  assert.equal(r.group_state, 'Dead');
});

test('Metadata v8+, DescribeGroups v3+ and DescribeCluster give the bit fields only when asked', async () => {
  const c = await RawClient.connect(b.tb.port);
  try {
    await c.request(19, 7, {
      topics: [{ name: 'ops-m', numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }],
      timeoutMs: 1000,
    });
    for (const v of [8, 10, 12]) {
      for (const asked of [true, false]) {
        const r = await c.request(3, v, {
          topics: [{ name: 'ops-m', topicId: Buffer.alloc(16) }],
          allowAutoTopicCreation: false,
          includeClusterAuthorizedOperations: asked,
          includeTopicAuthorizedOperations: asked,
        });
        const topics = r.topics as { topicAuthorizedOperations: number }[];
        assert.equal(topics[0]!.topicAuthorizedOperations, asked ? TOPIC_OPS : OMITTED, `v${v}`);
        if (v <= 10) assert.equal(r.clusterAuthorizedOperations, asked ? CLUSTER_OPS : OMITTED, `v${v}`);
      }
    }
    for (const v of [3, 5]) {
      for (const asked of [true, false]) {
        const r = await c.request(15, v, { groups: ['g-none'], includeAuthorizedOperations: asked });
        const groups = r.groups as { authorizedOperations: number }[];
        assert.equal(groups[0]!.authorizedOperations, asked ? GROUP_OPS : OMITTED, `DescribeGroups v${v}`);
      }
    }
    for (const asked of [true, false]) {
      const r = await c.request(60, 0, { includeClusterAuthorizedOperations: asked });
      assert.equal(r.clusterAuthorizedOperations, asked ? CLUSTER_OPS : OMITTED);
    }
  } finally {
    c.close();
  }
});
