import assert from 'node:assert/strict';
import { test } from 'node:test';
import { avroToFlink } from '../connectors/kafka/avro-mapping.js';
import { bigintType, intType, stringType } from '../types/index.js';
import { inferTable, type PartInfo } from './infer-table.js';
import { isInternalTopic } from './kafka-catalog.js';
import { isCompacted, topicOptionsOf } from './topic-options.js';
import { jsonSchemaToFlink } from '../connectors/kafka/json-schema-mapping.js';

const conn = { bootstrapServers: '127.0.0.1:9092', registryUrl: 'http://127.0.0.1:8081' };
const avro = (s: unknown): PartInfo => ({ format: 'avro-registry', type: avroToFlink(s) });
const nullable = (t: ReturnType<typeof inferTable>, name: string): boolean | undefined => {
  const c = t.columns.find((x) => x.name === name);
  return c?.kind === 'physical' ? c.type.nullable : undefined;
};
const physical = (t: ReturnType<typeof inferTable>): string[] =>
  t.columns.filter((c) => c.kind === 'physical').map((c) => c.name);

test('no schemas: key VARBINARY, val VARBINARY, raw, DISTRIBUTED BY HASH(key), $rowtime', () => {
  const t = inferTable('t', 3, undefined, undefined, conn);
  assert.deepEqual(physical(t), ['key', 'val']);
  assert.equal(t.options['key.format'], 'raw');
  assert.equal(t.options['value.format'], 'raw');
  assert.deepEqual(t.distribution, { algorithm: 'HASH', columns: ['key'], buckets: 3 });
  const rowtime = t.columns.find((c) => c.name === '$rowtime');
  assert.equal(rowtime?.kind, 'metadata');
});

test('a value field named key renames the raw key column key_key with prefix key_', () => {
  const v = avro({ type: 'record', name: 'R', fields: [{ name: 'key', type: 'string' }] });
  const t = inferTable('t', 1, undefined, v, conn);
  assert.deepEqual(physical(t), ['key_key', 'key']);
  assert.equal(t.options['key.fields-prefix'], 'key_');
  assert.equal(t.options['key.fields'], 'key_key');
});

test('atomic key schema is one column key; record key fields contained in the value: fields-include all', () => {
  const t = inferTable(
    't',
    1,
    avro('int'),
    avro({ type: 'record', name: 'R', fields: [{ name: 'a', type: 'long' }] }),
    conn,
  );
  assert.deepEqual(physical(t), ['key', 'a']);
  assert.deepEqual((t.columns[0] as { type: unknown }).type, intType(false));
  const k = avro({ type: 'record', name: 'K', fields: [{ name: 'id', type: 'long' }] });
  const v = avro({
    type: 'record',
    name: 'V',
    fields: [
      { name: 'id', type: 'long' },
      { name: 'x', type: 'string' },
    ],
  });
  const t2 = inferTable('t', 1, k, v, conn);
  assert.deepEqual(physical(t2), ['id', 'x']);
  assert.equal(t2.options['value.fields-include'], 'all');
  assert.deepEqual((t2.columns[0] as { type: unknown }).type, bigintType(false));
});

test('Avro unions and logical types; JSON Schema required and nullable', () => {
  const r = avroToFlink({
    type: 'record',
    name: 'R',
    fields: [
      { name: 's', type: ['null', 'string'] },
      { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'd', type: { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 } },
    ],
  });
  assert.equal(r.kind, 'ROW');
  if (r.kind !== 'ROW') return;
  assert.deepEqual(r.fields[0]!.type, stringType(true));
  assert.equal(r.fields[1]!.type.kind, 'TIMESTAMP_LTZ');
  assert.equal(r.fields[2]!.type.kind, 'DECIMAL');
  const j = jsonSchemaToFlink({
    type: 'object',
    properties: { a: { type: 'integer' }, b: { type: 'string' } },
    required: ['a'],
  });
  assert.ok(j.kind === 'ROW' && !j.fields[0]!.type.nullable && j.fields[1]!.type.nullable);
});

test('internal topics are not tables', () => {
  for (const t of ['__consumer_offsets', '_schemas', '__transaction_state', '_eddy_tables'])
    assert.ok(isInternalTopic(t), t);
  assert.ok(!isInternalTopic('orders'));
});

test('a compacted topic is an upsert table keyed by its key columns (NOT NULL); a Debezium envelope stays retract', () => {
  const compact = { 'cleanup.policy': 'compact', 'retention.ms': '-1', 'min.compaction.lag.ms': '0' };
  const raw = inferTable('t', 2, undefined, undefined, conn, compact);
  assert.equal(raw.options['changelog.mode'], 'upsert');
  assert.deepEqual(raw.primaryKey, { columns: ['key'] });
  assert.equal(nullable(raw, 'key'), false);
  assert.equal(nullable(raw, 'val'), true);
  assert.equal(raw.options['kafka.cleanup-policy'], 'compact');
  assert.equal(raw.options['kafka.retention.time'], '0 ms');
  const keyed = inferTable(
    't',
    1,
    avro({ type: 'record', name: 'K', fields: [{ name: 'id', type: ['null', 'long'] }] }),
    avro({ type: 'record', name: 'V', fields: [{ name: 'v', type: 'string' }] }),
    conn,
    { 'cleanup.policy': 'compact,delete' },
  );
  assert.deepEqual(keyed.primaryKey, { columns: ['id'] });
  assert.equal(nullable(keyed, 'id'), false);
  assert.equal(keyed.options['kafka.cleanup-policy'], 'delete-compact');
  const envelope = avro({
    type: 'record',
    name: 'Envelope',
    fields: [
      {
        name: 'before',
        type: ['null', { type: 'record', name: 'Row', fields: [{ name: 'a', type: 'int' }] }],
      },
      { name: 'after', type: ['null', 'Row'] },
      { name: 'op', type: 'string' },
    ],
  });
  const cdc = inferTable('t', 1, undefined, envelope, conn, compact);
  assert.equal(cdc.options['changelog.mode'], 'retract');
  assert.equal(cdc.primaryKey, undefined);
  const plain = inferTable('t', 1, undefined, undefined, conn, { 'cleanup.policy': 'delete' });
  assert.equal(plain.options['changelog.mode'], 'append');
  assert.equal(plain.primaryKey, undefined);
  // Unread configs (an old broker, no permission): append, no topic options.
  const unknown = inferTable('t', 1, undefined, undefined, conn);
  assert.equal(unknown.options['changelog.mode'], 'append');
  assert.equal(unknown.options['kafka.cleanup-policy'], undefined);
});

test("a topic's live configs as topic options in Confluent's format", () => {
  assert.deepEqual(
    topicOptionsOf({
      'cleanup.policy': 'compact,delete',
      'min.compaction.lag.ms': '604800000',
      'max.message.bytes': '2097164',
      'retention.bytes': '-1',
      'retention.ms': '-1',
    }),
    {
      'kafka.cleanup-policy': 'delete-compact',
      'kafka.compaction.time': '7 d',
      'kafka.max-message-size': '2097164 bytes',
      'kafka.retention.size': '0 bytes',
      'kafka.retention.time': '0 ms',
    },
  );
  assert.deepEqual(
    topicOptionsOf({ 'cleanup.policy': 'delete', 'retention.ms': '3600000', 'retention.bytes': 'x' }),
    {
      'kafka.cleanup-policy': 'delete',
      'kafka.retention.time': '1 h',
    },
  );
  assert.ok(isCompacted({ 'cleanup.policy': 'delete, compact' }));
  assert.ok(!isCompacted({ 'cleanup.policy': 'delete' }));
  assert.ok(!isCompacted(undefined));
});
