/**
 * KIP-848's consumer group protocol is not served: ApiVersions lists neither
 * ConsumerGroupHeartbeat (68) nor ConsumerGroupDescribe (69), as a Kafka broker without the
 * protocol (before 3.7, or whose listener does not expose the API), and the clients that speak it
 * stop at once on their own "unsupported" error instead of retrying:
 * - @platformatic/kafka 1.35 with `groupProtocol: 'consumer'` fails `consume()` with
 *   UnsupportedApiError 'Unsupported API ConsumerGroupHeartbeat.' (its kGetApi finds no
 *   advertised range), the same group then works with the classic protocol;
 * - a ConsumerGroupHeartbeat request sent anyway closes the connection, as Kafka's SocketServer
 *   does for an API its listener does not enable.
 * (Debian's librdkafka 2.0.2 predates `group.protocol`: confluent_kafka refuses the property
 * itself, before any request.)
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';

let tb: TestBroker;
let admin: Admin;

before(async () => {
  tb = await startTestBroker();
  admin = new Admin({ clientId: 'k848-admin', bootstrapBrokers: [tb.bootstrap] });
  await admin.createTopics({ topics: ['k848'], partitions: 2, replicas: 1 });
});
after(async () => {
  await admin?.close();
  await tb?.stop();
});

test('ApiVersions advertises neither ConsumerGroupHeartbeat nor ConsumerGroupDescribe', async () => {
  const c = await RawClient.connect(tb.port);
  try {
    const r = await c.request(18, 3, { clientSoftwareName: 'eddy-test', clientSoftwareVersion: '1' });
    const keys = (r.apiKeys as { apiKey: number }[]).map((k) => k.apiKey);
    assert.ok(keys.includes(11) && keys.includes(12), 'the classic JoinGroup / Heartbeat are there');
    assert.ok(!keys.includes(68), 'ConsumerGroupHeartbeat');
    assert.ok(!keys.includes(69), 'ConsumerGroupDescribe');
  } finally {
    c.close();
  }
});

test("@platformatic/kafka groupProtocol 'consumer' stops with UnsupportedApiError; classic works", async () => {
  const producer = new Producer({
    clientId: 'k848-p',
    bootstrapBrokers: [tb.bootstrap],
    serializers: stringSerializers,
  });
  await producer.send({ messages: [{ topic: 'k848', key: 'k', value: 'v', partition: 0 }] });
  await producer.close();

  const modern = new Consumer({
    clientId: 'k848-modern',
    groupId: 'g848',
    groupProtocol: 'consumer',
    bootstrapBrokers: [tb.bootstrap],
    deserializers: stringDeserializers,
    maxWaitTime: 300,
  });
  const started = Date.now();
  await assert.rejects(
    modern.consume({ topics: ['k848'], mode: 'earliest' }),
    (err: Error & { code?: string }) => {
      assert.equal(err.constructor.name, 'UnsupportedApiError');
      assert.equal(err.code, 'PLT_KFK_UNSUPPORTED_API');
      assert.equal(err.message, 'Unsupported API ConsumerGroupHeartbeat.');
      return true;
    },
  );
  assert.ok(Date.now() - started < 10_000, 'no retry loop before the error');
  await modern.close(true);

  const classic = new Consumer({
    clientId: 'k848-classic',
    groupId: 'g848',
    bootstrapBrokers: [tb.bootstrap],
    deserializers: stringDeserializers,
    maxWaitTime: 300,
  });
  const stream = await classic.consume({ topics: ['k848'], mode: 'earliest' });
  const timer = setTimeout(() => void stream.close(), 20_000);
  let got: string | null = null;
  for await (const m of stream) {
    got = m.value;
    break;
  }
  clearTimeout(timer);
  await stream.close();
  await classic.close();
  assert.equal(got, 'v');
});

test('a ConsumerGroupHeartbeat request sent anyway closes the connection', async () => {
  const c = await RawClient.connect(tb.port);
  try {
    // Header v2 (api 68 v0, correlation 7, client id 'x', no tags) and an empty-ish body.
    const frame = Buffer.from([0, 0, 0, 13, 0, 68, 0, 0, 0, 0, 0, 7, 0, 1, 0x78, 0, 0]);
    c.writeRaw(frame);
    const deadline = Date.now() + 5000;
    while (!c.closed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(c.closed, true);
  } finally {
    c.close();
  }
});
