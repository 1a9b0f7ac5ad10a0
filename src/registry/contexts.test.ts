/**
 * Schema Registry contexts as Confluent's: `:.ctx:subject` lives in context `.ctx` with its own
 * ids; /contexts lists them; ?subject= picks the context of an id; subject prefixes select
 * contexts; config and mode set on `:.ctx:` apply to its subjects; references resolve in the
 * referring schema's context; `:.:s` is the default context's `s`; an empty context can be
 * deleted; state survives a re-read.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { requireTool } from '../testing/tools.js';
import { MemoryLog, MemoryStore } from './store.js';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const body = (b: unknown) => b as Record<string, unknown>;
const run = promisify(execFile);

/** confluent_kafka's SchemaRegistryClient on a context-qualified subject. */
const PY = `
import sys, json
from confluent_kafka.schema_registry import SchemaRegistryClient, Schema
c = SchemaRegistryClient({'url': sys.argv[1]})
out = {}
out['id'] = c.register_schema(':.py:orders-value', Schema('"string"', 'AVRO'))
out['default_id'] = c.register_schema('orders-value', Schema('"bytes"', 'AVRO'))
out['subjects'] = c.get_subjects()
latest = c.get_latest_version(':.py:orders-value')
out['latest'] = [latest.schema_id, latest.subject, latest.version, latest.schema.schema_str]
out['lookup'] = c.lookup_schema(':.py:orders-value', Schema('"string"', 'AVRO')).version
c.set_compatibility(':.py:', 'NONE')
out['compat'] = c.get_compatibility(':.py:')
out['deleted'] = c.delete_subject(':.py:orders-value')
print(json.dumps(out))
`;
const enc = encodeURIComponent;

describe('registry contexts', () => {
  const log = new MemoryLog();
  let r: TestRegistry;
  before(async () => {
    r = await startTestRegistry(new MemoryStore(log));
  });
  after(async () => r.close());

  it('each context has its own ids; ?subject= reads an id in its context', async () => {
    const reg = async (subject: string, schema: string) =>
      body((await http(r.url, 'POST', `/subjects/${enc(subject)}/versions`, { schema })).body).id;
    assert.equal(await reg(':.team:orders', '"string"'), 1);
    assert.equal(await reg('orders', '"int"'), 1);
    assert.equal(await reg(':.team:users', '"int"'), 2);
    // `:.:s` is the default context's s.
    assert.equal(await reg(':.:users', '"long"'), 2);
    assert.deepEqual((await http(r.url, 'GET', '/contexts')).body, ['.', '.team']);
    assert.deepEqual((await http(r.url, 'GET', '/contexts?contextPrefix=.t')).body, ['.team']);
    const get = async (path: string) => (await http(r.url, 'GET', path)).body;
    assert.deepEqual(await get('/schemas/ids/1'), { schema: '"int"' });
    assert.deepEqual(await get(`/schemas/ids/1?subject=${enc(':.team:')}`), { schema: '"string"' });
    assert.deepEqual(await get(`/schemas/ids/2?subject=${enc(':.team:users')}`), { schema: '"int"' });
    // A qualified subject that does not hold the id: not found (getSchemaKeyUsingContexts).
    assert.equal(body(await get(`/schemas/ids/1?subject=${enc(':.team:users')}`)).error_code, 40403);
    // A plain name not holding the id in the default context is looked for in the others.
    assert.deepEqual(await get('/schemas/ids/2?subject=users'), { schema: '"long"' });
    assert.deepEqual(await get('/schemas/ids/1?subject=users'), { schema: '"int"' });
    assert.deepEqual(await get(`/schemas/ids/1?subject=${enc(':.team:')}&fetchMaxId=true`), {
      schema: '"string"',
      maxId: 2,
    });
    assert.deepEqual(await get(`/schemas/ids/1/subjects?subject=${enc(':.team:')}`), [':.team:orders']);
    assert.deepEqual(await get('/schemas/ids/1/versions'), [{ subject: 'orders', version: 1 }]);
    assert.equal(body(await get(`/schemas/ids/3?subject=${enc(':.team:')}`)).error_code, 40403);
  });

  it('subject prefixes select contexts; listings are ordered by context then name', async () => {
    const get = async (path: string) => (await http(r.url, 'GET', path)).body;
    assert.deepEqual(await get('/subjects'), ['orders', 'users', ':.team:orders', ':.team:users']);
    assert.deepEqual(await get(`/subjects?subjectPrefix=${enc(':.team:')}`), [
      ':.team:orders',
      ':.team:users',
    ]);
    assert.deepEqual(await get(`/subjects?subjectPrefix=${enc(':*:u')}`), ['users', ':.team:users']);
    assert.deepEqual(await get('/subjects?subjectPrefix=o'), ['orders']);
    // /schemas defaults to the default context.
    assert.deepEqual(
      ((await get('/schemas')) as { subject: string }[]).map((s) => s.subject),
      ['orders', 'users'],
    );
    assert.deepEqual(
      ((await get(`/schemas?subjectPrefix=${enc(':.team:')}`)) as { subject: string }[]).map(
        (s) => s.subject,
      ),
      [':.team:orders', ':.team:users'],
    );
  });

  it("a context's config and mode apply to its subjects", async () => {
    await http(r.url, 'PUT', `/config/${enc(':.team:')}`, { compatibility: 'FULL' });
    const check = await http(
      r.url,
      'POST',
      `/compatibility/subjects/${enc(':.team:orders')}/versions/latest?verbose=true`,
      {
        schema: '["null","string"]',
      },
    );
    const messages = body(check.body).messages as string[];
    assert.equal(messages.at(-1), "{validateFields: 'false', compatibility: 'FULL'}", check.text);
    // The default context keeps the global level.
    const plain = await http(r.url, 'POST', '/compatibility/subjects/orders/versions/latest?verbose=true', {
      schema: '"long"',
    });
    assert.equal(body(plain.body).is_compatible, true, plain.text);
    await http(r.url, 'PUT', `/mode/${enc(':.team:')}`, { mode: 'READONLY' });
    const ro = await http(r.url, 'POST', `/subjects/${enc(':.team:new')}/versions`, { schema: '"int"' });
    assert.deepEqual(ro.body, {
      error_code: 42205,
      message: 'Subject :.team:new in context :.team: is in read-only mode',
    });
    assert.equal((await http(r.url, 'POST', '/subjects/new/versions', { schema: '"int"' })).status, 200);
    await http(r.url, 'DELETE', `/mode/${enc(':.team:')}`);
    // IMPORT on a context that has subjects needs force, as on a subject.
    const imp = await http(r.url, 'PUT', `/mode/${enc(':.team:')}`, { mode: 'IMPORT' });
    assert.equal((imp.body as { error_code: number }).error_code, 42205, imp.text);
    assert.equal((await http(r.url, 'PUT', `/mode/${enc(':.empty:')}`, { mode: 'IMPORT' })).status, 200);
    await http(r.url, 'DELETE', `/mode/${enc(':.empty:')}`);
  });

  it("references resolve in the referring schema's context", async () => {
    const fixed = '{"type":"fixed","name":"N","size":2}';
    const record = '{"type":"record","name":"R","fields":[{"name":"x","type":"N"}]}';
    const refs = [{ name: 'N', subject: 'ref-n', version: 1 }];
    // ref-n exists only in the default context: from .team the reference is missing.
    await http(r.url, 'POST', '/subjects/ref-n/versions', { schema: fixed });
    const missing = await http(r.url, 'POST', `/subjects/${enc(':.team:rec')}/versions`, {
      schema: record,
      references: refs,
    });
    assert.equal(body(missing.body).error_code, 42201, missing.text);
    await http(r.url, 'POST', `/subjects/${enc(':.team:ref-n')}/versions`, { schema: fixed });
    const ok = await http(r.url, 'POST', `/subjects/${enc(':.team:rec')}/versions`, {
      schema: record,
      references: refs,
    });
    assert.equal(ok.status, 200, ok.text);
    const id = body(ok.body).id;
    assert.deepEqual(
      (await http(r.url, 'GET', `/subjects/${enc(':.team:ref-n')}/versions/1/referencedby`)).body,
      [id],
    );
    assert.deepEqual((await http(r.url, 'GET', '/subjects/ref-n/versions/1/referencedby')).body, []);
    const del = await http(r.url, 'DELETE', `/subjects/${enc(':.team:ref-n')}/versions/1`);
    assert.equal(body(del.body).error_code, 42206);
  });

  it('DELETE /contexts/{ctx}: 42211 while it has subjects, 204 once empty; recorded in the log', async () => {
    const ctxRecords = () =>
      log.records.filter((x) => x.key.keytype === 'CONTEXT').map((x) => [x.key, x.value !== null]);
    assert.deepEqual(ctxRecords(), [
      [{ keytype: 'CONTEXT', tenant: 'default', context: '.team', magic: 0 }, true],
    ]);
    await http(r.url, 'POST', `/subjects/${enc(':.tmp:x')}/versions`, { schema: '"int"' });
    assert.deepEqual((await http(r.url, 'GET', '/contexts')).body, ['.', '.team', '.tmp']);
    const busy = await http(r.url, 'DELETE', `/contexts/${enc(':.tmp:')}`);
    assert.deepEqual(busy.body, {
      error_code: 42211,
      message: "The specified context ':.tmp:' is not empty.",
    });
    await http(r.url, 'DELETE', `/subjects/${enc(':.tmp:x')}`);
    // Soft-deleted subjects still count.
    assert.equal((await http(r.url, 'DELETE', '/contexts/.tmp')).status, 422);
    await http(r.url, 'DELETE', `/subjects/${enc(':.tmp:x')}?permanent=true`);
    const done = await http(r.url, 'DELETE', '/contexts/.tmp');
    assert.equal(done.status, 204, done.text);
    assert.deepEqual((await http(r.url, 'GET', '/contexts')).body, ['.', '.team']);
    assert.deepEqual(ctxRecords().at(-1), [
      { keytype: 'CONTEXT', tenant: 'default', context: '.tmp', magic: 0 },
      false,
    ]);
  });

  it('confluent_kafka SchemaRegistryClient with a context-qualified subject', async () => {
    const { stdout } = await run(requireTool('python'), ['-c', PY, r.url], { timeout: 30_000 });
    const out = JSON.parse(stdout) as Record<string, unknown>;
    // Ids are the context's own: .py starts at 1, the default context continues its own ids.
    assert.equal(out.id, 1);
    assert.notEqual(out.default_id, 1);
    assert.ok((out.subjects as string[]).includes(':.py:orders-value'));
    assert.deepEqual(out.latest, [1, ':.py:orders-value', 1, '"string"']);
    assert.equal(out.lookup, 1);
    assert.equal(out.compat, 'NONE');
    assert.deepEqual(out.deleted, [1]);
  });

  it('a registry reading the log again has the same contexts and ids', async () => {
    const again = await startTestRegistry(new MemoryStore(log));
    try {
      for (const path of [
        '/contexts',
        '/subjects',
        `/schemas/ids/1?subject=${enc(':.team:')}`,
        '/schemas/ids/1',
      ]) {
        assert.equal((await http(again.url, 'GET', path)).text, (await http(r.url, 'GET', path)).text, path);
      }
      // Same schema in the same context: same id; a new one continues the context's ids.
      const same = await http(again.url, 'POST', `/subjects/${enc(':.team:other')}/versions`, {
        schema: '"string"',
      });
      assert.equal(body(same.body).id, 1);
    } finally {
      await again.close();
    }
  });
});
