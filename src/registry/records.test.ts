/**
 * The `_schemas` record format: reading records as Confluent's registry writes them (extra
 * fields, unknown key types, tombstones), and applying them to state.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeRecord, encodeKey, encodeValue } from './records.js';
import { RegistryState } from './state.js';

describe('_schemas records', () => {
  it('reads Confluent-written records, ignoring fields it does not know', () => {
    const r = decodeRecord(
      '{"keytype":"SCHEMA","subject":"orders-value","version":2,"magic":1}',
      '{"subject":"orders-value","version":2,"id":7,"schemaType":"PROTOBUF","references":[{"name":"a.proto","subject":"a","version":1}],"metadata":null,"ruleSet":null,"schema":"syntax = \\"proto3\\";","deleted":false}',
    );
    assert.deepEqual(r?.key, { keytype: 'SCHEMA', subject: 'orders-value', version: 2, magic: 1 });
    assert.equal((r?.value as { id: number }).id, 7);
    assert.equal(
      decodeRecord(
        '{"keytype":"CONFIG","subject":null,"magic":0}',
        '{"compatibilityLevel":"FULL","alias":null,"normalize":null}',
      )?.key.keytype,
      'CONFIG',
    );
    assert.equal(
      decodeRecord('{"keytype":"CONFIG","magic":0}', '{"compatibilityLevel":"NONE"}')?.key.keytype,
      'CONFIG',
    );
    // Contexts are understood (ContextKey); a key type Eddy does not know is skipped.
    assert.deepEqual(
      decodeRecord(
        '{"keytype":"CONTEXT","tenant":"default","context":".ctx","magic":0}',
        '{"tenant":"default","context":".ctx"}',
      ),
      {
        key: { keytype: 'CONTEXT', tenant: 'default', context: '.ctx', magic: 0 },
        value: { tenant: 'default', context: '.ctx' },
      },
    );
    assert.equal(decodeRecord('{"keytype":"ASSOCIATION","subject":"s","magic":0}', '{}'), undefined);
    assert.equal(decodeRecord('not json', '{}'), undefined);
    assert.equal(decodeRecord(null, '{}'), undefined);
    assert.equal(decodeRecord('{"keytype":"SCHEMA","subject":"x","version":1,"magic":1}', null)?.value, null);
  });

  it('writes keys with Confluent field order and omits schemaType for AVRO', () => {
    assert.equal(
      encodeKey({ keytype: 'SCHEMA', subject: 's', version: 3, magic: 1 }),
      '{"keytype":"SCHEMA","subject":"s","version":3,"magic":1}',
    );
    assert.equal(
      encodeKey({ keytype: 'CONFIG', subject: null, magic: 0 }),
      '{"keytype":"CONFIG","subject":null,"magic":0}',
    );
    assert.equal(encodeKey({ keytype: 'NOOP', magic: 0 }), '{"keytype":"NOOP","magic":0}');
    assert.equal(
      encodeValue({
        key: { keytype: 'SCHEMA', subject: 's', version: 1, magic: 1 },
        value: {
          subject: 's',
          version: 1,
          id: 1,
          schemaType: 'AVRO',
          references: [],
          schema: '"int"',
          deleted: false,
        },
      }),
      '{"subject":"s","version":1,"id":1,"schema":"\\"int\\"","deleted":false}',
    );
  });

  it('applies soft deletes, permanent deletes and config/mode tombstones; ids never go back', () => {
    const st = new RegistryState();
    const schema = (subject: string, version: number, id: number, deleted = false) => ({
      key: { keytype: 'SCHEMA' as const, subject, version, magic: 1 as const },
      value: { subject, version, id, schema: '"int"', deleted },
    });
    st.apply(schema('a', 1, 1));
    st.apply(schema('a', 2, 5));
    st.apply(schema('b', 1, 5));
    st.apply({
      key: { keytype: 'DELETE_SUBJECT', subject: 'a', magic: 0 },
      value: { subject: 'a', version: 2 },
    });
    assert.deepEqual(st.versions('a').length, 0);
    assert.deepEqual(
      st.versions('a', true).map((v) => v.deleted),
      [true, true],
    );
    st.apply({ key: { keytype: 'SCHEMA', subject: 'a', version: 2, magic: 1 }, value: null });
    assert.ok(st.byId.has(5), 'id 5 is still used by b');
    st.apply({ key: { keytype: 'SCHEMA', subject: 'b', version: 1, magic: 1 }, value: null });
    assert.ok(!st.byId.has(5));
    assert.equal(st.maxId, 5);
    st.apply({ key: { keytype: 'CONFIG', subject: 'a', magic: 0 }, value: { compatibilityLevel: 'NONE' } });
    st.apply({ key: { keytype: 'CONFIG', subject: 'a', magic: 0 }, value: null });
    assert.equal(st.subjectCompatibility.has('a'), false);
    st.apply({ key: { keytype: 'MODE', subject: null, magic: 0 }, value: { mode: 'READONLY' } });
    assert.equal(st.globalMode, 'READONLY');
  });
});
