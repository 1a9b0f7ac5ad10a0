/**
 * Behaviours checked against Confluent Schema Registry's own resources and RestApiTest
 * (confluentinc/schema-registry core/.../rest/resources, SchemaValidatorBuilder,
 * KafkaSchemaRegistry): server metadata, compatibility messages, verbose invalid schemas,
 * references on permanent deletes, version listing filters and offset/limit paging.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const code = (b: unknown) => (b as { error_code?: number }).error_code;
const record = (name: string, fields: object[]) => JSON.stringify({ type: 'record', name, fields });

describe('registry conformance with Confluent', () => {
  let r: TestRegistry;
  const call = (m: string, p: string, b?: unknown) => http(r.url, m, p, b);
  before(async () => {
    r = await startTestRegistry();
  });
  after(async () => r.close());

  it('GET /v1/metadata/id and /v1/metadata/version (ServerMetadataResource)', async () => {
    const id = await call('GET', '/v1/metadata/id');
    assert.equal(id.status, 200);
    assert.ok(id.contentType?.startsWith('application/vnd.schemaregistry.v1+json'), id.contentType ?? '');
    assert.deepEqual(id.body, {
      scope: { path: [], clusters: { 'kafka-cluster': null, 'schema-registry-cluster': 'schema-registry' } },
    });
    const version = await call('GET', '/v1/metadata/version');
    assert.equal(version.status, 200);
    assert.match((version.body as { version: string }).version, /^\d+\.\d+\.\d+/);
  });

  it('root and contexts (RootResource, ContextsResource)', async () => {
    assert.deepEqual((await call('GET', '/')).body, {});
    assert.deepEqual((await call('POST', '/', {})).body, {});
    assert.deepEqual((await call('GET', '/contexts')).body, ['.']);
    assert.deepEqual((await call('GET', '/contexts?contextPrefix=.')).body, ['.']);
    assert.deepEqual((await call('GET', '/contexts?contextPrefix=.other')).body, []);
    assert.deepEqual((await call('GET', '/contexts?offset=1')).body, []);
    assert.deepEqual((await call('GET', '/schemas/types')).body, ['JSON', 'PROTOBUF', 'AVRO']);
  });

  it('409 on register and verbose test: old version, old schema, validateFields and level', async () => {
    const v1 = record('C', [{ name: 'a', type: 'string' }]);
    assert.equal((await call('POST', '/subjects/cm/versions', { schema: v1 })).status, 200);
    const v2 = record('C', [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'int' },
    ]);
    const reg = await call('POST', '/subjects/cm/versions', { schema: v2 });
    assert.equal(reg.status, 409);
    assert.equal(code(reg.body), 40901);
    const msg = (reg.body as { message: string }).message;
    assert.ok(
      msg.startsWith(
        'Schema being registered is incompatible with an earlier schema for subject "cm", details: [',
      ),
      msg,
    );
    assert.ok(
      msg.endsWith(
        `, {oldSchemaVersion: 1}, {oldSchema: '${v1}'}, {validateFields: 'false', compatibility: 'BACKWARD'}]`,
      ),
      msg,
    );
    const test = await call('POST', '/compatibility/subjects/cm/versions/latest?verbose=true', {
      schema: v2,
    });
    assert.equal(test.status, 200);
    const messages = (test.body as { is_compatible: boolean; messages: string[] }).messages;
    assert.equal((test.body as { is_compatible: boolean }).is_compatible, false);
    assert.match(messages[0]!, /READER_FIELD_MISSING_DEFAULT_VALUE/);
    assert.deepEqual(messages.slice(1), [
      '{oldSchemaVersion: 1}',
      `{oldSchema: '${v1}'}`,
      "{validateFields: 'false', compatibility: 'BACKWARD'}",
    ]);
    // Without verbose only is_compatible.
    const plain = await call('POST', '/compatibility/subjects/cm/versions/latest', { schema: v2 });
    assert.deepEqual(plain.body, { is_compatible: false });
  });

  it('FORWARD appends the old schema; FULL only after its backward half (SchemaValidatorBuilder)', async () => {
    const v1 = record('F', [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'int' },
    ]);
    await call('PUT', '/config/fwd', { compatibility: 'FORWARD' });
    assert.equal((await call('POST', '/subjects/fwd/versions', { schema: v1 })).status, 200);
    // Dropping b (no default in the old reader) breaks FORWARD only.
    const v2 = record('F', [{ name: 'a', type: 'string' }]);
    const fwd = await call('POST', '/compatibility/subjects/fwd/versions/latest?verbose=true', {
      schema: v2,
    });
    const fm = (fwd.body as { messages: string[] }).messages;
    assert.deepEqual(fm.slice(-3), [
      '{oldSchemaVersion: 1}',
      `{oldSchema: '${v1}'}`,
      "{validateFields: 'false', compatibility: 'FORWARD'}",
    ]);
    await call('PUT', '/config/fwd', { compatibility: 'FULL' });
    const full = await call('POST', '/compatibility/subjects/fwd/versions/latest?verbose=true', {
      schema: v2,
    });
    const m = (full.body as { messages: string[] }).messages;
    assert.equal((full.body as { is_compatible: boolean }).is_compatible, false);
    assert.ok(!m.some((x) => x.startsWith('{oldSchema')), m.join('\n'));
    assert.equal(m.at(-1), "{validateFields: 'false', compatibility: 'FULL'}");
  });

  it('*_TRANSITIVE names the first incompatible version, newest first', async () => {
    const s = 'trans';
    await call('PUT', `/config/${s}`, { compatibility: 'BACKWARD_TRANSITIVE' });
    const v1 = record('T', [{ name: 'a', type: 'string' }]);
    const v2 = record('T', [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'int', default: 0 },
    ]);
    assert.equal((await call('POST', `/subjects/${s}/versions`, { schema: v1 })).status, 200);
    assert.equal((await call('POST', `/subjects/${s}/versions`, { schema: v2 })).status, 200);
    // Reading v1's data needs a default for b; v2's data carries b, so only v1 fails.
    const v3 = record('T', [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'int' },
    ]);
    const reg = await call('POST', `/subjects/${s}/versions`, { schema: v3 });
    assert.equal(reg.status, 409);
    assert.match(
      (reg.body as { message: string }).message,
      /\{oldSchemaVersion: 1\}.*compatibility: 'BACKWARD_TRANSITIVE'\}\]$/,
    );
  });

  it('verbose compatibility of an invalid schema is 200 is_compatible=false with the parse error', async () => {
    await call('POST', '/subjects/inv/versions', { schema: '"string"' });
    const v = await call('POST', '/compatibility/subjects/inv/versions/latest?verbose=true', {
      schema: '{bad',
    });
    assert.equal(v.status, 200);
    assert.equal((v.body as { is_compatible: boolean }).is_compatible, false);
    assert.equal((v.body as { messages: string[] }).messages.length, 1);
    const all = await call('POST', '/compatibility/subjects/inv/versions?verbose=true', { schema: '{bad' });
    assert.equal(all.status, 200);
    const plain = await call('POST', '/compatibility/subjects/inv/versions/latest', { schema: '{bad' });
    assert.equal(plain.status, 422);
    assert.equal(code(plain.body), 42201);
  });

  it('versions: deleted, deletedOnly, deletedAsNegative; offset and limit', async () => {
    const s = 'vl';
    for (const t of ['string', 'int', 'long', 'boolean']) {
      await call('PUT', `/config/${s}`, { compatibility: 'NONE' });
      assert.equal(
        (await call('POST', `/subjects/${s}/versions`, { schema: JSON.stringify(t) })).status,
        200,
      );
    }
    assert.equal((await call('DELETE', `/subjects/${s}/versions/2`)).status, 200);
    const list = async (q: string) => (await call('GET', `/subjects/${s}/versions${q}`)).body;
    assert.deepEqual(await list(''), [1, 3, 4]);
    assert.deepEqual(await list('?deleted=true'), [1, 2, 3, 4]);
    assert.deepEqual(await list('?deletedOnly=true'), [2]);
    assert.deepEqual(await list('?deleted=true&deletedOnly=true'), [2]);
    assert.deepEqual(await list('?deletedAsNegative=true'), [1, -2, 3, 4]);
    assert.deepEqual(await list('?offset=1&limit=1'), [3]);
    assert.deepEqual(await list('?offset=2'), [4]);
    assert.deepEqual(await list('?limit=0'), [1, 3, 4]);
    assert.deepEqual(await list('?offset=9'), []);
    const subjects = (await call('GET', '/subjects?subjectPrefix=v&limit=1')).body as string[];
    assert.deepEqual(subjects, ['vl']);
    const schemas = (await call('GET', '/schemas?subjectPrefix=vl&offset=1&limit=2')).body as {
      version: number;
    }[];
    assert.deepEqual(
      schemas.map((x) => x.version),
      [3, 4],
    );
    const id1 = ((await call('GET', `/subjects/${s}/versions/1`)).body as { id: number }).id;
    await call('POST', '/subjects/vl-copy/versions', { schema: '"string"' });
    // "string" is also registered under 'inv' above: inv, vl, vl-copy.
    assert.deepEqual((await call('GET', `/schemas/ids/${id1}/subjects`)).body, ['inv', 'vl', 'vl-copy']);
    assert.deepEqual((await call('GET', `/schemas/ids/${id1}/subjects?offset=1&limit=1`)).body, ['vl']);
    assert.deepEqual((await call('GET', `/schemas/ids/${id1}/versions?offset=2`)).body, [
      { subject: 'vl-copy', version: 1 },
    ]);
  });

  it('/schemas/ids/{id}/subjects and /versions of an unknown id: 40403 "Schema not found"', async () => {
    for (const p of ['/schemas/ids/4242/subjects', '/schemas/ids/4242/versions']) {
      const res = await call('GET', p);
      assert.equal(res.status, 404);
      assert.deepEqual(res.body, { error_code: 40403, message: 'Schema not found' });
    }
    const byId = await call('GET', '/schemas/ids/4242');
    assert.deepEqual(byId.body, { error_code: 40403, message: 'Schema 4242 not found' });
  });

  it("stores and serves the canonical string (Avro's Schema.toString(), compact JSON Schema)", async () => {
    const pretty = JSON.stringify(
      {
        fields: [
          { type: { type: 'string' }, name: 'a', doc: 'A', order: 'ascending' },
          { default: [], name: 'b', type: { items: 'long', type: 'array' } },
          { name: 'c', type: { type: 'enum', name: 'other.E', symbols: ['X'] } },
          { name: 'd', type: 'other.E' },
          { name: 'r', type: ['null', 'cs.Rec'] },
        ],
        name: 'cs.Rec',
        type: 'record',
        custom: 1,
      },
      null,
      2,
    );
    const reg = await call('POST', '/subjects/canon/versions', { schema: pretty });
    assert.equal(reg.status, 200, reg.text);
    const expected =
      '{"type":"record","name":"Rec","namespace":"cs","fields":[{"name":"a","type":"string","doc":"A"},' +
      '{"name":"b","type":{"type":"array","items":"long"},"default":[]},' +
      '{"name":"c","type":{"type":"enum","name":"E","namespace":"other","symbols":["X"]}},' +
      '{"name":"d","type":"other.E"},{"name":"r","type":["null","Rec"]}],"custom":1}';
    const got = (await call('GET', '/subjects/canon/versions/1')).body as { schema: string };
    assert.equal(got.schema, expected);
    assert.equal(
      (await call('GET', `/schemas/ids/${(reg.body as { id: number }).id}/schema`)).text,
      expected,
    );
    // The same schema in any spelling is the same version (no new one), lookups find it.
    const again = await call('POST', '/subjects/canon/versions', { schema: expected });
    assert.deepEqual(again.body, reg.body);
    const found = await call('POST', '/subjects/canon', { schema: pretty });
    assert.equal((found.body as { version: number }).version, 1);
    const json = await call('POST', '/subjects/canon-json/versions', {
      schemaType: 'JSON',
      schema: '{ "type": "object",\n  "properties": { "x": { "type": "string" } } }',
    });
    assert.equal(json.status, 200, json.text);
    assert.equal(
      ((await call('GET', '/subjects/canon-json/versions/latest')).body as { schema: string }).schema,
      '{"type":"object","properties":{"x":{"type":"string"}}}',
    );
  });

  it('config and mode: deleting an unset subject level is 40401; modes echo the request; FORWARD is global only', async () => {
    assert.equal((await call('POST', '/subjects/cfg/versions', { schema: '"int"' })).status, 200);
    for (const p of ['/config/cfg', '/mode/cfg', '/config/cfg-none', '/mode/cfg-none']) {
      const res = await call('DELETE', p);
      assert.equal(res.status, 404, p);
      assert.deepEqual(res.body, { error_code: 40401, message: `Subject '${p.split('/')[2]}' not found.` });
    }
    // GET without a subject level stays 40408 / 40409.
    assert.equal(code((await call('GET', '/config/cfg')).body), 40408);
    assert.equal(code((await call('GET', '/mode/cfg')).body), 40409);
    assert.deepEqual((await call('PUT', '/mode/cfg', { mode: 'readonly' })).body, { mode: 'readonly' });
    assert.deepEqual((await call('GET', '/mode/cfg')).body, { mode: 'READONLY' });
    assert.deepEqual((await call('DELETE', '/mode/cfg')).body, { mode: 'READONLY' });
    const fwd = await call('PUT', '/mode/cfg', { mode: 'FORWARD' });
    assert.equal(fwd.status, 422);
    assert.deepEqual(fwd.body, { error_code: 42204, message: 'Forward mode only supported on global level' });
    // Compatibility answers are normalised to upper case (ConfigUpdateRequest of the stored config).
    assert.deepEqual((await call('PUT', '/config/cfg', { compatibility: 'full' })).body, {
      compatibility: 'FULL',
    });
    assert.deepEqual((await call('DELETE', '/config/cfg')).body, { compatibilityLevel: 'FULL' });
  });

  it('re-registering a soft-deleted schema: a new version with the same id, the deleted one tombstoned', async () => {
    const s = 'rereg';
    const a = record('RR', [{ name: 'a', type: 'string' }]);
    const first = await call('POST', `/subjects/${s}/versions`, { schema: a });
    assert.equal((await call('DELETE', `/subjects/${s}/versions/1`)).status, 200);
    assert.deepEqual((await call('GET', `/subjects/${s}/versions?deleted=true`)).body, [1]);
    const again = await call('POST', `/subjects/${s}/versions`, { schema: a });
    assert.deepEqual(again.body, first.body);
    assert.deepEqual((await call('GET', `/subjects/${s}/versions`)).body, [2]);
    assert.deepEqual((await call('GET', `/subjects/${s}/versions?deleted=true`)).body, [2]);
    assert.equal(code((await call('GET', `/subjects/${s}/versions/1?deleted=true`)).body), 40402);
  });

  it('versions as VersionId (latest in any case, signs, 42202 wording); a schema type change is one message', async () => {
    assert.equal(
      (await call('POST', '/subjects/vid/versions', { schema: '{   "type":   "string"}' })).status,
      200,
    );
    for (const v of ['latest', 'LATEST', 'Latest', '-1', '1', '+1', '001'])
      assert.equal(
        ((await call('GET', `/subjects/vid/versions/${v}`)).body as { version: number }).version,
        1,
        v,
      );
    for (const [v, shown] of [
      ['0', '0'],
      ['-2', '-2'],
      ['abc', 'abc'],
      ['2147483648', '2147483648'],
    ]) {
      const res = await call('GET', `/subjects/vid/versions/${v}`);
      assert.equal(res.status, 422, v);
      assert.deepEqual(res.body, {
        error_code: 42202,
        message: `The specified version '${shown}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string "latest"`,
      });
    }
    // testCanonicalization: the extra white space is gone, {"type":"string"} is "string".
    assert.equal(
      ((await call('GET', '/subjects/vid/versions/1')).body as { schema: string }).schema,
      '"string"',
    );
    const res = await call('POST', '/compatibility/subjects/vid/versions/latest?verbose=true', {
      schemaType: 'JSON',
      schema: '{"type":"string"}',
    });
    assert.deepEqual(res.body, {
      is_compatible: false,
      messages: [
        'Incompatible because of different schema type',
        "{validateFields: 'false', compatibility: 'BACKWARD'}",
      ],
    });
    await call('PUT', '/config/vid', { compatibility: 'NONE' });
    const json = await call('POST', '/subjects/vid/versions', {
      schemaType: 'JSON',
      schema: '{"type":"string"}',
    });
    assert.equal(json.status, 200, 'NONE allows a different schema type');
  });

  it('config normalize: registrations and lookups normalize by default; Config JSON shapes', async () => {
    const s = 'cfg-norm';
    // The same JSON Schema once normalized (keys in another order).
    const a = '{"type":"object","properties":{"p":{"type":"string"},"q":{"type":"integer"}}}';
    const b = '{"properties":{"q":{"type":"integer"},"p":{"type":"string"}},"type":"object"}';
    // Without the flag they are different schemas.
    assert.equal(
      (await call('POST', `/subjects/${s}-plain/versions`, { schema: a, schemaType: 'JSON' })).status,
      200,
    );
    assert.equal(
      code((await call('POST', `/subjects/${s}-plain`, { schema: b, schemaType: 'JSON' })).body),
      40403,
    );
    const put = await call('PUT', `/config/${s}`, { normalize: true });
    assert.deepEqual(put.body, { normalize: true });
    assert.deepEqual((await call('GET', `/config/${s}`)).body, { normalize: true });
    assert.deepEqual((await call('GET', `/config/${s}?defaultToGlobal=true`)).body, {
      normalize: true,
      compatibilityLevel: 'BACKWARD',
    });
    // A later level keeps the flag (ConfigValue.update merges).
    assert.deepEqual((await call('PUT', `/config/${s}`, { compatibility: 'FULL' })).body, {
      normalize: true,
      compatibility: 'FULL',
    });
    const reg = await call('POST', `/subjects/${s}/versions`, { schema: a, schemaType: 'JSON' });
    assert.equal(reg.status, 200, reg.text);
    const again = await call('POST', `/subjects/${s}/versions`, { schema: b, schemaType: 'JSON' });
    assert.deepEqual(again.body, reg.body);
    assert.equal(
      ((await call('POST', `/subjects/${s}`, { schema: b, schemaType: 'JSON' })).body as { id: number }).id,
      (reg.body as { id: number }).id,
    );
    assert.deepEqual((await call('DELETE', `/config/${s}`)).body, {
      normalize: true,
      compatibilityLevel: 'FULL',
    });
    assert.equal(code((await call('GET', `/config/${s}`)).body), 40408);
    const bad = await call('PUT', `/config/${s}`, { normalize: 'yes' });
    assert.equal(bad.status, 422);
    // The global config always shows a level.
    assert.deepEqual((await call('GET', '/config')).body, { compatibilityLevel: 'BACKWARD' });
  });

  it("register modes as Confluent's checkRegisterMode: ids need IMPORT, IMPORT needs ids", async () => {
    assert.equal((await call('PUT', '/mode/imp-only', { mode: 'IMPORT' })).status, 200);
    const noId = await call('POST', '/subjects/imp-only/versions', { schema: '"int"' });
    assert.deepEqual(noId.body, {
      error_code: 42205,
      message: 'Subject imp-only in context . is not in read-write mode',
    });
    const withId = await call('POST', '/subjects/imp-only/versions', {
      schema: '"int"',
      id: 5000,
      version: 1,
    });
    assert.deepEqual(withId.body, { id: 5000 });
    const idOutside = await call('POST', '/subjects/rw-only/versions', { schema: '"int"', id: 5000 });
    assert.deepEqual(idOutside.body, {
      error_code: 42205,
      message: 'Subject rw-only in context . is not in import mode',
    });
  });

  it('references: soft-deleted referrers block permanent deletes; own-subject references do not block', async () => {
    const base = JSON.stringify({ type: 'record', name: 'Base', namespace: 'rf', fields: [] });
    await call('POST', '/subjects/rf-base/versions', { schema: base });
    const user = JSON.stringify({
      type: 'record',
      name: 'User',
      namespace: 'rf',
      fields: [{ name: 'b', type: 'rf.Base' }],
    });
    const refs = [{ name: 'rf.Base', subject: 'rf-base', version: 1 }];
    const u = await call('POST', '/subjects/rf-user/versions', { schema: user, references: refs });
    assert.equal(u.status, 200, u.text);
    const uid = (u.body as { id: number }).id;
    assert.equal((await call('DELETE', '/subjects/rf-user')).status, 200);
    // Live referrers only by default; deleted=true lists the soft-deleted referrer too.
    assert.deepEqual((await call('GET', '/subjects/rf-base/versions/1/referencedby')).body, []);
    assert.deepEqual((await call('GET', '/subjects/rf-base/versions/1/referencedby?deleted=true')).body, [
      uid,
    ]);
    // A soft delete is allowed (no live referrer), a permanent one is not (the referrer may come back).
    assert.equal((await call('DELETE', '/subjects/rf-base/versions/1')).status, 200);
    const perm = await call('DELETE', '/subjects/rf-base/versions/1?permanent=true');
    assert.equal(perm.status, 422);
    assert.equal(code(perm.body), 42206);
    const permSubject = await call('DELETE', '/subjects/rf-base?permanent=true');
    assert.equal(code(permSubject.body), 42206);
    // Once the referrer is gone for good, the referenced subject can go too.
    assert.equal((await call('DELETE', '/subjects/rf-user?permanent=true')).status, 200);
    assert.deepEqual((await call('DELETE', '/subjects/rf-base?permanent=true')).body, [1]);

    // A version referencing an earlier version of its own subject does not block deleting the subject.
    await call('PUT', '/config/rf-self', { compatibility: 'NONE' });
    await call('POST', '/subjects/rf-self/versions', { schema: base });
    const self = await call('POST', '/subjects/rf-self/versions', {
      schema: user,
      references: [{ name: 'rf.Base', subject: 'rf-self', version: 1 }],
    });
    assert.equal(self.status, 200, self.text);
    assert.deepEqual((await call('DELETE', '/subjects/rf-self')).body, [1, 2]);
    assert.deepEqual((await call('DELETE', '/subjects/rf-self?permanent=true')).body, [1, 2]);
  });
});
