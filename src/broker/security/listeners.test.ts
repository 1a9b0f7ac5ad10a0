/**
 * The broker component (what `eddy up` starts) with the security settings of its `broker:` map:
 * the default stays one PLAINTEXT listener; `listeners` opens several, the first is the one
 * reported; each advertises its own address (a wildcard bind advertises the primary's host);
 * a port already in use fails the start with nothing left bound.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createRootLogger } from '../../common/logger.js';
import { createBrokerComponent } from '../index.js';
import { RawClient } from '../test-support/raw-client.js';

const logger = createRootLogger({ level: 'silent' });

function listen(port = 0, host = '127.0.0.1'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(port, host, () => resolve(s));
  });
}
const portOf = (s: Server) => (s.address() as { port: number }).port;
const close = (s: Server) => new Promise<void>((r) => s.close(() => r()));

async function withComponent(
  settings: Record<string, string | number | boolean>,
  fn: (url: string) => Promise<void>,
): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'eddy-listeners-'));
  const c = createBrokerComponent({ host: '127.0.0.1', port: 0, settings });
  try {
    const ep = await c.start({ logger, dataDir, endpoints: {}, signal: new AbortController().signal });
    assert.ok(ep?.url);
    await fn(ep.url);
  } finally {
    await c.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function advertised(port: number, auth?: Buffer): Promise<string[]> {
  const c = await RawClient.connect(port);
  try {
    if (auth) {
      await c.request(17, 1, { mechanism: 'PLAIN' });
      assert.equal((await c.request(36, 1, { authBytes: auth })).errorCode, 0);
    }
    const md = await c.request(3, 9, { topics: null, allowAutoTopicCreation: false });
    return (md.brokers as { host: string; port: number }[]).map((b) => `${b.host}:${b.port}`);
  } finally {
    c.close();
  }
}

test('default: one PLAINTEXT listener on the bind address', async () => {
  await withComponent({}, async (url) => {
    const port = Number(url.split(':')[1]);
    assert.deepEqual(await advertised(port), [url]);
  });
});

test('listeners: the first is reported; a wildcard SASL listener advertises the primary host and its own port', async () => {
  const probe = await listen();
  const saslPort = portOf(probe);
  await close(probe);
  await withComponent(
    { listeners: `PLAINTEXT://127.0.0.1:0,SASL_PLAINTEXT://0.0.0.0:${saslPort}`, 'sasl.users.app': 'app-pw' },
    async (url) => {
      assert.match(url, /^127\.0\.0\.1:\d+$/);
      assert.deepEqual(await advertised(Number(url.split(':')[1])), [url]);
      assert.deepEqual(await advertised(saslPort, Buffer.from('\0app\0app-pw')), [`127.0.0.1:${saslPort}`]);
    },
  );
});

test('a listener port in use fails the start, and the other listeners are released', async () => {
  const busy = await listen();
  const free = await listen();
  const freePort = portOf(free);
  await close(free);
  const dataDir = await mkdtemp(join(tmpdir(), 'eddy-listeners-'));
  const c = createBrokerComponent({
    host: '127.0.0.1',
    port: 0,
    settings: {
      listeners: `PLAINTEXT://127.0.0.1:${freePort},SASL_PLAINTEXT://127.0.0.1:${portOf(busy)}`,
      'sasl.users.a': 'b',
    },
  });
  try {
    await assert.rejects(
      c.start({ logger, dataDir, endpoints: {}, signal: new AbortController().signal }),
      /EADDRINUSE/,
    );
    // The PLAINTEXT port was bound first and must be free again.
    await close(await listen(freePort));
  } finally {
    await c.stop();
    await close(busy);
    await rm(dataDir, { recursive: true, force: true });
  }
});
