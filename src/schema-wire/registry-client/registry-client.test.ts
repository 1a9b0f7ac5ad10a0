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
