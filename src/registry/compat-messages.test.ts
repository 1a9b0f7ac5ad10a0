/**
 * Verbose compatibility messages as Confluent words them per schema type: Avro's
 * `{errorType:'…', description:'…', additionalInfo:'<Avro's message>'}`, JSON Schema's and
 * Protobuf's Difference.toString() (double quotes), with "new"/"old" in the reader/writer roles
 * of the direction checked (BACKWARD: the new schema reads; FORWARD: the old one reads).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const avro = (fields: unknown[]) => JSON.stringify({ type: 'record', name: 'R', fields });
const enumOf = (...symbols: string[]) => ({ type: 'enum', name: 'E', symbols });

describe('registry compatibility messages', () => {
  let r: TestRegistry;
  before(async () => {
    r = await startTestRegistry();
  });
  after(async () => r.close());

  const messages = async (subject: string, body: unknown) => {
    const res = await http(
      r.url,
      'POST',
      `/compatibility/subjects/${subject}/versions/latest?verbose=true`,
      body,
    );
    assert.equal(res.status, 200, res.text);
    return (res.body as { messages: string[] }).messages;
  };

  it('Avro: description by type, Avro message as additionalInfo, roles by direction', async () => {
    await http(r.url, 'POST', '/subjects/av/versions', {
      schema: avro([
        { name: 'a', type: 'int' },
        { name: 'e', type: enumOf('A', 'C', 'B') },
        { name: 'f', type: { type: 'fixed', name: 'F', size: 2 } },
      ]),
    });
    const backward = await messages('av', {
      schema: avro([
        { name: 'a', type: 'string' },
        { name: 'e', type: enumOf('A') },
        { name: 'f', type: { type: 'fixed', name: 'F', size: 3 } },
        { name: 'n', type: 'int' },
      ]),
    });
    assert.deepEqual(backward.slice(0, 5), [
      "{errorType:'TYPE_MISMATCH', description:'The type (path '/fields/0/type') of a field in the new schema does not match with the old schema', additionalInfo:'reader type: STRING not compatible with writer type: INT'}",
      "{errorType:'MISSING_ENUM_SYMBOLS', description:'The new schema is missing enum symbols '[B, C]' at path '/fields/1/type/symbols' in the old schema', additionalInfo:'[B, C]'}",
      "{errorType:'FIXED_SIZE_MISMATCH', description:'The size of FIXED type field at path '/fields/2/type/size' in the new schema does not match with the old schema', additionalInfo:'expected: 2, found: 3'}",
      "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'The field 'n' at path '/fields/3' in the new schema has no default value and is missing in the old schema', additionalInfo:'n'}",
      '{oldSchemaVersion: 1}',
    ]);
    await http(r.url, 'PUT', '/config/av', { compatibility: 'FORWARD' });
    const forward = await messages('av', {
      schema: avro([
        { name: 'a', type: 'long' },
        { name: 'e', type: enumOf('A', 'B', 'C', 'D') },
        { name: 'f', type: { type: 'fixed', name: 'F', size: 2 } },
      ]),
    });
    assert.deepEqual(forward.slice(0, 2), [
      "{errorType:'TYPE_MISMATCH', description:'The type (path '/fields/0/type') of a field in the old schema does not match with the new schema', additionalInfo:'reader type: INT not compatible with writer type: LONG'}",
      "{errorType:'MISSING_ENUM_SYMBOLS', description:'The old schema is missing enum symbols '[D]' at path '/fields/1/type/symbols' in the new schema', additionalInfo:'[D]'}",
    ]);
    assert.equal(forward.at(-1), "{validateFields: 'false', compatibility: 'FORWARD'}");
  });

  it('Protobuf: Difference.toString() with Confluent descriptions', async () => {
    const proto = (t: string) => `syntax = "proto3";\npackage p;\nmessage M {\n  ${t} s = 2;\n}\n`;
    await http(r.url, 'POST', '/subjects/pb/versions', { schemaType: 'PROTOBUF', schema: proto('string') });
    const m = await messages('pb', { schemaType: 'PROTOBUF', schema: proto('int32') });
    assert.equal(
      m[0],
      `{errorType:"FIELD_SCALAR_KIND_CHANGED", description:"The kind of a SCALAR field at path '#/M/2' in the new schema does not match its kind in the old schema"}`,
    );
    assert.equal(m[1], '{oldSchemaVersion: 1}');
  });

  it('JSON Schema: Difference.toString() (its odd closing quote kept), roles by direction', async () => {
    const closed = '{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}';
    const open = '{"type":"object","properties":{"a":{"type":"string"}}}';
    await http(r.url, 'POST', '/subjects/js/versions', { schemaType: 'JSON', schema: closed });
    await http(r.url, 'PUT', '/config/js', { compatibility: 'FORWARD' });
    const m = await messages('js', { schemaType: 'JSON', schema: open });
    assert.equal(
      m[0],
      `{errorType:"ADDITIONAL_PROPERTIES_REMOVED", description:"The keyword at path '#/additionalProperties' in the old schema is not present in the new schema'}`,
    );
  });
});
