/**
 * The SASL exchange on the wire, against a real broker, as Kafka's SaslServerAuthenticator runs
 * it: ApiVersions before the handshake, SaslHandshake v0 (raw tokens) and v1 (SaslAuthenticate
 * v0-2), errors and disconnects for requests out of turn, and ILLEGAL_SASL_STATE after auth.
 */
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import { readResponseHeader } from '../../kafka/protocol/headers.js';
import { Reader } from '../../kafka/protocol/reader.js';
import { apiByKey } from '../protocol/registry.js';
import { startTestBroker, type TestBroker } from '../test-support/harness.js';
import { RawClient } from '../test-support/raw-client.js';
import { startSecureBroker, type SecureTestBroker } from '../test-support/secure-broker.js';
import { FrameReader } from './frame-reader.js';

/** A socket that sends frames and hands back whole response frames (or null once closed). */
class Wire {
  private frames: Buffer[] = [];
  private waiters: ((f: Buffer | null) => void)[] = [];
  private closed = false;
  private readonly reader = new FrameReader(1 << 24, 0);
  private id = 1;
  private constructor(private readonly socket: Socket) {
    socket.on('data', (d: Buffer) => {
      for (const f of this.reader.push(d)) {
        const w = this.waiters.shift();
        if (w) w(f);
        else this.frames.push(f);
      }
    });
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w(null);
    });
    socket.on('error', () => undefined);
  }
  static open(port: number): Promise<Wire> {
    return new Promise((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(new Wire(s)));
      s.once('error', reject);
    });
  }
  next(): Promise<Buffer | null> {
    const f = this.frames.shift();
    if (f) return Promise.resolve(f);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  /** Sends a request; resolves with the decoded response, or null if the broker closed instead. */
  async request(apiKey: number, version: number, body: Struct): Promise<Struct | null> {
    const correlationId = this.id++;
    this.socket.write(RawClient.encode(apiKey, version, body, correlationId));
    const f = await this.next();
    if (!f) return null;
    const api = apiByKey(apiKey)!;
    const r = new Reader(f);
    assert.equal(readResponseHeader(r, api.isFlexible(version) && apiKey !== 18 ? 1 : 0), correlationId);
    return api.decodeResponse(r, version);
  }
  /** SaslHandshake v0 flow: a raw size-prefixed token each way. */
  async token(bytes: Buffer): Promise<Buffer | null> {
    const len = Buffer.alloc(4);
    len.writeInt32BE(bytes.length);
    this.socket.write(Buffer.concat([len, bytes]));
    return this.next();
  }
  /** Resolves true once the broker closed the connection. */
  async closedByBroker(): Promise<boolean> {
    return (await this.next()) === null;
  }
  close(): void {
    this.socket.destroy();
  }
}

const PLAIN_OK = Buffer.from('\0alice\0alice-secret');
let sasl: SecureTestBroker;
let plain: TestBroker;
const wires: Wire[] = [];
const open = async (port: number) => {
  const w = await Wire.open(port);
  wires.push(w);
  return w;
};

before(async () => {
  sasl = await startSecureBroker({
    protocol: 'SASL_PLAINTEXT',
    extraListeners: ['PLAINTEXT'],
    mechanisms: 'SCRAM-SHA-256,PLAIN',
    users: { alice: 'alice-secret', x: 'y' },
  });
  plain = await startTestBroker();
});
after(async () => {
  for (const w of wires) w.close();
  await sasl?.stop();
  await plain?.stop();
});

test('ApiVersions is served before authentication and lists SaslHandshake 0-1 and SaslAuthenticate 0-2', async () => {
  const w = await open(sasl.port);
  const r = (await w.request(18, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' }))!;
  assert.equal(r.errorCode, 0);
  const keys = r.apiKeys as { apiKey: number; minVersion: number; maxVersion: number }[];
  assert.deepEqual(
    keys.find((k) => k.apiKey === 17),
    { apiKey: 17, minVersion: 0, maxVersion: 1 },
  );
  assert.deepEqual(
    keys.find((k) => k.apiKey === 36),
    { apiKey: 36, minVersion: 0, maxVersion: 2 },
  );
  // Then the handshake advertises the enabled mechanisms in config order.
  const h = (await w.request(17, 1, { mechanism: 'PLAIN' }))!;
  assert.deepEqual(h, { errorCode: 0, mechanisms: ['SCRAM-SHA-256', 'PLAIN'] });
});

test('a request before the handshake closes the connection without a response', async () => {
  const w = await open(sasl.port);
  assert.equal(await w.request(3, 9, { topics: null, allowAutoTopicCreation: false }), null);
});

test('before authentication a frame over 512 KiB (sasl.server.max.receive.size) closes the connection', async () => {
  const w = await open(sasl.port);
  assert.ok(await w.request(18, 0, {}));
  assert.equal(await w.token(Buffer.alloc(600_000)), null);
  // Still serving.
  const ok = await open(sasl.port);
  assert.equal((await ok.request(17, 1, { mechanism: 'PLAIN' }))!.errorCode, 0);
});

test('a second ApiVersions after the first closes the connection', async () => {
  const w = await open(sasl.port);
  assert.ok(await w.request(18, 0, {}));
  assert.equal(await w.request(18, 0, {}), null);
});

test('an unsupported mechanism gets UNSUPPORTED_SASL_MECHANISM with the enabled list, then a close', async () => {
  const w = await open(sasl.port);
  const h = (await w.request(17, 1, { mechanism: 'GSSAPI' }))!;
  assert.deepEqual(h, {
    errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM,
    mechanisms: ['SCRAM-SHA-256', 'PLAIN'],
  });
  assert.ok(await w.closedByBroker());
});

test('after SaslHandshake v1, any request but SaslAuthenticate gets ILLEGAL_SASL_STATE and a close', async () => {
  const w = await open(sasl.port);
  await w.request(17, 1, { mechanism: 'PLAIN' });
  const r = (await w.request(19, 4, { topics: [], timeoutMs: 1000, validateOnly: false }))!;
  assert.ok(r);
  assert.ok(await w.closedByBroker());
  const w2 = await open(sasl.port);
  await w2.request(17, 1, { mechanism: 'PLAIN' });
  const hb = (await w2.request(12, 0, { groupId: 'g', generationId: 1, memberId: 'm' }))!;
  assert.equal(hb.errorCode, ErrorCode.ILLEGAL_SASL_STATE);
  assert.ok(await w2.closedByBroker());
});

for (const version of [0, 1, 2]) {
  test(`SaslAuthenticate v${version}: PLAIN succeeds, then Metadata works and a second SaslAuthenticate is ILLEGAL_SASL_STATE`, async () => {
    const w = await open(sasl.port);
    await w.request(18, 3, { clientSoftwareName: 't', clientSoftwareVersion: '1' });
    await w.request(17, 1, { mechanism: 'PLAIN' });
    const a = (await w.request(36, version, { authBytes: PLAIN_OK }))!;
    assert.equal(a.errorCode, 0);
    assert.equal(a.errorMessage, null);
    assert.equal((a.authBytes as Buffer).length, 0);
    if (version >= 1) assert.equal(a.sessionLifetimeMs, 0n);
    const md = (await w.request(3, 9, { topics: null, allowAutoTopicCreation: false }))!;
    const brokers = md.brokers as { host: string; port: number }[];
    assert.deepEqual(
      brokers.map((b) => `${b.host}:${b.port}`),
      [sasl.bootstrap],
    );
    const again = (await w.request(36, version, { authBytes: PLAIN_OK }))!;
    assert.equal(again.errorCode, ErrorCode.ILLEGAL_SASL_STATE);
    assert.equal(again.errorMessage, 'SaslAuthenticate request received after successful authentication');
  });
}

test('a wrong password gets SASL_AUTHENTICATION_FAILED with Kafka’s message, then a close; the broker keeps serving', async () => {
  const w = await open(sasl.port);
  await w.request(17, 1, { mechanism: 'PLAIN' });
  const a = (await w.request(36, 2, { authBytes: Buffer.from('\0alice\0nope') }))!;
  assert.equal(a.errorCode, ErrorCode.SASL_AUTHENTICATION_FAILED);
  assert.equal(a.errorMessage, 'Authentication failed: Invalid username or password');
  assert.ok(await w.closedByBroker());
  const ok = await open(sasl.port);
  await ok.request(17, 1, { mechanism: 'PLAIN' });
  assert.equal((await ok.request(36, 2, { authBytes: PLAIN_OK }))!.errorCode, 0);
});

test('SaslHandshake v0: raw tokens follow (PLAIN gets an empty token; a failure just closes)', async () => {
  const w = await open(sasl.port);
  assert.equal((await w.request(17, 0, { mechanism: 'PLAIN' }))!.errorCode, 0);
  const t = await w.token(PLAIN_OK);
  assert.equal(t?.length, 0);
  const md = (await w.request(3, 1, { topics: null }))!;
  assert.equal((md.brokers as unknown[]).length, 1);
  // A token shorter than any request header (4 bytes) is still a token.
  const short = await open(sasl.port);
  await short.request(17, 0, { mechanism: 'PLAIN' });
  assert.equal((await short.token(Buffer.from('\0x\0y')))?.length, 0);
  assert.ok(await short.request(3, 1, { topics: null }));
  const bad = await open(sasl.port);
  await bad.request(17, 0, { mechanism: 'PLAIN' });
  assert.equal(await bad.token(Buffer.from('\0alice\0nope')), null);
});

test('SaslHandshake v0 with SCRAM-SHA-256: server-first then server-final as raw tokens', async () => {
  const w = await open(sasl.port);
  await w.request(17, 0, { mechanism: 'SCRAM-SHA-256' });
  const first = (await w.token(Buffer.from('n,,n=alice,r=abc')))!.toString();
  assert.match(first, /^r=abc[^,]+,s=[A-Za-z0-9+/=]+,i=4096$/);
  // A wrong proof: the v0 flow cannot carry an error, the broker closes.
  const nonce = /^r=([^,]+)/.exec(first)![1];
  assert.equal(
    await w.token(Buffer.from(`c=biws,r=${nonce},p=${Buffer.alloc(32).toString('base64')}`)),
    null,
  );
});

test('the PLAINTEXT listener of the same broker needs no auth and advertises its own port', async () => {
  const w = await open(Number(sasl.extra.PLAINTEXT!.split(':')[1]));
  const md = (await w.request(3, 9, { topics: null, allowAutoTopicCreation: false }))!;
  const brokers = md.brokers as { host: string; port: number }[];
  assert.deepEqual(
    brokers.map((b) => `${b.host}:${b.port}`),
    [sasl.extra.PLAINTEXT],
  );
  const fc = (await w.request(10, 3, { key: 'g', keyType: 0 }))!;
  assert.equal(`${String(fc.host)}:${String(fc.port)}`, sasl.extra.PLAINTEXT);
});

test('on a PLAINTEXT listener SaslHandshake and SaslAuthenticate answer ILLEGAL_SASL_STATE', async () => {
  const w = await open(plain.port);
  assert.equal((await w.request(17, 1, { mechanism: 'PLAIN' }))!.errorCode, ErrorCode.ILLEGAL_SASL_STATE);
  assert.equal((await w.request(36, 1, { authBytes: PLAIN_OK }))!.errorCode, ErrorCode.ILLEGAL_SASL_STATE);
  assert.ok(await w.request(3, 1, { topics: null }));
});
