import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPlatformInProcess, type TestPlatform } from '../../testing/platform.js';
import { AvroSchema } from '../avro.js';
import { RegistryClient, RegistryRequestError } from './registry-client.js';

let platform: TestPlatform;
let sr: RegistryClient;

before(async () => {
  platform = await startPlatformInProcess({ components: ['broker', 'registry'] });
  sr = new RegistryClient(platform.endpoints['registry']!.url);
});
after(async () => {
  await platform?.stop();
});

test('register, latest, by id (cached), compatibility, delete', async () => {
  const v1 = '{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}';
  const id = await sr.register('s-value', { schema: v1 });
  assert.equal(await sr.register('s-value', { schema: v1 }), id, 'same schema, same id');
  const latest = await sr.latest('s-value');
  assert.equal(latest?.id, id);
  assert.equal(latest?.schemaType, 'AVRO');
  assert.equal(await sr.latest('missing-value'), undefined);
  assert.ok((await sr.parsed(id)) instanceof AvroSchema);
  assert.ok((await sr.subjects()).includes('s-value'));
  const v2ok =
    '{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"b","type":["null","string"],"default":null}]}';
  const v2bad = '{"type":"record","name":"R","fields":[{"name":"a","type":"string"}]}';
  assert.equal(await sr.isCompatible('s-value', { schema: v2ok }), true);
  assert.equal(await sr.isCompatible('s-value', { schema: v2bad }), false);
  assert.equal(await sr.isCompatible('new-value', { schema: v2bad }), true);
  await assert.rejects(
    sr.register('s-value', { schema: v2bad }),
    (e: unknown) => e instanceof RegistryRequestError && e.status === 409,
  );
  await sr.deleteSubject('s-value');
  await sr.deleteSubject('s-value');
  assert.equal(await sr.latest('s-value'), undefined);
});

test('an unreachable registry is a clear error', async () => {
  const down = new RegistryClient('http://127.0.0.1:1', 2000);
  await assert.rejects(down.subjects(), /Schema Registry at http:\/\/127\.0\.0\.1:1 is not reachable/);
});

test('latest of every subject: one listing, paged, the highest version each', async () => {
  const rec = (fields: string) => `{"type":"record","name":"L","fields":[${fields}]}`;
  const a = '{"name":"a","type":"int"}';
  const b = '{"name":"b","type":["null","string"],"default":null}';
  for (const s of ['list-x-value', 'list-y-value', 'list-z-value']) await sr.register(s, { schema: rec(a) });
  const y2 = await sr.register('list-y-value', { schema: rec(`${a},${b}`) });
  // Page size 1: four pages and the empty one, as a registry capping its pages would answer.
  const all = await sr.latestOfEverySubject(1);
  assert.ok(all);
  assert.equal(all.get('list-y-value')?.id, y2);
  assert.equal(all.get('list-y-value')?.version, 2);
  assert.equal(all.get('list-x-value')?.version, 1);
  assert.ok(all.has('list-z-value'));
  assert.equal(all.has('missing-value'), false);
  assert.deepEqual(await sr.latestOfEverySubject(), all);
});

test('latest of every subject: undefined where the listing is not served; offset ignored ends', async () => {
  const { createServer } = await import('node:http');
  let ignoreOffset = false;
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (!ignoreOffset || !req.url?.startsWith('/schemas')) {
      res.statusCode = 404;
      res.end('{"error_code":404,"message":"HTTP 404 Not Found"}');
      return;
    }
    // Every version, whatever the query says.
    res.end(
      JSON.stringify([
        { subject: 'a-value', version: 1, id: 1, schema: '"int"' },
        { subject: 'a-value', version: 2, id: 2, schema: '"long"' },
      ]),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const port = (server.address() as { port: number }).port;
    const old = new RegistryClient(`http://127.0.0.1:${port}`);
    assert.equal(await old.latestOfEverySubject(), undefined);
    ignoreOffset = true;
    const all = await old.latestOfEverySubject();
    assert.equal(all?.get('a-value')?.id, 2);
    assert.equal(all?.get('a-value')?.schemaType, 'AVRO');
  } finally {
    server.close();
  }
});
