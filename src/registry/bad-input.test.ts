/**
 * Bad input of every kind gets a clear 4xx in Confluent's error shape, changes nothing and
 * leaves the server serving.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

/** A raw HTTP request (fetch would normalise `..` in paths). */
function raw(
  url: string,
  method: string,
  path: string,
  body?: string,
): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        method,
        path,
        headers: body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const code = (b: unknown) => (b as { error_code?: number }).error_code;
const message = (b: unknown) => (b as { message?: string }).message ?? '';

describe('bad input', () => {
  let r: TestRegistry;
  let snapshot: () => Promise<unknown>;
  let before0: unknown;
  before(async () => {
    r = await startTestRegistry(undefined, undefined, 64 * 1024);
    await http(r.url, 'POST', '/subjects/keep/versions', { schema: '"string"' });
    snapshot = async () => ({
      subjects: (await http(r.url, 'GET', '/subjects?deleted=true')).body,
      schemas: (await http(r.url, 'GET', '/schemas?deleted=true')).body,
      applied: r.registry.state.applied,
    });
    before0 = await snapshot();
  });
  after(async () => {
    // Nothing accepted changed, and the server still answers.
    assert.deepEqual(await snapshot(), before0);
    await r.close();
  });

  it('malformed JSON bodies → 400', async () => {
    for (const body of ['{', '{"schema": }', 'not json', '{"schema":"\\"string\\"",}']) {
      const res = await http(r.url, 'POST', '/subjects/x/versions', undefined, body);
      assert.equal(res.status, 400, body);
      assert.equal(code(res.body), 400);
      assert.match(message(res.body), /JSON/);
    }
  });

  it('bodies of the wrong shape → 422 naming the problem', async () => {
    const cases: [unknown, number, RegExp][] = [
      [[], 422, /object/],
      ['"just a string"', 422, /object/],
      [{}, 42201, /Empty schema/],
      [{ schema: 42 }, 42201, /Empty schema/],
      [{ schema: '"string"', id: 'one' }, 422, /id must be an integer/],
      [{ schema: '"string"', references: 'nope' }, 422, /references/],
      [{ schema: '"string"', references: [{ name: 'x' }] }, 422, /reference/],
    ];
    for (const [body, want, re] of cases) {
      const res = await http(
        r.url,
        'POST',
        '/subjects/x/versions',
        typeof body === 'string' ? undefined : body,
        typeof body === 'string' ? body : undefined,
      );
      assert.equal(res.status, 422, JSON.stringify(body));
      assert.equal(code(res.body), want, JSON.stringify(body));
      assert.match(message(res.body), re);
    }
    const noBody = await http(r.url, 'POST', '/subjects/x/versions');
    assert.equal(noBody.status, 400);
  });

  it('schemas that do not parse → 422 / 42201 with the parser reason', async () => {
    const cases: [string | undefined, string, RegExp][] = [
      [undefined, '{"type":"record","name":"R","fields":[{"name":"a","type":"nope"}]}', /nope/],
      [undefined, '{"type":"record","name":"R"}', /fields/],
      [
        undefined,
        '{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":"x"}]}',
        /default/,
      ],
      [undefined, '{not json', /Invalid schema/],
      ['PROTOBUF', 'syntax = "proto3"; message M { int32 a = ; }', /Invalid schema/],
      ['PROTOBUF', 'syntax = "proto3"; message M { Missing a = 1; }', /Missing/],
      ['PROTOBUF', 'syntax = "proto3"; import "nowhere.proto"; message M { int32 a = 1; }', /nowhere\.proto/],
      ['JSON', '{"type":"strin"}', /type/],
      ['JSON', '{"$schema":"http://example.com/unknown-draft","type":"string"}', /unsupported \$schema/],
      ['JSON', '[1,2]', /object or a boolean/],
    ];
    for (const [schemaType, schema, re] of cases) {
      const res = await http(r.url, 'POST', '/subjects/x/versions', { schema, schemaType });
      assert.equal(res.status, 422, schema);
      assert.equal(code(res.body), 42201, schema);
      assert.match(message(res.body), re, schema);
    }
  });

  it('unknown schemaType → 422 / 42201', async () => {
    const res = await http(r.url, 'POST', '/subjects/x/versions', { schema: '"string"', schemaType: 'XML' });
    assert.equal(res.status, 422);
    assert.equal(code(res.body), 42201);
    assert.match(message(res.body), /XML/);
  });

  it('unknown references → 422 / 42201 naming the reference', async () => {
    const res = await http(r.url, 'POST', '/subjects/x/versions', {
      schema: '{"type":"record","name":"R","fields":[{"name":"a","type":"ex.Missing"}]}',
      references: [{ name: 'ex.Missing', subject: 'missing-subject', version: 3 }],
    });
    assert.equal(res.status, 422);
    assert.equal(code(res.body), 42201);
    assert.match(message(res.body), /missing-subject/);
  });

  it('huge bodies → 413', async () => {
    const big = JSON.stringify({
      schema: JSON.stringify({
        type: 'enum',
        name: 'E',
        symbols: Array.from({ length: 20_000 }, (_, i) => `S${i}`),
      }),
    });
    assert.ok(big.length > 64 * 1024);
    const res = await http(r.url, 'POST', '/subjects/x/versions', undefined, big);
    assert.equal(res.status, 413);
    assert.equal(code(res.body), 413);
  });

  it('path traversal, control characters and over-long subject names → 4xx', async () => {
    const traversal = await raw(
      r.url,
      'POST',
      '/subjects/..%2F..%2Fetc%2Fpasswd/versions',
      '{"schema":"\\"string\\""}',
    );
    assert.equal(traversal.status, 422);
    assert.equal(code(JSON.parse(traversal.body)), 42208);
    const dotdot = await raw(r.url, 'GET', '/subjects/../config');
    assert.ok(dotdot.status >= 400 && dotdot.status < 500, String(dotdot.status));
    const dot = await raw(r.url, 'POST', '/subjects/./versions', '{"schema":"\\"string\\""}');
    assert.ok(dot.status >= 400 && dot.status < 500, String(dot.status));
    for (const bad of ['a%00b', 'line%0Abreak', 'tab%09', 'del%7F', 'x'.repeat(256)]) {
      const res = await http(r.url, 'POST', `/subjects/${bad}/versions`, { schema: '"string"' });
      assert.equal(res.status, 422, bad);
      assert.equal(code(res.body), 42208, bad);
    }
    // Slashes that do not climb are fine (Protobuf import paths are subjects).
    const ok = await http(r.url, 'POST', '/compatibility/subjects/a%2Fb.proto/versions/latest', {
      schema: '"string"',
    });
    assert.equal(ok.status, 200);
  });

  it('bad versions, ids, levels and modes → 4xx', async () => {
    for (const v of ['0', '-2', 'abc', '2147483648', '1.5']) {
      const res = await http(r.url, 'GET', `/subjects/keep/versions/${v}`);
      assert.equal(res.status, 422, v);
      assert.equal(code(res.body), 42202, v);
    }
    assert.equal((await http(r.url, 'GET', '/schemas/ids/abc')).status, 404);
    assert.equal((await http(r.url, 'GET', '/schemas/ids/99999999999')).status, 404);
    assert.equal(code((await http(r.url, 'PUT', '/config', { compatibility: 42 })).body), 42203);
    // An update that sets nothing changes nothing and answers the config (ConfigUpdateRequest).
    assert.deepEqual((await http(r.url, 'PUT', '/config', { unknown: 1 })).body, {});
    assert.equal(
      // A field of the wrong type (Jackson's mapping error, 422); unknown fields are ignored.
      code((await http(r.url, 'PUT', '/config', { compatibility: 'FULL', validateFields: 'yes' })).body),
      422,
    );
    assert.equal(code((await http(r.url, 'PUT', '/mode', { mode: null })).body), 42204);
    assert.equal((await http(r.url, 'PUT', '/config')).status, 400);
  });
});
