import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stringType } from '../../types/index.js';
import { parseKafkaOptions } from './kafka-options.js';

const columns = [{ name: 'v', type: stringType(true) }];
const base = { topic: 't', 'properties.bootstrap.servers': '127.0.0.1:9092' };

test('kafka.consumer.isolation-level: read-committed by default (as Confluent), read-uncommitted on request', () => {
  assert.equal(parseKafkaOptions('t', columns, base).isolationLevel, 1);
  const o = { ...base, 'kafka.consumer.isolation-level': 'read-uncommitted' };
  assert.equal(parseKafkaOptions('t', columns, o).isolationLevel, 0);
  assert.throws(
    () => parseKafkaOptions('t', columns, { ...base, 'kafka.consumer.isolation-level': 'dirty' }),
    /kafka\.consumer\.isolation-level/,
  );
});

test("Confluent's per-format options (schema context, subject names, id encoding) are refused, not ignored", () => {
  for (const key of [
    'value.avro-registry.schema-context',
    'key.proto-registry.subject-names',
    'value.json-registry.id-encoding',
  ])
    assert.throws(
      () => parseKafkaOptions('default.cluster_0.t', columns, { ...base, [key]: 'x' }),
      (e: Error & { code?: string }) =>
        e.code === 'EDDY_NOT_SUPPORTED' &&
        e.message.includes(`'${key}'`) &&
        e.message.includes('not supported yet'),
    );
});
