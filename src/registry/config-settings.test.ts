/**
 * The config fields beyond the level (Confluent's Config / ConfigUpdateRequest): alias,
 * aliasForDeks, validateFields, validateNewSchemas, validateRules, compatibilityPolicy and
 * compatibilityGroup are stored, served in Confluent's field order and rebuilt from the log;
 * unknown fields are ignored (ignoreUnknown). compatibilityGroup limits the compatibility check
 * to versions with the same metadata property value (AbstractSchemaRegistry#isCompatibleWithPrevious);
 * an alias makes a subject name another one after /subjects/ and in /schemas/ids?subject=
 * (AliasFilter); validateFields checks the metadata's confluent:reserved fields;
 * compatibilityPolicy LENIENT relaxes JSON Schema content-model rules.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SchemaRegistry } from './schema-registry.js';
import { MemoryLog, MemoryStore } from './store.js';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const record = (fields: object[]) => JSON.stringify({ type: 'record', name: 'R', fields });
const V1 = record([{ name: 'a', type: 'int' }]);
// Not BACKWARD compatible with V1 (a new field without a default).
const V2 = record([{ name: 'b', type: 'string' }]);
const V3 = record([{ name: 'c', type: 'string' }]);

describe('registry config settings', () => {
  let r: TestRegistry;
  const log = new MemoryLog();
  const call = (m: string, p: string, b?: unknown) => http(r.url, m, p, b);
  before(async () => {
    r = await startTestRegistry(new MemoryStore(log));
  });
  after(async () => r.close());

  it('stores every field, answers in Config order and ignores unknown fields', async () => {
    const put = await call('PUT', '/config/settings', {
      compatibilityGroup: 'app.major',
      compatibilityPolicy: 'lenient',
      validateRules: true,
      validateNewSchemas: false,
      validateFields: true,
      compatibility: 'full',
      normalize: true,
      aliasForDeks: 'd',
      alias: 'other',
      futureField: 1,
    });
    assert.equal(put.status, 200, put.text);
    const order = [
      'alias',
      'aliasForDeks',
      'normalize',
      'validateFields',
      'validateNewSchemas',
      'validateRules',
      'compatibility',
      'compatibilityPolicy',
      'compatibilityGroup',
    ];
    assert.deepEqual(Object.keys(put.body as object), order);
    assert.equal((put.body as { compatibilityPolicy: string }).compatibilityPolicy, 'LENIENT');
    const got = await call('GET', '/config/settings');
    assert.deepEqual(
      Object.keys(got.body as object),
      order.map((k) => (k === 'compatibility' ? 'compatibilityLevel' : k)),
    );
    // A PUT merges: one field changes, the others stay.
    const merged = await call('PUT', '/config/settings', { validateFields: false });
    assert.equal((merged.body as { validateFields: boolean }).validateFields, false);
    assert.equal((merged.body as { alias: string }).alias, 'other');
    assert.equal((await call('PUT', '/config/settings', { alias: 3 })).status, 422);
    // Rebuilt from the log by a new instance.
    const again = new SchemaRegistry({ store: new MemoryStore(log) });
    await again.start();
    try {
      assert.deepEqual(again.configOf('settings'), {
        compatibilityLevel: 'FULL',
        normalize: true,
        alias: 'other',
        aliasForDeks: 'd',
        validateFields: false,
        validateNewSchemas: false,
        validateRules: true,
        compatibilityPolicy: 'LENIENT',
        compatibilityGroup: 'app.major',
      });
    } finally {
      await again.close();
    }
    assert.equal((await call('DELETE', '/config/settings')).status, 200);
    assert.equal((await call('GET', '/config/settings')).status, 404);
  });

  it('unknown fields in register, lookup and mode bodies are ignored (ignoreUnknown)', async () => {
    const reg = await call('POST', '/subjects/extra/versions', {
      schema: '"string"',
      schemaTagsToAdd: [],
      x: 1,
    });
    assert.equal(reg.status, 200, reg.text);
    const found = await call('POST', '/subjects/extra', { schema: '"string"', x: 1 });
    assert.equal(found.status, 200, found.text);
    const mode = await call('PUT', '/mode/extra', { mode: 'READONLY', x: 1 });
    assert.deepEqual(mode.body, { mode: 'READONLY' });
    assert.equal((await call('DELETE', '/mode/extra')).status, 200);
  });

  it('compatibilityGroup: only versions with the same group value are checked', async () => {
    const s = '/subjects/grouped/versions';
    assert.equal((await call('PUT', '/config/grouped', { compatibilityGroup: 'major' })).status, 200);
    assert.equal((await call('POST', s, { schema: V1 })).status, 200);
    // Another group value: V1 is not checked.
    const v2 = await call('POST', s, { schema: V2, metadata: { properties: { major: '2' } } });
    assert.equal(v2.status, 200, v2.text);
    // No metadata: inherits major=2 from the latest version, so it is checked against V2 only.
    const v3 = await call('POST', s, { schema: V3 });
    assert.equal(v3.status, 409);
    assert.match((v3.body as { message: string }).message, /\{oldSchemaVersion: 2\}/);
    // The test endpoint takes the request's metadata as it is: no group value = V1's group.
    const test = await call('POST', '/compatibility/subjects/grouped/versions?verbose=true', { schema: V1 });
    assert.deepEqual(test.body, { is_compatible: true, messages: [] });
    const test2 = await call('POST', '/compatibility/subjects/grouped/versions', {
      schema: V1,
      metadata: { properties: { major: '2' } },
    });
    assert.deepEqual(test2.body, { is_compatible: false });
  });

  it('validateFields is reported in the incompatibility message', async () => {
    assert.equal((await call('PUT', '/config/vf', { validateFields: true })).status, 200);
    assert.equal((await call('POST', '/subjects/vf/versions', { schema: V1 })).status, 200);
    const bad = await call('POST', '/subjects/vf/versions', { schema: V2 });
    assert.equal(bad.status, 409);
    assert.match(
      (bad.body as { message: string }).message,
      /\{validateFields: 'true', compatibility: 'BACKWARD'\}\]$/,
    );
  });

  it('validateFields checks the confluent:reserved fields at every level (validateReservedFields)', async () => {
    const s = '/subjects/reserved/versions';
    const reservedSsn = { properties: { 'confluent:reserved': 'ssn, card' } };
    assert.equal(
      (await call('PUT', '/config/reserved', { validateFields: true, compatibility: 'NONE' })).status,
      200,
    );
    assert.equal((await call('POST', s, { schema: V1, metadata: reservedSsn })).status, 200);
    // The metadata is inherited: a field named like a reserved one conflicts.
    const withSsn = record([
      { name: 'a', type: 'int' },
      { name: 'ssn', type: 'string', default: '' },
    ]);
    const conflict = await call('POST', s, { schema: withSsn });
    assert.equal(conflict.status, 409);
    assert.equal(
      (conflict.body as { message: string }).message,
      'Schema being registered is incompatible with an earlier schema for subject "reserved", details: ' +
        "[The new schema has field that conflicts with the reserved field ssn., {validateFields: 'true', compatibility: 'NONE'}]",
    );
    // Dropping a reserved name from the metadata is refused too.
    const dropped = await call('POST', s, {
      schema: V2,
      metadata: { properties: { 'confluent:reserved': 'card' } },
    });
    assert.equal(dropped.status, 409);
    assert.match(
      (dropped.body as { message: string }).message,
      /\[The new schema has reserved field ssn removed from its metadata which is present in the old schema's metadata\., /,
    );
    const verbose = await call('POST', '/compatibility/subjects/reserved/versions/latest?verbose=true', {
      schema: withSsn,
      metadata: reservedSsn,
    });
    assert.equal((verbose.body as { is_compatible: boolean }).is_compatible, false);
    // Without validateFields the same registration passes (level NONE).
    assert.equal((await call('PUT', '/config/reserved', { validateFields: false })).status, 200);
    assert.equal((await call('POST', s, { schema: withSsn })).status, 200);
  });

  it('compatibilityPolicy LENIENT accepts JSON Schema content-model changes only', async () => {
    const s = '/subjects/lenient/versions';
    const json = (schema: object) => ({ schemaType: 'JSON', schema: JSON.stringify(schema) });
    const open = { type: 'object', properties: { a: { type: 'string' } } };
    const closed = { ...open, additionalProperties: false };
    assert.equal((await call('POST', s, json(open))).status, 200);
    // STRICT (the default): closing an open content model is ADDITIONAL_PROPERTIES_REMOVED.
    assert.equal((await call('POST', s, json(closed))).status, 409);
    assert.equal((await call('PUT', '/config/lenient', { compatibilityPolicy: 'LENIENT' })).status, 200);
    assert.equal((await call('POST', s, json(closed))).status, 200);
    // A property added to an open model is accepted too; a changed type is not.
    const added = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } };
    const check = (schema: object) =>
      call('POST', '/compatibility/subjects/lenient/versions/1?verbose=true', json(schema));
    assert.deepEqual((await check(added)).body, { is_compatible: true, messages: [] });
    const changed = { type: 'object', properties: { a: { type: 'integer' } } };
    assert.equal(((await check(changed)).body as { is_compatible: boolean }).is_compatible, false);
  });

  it('alias: the subject stands for its alias under /subjects/ and in ?subject=', async () => {
    assert.equal((await call('POST', '/subjects/target/versions', { schema: V1 })).status, 200);
    assert.equal((await call('PUT', '/config/nick', { alias: 'target' })).status, 200);
    assert.deepEqual((await call('GET', '/subjects/nick/versions')).body, [1]);
    const v = await call('GET', '/subjects/nick/versions/1');
    assert.equal((v.body as { subject: string }).subject, 'target');
    const found = await call('POST', '/subjects/nick', { schema: V1 });
    assert.equal((found.body as { subject: string }).subject, 'target');
    // Registering through the alias writes to the target subject.
    const reg = await call('POST', '/subjects/nick/versions', {
      schema: record([
        { name: 'a', type: 'int' },
        { name: 'x', type: 'int', default: 0 },
      ]),
    });
    assert.equal(reg.status, 200, reg.text);
    assert.deepEqual((await call('GET', '/subjects/target/versions')).body, [1, 2]);
    const check = await call('POST', '/compatibility/subjects/nick/versions/latest', { schema: V2 });
    assert.deepEqual(check.body, { is_compatible: false });
    const id = (v.body as { id: number }).id;
    assert.equal((await call('GET', `/schemas/ids/${id}?subject=nick`)).status, 200);
    // Only the subject list under /subjects/ is aliased: the alias itself lists no versions.
    assert.ok(!((await call('GET', '/subjects')).body as string[]).includes('nick'));
    // In a context an unqualified alias names a subject of that context.
    assert.equal((await call('POST', '/subjects/:.ctx:t/versions', { schema: V1 })).status, 200);
    assert.equal((await call('PUT', '/config/:.ctx:n', { alias: 't' })).status, 200);
    const inCtx = await call('GET', '/subjects/:.ctx:n/versions/latest');
    assert.equal((inCtx.body as { subject: string }).subject, ':.ctx:t', inCtx.text);
  });
});
