/**
 * Unit tests of the broker's security pieces: settings parsing, the PLAIN server and the SCRAM
 * server (replaying RFC 7677's SCRAM-SHA-256 example, and a full exchange for SHA-512).
 */
import assert from 'node:assert/strict';
import { createHash, createHmac, pbkdf2Sync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../common/errors.js';
import { parseBrokerSettings } from '../settings.js';
import { parseListeners, parseSecuritySettings } from './config.js';
import { PlainServer } from './plain.js';
import { SaslAuthenticatorFactory } from './sasl-servers.js';
import { decodeSaslName, scramCredential, ScramCredentialStore, ScramServer } from './scram.js';

const bind = { host: '127.0.0.1', port: 9092 };

test('defaults: one PLAINTEXT listener on the bind address, no TLS, no SASL', () => {
  const s = parseSecuritySettings({}, bind);
  assert.deepEqual(s.listeners, [{ protocol: 'PLAINTEXT', host: '127.0.0.1', port: 9092 }]);
  assert.equal(s.tls, null);
  assert.equal(s.sasl, null);
});

test('listeners: Kafka syntax, first is primary; empty host is the bind host', () => {
  const l = parseListeners('PLAINTEXT://127.0.0.1:9092, sasl_ssl://:9093', '0.0.0.0');
  assert.deepEqual(l, [
    { protocol: 'PLAINTEXT', host: '127.0.0.1', port: 9092 },
    { protocol: 'SASL_SSL', host: '0.0.0.0', port: 9093 },
  ]);
  const settings = parseBrokerSettings(
    { listeners: 'SASL_PLAINTEXT://127.0.0.1:0', 'sasl.users.bob': 'pw', 'log.retention.ms': 5 },
    bind,
  );
  assert.equal(settings.port, 0);
  assert.equal(settings.security.listeners[0]!.protocol, 'SASL_PLAINTEXT');
  // Passwords never reach the storage configs (DescribeConfigs shows those).
  assert.deepEqual(settings.storageConfigs, { 'log.retention.ms': 5 });
});

test('bad security settings fail with the setting named', () => {
  const bad: [Record<string, string>, RegExp][] = [
    [{ 'security.protocol': 'TLS' }, /security\.protocol.*unknown security protocol 'TLS'/],
    [{ listeners: 'PLAINTEXT:9092' }, /not PROTOCOL:\/\/host:port/],
    [{ listeners: 'SSL://a:1,SSL://b:2' }, /SSL is listed twice/],
    [{ listeners: 'SSL://a:1', 'security.protocol': 'SSL' }, /both given/],
    [{ 'security.protocol': 'SSL' }, /ssl\.certificate\.location/],
    [{ 'security.protocol': 'SASL_PLAINTEXT' }, /at least one user/],
    [
      { 'security.protocol': 'SASL_PLAINTEXT', 'sasl.users.a': 'x', 'sasl.enabled.mechanisms': 'GSSAPI' },
      /GSSAPI/,
    ],
    [
      {
        'security.protocol': 'SSL',
        'ssl.certificate.location': '/nonexistent/c.pem',
        'ssl.key.location': '/x',
      },
      /ssl\.certificate\.location.*cannot read/,
    ],
  ];
  for (const [raw, re] of bad) {
    assert.throws(
      () => parseSecuritySettings(raw, bind),
      (e: unknown) => e instanceof ConfigError && re.test((e as Error).message),
      JSON.stringify(raw),
    );
  }
});

test('passwords may come from the environment (${NAME}); a missing variable names the setting', () => {
  process.env.EDDY_TEST_SASL_PW = 's3cret';
  try {
    const s = parseSecuritySettings(
      { 'security.protocol': 'SASL_PLAINTEXT', 'sasl.users.alice': '${EDDY_TEST_SASL_PW}' },
      bind,
    );
    assert.equal(s.sasl!.users.get('alice'), 's3cret');
  } finally {
    delete process.env.EDDY_TEST_SASL_PW;
  }
  assert.throws(
    () =>
      parseSecuritySettings(
        { 'security.protocol': 'SASL_PLAINTEXT', 'sasl.users.bob': '${EDDY_NOPE_X}' },
        bind,
      ),
    /'sasl\.users\.bob': environment variable EDDY_NOPE_X is not set/,
  );
});

test('ssl.client.auth needs a CA; PEM files are read at parse time', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-sec-'));
  try {
    await writeFile(join(dir, 'c.pem'), 'CERT');
    await writeFile(join(dir, 'k.pem'), 'KEY');
    const raw = {
      'security.protocol': 'SSL',
      'ssl.certificate.location': join(dir, 'c.pem'),
      'ssl.key.location': join(dir, 'k.pem'),
    };
    const s = parseSecuritySettings(raw, bind);
    assert.equal(s.tls!.cert.toString(), 'CERT');
    assert.equal(s.tls!.clientAuth, 'none');
    assert.throws(
      () => parseSecuritySettings({ ...raw, 'ssl.client.auth': 'required' }, bind),
      /ssl\.ca\.location/,
    );
    assert.throws(
      () => parseSecuritySettings({ ...raw, 'ssl.client.auth': 'maybe' }, bind),
      /none, requested or required/,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('PLAIN: Kafka messages for each failure; authzid must match', () => {
  const users = new Map([['alice', 'alice-secret']]);
  const tok = (s: string) => Buffer.from(s, 'utf8');
  const fails: [string, string][] = [
    ['\0alice\0wrong', 'Authentication failed: Invalid username or password'],
    ['\0mallory\0alice-secret', 'Authentication failed: Invalid username or password'],
    ['\0\0pw', 'Authentication failed: username not specified'],
    ['\0alice\0', 'Authentication failed: password not specified'],
    ['alice', 'Invalid SASL/PLAIN response: expected 3 tokens, got 1'],
    [
      'bob\0alice\0alice-secret',
      'Authentication failed: Client requested an authorization id that is different from username',
    ],
  ];
  for (const [t, msg] of fails)
    assert.throws(() => new PlainServer(users).evaluate(tok(t)), { message: msg });
  const ok = new PlainServer(users);
  assert.equal(ok.evaluate(tok('alice\0alice\0alice-secret')).length, 0);
  assert.equal(ok.complete, true);
  assert.equal(ok.principal, 'alice');
});

test('SCRAM-SHA-256 replays the RFC 7677 example exchange', () => {
  const store = new ScramCredentialStore(new Map(), []);
  store.set(
    'SCRAM-SHA-256',
    'user',
    scramCredential('SCRAM-SHA-256', 'pencil', 4096, Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64')),
  );
  const server = new ScramServer('SCRAM-SHA-256', store, () => '%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0');
  const first = server.evaluate(Buffer.from('n,,n=user,r=rOprNGfwEbeRWgbNEkqO'));
  assert.equal(
    first.toString(),
    'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096',
  );
  const final = server.evaluate(
    Buffer.from(
      'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
    ),
  );
  assert.equal(final.toString(), 'v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');
  assert.equal(server.complete, true);
  assert.equal(server.principal, 'user');
});

/** A client side of SCRAM (RFC 5802), to drive the server. */
function scramClient(alg: 'sha256' | 'sha512', user: string, password: string, server: ScramServer): Buffer {
  const bare = `n=${user},r=clientnonce123`;
  const sf = server.evaluate(Buffer.from(`n,,${bare}`)).toString();
  const m = /^r=([^,]+),s=([^,]+),i=(\d+)$/.exec(sf)!;
  const salted = pbkdf2Sync(
    password,
    Buffer.from(m[2]!, 'base64'),
    Number(m[3]),
    alg === 'sha256' ? 32 : 64,
    alg,
  );
  const clientKey = createHmac(alg, salted).update('Client Key').digest();
  const storedKey = createHash(alg).update(clientKey).digest();
  const withoutProof = `c=biws,r=${m[1]}`;
  const sig = createHmac(alg, storedKey).update(`${bare},${sf},${withoutProof}`).digest();
  const proof = Buffer.from(clientKey.map((b, i) => b ^ sig[i]!));
  return server.evaluate(Buffer.from(`${withoutProof},p=${proof.toString('base64')}`));
}

test('SCRAM-SHA-512 from config passwords (salted at start, 4096 iterations); wrong password or unknown user get the same generic message', () => {
  const factory = new SaslAuthenticatorFactory({
    mechanisms: ['SCRAM-SHA-512'],
    users: new Map([['alice', 'alice-secret']]),
  });
  assert.equal(factory.create('PLAIN'), null);
  const ok = factory.create('SCRAM-SHA-512') as ScramServer;
  const v = scramClient('sha512', 'alice', 'alice-secret', ok).toString();
  assert.match(v, /^v=/);
  assert.equal(ok.complete, true);
  const generic =
    'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512';
  assert.throws(
    () => scramClient('sha512', 'alice', 'wrong', factory.create('SCRAM-SHA-512') as ScramServer),
    { message: generic },
  );
  assert.throws(() => scramClient('sha512', 'nobody', 'x', factory.create('SCRAM-SHA-512') as ScramServer), {
    message: generic,
  });
  assert.throws(() => (factory.create('SCRAM-SHA-512') as ScramServer).evaluate(Buffer.from('garbage')), {
    message: generic,
  });
});

test('saslname escaping (=2C, =3D)', () => {
  assert.equal(decodeSaslName('a=2Cb=3Dc'), 'a,b=c');
  assert.equal(decodeSaslName('a=b'), null);
});
