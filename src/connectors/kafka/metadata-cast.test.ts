/**
 * Metadata columns declared with another type than their key's: the casts Flink's planner adds
 * (read: from the metadata type; write: to it), in the session zone, and the refusal of a type
 * that cannot be cast.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseType } from '../../types/index.js';
import type { ConnectorSchema } from '../api.js';
import { metadataCasts } from './metadata-cast.js';
import { KAFKA_METADATA } from './kafka-source.js';

const schema = (metadata: { key: string; type: string; column?: string }[]): ConnectorSchema => ({
  tableName: 'default_catalog.default_database.t',
  columns: [{ name: 'id', type: parseType('INT') }],
  metadata: metadata.map((m) => ({ ...m, type: parseType(m.type) })),
});

test('the metadata type itself needs no cast, NOT NULL or not', () => {
  const s = schema([
    { key: 'timestamp', type: 'TIMESTAMP_LTZ(3)' },
    { key: 'offset', type: 'BIGINT NOT NULL' },
  ]);
  assert.deepEqual(metadataCasts(s, KAFKA_METADATA, 'read', 'UTC'), [undefined, undefined]);
});

test('TIMESTAMP(3) timestamp is the wall-clock time in the session zone, both ways', () => {
  const s = schema([{ key: 'timestamp', type: 'TIMESTAMP(3)' }]);
  const [read] = metadataCasts(s, KAFKA_METADATA, 'read', 'Asia/Shanghai');
  const [write] = metadataCasts(s, KAFKA_METADATA, 'write', 'Asia/Shanghai');
  // 2020-01-01T00:00Z is 08:00 in Shanghai.
  assert.equal(read!(1577836800000), 1577836800000 + 8 * 3600_000);
  assert.equal(write!(1577836800000 + 8 * 3600_000), 1577836800000);
  assert.equal(read!(null), null);
});

test('STRING columns: the timestamp as text, header values decoded as UTF-8', () => {
  const s = schema([
    { key: 'timestamp', type: 'STRING' },
    { key: 'headers', type: 'MAP<STRING, STRING>' },
  ]);
  const [ts, headers] = metadataCasts(s, KAFKA_METADATA, 'read', 'UTC');
  assert.equal(ts!(0), '1970-01-01 00:00:00.000');
  assert.deepEqual(headers!(new Map([['h', new Uint8Array([0x78])]])), new Map([['h', 'x']]));
  const [tsw] = metadataCasts(s, KAFKA_METADATA, 'write', 'UTC');
  assert.equal(tsw!('1970-01-01 00:00:01'), 1000);
});

test('a type the metadata type cannot be cast to is refused, naming the column', () => {
  const s = schema([{ key: 'timestamp', type: 'INT', column: 'ts' }]);
  assert.throws(
    () => metadataCasts(s, KAFKA_METADATA, 'write', 'UTC'),
    /Invalid data type for metadata column 'ts' with metadata key 'timestamp' of table default_catalog.default_database.t. The column cannot be declared as 'INT' because the type must be castable to metadata type 'TIMESTAMP_LTZ\(3\)'/,
  );
  assert.throws(() => metadataCasts(s, KAFKA_METADATA, 'read', 'UTC'), /castable from metadata type/);
});
