import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createRootLogger } from './logger.js';

function capture(): { stream: Writable; text: () => string } {
  let buf = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      buf += chunk;
      cb();
    },
  });
  return { stream, text: () => buf };
}

test('secrets are redacted by key name at any usual depth', () => {
  const out = capture();
  const log = createRootLogger({ destination: out.stream, format: 'json' }).child({ component: 'test' });
  log.info(
    { password: 'p1', cluster: { 'sasl.password': 'p2', apiKey: 'k', nested: { token: 't' } }, user: 'bob' },
    'connect',
  );
  const text = out.text();
  for (const secret of ['p1', 'p2', '"k"', '"t"'])
    assert.ok(!text.includes(secret), `${secret} is not logged: ${text}`);
  assert.match(text, /"user":"bob"/);
  assert.match(text, /\[redacted\]/);
  assert.match(text, /"component":"test"/);
});

test('pretty format writes one readable line with the component', () => {
  const out = capture();
  const log = createRootLogger({ destination: out.stream, format: 'pretty' }).child({ component: 'broker' });
  log.warn({ port: 9092 }, 'listening');
  assert.match(out.text(), /^\d\d:\d\d:\d\d\.\d{3} WARN \[broker\] listening \{"port":9092\}\n$/);
});
