/**
 * The JSON changelog formats at the record level: each envelope's changes and kinds, the
 * Canal / Maxwell `old` merge, skipped records, Flink's messages, and the envelopes written per
 * change kind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { floatType, intType, stringType } from '../../types/index.js';
import type { ChangeKind, ConnectorColumn, Row } from '../api.js';
import type { ChangelogDecoder, FormatFactory } from './api.js';
import { canalJsonFormat } from './canal-json.js';
import { findValue } from './changelog-json.js';
import { debeziumJsonFormat } from './debezium-json.js';
import { parseJson } from './json-parse.js';
import { maxwellJsonFormat } from './maxwell-json.js';
import { oggJsonFormat } from './ogg-json.js';

const ctx = { timeZone: 'UTC' };
const cols: ConnectorColumn[] = [
  { name: 'id', type: intType() },
  { name: 'name', type: stringType() },
  { name: 'w', type: floatType() },
];

function read(f: FormatFactory<ChangelogDecoder>, lines: string[], options: Record<string, string> = {}) {
  const d = f.createDecoder(cols, options, ctx, 't');
  const out: [ChangeKind, ...unknown[]][] = [];
  for (const l of lines) d.decodeChanges(l, (row: Row, kind) => out.push([kind, ...row]));
  return out;
}

test('debezium-json: c / r insert after, u is -U before then +U after, d deletes before; payload with schema-include', () => {
  const r = { id: 1, name: 'a', w: 1.5 };
  const r2 = { ...r, w: 2 };
  const lines = [
    JSON.stringify({ before: null, after: r, op: 'r' }),
    JSON.stringify({ before: r, after: r2, op: 'u' }),
    '',
    JSON.stringify({ before: r2, after: null, op: 'd' }),
  ];
  const want = [
    [0, 1, 'a', 1.5],
    [1, 1, 'a', 1.5],
    [2, 1, 'a', 2],
    [3, 1, 'a', 2],
  ];
  assert.deepEqual(read(debeziumJsonFormat, lines), want);
  const wrapped = lines.map((l) => (l === '' ? '' : `{"schema":{},"payload":${l}}`));
  assert.deepEqual(read(debeziumJsonFormat, wrapped, { 'debezium-json.schema-include': 'true' }), want);
  assert.throws(
    () => read(debeziumJsonFormat, ['{"before":null,"after":null,"op":"x"}']),
    /^FormatParseError: Corrupt Debezium JSON message '.*'\. Cause: Unknown "op" value "x"\.$/,
  );
  assert.throws(
    () => read(debeziumJsonFormat, ['{"op":"u","after":{"id":1}}']),
    /"before" field of UPDATE message is null/,
  );
  // ignore-parse-errors: the bad record is skipped, a bad field is NULL.
  assert.deepEqual(
    read(debeziumJsonFormat, ['{"op":', '{"after":{"id":1,"w":"heavy"},"op":"c"}'], {
      'debezium-json.ignore-parse-errors': 'true',
    }),
    [[0, 1, null, null]],
  );
});

test('canal-json: one change per data row, old merged over data, CREATE skipped, table filter', () => {
  const out = read(
    canalJsonFormat,
    [
      '{"data":[{"id":"1","name":"a","w":"1.5"},{"id":"2","name":"b","w":null}],"type":"INSERT","table":"p"}',
      '{"data":[{"id":"1","name":"a","w":"2.5"},{"id":"2","name":"c","w":"1"}],"old":[{"w":"1.5"},{"name":"b","w":null}],"type":"UPDATE","table":"p"}',
      '{"data":null,"type":"CREATE","table":"p"}',
      '{"data":[{"id":"9"}],"type":"DELETE","table":"other"}',
    ],
    { 'canal-json.table.include': 'p' },
  );
  // Flink looks a field up in the whole "old" node (JsonNode#findValue), not in the row's own
  // entry: "name" is in the second old row, so the first before row keeps name NULL.
  assert.deepEqual(out, [
    [0, 1, 'a', 1.5],
    [0, 2, 'b', null],
    [1, 1, null, 1.5],
    [2, 1, 'a', 2.5],
    [1, 2, 'b', null],
    [2, 2, 'c', 1],
  ]);
  assert.throws(
    () => read(canalJsonFormat, ['{"data":null,"type":"ALTER"}']),
    /Unknown "type" value "ALTER"/,
  );
});

test('maxwell-json and ogg-json: their envelopes and messages', () => {
  assert.deepEqual(
    read(maxwellJsonFormat, [
      '{"type":"insert","data":{"id":1,"name":"a","w":1}}',
      '{"type":"update","data":{"id":1,"name":"b","w":1},"old":{"name":"a"}}',
      '{"type":"delete","data":{"id":1,"name":"b","w":1}}',
    ]),
    [
      [0, 1, 'a', 1],
      [1, 1, 'a', 1],
      [2, 1, 'b', 1],
      [3, 1, 'b', 1],
    ],
  );
  assert.throws(
    () => read(maxwellJsonFormat, ['{"type":"update","data":{"id":1}}']),
    /Corrupt Maxwell JSON message/,
  );
  assert.deepEqual(
    read(oggJsonFormat, [
      '{"after":{"id":1,"name":"a","w":1},"op_type":"I"}',
      '{"before":{"id":1,"name":"a","w":1},"after":{"id":1,"name":"a","w":2},"op_type":"U"}',
      '{"before":{"id":1,"name":"a","w":2},"op_type":"D"}',
    ]),
    [
      [0, 1, 'a', 1],
      [1, 1, 'a', 1],
      [2, 1, 'a', 2],
      [3, 1, 'a', 2],
    ],
  );
  assert.throws(() => read(oggJsonFormat, ['{"op_type":"T"}']), /Unknown "op_type" value "T"/);
});

test("encoders write Flink's envelopes: +I / +U as inserts, -U / -D as deletes", () => {
  const row = [1, 'a', 1.5];
  const enc = (f: FormatFactory) => f.createEncoder(cols, {}, ctx, 't');
  const obj = '{"id":1,"name":"a","w":1.5}';
  const cases: [FormatFactory, string, string][] = [
    [
      debeziumJsonFormat,
      `{"before":null,"after":${obj},"op":"c"}`,
      `{"before":${obj},"after":null,"op":"d"}`,
    ],
    [canalJsonFormat, `{"data":[${obj}],"type":"INSERT"}`, `{"data":[${obj}],"type":"DELETE"}`],
    [maxwellJsonFormat, `{"data":${obj},"type":"insert"}`, `{"data":${obj},"type":"delete"}`],
    [
      oggJsonFormat,
      `{"before":null,"after":${obj},"op_type":"I"}`,
      `{"before":${obj},"after":null,"op_type":"D"}`,
    ],
  ];
  for (const [f, insert, del] of cases) {
    const e = enc(f);
    assert.equal(e.encode(row, 0), insert, f.identifier);
    assert.equal(e.encode(row, 2), insert, f.identifier);
    assert.equal(e.encode(row, 1), del, f.identifier);
    assert.equal(e.encode(row, 3), del, f.identifier);
  }
  // ignore-null-fields applies to the envelope row too (Flink serializes it as one JSON row).
  const lean = debeziumJsonFormat.createEncoder(
    cols,
    { 'debezium-json.encode.ignore-null-fields': 'true' },
    ctx,
    't',
  );
  assert.equal(lean.encode([1, null, 1.5], 0), '{"after":{"id":1,"w":1.5},"op":"c"}');
  assert.throws(
    () => debeziumJsonFormat.createEncoder(cols, { 'debezium-json.schema-include': 'true' }, ctx, 't'),
    /Debezium JSON serialization doesn't support 'debezium-json.schema-include' option been set to true/,
  );
});

test("findValue is Jackson's: any depth, a JSON null is found", () => {
  const n = parseJson('[{"a":{"b":null}},{"c":1}]');
  assert.equal(findValue(n, 'b'), null);
  assert.notEqual(findValue(n, 'c'), undefined);
  assert.equal(findValue(n, 'd'), undefined);
});
