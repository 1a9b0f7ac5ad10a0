/**
 * The light client's TLS and SASL against a small fake broker (node:tls / node:net with a test CA)
 * that speaks ApiVersions, SaslHandshake, SaslAuthenticate (PLAIN, SCRAM-SHA-256/512 server side
 * per RFC 5802) and Metadata, and, as Kafka, drops a connection that asks anything else before
 * authenticating. The embedded broker's own listeners are tested end to end in src/cli/sql.
 */
import assert from 'node:assert/strict';
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as netServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as tlsServer } from 'node:tls';
import { after, before, test } from 'node:test';
import { EddyError } from '../../common/errors.js';
import { readRequestHeaderRest, readRequestHeaderStart, writeResponseHeader } from '../protocol/headers.js';
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import * as apiVersions from '../protocol/apis/api-versions.js';
import * as metadata from '../protocol/apis/metadata.js';
import type { ApiDefinition } from '../protocol/api.js';
import { LightClient } from './light-client.js';
import * as saslAuthenticate from '../protocol/apis/sasl-authenticate.js';
import * as saslHandshake from '../protocol/apis/sasl-handshake.js';
import type { KafkaSecurity } from './security.js';
import { makeTestCerts, type TestCerts } from './test-certs.js';

const USER = 'alice';
const PASSWORD = 'alice-secret-7361';
const APIS = new Map<number, ApiDefinition>(
  [apiVersions.api, metadata.api, saslHandshake.api, saslAuthenticate.api].map((a) => [a.apiKey, a]),
);

interface FakeOptions {
  tls?: { cert: string; key: string; ca?: string; requestCert?: boolean };
  mechanisms?: string[];
  /** SASL session lifetime granted (KIP-368); a request after it closes the connection. */
  lifetimeMs?: number;
}

/** A fake broker; `requests` records the API keys asked per connection. */
async function fakeBroker(
  o: FakeOptions,
): Promise<{ server: Server; port: number; log: string[]; connections: () => number }> {
  const log: string[] = [];
  let connections = 0;
  const onSocket = (socket: Socket): void => {
    connections++;
    let expiresAt = Infinity;
    let buf = Buffer.alloc(0);
    let authenticated = o.mechanisms === undefined;
    let mechanism = '';
    let scram:
      { hash: 'sha256' | 'sha512'; salted: Buffer; firstBare: string; serverFirst: string } | undefined;
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      // Kafka's socket.request.max.bytes: a TLS ClientHello read as a size is far beyond it.
      if (buf.length >= 4 && buf.readInt32BE(0) > 100 * 1024 * 1024) {
        socket.destroy();
        return;
      }
      while (buf.length >= 4 && buf.length >= 4 + buf.readInt32BE(0)) {
        const frame = buf.subarray(4, 4 + buf.readInt32BE(0));
        buf = buf.subarray(4 + frame.length);
        const r = new Reader(frame);
        const h = readRequestHeaderStart(r);
        const api = APIS.get(h.apiKey);
        log.push(`${h.apiKey}`);
        if (
          !api ||
          (!authenticated && h.apiKey !== 18 && h.apiKey !== 17 && h.apiKey !== 36) ||
          Date.now() > expiresAt
        ) {
          socket.destroy(); // Kafka closes a connection that skips authentication
          return;
        }
        readRequestHeaderRest(r, api.isFlexible(h.apiVersion) ? 2 : 1);
        const req = api.decodeRequest(r, h.apiVersion);
        let body: Record<string, unknown>;
        let close = false;
        if (h.apiKey === 18)
          body = {
            errorCode: 0,
            throttleTimeMs: 0,
            apiKeys: [...APIS.values()].map((a) => ({
              apiKey: a.apiKey,
              minVersion: a.minVersion,
              maxVersion: a.maxVersion,
            })),
          };
        else if (h.apiKey === 17) {
          mechanism = req.mechanism as string;
          // A listener without SASL answers ILLEGAL_SASL_STATE, as Kafka's KafkaApis.
          const code = !o.mechanisms ? 34 : o.mechanisms.includes(mechanism) ? 0 : 33;
          body = { errorCode: code, mechanisms: o.mechanisms ?? [] };
        } else if (h.apiKey === 36) {
          const token = (req.authBytes as Buffer).toString('utf8');
          const fail = (message: string): Record<string, unknown> => {
            close = true;
            return {
              errorCode: 58,
              errorMessage: message,
              authBytes: Buffer.alloc(0),
              sessionLifetimeMs: 0n,
            };
          };
          const ok = (bytes: string): Record<string, unknown> => {
            if (o.lifetimeMs) expiresAt = Date.now() + o.lifetimeMs;
            return {
              errorCode: 0,
              errorMessage: null,
              authBytes: Buffer.from(bytes),
              sessionLifetimeMs: BigInt(o.lifetimeMs ?? 0),
            };
          };
          if (mechanism === 'PLAIN') {
            const [, u, p] = token.split('\0');
            authenticated = u === USER && p === PASSWORD;
            body = authenticated ? ok('') : fail('Authentication failed: Invalid username or password');
          } else if (!scram) {
            const hash = mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512';
            const firstBare = token.slice(3);
            const nonce = /r=([^,]*)/.exec(firstBare)![1]! + randomBytes(8).toString('hex');
            const salt = randomBytes(16);
            const salted = pbkdf2Sync(PASSWORD, salt, 4096, hash === 'sha256' ? 32 : 64, hash);
            const serverFirst = `r=${nonce},s=${salt.toString('base64')},i=4096`;
            scram = { hash, salted, firstBare, serverFirst };
            body = /n=alice,/.test(firstBare)
              ? ok(serverFirst)
              : fail(
                  'Authentication failed during authentication due to invalid credentials with SASL mechanism ' +
                    mechanism,
                );
          } else {
            const { hash, salted, firstBare, serverFirst } = scram;
            const withoutProof = token.slice(0, token.indexOf(',p='));
            const proof = Buffer.from(token.slice(token.indexOf(',p=') + 3), 'base64');
            const authMessage = `${firstBare},${serverFirst},${withoutProof}`;
            const storedKey = createHash(hash)
              .update(createHmac(hash, salted).update('Client Key').digest())
              .digest();
            const sig = createHmac(hash, storedKey).update(authMessage).digest();
            const clientKey = Buffer.from(proof.map((b, i) => b ^ sig[i]!));
            authenticated = createHash(hash).update(clientKey).digest().equals(storedKey);
            const serverKey = createHmac(hash, salted).update('Server Key').digest();
            body = authenticated
              ? ok(`v=${createHmac(hash, serverKey).update(authMessage).digest('base64')}`)
              : fail(
                  `Authentication failed during authentication due to invalid credentials with SASL mechanism ${mechanism}`,
                );
          }
        } else {
          const port = socket.localPort ?? 0;
          body = {
            throttleTimeMs: 0,
            brokers: [{ nodeId: 1, host: '127.0.0.1', port, rack: null }],
            clusterId: 'fake',
            controllerId: 1,
            topics: [],
          };
        }
        const w = new Writer();
        w.int32(0);
        writeResponseHeader(w, h.correlationId, h.apiKey !== 18 && api.isFlexible(h.apiVersion) ? 1 : 0);
        api.encodeResponse(w, h.apiVersion, body);
        const out = w.toBuffer();
        out.writeInt32BE(out.length - 4, 0);
        socket.write(out);
        if (close) socket.end();
      }
    });
  };
  const server = o.tls
    ? tlsServer({ ...o.tls, rejectUnauthorized: o.tls.requestCert === true }, onSocket)
    : netServer(onSocket);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, log, connections: () => connections };
}

let dir: string;
let certs: TestCerts;
const servers: Server[] = [];
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'eddy-secure-'));
  certs = makeTestCerts(dir);
});
after(() => {
  for (const s of servers) s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(o: FakeOptions): Promise<{ port: number; log: string[]; connections: () => number }> {
  const f = await fakeBroker(o);
  servers.push(f.server);
  return f;
}

/** Metadata through a light client, or the error it fails with. */
async function probe(host: string, port: number, security: KafkaSecurity): Promise<EddyError | string> {
  const c = new LightClient([`${host}:${port}`], { retries: 0, timeoutMs: 3000, security });
  try {
    const md = await c.metadata([]);
    return `ok ${md.clusterId}`;
  } catch (err) {
    assert.ok(err instanceof EddyError, String(err));
    return err;
  } finally {
    c.close();
  }
}

const sasl = (mechanism: 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512', password = PASSWORD) => ({
  mechanism,
  username: USER,
  password,
});

test('SASL_PLAINTEXT with PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512, authenticated before Metadata', async () => {
  const b = await start({ mechanisms: ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] });
  for (const m of ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const) {
    b.log.length = 0;
    assert.equal(
      await probe('127.0.0.1', b.port, { protocol: 'SASL_PLAINTEXT', sasl: sasl(m), cluster: 'c1' }),
      'ok fake',
    );
    // ApiVersions, SaslHandshake, SaslAuthenticate (1 or 2 rounds), then Metadata.
    assert.deepEqual(b.log, ['18', '17', ...(m === 'PLAIN' ? ['36'] : ['36', '36']), '3'], m);
  }
});

test('a wrong password fails at once with a clear error naming the cluster, never the password', async () => {
  const b = await start({ mechanisms: ['PLAIN', 'SCRAM-SHA-256'] });
  for (const m of ['PLAIN', 'SCRAM-SHA-256'] as const) {
    const wrong = 'wrong-password-1234';
    const t0 = Date.now();
    const e = await probe('127.0.0.1', b.port, {
      protocol: 'SASL_PLAINTEXT',
      sasl: sasl(m, wrong),
      cluster: 'prod',
    });
    assert.ok(e instanceof EddyError);
    assert.equal(e.code, 'EDDY_UNAUTHORIZED');
    assert.equal(e.retriable, false);
    assert.match(
      e.message,
      new RegExp(
        `^authentication failed for cluster 'prod' \\(SASL_PLAINTEXT, ${m}\\): Authentication failed`,
      ),
    );
    assert.ok(!e.message.includes(wrong) && !e.message.includes(PASSWORD));
    assert.ok(Date.now() - t0 < 2000, 'not retried');
  }
  const e = await probe('127.0.0.1', b.port, {
    protocol: 'SASL_PLAINTEXT',
    sasl: sasl('SCRAM-SHA-512'),
    cluster: 'prod',
  });
  assert.match(
    String((e as Error).message),
    /UNSUPPORTED_SASL_MECHANISM: the broker offers PLAIN, SCRAM-SHA-256, not SCRAM-SHA-512/,
  );
});

test('SASL_SSL: the CA is checked, the host name too unless ssl.endpoint.identification.algorithm is empty', async () => {
  const b = await start({
    mechanisms: ['SCRAM-SHA-256'],
    tls: { cert: certs.serverCert, key: certs.serverKey },
  });
  const tls = { ca: certs.ca, verifyHostname: true };
  const sec: KafkaSecurity = { protocol: 'SASL_SSL', sasl: sasl('SCRAM-SHA-256'), tls, cluster: 'cc' };
  assert.equal(await probe('localhost', b.port, sec), 'ok fake');
  // The certificate names localhost only.
  const byIp = await probe('127.0.0.1', b.port, sec);
  assert.ok(byIp instanceof EddyError);
  assert.match(
    byIp.message,
    /TLS connection to Kafka broker 127.0.0.1:\d+ of cluster 'cc' \(SASL_SSL, SCRAM-SHA-256\) failed: .*(IP|altnames)/,
  );
  assert.equal(
    await probe('127.0.0.1', b.port, { ...sec, tls: { ...tls, verifyHostname: false } }),
    'ok fake',
  );
  // Without the CA the chain does not verify.
  const noCa = await probe('localhost', b.port, { ...sec, tls: { verifyHostname: true } });
  assert.ok(noCa instanceof EddyError);
  assert.match(noCa.message, /failed: (self.signed|unable to (get|verify))/i);
  assert.equal(noCa.retriable, false);
});

test('SSL with a client certificate (ssl.client.auth=required) and a SASL client on a PLAINTEXT port', async () => {
  const { readFileSync } = await import('node:fs');
  const b = await start({
    tls: { cert: certs.serverCert, key: certs.serverKey, ca: certs.ca, requestCert: true },
  });
  const mtls = {
    ca: certs.ca,
    cert: readFileSync(certs.clientCertPath, 'utf8'),
    key: readFileSync(certs.clientKeyPath, 'utf8'),
    verifyHostname: true,
  };
  assert.equal(await probe('localhost', b.port, { protocol: 'SSL', tls: mtls }), 'ok fake');
  const noCert = await probe('localhost', b.port, {
    protocol: 'SSL',
    tls: { ca: certs.ca, verifyHostname: true },
  });
  assert.ok(noCert instanceof EddyError, 'a client without a certificate is refused');
  const plain = await start({});
  const e = await probe('127.0.0.1', plain.port, {
    protocol: 'SASL_PLAINTEXT',
    sasl: sasl('PLAIN'),
    cluster: 'x',
  });
  assert.ok(e instanceof EddyError);
  assert.match(
    e.message,
    /authentication failed for cluster 'x' \(SASL_PLAINTEXT, PLAIN\): the broker at .* does not take SASL on this port \(ILLEGAL_SASL_STATE\)/,
  );
  const tlsToPlain = await probe('127.0.0.1', plain.port, {
    protocol: 'SSL',
    tls: { ca: certs.ca, verifyHostname: false },
    cluster: 'y',
  });
  assert.ok(tlsToPlain instanceof EddyError);
  assert.match(
    tlsToPlain.message,
    /TLS connection to Kafka broker .* of cluster 'y' \(SSL\) failed: .*is that listener PLAINTEXT or SASL_PLAINTEXT\?/,
  );
});

test('@platformatic/kafka (producers, admin) authenticates with the same settings over TLS', async () => {
  const { KafkaClient } = await import('./kafka-client.js');
  const b = await start({
    mechanisms: ['SCRAM-SHA-512'],
    tls: { cert: certs.serverCert, key: certs.serverKey },
  });
  for (const [password, ok] of [
    [PASSWORD, true],
    ['bad-password-55', false],
  ] as const) {
    b.log.length = 0;
    const k = new KafkaClient({
      bootstrapServers: `localhost:${b.port}`,
      retries: 0,
      timeoutMs: 3000,
      security: {
        protocol: 'SASL_SSL',
        sasl: sasl('SCRAM-SHA-512', password),
        tls: { ca: certs.ca, verifyHostname: true },
      },
    });
    try {
      const admin = await k.admin();
      const got = await admin.metadata({ topics: [] }).then(
        () => 'ok',
        (e: Error) => e,
      );
      if (ok) assert.equal(got, 'ok');
      else {
        assert.ok(got instanceof Error);
        assert.ok(!JSON.stringify(got, Object.getOwnPropertyNames(got)).includes(password));
      }
      // It authenticates first (SaslHandshake, two SCRAM rounds), then asks ApiVersions, Metadata.
      assert.deepEqual(b.log.slice(0, 3), ['17', '36', '36'], b.log.join(','));
      if (ok) assert.ok(b.log.includes('3'));
    } finally {
      await k.close();
    }
  }
});

test('a SASL session with a lifetime (KIP-368) is replaced before the broker would drop it', async () => {
  const b = await start({ mechanisms: ['SCRAM-SHA-256'], lifetimeMs: 400 });
  const c = new LightClient([`127.0.0.1:${b.port}`], {
    retries: 0,
    timeoutMs: 3000,
    security: { protocol: 'SASL_PLAINTEXT', sasl: sasl('SCRAM-SHA-256') },
  });
  try {
    await c.metadata([]);
    await c.metadata([]);
    assert.equal(b.connections(), 1);
    await new Promise((r) => setTimeout(r, 450));
    // No retry allowed: the expired connection must not be used at all.
    assert.equal((await c.metadata([])).clusterId, 'fake');
    assert.equal(b.connections(), 2);
  } finally {
    c.close();
  }
});
