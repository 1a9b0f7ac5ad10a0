/**
 * The registry's BASIC authentication (Confluent's authentication.method=BASIC): 401 with
 * Confluent's body without or with wrong credentials, Eddy's RegistryClient and kafkajs's
 * @kafkajs/confluent-schema-registry with credentials, users from a Jetty realm file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Component } from '../common/component.js';
import { ConfigError, EddyError } from '../common/errors.js';
import { silentLogger } from '../common/logger.js';
import { RegistryClient } from '../schema-wire/registry-client/registry-client.js';
import { createRegistryComponent } from './index.js';

const require = createRequire(import.meta.url);
const { SchemaRegistry, SchemaType } = require('@kafkajs/confluent-schema-registry') as {
  SchemaRegistry: new (o: { host: string; auth?: { username: string; password: string } }) => {
    register(s: object, o: { subject: string }): Promise<{ id: number }>;
  };
  SchemaType: Record<'AVRO', string>;
};

const SECRET = 'sr-pass-3141';
const AVRO = JSON.stringify({ type: 'record', name: 'R', fields: [{ name: 'a', type: 'int' }] });

async function start(settings: Record<string, string>): Promise<{ url: string; c: Component }> {
  const c = createRegistryComponent({
    host: '127.0.0.1',
    port: 0,
    settings: { 'kafkastore.bootstrap.servers': 'memory', ...settings },
  });
  const ep = await c.start({
    logger: silentLogger(),
    dataDir: tmpdir(),
    endpoints: {},
    signal: new AbortController().signal,
  });
  return { url: ep!.url, c };
}

test('BASIC: 401 with Confluent’s body and WWW-Authenticate; the clients with credentials get through', async () => {
  const { url, c } = await start({
    'authentication.method': 'BASIC',
    'authentication.users': `alice:${SECRET},bob:other`,
  });
  try {
    for (const auth of [undefined, `Basic ${Buffer.from(`alice:wrong`).toString('base64')}`, 'Bearer x']) {
      const res = await fetch(`${url}/subjects`, { headers: auth ? { authorization: auth } : {} });
      assert.equal(res.status, 401);
      assert.deepEqual(await res.json(), { error_code: 401, message: 'Unauthorized' });
      assert.equal(res.headers.get('www-authenticate'), 'Basic realm="SchemaRegistry"');
    }
    const ok = new RegistryClient(url, 5000, { basic: { username: 'alice', password: SECRET } });
    const id = await ok.register('t-value', { schema: AVRO, schemaType: 'AVRO' });
    assert.deepEqual(await ok.subjects(), ['t-value']);
    // Credentials in the URL work too (Confluent's basic.auth.credentials.source=URL), and are not shown.
    const inUrl = new RegistryClient(url.replace('http://', `http://bob:other@`));
    assert.equal(inUrl.baseUrl, url);
    assert.equal((await inUrl.schemaById(id)).schema, AVRO);
    const kafkajs = new SchemaRegistry({ host: url, auth: { username: 'alice', password: SECRET } });
    assert.equal(
      (await kafkajs.register({ type: SchemaType.AVRO, schema: AVRO }, { subject: 'k-value' })).id,
      id,
    );

    const none = new RegistryClient(url, 5000);
    await assert.rejects(none.subjects(), (e: EddyError) => {
      assert.equal(e.code, 'EDDY_UNAUTHORIZED');
      assert.match(
        e.message,
        /refused GET \/subjects with HTTP 401 \(Unauthorized\): set basic.auth.user.info/,
      );
      return true;
    });
    const wrong = new RegistryClient(url, 5000, { basic: { username: 'alice', password: 'nope-nope' } });
    await assert.rejects(wrong.subjects(), (e: EddyError) => {
      assert.match(e.message, /HTTP 401 .*check the credentials of key 'alice'/);
      assert.ok(!e.message.includes('nope-nope') && !e.message.includes(SECRET));
      return true;
    });
  } finally {
    await c.stop();
  }
});

test('users from a Jetty realm file; bad auth settings are ConfigErrors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-sr-auth-'));
  try {
    writeFileSync(
      join(dir, 'users.properties'),
      `# Confluent's PropertyFileLoginModule format\ncarol: ${SECRET},admin,developer\n`,
    );
    const { url, c } = await start({
      'authentication.method': 'BASIC',
      'authentication.realm': 'Eddy',
      'authentication.users.file': join(dir, 'users.properties'),
    });
    try {
      const res = await fetch(`${url}/`);
      assert.equal(res.headers.get('www-authenticate'), 'Basic realm="Eddy"');
      assert.deepEqual(
        await new RegistryClient(url, 5000, { basic: { username: 'carol', password: SECRET } }).subjects(),
        [],
      );
    } finally {
      await c.stop();
    }
    const bad = (s: Record<string, string>, re: RegExp): void => {
      let msg = '';
      assert.throws(
        () => createRegistryComponent({ host: '127.0.0.1', port: 0, settings: s }),
        (e: Error) => ((msg = e.message), e instanceof ConfigError),
      );
      assert.match(msg, re);
      assert.ok(!msg.includes(SECRET));
    };
    bad({ 'authentication.method': 'JWT' }, /authentication.method 'JWT' is not supported/);
    bad({ 'authentication.method': 'BASIC' }, /no users are configured/);
    bad(
      { 'authentication.method': 'BASIC', 'authentication.users': SECRET },
      /an entry is not 'user:password'/,
    );
    bad({ 'authentication.users': `a:${SECRET}` }, /authentication.method is NONE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the registry client trusts schema.registry.ssl.ca.location for https URLs and sends the credentials', async () => {
  const { createServer } = await import('node:https');
  const { makeTestCerts } = await import('../kafka/client/test-certs.js');
  const { parseRegistryAuth } = await import('../schema-wire/registry-client/registry-auth.js');
  const dir = mkdtempSync(join(tmpdir(), 'eddy-sr-tls-'));
  const certs = makeTestCerts(dir);
  const seen: (string | undefined)[] = [];
  const server = createServer({ cert: certs.serverCert, key: certs.serverKey }, (req, res) => {
    seen.push(req.headers.authorization);
    res.setHeader('content-type', 'application/vnd.schemaregistry.v1+json');
    res.end('["a-value"]');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `https://localhost:${(server.address() as { port: number }).port}`;
    const auth = parseRegistryAuth(
      { 'basic.auth.user.info': `k:${SECRET}`, 'schema.registry.ssl.ca.location': certs.caPath },
      "cluster 'x'",
    );
    assert.deepEqual(await new RegistryClient(url, 5000, auth).subjects(), ['a-value']);
    assert.deepEqual(seen, [`Basic ${Buffer.from(`k:${SECRET}`).toString('base64')}`]);
    // Without the CA the certificate is not trusted: a clear "not reachable" error.
    await assert.rejects(
      new RegistryClient(url, 5000).subjects(),
      /Schema Registry at https:\/\/localhost:\d+ is not reachable/,
    );
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("confluent_kafka's SchemaRegistryClient with basic.auth.user.info; a wrong key gets Confluent's 401", async () => {
  const { execFile } = await import('node:child_process');
  const { requireTool } = await import('../testing/tools.js');
  const { url, c } = await start({
    'authentication.method': 'BASIC',
    'authentication.users': `py:${SECRET}`,
  });
  const script = `
import json, sys
from confluent_kafka.schema_registry import SchemaRegistryClient, Schema
from confluent_kafka.schema_registry.error import SchemaRegistryError
out = {}
ok = SchemaRegistryClient({'url': sys.argv[1], 'basic.auth.user.info': sys.argv[2]})
out['id'] = ok.register_schema('py-value', Schema(sys.argv[4], 'AVRO'))
out['subjects'] = ok.get_subjects()
bad = SchemaRegistryClient({'url': sys.argv[1], 'basic.auth.user.info': sys.argv[3]})
try:
    bad.get_subjects()
except SchemaRegistryError as e:
    out['error'] = [e.http_status_code, e.error_code, e.error_message]
print(json.dumps(out))
`;
  try {
    // Async: the registry runs in this process.
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        requireTool('python'),
        ['-c', script, url, `py:${SECRET}`, 'py:wrong', AVRO],
        { timeout: 30_000 },
        (err, out, errText) => (err ? reject(new Error(`${err.message}\n${errText}`)) : resolve(out)),
      ),
    );
    const got = JSON.parse(stdout) as { id: number; subjects: string[]; error: unknown[] };
    assert.deepEqual(got.subjects, ['py-value']);
    assert.ok(got.id > 0);
    assert.deepEqual(got.error, [401, 401, 'Unauthorized']);
  } finally {
    await c.stop();
  }
});
