import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { Component } from '../common/component.js';
import { ConfigError } from '../common/errors.js';
import { silentLogger } from '../common/logger.js';
import { Supervisor } from './supervisor.js';

function fake(name: string, log: string[], opts: { fail?: Error } = {}): Component {
  let state: 'running' | 'stopped' = 'stopped';
  return {
    name,
    async start(ctx) {
      log.push(`start ${name} sees ${Object.keys(ctx.endpoints).join(',') || '-'}`);
      if (opts.fail) throw opts.fail;
      state = 'running';
      return { host: '127.0.0.1', port: 1, url: name };
    },
    async stop() {
      log.push(`stop ${name}`);
      state = 'stopped';
    },
    health: () => ({ state }),
  };
}

test('starts in order, stops in reverse, passes earlier endpoints on', async () => {
  const log: string[] = [];
  const s = new Supervisor(silentLogger(), '/tmp', new AbortController().signal);
  ['a', 'b', 'c'].forEach((n) => s.add(fake(n, log)));
  const eps = await s.startAll();
  assert.deepEqual(Object.keys(eps), ['a', 'b', 'c']);
  assert.deepEqual(s.health(), {
    status: 'ok',
    components: { a: { state: 'running' }, b: { state: 'running' }, c: { state: 'running' } },
  });
  await s.stopAll();
  assert.deepEqual(log, [
    'start a sees -',
    'start b sees a',
    'start c sees a,b',
    'stop c',
    'stop b',
    'stop a',
  ]);
  assert.equal(s.health().status, 'stopping');
});

test('a failed start stops what started and reports the failure', async () => {
  const log: string[] = [];
  const s = new Supervisor(silentLogger(), '/tmp', new AbortController().signal);
  s.add(fake('a', log));
  s.add(fake('b', log, { fail: new Error('boom') }));
  s.add(fake('c', log));
  await assert.rejects(s.startAll(), /b failed to start: boom/);
  assert.deepEqual(log, ['start a sees -', 'start b sees a', 'stop b', 'stop a']);
  assert.equal(s.health().components.b!.state, 'failed');
});

test('a busy port becomes a ConfigError naming the flag', async () => {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  const s = new Supervisor(silentLogger(), '/tmp', new AbortController().signal);
  s.add({
    name: 'broker',
    start: () =>
      new Promise((_res, rej) => {
        const other = createServer();
        other.on('error', rej);
        other.listen(port, '127.0.0.1');
      }),
    stop: async () => undefined,
    health: () => ({ state: 'running' }),
  });
  await assert.rejects(
    s.startAll(),
    (e: unknown) =>
      e instanceof ConfigError &&
      e.message.includes(`127.0.0.1:${port} is already in use`) &&
      e.message.includes('--kafka-port'),
  );
  srv.close();
});
