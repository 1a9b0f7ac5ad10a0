/**
 * Every REST endpoint and error code over plain HTTP, against a registry on the in-memory store.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const rec = (fields: object[]) => JSON.stringify({ type: 'record', name: 'User', fields });
const V1 = rec([{ name: 'name', type: 'string' }]);
const V2 = rec([
  { name: 'name', type: 'string' },
  { name: 'age', type: 'int', default: 0 },
]);
const BAD_V3 = rec([
  { name: 'name', type: 'string' },
  { name: 'email', type: 'string' },
]);

describe('registry REST API', () => {
  let r: TestRegistry;
  let call: (m: string, p: string, b?: unknown) => ReturnType<typeof http>;
  before(async () => {
    r = await startTestRegistry();
    call = (m, p, b) => http(r.url, m, p, b);
  });
  after(async () => r.close());

  it('serves the root, schema types and contexts', async () => {
    assert.deepEqual((await call('GET', '/')).body, {});
    const types = await call('GET', '/schemas/types');
    assert.deepEqual([...(types.body as string[])].sort(), ['AVRO', 'JSON', 'PROTOBUF']);
    assert.match(types.contentType ?? '', /^application\/vnd\.schemaregistry\.v1\+json/);
  });

  it('registers, deduplicates and versions schemas', async () => {
    const a = await call('POST', '/subjects/users-value/versions', { schema: V1 });
    assert.equal(a.status, 200);
    assert.deepEqual(a.body, { id: 1 });
    // Same schema (different whitespace) → same id, no new version.
    const again = await call('POST', '/subjects/users-value/versions', {
      schema: JSON.stringify(JSON.parse(V1), null, 2),
    });
    assert.deepEqual(again.body, { id: 1 });
    const b = await call('POST', '/subjects/users-value/versions', { schema: V2, schemaType: 'AVRO' });
    assert.deepEqual(b.body, { id: 2 });
    assert.deepEqual((await call('GET', '/subjects/users-value/versions')).body, [1, 2]);
    // The same schema under another subject keeps its id.
    assert.deepEqual((await call('POST', '/subjects/other/versions', { schema: V1 })).body, { id: 1 });
    assert.deepEqual((await call('GET', '/subjects')).body, ['other', 'users-value']);
  });

  it('reads versions, schemas by id, subjects and versions of an id', async () => {
    const v = await call('GET', '/subjects/users-value/versions/latest');
    assert.deepEqual(v.body, { subject: 'users-value', version: 2, id: 2, schema: V2 });
    assert.deepEqual((await call('GET', '/subjects/users-value/versions/1')).body, {
      subject: 'users-value',
      version: 1,
      id: 1,
      schema: V1,
    });
    assert.equal((await call('GET', '/subjects/users-value/versions/-1')).status, 200);
    assert.equal((await call('GET', '/subjects/users-value/versions/1/schema')).text, V1);
    assert.deepEqual((await call('GET', '/schemas/ids/1')).body, { schema: V1 });
    assert.equal((await call('GET', '/schemas/ids/1/schema')).text, V1);
    assert.deepEqual((await call('GET', '/schemas/ids/1/subjects')).body, ['other', 'users-value']);
    assert.deepEqual((await call('GET', '/schemas/ids/1/versions')).body, [
      { subject: 'other', version: 1 },
      { subject: 'users-value', version: 1 },
    ]);
    const all = (await call('GET', '/schemas?subjectPrefix=users')).body as unknown[];
    assert.equal(all.length, 2);
  });

  it('looks schemas up under a subject', async () => {
    const found = await call('POST', '/subjects/users-value', { schema: V1 });
    assert.deepEqual(found.body, { subject: 'users-value', version: 1, id: 1, schema: V1 });
    const missing = await call('POST', '/subjects/users-value', {
      schema: rec([{ name: 'zzz', type: 'long' }]),
    });
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, { error_code: 40403, message: 'Schema not found' });
    const noSubject = await call('POST', '/subjects/nope', { schema: V1 });
    assert.deepEqual(noSubject.body, { error_code: 40401, message: "Subject 'nope' not found." });
  });

  it('answers not-found errors with Confluent codes', async () => {
    assert.deepEqual((await call('GET', '/subjects/nope/versions')).body, {
      error_code: 40401,
      message: "Subject 'nope' not found.",
    });
    const v = await call('GET', '/subjects/users-value/versions/9');
    assert.equal(v.status, 404);
    assert.deepEqual(v.body, { error_code: 40402, message: 'Version 9 not found.' });
    assert.deepEqual((await call('GET', '/schemas/ids/999')).body, {
      error_code: 40403,
      message: 'Schema 999 not found',
    });
    const bad = await call('GET', '/subjects/users-value/versions/0');
    assert.equal(bad.status, 422);
    assert.equal((bad.body as { error_code: number }).error_code, 42202);
    assert.equal((await call('GET', '/subjects/users-value/versions/abc')).status, 422);
    assert.deepEqual((await call('GET', '/no/such/path')).body, {
      error_code: 404,
      message: 'HTTP 404 Not Found',
    });
    // an existing path under a method it does not take: Jersey's 405, as Confluent answers
    const wrongMethod = await call('PATCH', '/subjects');
    assert.equal(wrongMethod.status, 405);
    assert.deepEqual(wrongMethod.body, { error_code: 405, message: 'HTTP 405 Method Not Allowed' });
    assert.equal((await call('PUT', '/schemas/ids/1')).status, 405);
  });

  it('rejects incompatible schemas with 409 and the reasons', async () => {
    const res = await call('POST', '/subjects/users-value/versions', { schema: BAD_V3 });
    assert.equal(res.status, 409);
    const body = res.body as { error_code: number; message: string };
    assert.equal(body.error_code, 40901);
    assert.match(body.message, /READER_FIELD_MISSING_DEFAULT_VALUE/);
    assert.match(body.message, /email/);
    assert.deepEqual((await call('GET', '/subjects/users-value/versions')).body, [1, 2]);
  });

  it('tests compatibility with and without verbose', async () => {
    const ok = await call('POST', '/compatibility/subjects/users-value/versions/latest', { schema: V2 });
    assert.deepEqual(ok.body, { is_compatible: true });
    const no = await call('POST', '/compatibility/subjects/users-value/versions/latest?verbose=true', {
      schema: BAD_V3,
    });
    const body = no.body as { is_compatible: boolean; messages: string[] };
    assert.equal(body.is_compatible, false);
    assert.ok(body.messages.some((m) => m.includes('READER_FIELD_MISSING_DEFAULT_VALUE')));
    assert.equal(
      (await call('POST', '/compatibility/subjects/users-value/versions/7', { schema: V2 })).status,
      404,
    );
    assert.deepEqual(
      (await call('POST', '/compatibility/subjects/users-value/versions', { schema: V2 })).body,
      { is_compatible: true },
    );
  });

  it('gets, sets and deletes compatibility levels', async () => {
    assert.deepEqual((await call('GET', '/config')).body, { compatibilityLevel: 'BACKWARD' });
    assert.deepEqual((await call('PUT', '/config/users-value', { compatibility: 'none' })).body, {
      compatibility: 'NONE',
    });
    assert.deepEqual((await call('GET', '/config/users-value')).body, { compatibilityLevel: 'NONE' });
    // Now the incompatible schema registers.
    assert.deepEqual((await call('POST', '/subjects/users-value/versions', { schema: BAD_V3 })).body, {
      id: 3,
    });
    assert.deepEqual((await call('DELETE', '/config/users-value')).body, { compatibilityLevel: 'NONE' });
    const notSet = await call('GET', '/config/users-value');
    assert.equal(notSet.status, 404);
    assert.equal((notSet.body as { error_code: number }).error_code, 40408);
    assert.deepEqual((await call('GET', '/config/users-value?defaultToGlobal=true')).body, {
      compatibilityLevel: 'BACKWARD',
    });
    const bad = await call('PUT', '/config', { compatibility: 'SIDEWAYS' });
    assert.equal(bad.status, 422);
    assert.equal((bad.body as { error_code: number }).error_code, 42203);
    assert.deepEqual((await call('PUT', '/config', { compatibility: 'FULL' })).body, {
      compatibility: 'FULL',
    });
    assert.deepEqual((await call('GET', '/config')).body, { compatibilityLevel: 'FULL' });
    assert.deepEqual((await call('DELETE', '/config')).body, { compatibilityLevel: 'FULL' });
    assert.deepEqual((await call('GET', '/config')).body, { compatibilityLevel: 'BACKWARD' });
  });

  it('soft and permanent deletes of versions and subjects', async () => {
    const perm = await call('DELETE', '/subjects/users-value/versions/3?permanent=true');
    assert.equal(perm.status, 404);
    assert.equal((perm.body as { error_code: number }).error_code, 40407);
    assert.equal((await call('DELETE', '/subjects/users-value/versions/3')).body, 3);
    assert.deepEqual((await call('GET', '/subjects/users-value/versions')).body, [1, 2]);
    assert.deepEqual((await call('GET', '/subjects/users-value/versions?deleted=true')).body, [1, 2, 3]);
    assert.equal((await call('GET', '/subjects/users-value/versions/3')).status, 404);
    assert.equal((await call('GET', '/subjects/users-value/versions/3?deleted=true')).status, 200);
    const again = await call('DELETE', '/subjects/users-value/versions/3');
    assert.equal((again.body as { error_code: number }).error_code, 40406);
    assert.equal((await call('DELETE', '/subjects/users-value/versions/3?permanent=true')).body, 3);
    assert.deepEqual((await call('GET', '/subjects/users-value/versions?deleted=true')).body, [1, 2]);
    assert.equal((await call('GET', '/schemas/ids/3')).status, 404);

    const notSoft = await call('DELETE', '/subjects/other?permanent=true');
    assert.equal((notSoft.body as { error_code: number }).error_code, 40405);
    assert.deepEqual((await call('DELETE', '/subjects/other')).body, [1]);
    assert.deepEqual((await call('GET', '/subjects')).body, ['users-value']);
    assert.deepEqual((await call('GET', '/subjects?deleted=true')).body, ['other', 'users-value']);
    const twice = await call('DELETE', '/subjects/other');
    assert.equal((twice.body as { error_code: number }).error_code, 40404);
    assert.deepEqual((await call('DELETE', '/subjects/other?permanent=true')).body, [1]);
    assert.deepEqual((await call('GET', '/subjects?deleted=true')).body, ['users-value']);
    // Schema 1 is still used by users-value.
    assert.equal((await call('GET', '/schemas/ids/1')).status, 200);
    // A new version after a deleted one continues the numbering.
    assert.deepEqual(
      (
        await call('POST', '/subjects/users-value/versions', {
          schema: rec([
            { name: 'name', type: 'string' },
            { name: 'x', type: 'int', default: 1 },
          ]),
        })
      ).body,
      { id: 4 },
    );
    assert.deepEqual((await call('GET', '/subjects/users-value/versions')).body, [1, 2, 3]);
  });

  it('modes: READONLY blocks writes, IMPORT takes explicit ids', async () => {
    assert.deepEqual((await call('GET', '/mode')).body, { mode: 'READWRITE' });
    assert.deepEqual((await call('PUT', '/mode/users-value', { mode: 'READONLY' })).body, {
      mode: 'READONLY',
    });
    const blocked = await call('POST', '/subjects/users-value/versions', { schema: V1 });
    assert.equal(blocked.status, 422);
    assert.equal((blocked.body as { error_code: number }).error_code, 42205);
    assert.deepEqual((await call('GET', '/mode/users-value')).body, { mode: 'READONLY' });
    assert.deepEqual((await call('DELETE', '/mode/users-value')).body, { mode: 'READONLY' });
    assert.equal(((await call('GET', '/mode/users-value')).body as { error_code: number }).error_code, 40409);
    assert.deepEqual((await call('GET', '/mode/users-value?defaultToGlobal=true')).body, {
      mode: 'READWRITE',
    });
    assert.equal(
      ((await call('PUT', '/mode', { mode: 'WRONG' })).body as { error_code: number }).error_code,
      42204,
    );
    // IMPORT on a non-empty registry needs force.
    assert.equal(
      ((await call('PUT', '/mode', { mode: 'IMPORT' })).body as { error_code: number }).error_code,
      42205,
    );
    assert.deepEqual((await call('PUT', '/mode/imported', { mode: 'IMPORT' })).body, { mode: 'IMPORT' });
    const imp = await call('POST', '/subjects/imported/versions', {
      schema: '"string"',
      id: 100,
      version: 5,
    });
    assert.deepEqual(imp.body, { id: 100 });
    assert.deepEqual((await call('GET', '/subjects/imported/versions/5')).body, {
      subject: 'imported',
      version: 5,
      id: 100,
      schema: '"string"',
    });
    const clash = await call('POST', '/subjects/imported/versions', {
      schema: '"long"',
      id: 100,
      version: 6,
    });
    assert.equal((clash.body as { error_code: number }).error_code, 42207);
    const notImport = await call('POST', '/subjects/users-value/versions', { schema: V1, id: 7 });
    assert.equal((notImport.body as { error_code: number }).error_code, 42205);
    assert.deepEqual((await call('PUT', '/mode/imported', { mode: 'READWRITE' })).body, {
      mode: 'READWRITE',
    });
    // Ids continue after the highest imported one.
    assert.deepEqual((await call('POST', '/subjects/fresh/versions', { schema: '"int"' })).body, { id: 101 });
  });

  it('references: register, resolve, referencedby, and block deleting a referenced schema', async () => {
    const addr = JSON.stringify({
      type: 'record',
      name: 'Address',
      namespace: 'ex',
      fields: [{ name: 'city', type: 'string' }],
    });
    const a = await call('POST', '/subjects/address/versions', { schema: addr });
    const person = JSON.stringify({
      type: 'record',
      name: 'Person',
      namespace: 'ex',
      fields: [{ name: 'home', type: 'ex.Address' }],
    });
    const refs = [{ name: 'ex.Address', subject: 'address', version: 1 }];
    const p = await call('POST', '/subjects/person/versions', { schema: person, references: refs });
    assert.equal(p.status, 200, p.text);
    const pid = (p.body as { id: number }).id;
    // Served as Avro's Schema.toString(): the reference inside its own namespace is the short name.
    assert.deepEqual((await call('GET', `/schemas/ids/${pid}`)).body, {
      references: refs,
      schema: person.replace('"ex.Address"', '"Address"'),
    });
    assert.deepEqual((await call('GET', '/subjects/address/versions/1/referencedby')).body, [pid]);
    const del = await call('DELETE', '/subjects/address/versions/1');
    assert.equal(del.status, 422);
    assert.equal((del.body as { error_code: number }).error_code, 42206);
    const unknown = await call('POST', '/subjects/person2/versions', {
      schema: person,
      references: [{ name: 'ex.Address', subject: 'nowhere', version: 1 }],
    });
    assert.equal(unknown.status, 422);
    assert.equal((unknown.body as { error_code: number }).error_code, 42201);
    assert.match((unknown.body as { message: string }).message, /nowhere/);
    void a;
  });
});
