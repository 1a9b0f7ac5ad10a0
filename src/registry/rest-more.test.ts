/**
 * More of Confluent's REST semantics: normalize, /schemas listing, soft-deleted subjects,
 * compatibility against missing versions, global READONLY, JSON and Protobuf registrations.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseSchema } from '../schema-wire/parse.js';
import type { ProtobufSchema } from '../schema-wire/protobuf.js';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const code = (b: unknown) => (b as { error_code?: number }).error_code;

describe('registry REST API, continued', () => {
  let r: TestRegistry;
  before(async () => {
    r = await startTestRegistry();
  });
  after(async () => r.close());

  it('normalize=true: equivalent spellings are the same schema', async () => {
    const a = JSON.stringify({
      type: 'record',
      name: 'R',
      namespace: 'n',
      fields: [{ name: 'x', type: 'int' }],
    });
    const b = JSON.stringify({ name: 'n.R', fields: [{ type: 'int', name: 'x' }], type: 'record' });
    const reg = await http(r.url, 'POST', '/subjects/norm/versions?normalize=true', { schema: a });
    assert.equal(reg.status, 200);
    const viaNormalize = await http(r.url, 'POST', '/subjects/norm?normalize=true', { schema: b });
    assert.equal(viaNormalize.status, 200, viaNormalize.text);
    assert.equal((viaNormalize.body as { id: number }).id, (reg.body as { id: number }).id);
    // Even without normalize: Confluent compares Avro Java's Schema.toString(), the same text
    // for both spellings (attribute order and a full name split into namespace do not count).
    const plain = await http(r.url, 'POST', '/subjects/norm', { schema: b });
    assert.equal((plain.body as { id: number }).id, (reg.body as { id: number }).id, plain.text);
    // Registering the other spelling with normalize finds the same version, no new one.
    assert.deepEqual(
      (await http(r.url, 'POST', '/subjects/norm/versions?normalize=true', { schema: b })).body,
      reg.body,
    );
    assert.deepEqual((await http(r.url, 'GET', '/subjects/norm/versions')).body, [1]);
    const j1 = '{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}}';
    const j2 = '{"properties":{"b":{"type":"integer"},"a":{"type":"string"}},"type":"object"}';
    const jr = await http(r.url, 'POST', '/subjects/jnorm/versions?normalize=true', {
      schema: j1,
      schemaType: 'JSON',
    });
    assert.deepEqual(
      (
        await http(r.url, 'POST', '/subjects/jnorm/versions?normalize=true', {
          schema: j2,
          schemaType: 'JSON',
        })
      ).body,
      jr.body,
    );
  });

  it('normalize=true keeps the order of Protobuf messages (message indexes), messages before enums', async () => {
    const proto =
      'syntax = "proto3"; package p; enum Color { RED = 0; } message Zeta { int32 b = 2; int32 a = 1; ' +
      'message Y { int32 y = 1; } enum Inner { I = 0; } message X { int32 x = 1; } } message Alpha { string s = 1; }';
    const reg = await http(r.url, 'POST', '/subjects/pnorm/versions?normalize=true', {
      schemaType: 'PROTOBUF',
      schema: proto,
    });
    assert.equal(reg.status, 200, reg.text);
    const text = (await http(r.url, 'GET', '/subjects/pnorm/versions/1/schema')).text;
    const at = (s: string) => text.indexOf(s);
    assert.ok(at('message Zeta') < at('message Alpha') && at('message Alpha') < at('enum Color'), text);
    assert.ok(at('message Y') < at('message X') && at('message X') < at('enum Inner'), text);
    assert.ok(at('int32 a = 1') < at('int32 b = 2'), text);
    // Message index [1] is Alpha in both the sent and the stored text.
    const stored = parseSchema('PROTOBUF', text) as ProtobufSchema;
    assert.equal(stored.typeAt([1]).name, 'Alpha');
    assert.equal(stored.typeAt([0, 1]).name, 'X');
  });

  it('JSON and Protobuf registrations keep schemaType in every answer', async () => {
    const proto = 'syntax = "proto3";\npackage x;\nmessage M { string s = 1; }\n';
    const p = await http(r.url, 'POST', '/subjects/proto/versions', {
      schema: proto,
      schemaType: 'PROTOBUF',
    });
    const pid = (p.body as { id: number }).id;
    assert.deepEqual((await http(r.url, 'GET', `/schemas/ids/${pid}`)).body, {
      schemaType: 'PROTOBUF',
      schema: proto,
    });
    assert.deepEqual((await http(r.url, 'GET', '/subjects/proto/versions/1')).body, {
      subject: 'proto',
      version: 1,
      id: pid,
      schemaType: 'PROTOBUF',
      schema: proto,
    });
    // The same .proto with other formatting and comments is the same schema.
    const same = await http(r.url, 'POST', '/subjects/proto/versions', {
      schema: '// c\nsyntax="proto3"; package x; message M {\n string s = 1; // field\n}',
      schemaType: 'PROTOBUF',
    });
    assert.deepEqual(same.body, { id: pid });
    // An incompatible Protobuf change is refused with its rule name.
    const bad = await http(r.url, 'POST', '/subjects/proto/versions', {
      schema: 'syntax = "proto3";\npackage x;\nmessage M { int32 s = 1; }\n',
      schemaType: 'PROTOBUF',
    });
    assert.equal(bad.status, 409);
    assert.match((bad.body as { message: string }).message, /FIELD_SCALAR_KIND_CHANGED/);
    // Changing the schema type under a subject is incompatible too.
    const other = await http(r.url, 'POST', '/subjects/proto/versions', {
      schema: '{"type":"object"}',
      schemaType: 'JSON',
    });
    assert.equal(other.status, 409);
    const listing = (await http(r.url, 'GET', '/schemas?subjectPrefix=proto')).body as {
      subject: string;
      schemaType?: string;
    }[];
    assert.deepEqual(
      listing.map((s) => [s.subject, s.schemaType]),
      [['proto', 'PROTOBUF']],
    );
  });

  it('a soft-deleted subject reads as not found unless deleted=true', async () => {
    await http(r.url, 'POST', '/subjects/gone/versions', { schema: '"int"' });
    await http(r.url, 'DELETE', '/subjects/gone');
    assert.equal(code((await http(r.url, 'GET', '/subjects/gone/versions/1')).body), 40401);
    assert.equal(code((await http(r.url, 'GET', '/subjects/gone/versions/latest')).body), 40401);
    assert.equal((await http(r.url, 'GET', '/subjects/gone/versions/1?deleted=true')).status, 200);
    assert.deepEqual((await http(r.url, 'GET', '/subjects?deletedOnly=true')).body, ['gone']);
    assert.equal(code((await http(r.url, 'POST', '/subjects/gone', { schema: '"int"' })).body), 40401);
    assert.equal((await http(r.url, 'POST', '/subjects/gone?deleted=true', { schema: '"int"' })).status, 200);
    // Registering again revives the subject with the next version and the same id.
    const again = await http(r.url, 'POST', '/subjects/gone/versions', { schema: '"int"' });
    assert.deepEqual((await http(r.url, 'GET', '/subjects/gone/versions')).body, [2]);
    assert.deepEqual((await http(r.url, 'GET', '/subjects/gone/versions/2')).body, {
      subject: 'gone',
      version: 2,
      id: (again.body as { id: number }).id,
      schema: '"int"',
    });
  });

  it('compatibility against a missing version is 40402; latest of a new subject is compatible', async () => {
    assert.equal(
      code(
        (await http(r.url, 'POST', '/compatibility/subjects/nobody/versions/3', { schema: '"int"' })).body,
      ),
      40402,
    );
    assert.deepEqual(
      (await http(r.url, 'POST', '/compatibility/subjects/nobody/versions/latest', { schema: '"int"' })).body,
      { is_compatible: true },
    );
  });

  it('global READONLY blocks every write; deleting the global mode restores READWRITE', async () => {
    assert.deepEqual((await http(r.url, 'PUT', '/mode', { mode: 'READONLY' })).body, { mode: 'READONLY' });
    assert.equal(code((await http(r.url, 'POST', '/subjects/ro/versions', { schema: '"int"' })).body), 42205);
    assert.equal(code((await http(r.url, 'DELETE', '/subjects/norm')).body), 42205);
    assert.deepEqual((await http(r.url, 'DELETE', '/mode')).body, { mode: 'READONLY' });
    assert.equal((await http(r.url, 'POST', '/subjects/ro/versions', { schema: '"int"' })).status, 200);
  });
  it('GET /schemas/ids/{id}?fetchMaxId=true adds the highest id in use', async () => {
    const a = (await http(r.url, 'POST', '/subjects/maxid-a/versions', { schema: '"string"' })).body as {
      id: number;
    };
    const b = (
      await http(r.url, 'POST', '/subjects/maxid-b/versions', {
        schema: '{"type":"fixed","name":"F","size":3}',
      })
    ).body as { id: number };
    assert.ok(b.id > a.id);
    // cached plain answer first, then the maxId one must not come from that cache
    assert.deepEqual((await http(r.url, 'GET', `/schemas/ids/${a.id}`)).body, { schema: '"string"' });
    assert.deepEqual((await http(r.url, 'GET', `/schemas/ids/${a.id}?fetchMaxId=true`)).body, {
      schema: '"string"',
      maxId: b.id,
    });
    assert.deepEqual((await http(r.url, 'GET', `/schemas/ids/${a.id}?fetchMaxId=false`)).body, {
      schema: '"string"',
    });
    assert.equal(code((await http(r.url, 'GET', '/schemas/ids/99999?fetchMaxId=true')).body), 40403);
  });
});
