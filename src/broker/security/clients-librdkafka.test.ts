/**
 * librdkafka clients (kcat, /usr/bin/python3 confluent_kafka) against one broker with SASL_SSL,
 * SASL_PLAINTEXT and SSL listeners, with their standard settings: produce and consume through
 * each protocol and mechanism; a wrong password is reported as an authentication failure while
 * the broker keeps serving others; with ssl.client.auth=required a client without a
 * certificate is refused.
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { requireTool } from '../../testing/tools.js';
import { run } from '../test-support/run.js';
import { makeTestCerts, startSecureBroker, type SecureTestBroker } from '../test-support/secure-broker.js';

const started = Date.now();
let b: SecureTestBroker;
let kcat: string;
let python: string;

before(async () => {
  kcat = requireTool('kcat');
  python = requireTool('python');
  b = await startSecureBroker({
    protocol: 'SASL_SSL',
    extraListeners: ['SASL_PLAINTEXT', 'SSL'],
    users: { alice: 'alice-secret', 'bob,=x': 'p@ss:w0rd=,' },
  });
});
after(async () => {
  await b?.stop();
  console.log(`clients-librdkafka: ${Date.now() - started} ms`);
});

function address(protocol: string): string {
  return protocol === 'SASL_SSL' ? b.bootstrap : b.extra[protocol as 'SSL']!;
}

/** librdkafka properties for `protocol` (+ mechanism/user/password for SASL). */
function props(
  protocol: string,
  mechanism?: string,
  user = 'alice',
  password = 'alice-secret',
): Record<string, string> {
  const p: Record<string, string> = { 'bootstrap.servers': address(protocol), 'security.protocol': protocol };
  if (protocol.startsWith('SASL'))
    Object.assign(p, { 'sasl.mechanisms': mechanism!, 'sasl.username': user, 'sasl.password': password });
  if (protocol.endsWith('SSL')) p['ssl.ca.location'] = b.certs!.ca;
  return p;
}

const kcatArgs = (p: Record<string, string>) =>
  Object.entries(p).flatMap(([k, v]) => (k === 'bootstrap.servers' ? ['-b', v] : ['-X', `${k}=${v}`]));

const cases: [string, string | undefined][] = [
  ['SASL_SSL', 'SCRAM-SHA-256'],
  ['SASL_SSL', 'SCRAM-SHA-512'],
  ['SASL_SSL', 'PLAIN'],
  ['SASL_PLAINTEXT', 'PLAIN'],
  ['SASL_PLAINTEXT', 'SCRAM-SHA-512'],
  ['SSL', undefined],
];

for (const [protocol, mechanism] of cases) {
  test(`kcat ${protocol} ${mechanism ?? ''}: produce and consume`, async () => {
    const topic = `kc-${protocol}-${mechanism ?? 'none'}`.toLowerCase();
    const args = kcatArgs(props(protocol, mechanism));
    await run(kcat, [...args, '-P', '-t', topic, '-K:'], {
      input: 'k1:v1\nk2:v2\nk3:v3\n',
      timeoutMs: 20000,
    });
    const c = await run(kcat, [...args, '-C', '-t', topic, '-o', 'beginning', '-e', '-f', '%k=%s\\n'], {
      timeoutMs: 20000,
    });
    assert.equal(c.stdout, 'k1=v1\nk2=v2\nk3=v3\n');
  });
}

test('kcat: a user name with , and = and a password with : = , work with SCRAM (saslname escaping)', async () => {
  const args = kcatArgs(props('SASL_SSL', 'SCRAM-SHA-256', 'bob,=x', 'p@ss:w0rd=,'));
  const r = await run(kcat, [...args, '-L', '-t', 'kc-sasl_ssl-scram-sha-256'], { timeoutMs: 20000 });
  assert.match(r.stdout, new RegExp(`broker \\d+ at ${b.bootstrap.replace(/\./g, '\\.')}`));
});

test('kcat: a wrong password is an authentication failure, for PLAIN and SCRAM', async () => {
  const tries = ['PLAIN', 'SCRAM-SHA-256'].map(async (mechanism) => {
    const args = kcatArgs(props('SASL_SSL', mechanism, 'alice', 'wrong'));
    const r = await run(kcat, [...args, '-L', '-m', '2'], { allowFail: true, timeoutMs: 20000 });
    assert.notEqual(r.code, 0);
    const expected =
      mechanism === 'PLAIN'
        ? 'Authentication failed: Invalid username or password'
        : 'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256';
    assert.ok(r.stderr.includes(`SASL authentication error: ${expected}`), r.stderr);
  });
  await Promise.all(tries);
  // Still serving.
  const ok = await run(kcat, [...kcatArgs(props('SASL_SSL', 'PLAIN')), '-L'], { timeoutMs: 20000 });
  assert.match(ok.stdout, /1 brokers:/);
});

test('kcat: a PLAINTEXT client on the TLS port is refused, nothing crashes', async () => {
  const plain = await run(kcat, ['-b', b.bootstrap, '-L', '-m', '2'], { allowFail: true, timeoutMs: 20000 });
  assert.notEqual(plain.code, 0);
  const ok = await run(kcat, [...kcatArgs(props('SSL')), '-L'], { timeoutMs: 20000 });
  assert.match(ok.stdout, new RegExp(`at ${b.extra.SSL!.replace(/\./g, '\\.')}`));
});

const CONFLUENT = String.raw`
import json, sys
from confluent_kafka import Producer, Consumer, TopicPartition
conf = json.loads(sys.argv[1]); topic = sys.argv[2]; n = int(sys.argv[3])
out = {'errors': []}
def on_error(e): out['errors'].append(e.name() + ': ' + e.str())
p = Producer(dict(conf, error_cb=on_error, **{'message.timeout.ms': 3000}))
delivered = []
for i in range(n):
    p.produce(topic, key=b'k%d' % i, value=b'v%d' % i, on_delivery=lambda err, m: delivered.append(err is None))
out['left'] = p.flush(10)
out['delivered'] = sum(delivered)
if out['delivered'] == n:
    c = Consumer(dict(conf, error_cb=on_error, **{'group.id': 'g-' + topic, 'auto.offset.reset': 'earliest'}))
    c.subscribe([topic])
    got = []
    for _ in range(60):
        m = c.poll(0.5)
        if m is not None and not m.error(): got.append(m.value().decode())
        if len(got) == n: break
    c.commit(asynchronous=False)
    out['consumed'] = got
    c.close()
print(json.dumps(out))
`;

async function confluent(conf: Record<string, string>, topic: string, n: number) {
  const r = await run(python, ['-c', CONFLUENT, JSON.stringify(conf), topic, String(n)], {
    timeoutMs: 40000,
  });
  return JSON.parse(r.stdout) as { errors: string[]; left: number; delivered: number; consumed?: string[] };
}

test('confluent_kafka: SASL_SSL SCRAM-SHA-512, SASL_PLAINTEXT PLAIN and SSL produce, consume in a group, commit', async () => {
  for (const [protocol, mechanism] of [
    ['SASL_SSL', 'SCRAM-SHA-512'],
    ['SASL_PLAINTEXT', 'PLAIN'],
    ['SSL', undefined],
  ] as const) {
    const out = await confluent(props(protocol, mechanism), `ck-${protocol.toLowerCase()}`, 20);
    assert.equal(out.delivered, 20, JSON.stringify(out));
    assert.deepEqual(
      out.consumed,
      Array.from({ length: 20 }, (_, i) => `v${i}`),
    );
  }
});

test('confluent_kafka: a wrong password reports _AUTHENTICATION and nothing is delivered', async () => {
  const out = await confluent(props('SASL_SSL', 'SCRAM-SHA-256', 'alice', 'wrong'), 'ck-denied', 3);
  assert.equal(out.delivered, 0);
  assert.ok(
    out.errors.some(
      (e) =>
        e.startsWith('_AUTHENTICATION') &&
        e.includes('invalid credentials with SASL mechanism SCRAM-SHA-256'),
    ),
    JSON.stringify(out.errors),
  );
});

test('ssl.client.auth=required: kcat with a client certificate works, without one it is refused; a mechanism not enabled is refused', async () => {
  const m = await startSecureBroker({
    protocol: 'SSL',
    clientAuth: 'required',
    extraListeners: ['SASL_PLAINTEXT'],
    mechanisms: 'SCRAM-SHA-512',
  });
  try {
    const base = ['-b', m.bootstrap, '-X', 'security.protocol=SSL', '-X', `ssl.ca.location=${m.certs!.ca}`];
    const withCert = [
      ...base,
      '-X',
      `ssl.certificate.location=${m.certs!.clientCert}`,
      '-X',
      `ssl.key.location=${m.certs!.clientKey}`,
    ];
    await run(kcat, [...withCert, '-P', '-t', 'mtls'], { input: 'hello\n', timeoutMs: 20000 });
    const c = await run(kcat, [...withCert, '-C', '-t', 'mtls', '-o', 'beginning', '-e'], {
      timeoutMs: 20000,
    });
    assert.equal(c.stdout, 'hello\n');
    const r = await run(kcat, [...base, '-L', '-m', '2'], { allowFail: true, timeoutMs: 20000 });
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /SSL|handshake|certificate/i);
    const sasl = [
      '-b',
      m.extra.SASL_PLAINTEXT!,
      '-X',
      'security.protocol=SASL_PLAINTEXT',
      '-X',
      'sasl.mechanisms=PLAIN',
    ];
    const u = await run(
      kcat,
      [...sasl, '-X', 'sasl.username=alice', '-X', 'sasl.password=alice-secret', '-L', '-m', '2'],
      {
        allowFail: true,
        timeoutMs: 20000,
      },
    );
    assert.notEqual(u.code, 0);
    assert.match(u.stderr, /Unsupported SASL mechanism.*SCRAM-SHA-512/, u.stderr);
  } finally {
    await m.stop();
  }
});

test('ssl.client.auth=requested: no certificate is accepted, a certificate from another CA is refused', async () => {
  const m = await startSecureBroker({ protocol: 'SSL', clientAuth: 'requested' });
  const other = await makeTestCerts();
  try {
    const base = ['-b', m.bootstrap, '-X', 'security.protocol=SSL', '-X', `ssl.ca.location=${m.certs!.ca}`];
    const ok = await run(kcat, [...base, '-L'], { timeoutMs: 20000 });
    assert.match(ok.stdout, /1 brokers:/);
    const foreign = [
      ...base,
      '-X',
      `ssl.certificate.location=${other.clientCert}`,
      '-X',
      `ssl.key.location=${other.clientKey}`,
    ];
    const r = await run(kcat, [...foreign, '-L', '-m', '2'], { allowFail: true, timeoutMs: 20000 });
    assert.notEqual(r.code, 0);
  } finally {
    await m.stop();
    await rm(other.dir, { recursive: true, force: true });
  }
});
