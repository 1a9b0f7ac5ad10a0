/**
 * kafka-python (/usr/bin/python3; SaslHandshake v0 then raw tokens) and kafkajs (SaslHandshake
 * v1 + SaslAuthenticate) against one broker with SASL_SSL, SASL_PLAINTEXT and SSL listeners:
 * produce and consume with each client's standard settings; a wrong password is an
 * authentication failure and the broker keeps serving.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import kafkajs, { type SASLOptions } from 'kafkajs';
import { requireTool } from '../../testing/tools.js';
import { run } from '../test-support/run.js';
import { startSecureBroker, type SecureTestBroker } from '../test-support/secure-broker.js';

const { Kafka, logLevel } = kafkajs;
const started = Date.now();
let b: SecureTestBroker;
let python: string;

before(async () => {
  python = requireTool('python');
  b = await startSecureBroker({ protocol: 'SASL_SSL', extraListeners: ['SASL_PLAINTEXT', 'SSL'] });
});
after(async () => {
  await b?.stop();
  console.log(`clients-python-kafkajs: ${Date.now() - started} ms`);
});

const address = (protocol: string) => (protocol === 'SASL_SSL' ? b.bootstrap : b.extra[protocol as 'SSL']!);

const KAFKA_PYTHON = String.raw`
import json, logging, sys
from kafka import KafkaProducer, KafkaConsumer
bs, proto, mech, pw, ca, topic = sys.argv[1:7]
logs = []
class H(logging.Handler):
    def emit(self, r): logs.append(r.getMessage())
logging.getLogger('kafka').addHandler(H())
logging.getLogger('kafka').setLevel(logging.INFO)
conf = dict(bootstrap_servers=bs, security_protocol=proto, api_version_auto_timeout_ms=5000)
if proto.startswith('SASL'):
    conf.update(sasl_mechanism=mech, sasl_plain_username='alice', sasl_plain_password=pw)
if proto.endswith('SSL'):
    conf.update(ssl_cafile=ca)
out = {}
try:
    p = KafkaProducer(**conf)
    for i in range(10): p.send(topic, key=b'k%d' % i, value=b'v%d' % i)
    p.flush(10)
    p.close()
    c = KafkaConsumer(topic, group_id='g-' + topic, auto_offset_reset='earliest', consumer_timeout_ms=15000, **conf)
    got = []
    for m in c:
        got.append(m.value.decode())
        if len(got) == 10: break
    out['got'] = got
    c.commit()
    c.close()
except Exception as e:
    out['error'] = type(e).__name__
out['authenticated'] = any('Authenticated as alice' in l for l in logs)
print(json.dumps(out))
`;

async function kafkaPython(protocol: string, mechanism: string, password: string, topic: string) {
  const r = await run(
    python,
    ['-c', KAFKA_PYTHON, address(protocol), protocol, mechanism, password, b.certs!.ca, topic],
    {
      timeoutMs: 40000,
    },
  );
  return JSON.parse(r.stdout) as { got?: string[]; error?: string; authenticated: boolean };
}

const TEN = Array.from({ length: 10 }, (_, i) => `v${i}`);

for (const [protocol, mechanism] of [
  ['SASL_SSL', 'SCRAM-SHA-256'],
  ['SASL_PLAINTEXT', 'PLAIN'],
  ['SASL_PLAINTEXT', 'SCRAM-SHA-512'],
  ['SSL', '-'],
] as const) {
  test(`kafka-python ${protocol} ${mechanism}: produce, consume in a group, commit`, async () => {
    const out = await kafkaPython(
      protocol,
      mechanism,
      'alice-secret',
      `kp-${protocol}-${mechanism}`.toLowerCase(),
    );
    assert.deepEqual(out.got, TEN, JSON.stringify(out));
    if (protocol.startsWith('SASL')) assert.ok(out.authenticated);
  });
}

test('kafka-python: a wrong password fails to connect (the broker closes, as Kafka does in the v0 flow)', async () => {
  const out = await kafkaPython('SASL_SSL', 'SCRAM-SHA-512', 'wrong', 'kp-denied');
  assert.equal(out.got, undefined);
  assert.equal(out.error, 'NoBrokersAvailable');
  assert.equal(out.authenticated, false);
});

function kafkajsClient(protocol: string, sasl?: SASLOptions) {
  return new Kafka({
    clientId: 'sec-test',
    brokers: [address(protocol)],
    logLevel: logLevel.NOTHING,
    retry: { retries: 1, initialRetryTime: 100 },
    connectionTimeout: 5000,
    ...(protocol.endsWith('SSL') ? { ssl: { ca: [readFileSync(b.certs!.ca, 'utf8')] } } : {}),
    ...(sasl ? { sasl } : {}),
  });
}

async function kafkajsRoundTrip(
  protocol: string,
  sasl: SASLOptions | undefined,
  topic: string,
): Promise<string[]> {
  const kafka = kafkajsClient(protocol, sasl);
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages: TEN.map((value, i) => ({ key: `k${i}`, value })) });
  } finally {
    await producer.disconnect();
  }
  const consumer = kafka.consumer({ groupId: `g-${topic}` });
  const got: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`kafkajs consumed ${got.length} of 10`)), 20000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          got.push(message.value!.toString());
          if (got.length === 10) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return got;
}

const alice = (
  mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512',
  password = 'alice-secret',
): SASLOptions => ({ mechanism, username: 'alice', password }) as SASLOptions;

test('kafkajs SASL_SSL scram-sha-256: produce and consume in a group', async () => {
  assert.deepEqual(await kafkajsRoundTrip('SASL_SSL', alice('scram-sha-256'), 'kj-ssl-256'), TEN);
});

test('kafkajs SASL_PLAINTEXT plain and scram-sha-512, and SSL without SASL', async () => {
  assert.deepEqual(await kafkajsRoundTrip('SASL_PLAINTEXT', alice('plain'), 'kj-plain'), TEN);
  assert.deepEqual(await kafkajsRoundTrip('SASL_PLAINTEXT', alice('scram-sha-512'), 'kj-512'), TEN);
  assert.deepEqual(await kafkajsRoundTrip('SSL', undefined, 'kj-ssl'), TEN);
});

test('kafkajs: a wrong password is a KafkaJSSASLAuthenticationError with the broker’s message', async () => {
  for (const [mechanism, message] of [
    ['plain', 'Authentication failed: Invalid username or password'],
    [
      'scram-sha-256',
      'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256',
    ],
  ] as const) {
    const admin = kafkajsClient('SASL_SSL', alice(mechanism, 'wrong')).admin();
    await assert.rejects(admin.connect(), (err: Error) => {
      assert.equal(err.name, 'KafkaJSSASLAuthenticationError');
      assert.ok(err.message.includes(message), err.message);
      return true;
    });
    await admin.disconnect();
  }
  // The broker still serves a good client.
  const admin = kafkajsClient('SASL_SSL', alice('plain')).admin();
  await admin.connect();
  assert.ok((await admin.listTopics()).includes('kj-ssl-256'));
  await admin.disconnect();
});
