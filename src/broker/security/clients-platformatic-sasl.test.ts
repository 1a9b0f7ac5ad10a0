/**
 * @platformatic/kafka (the client under Eddy's engine; SaslHandshake v1 + SaslAuthenticate v2,
 * flexible) against a SASL_SSL listener: produce with PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512,
 * consume back; a wrong password cannot connect and the broker keeps serving.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { startSecureBroker, type SecureTestBroker } from '../test-support/secure-broker.js';

let b: SecureTestBroker;
before(async () => {
  b = await startSecureBroker({ protocol: 'SASL_SSL' });
});
after(async () => {
  await b?.stop();
});

type Mechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
const options = (mechanism: Mechanism, password = 'alice-secret') => ({
  clientId: 'sec-platformatic',
  bootstrapBrokers: [b.bootstrap],
  sasl: { mechanism, username: 'alice', password },
  tls: { ca: readFileSync(b.certs!.ca) },
  retries: 0,
});

test('@platformatic/kafka produces with PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 and consumes back', async () => {
  for (const mechanism of ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const) {
    const p = new Producer({ ...options(mechanism), serializers: stringSerializers, autocreateTopics: true });
    try {
      await p.send({ messages: [{ topic: 'plat-sasl', key: mechanism, value: `v-${mechanism}` }] });
    } finally {
      await p.close();
    }
  }
  const c = new Consumer({
    ...options('SCRAM-SHA-512'),
    groupId: 'plat-sasl-g',
    deserializers: stringDeserializers,
  });
  const got: string[] = [];
  try {
    const stream = await c.consume({ topics: ['plat-sasl'], mode: 'earliest', maxWaitTime: 200 });
    for await (const m of stream) {
      got.push(String(m.value));
      if (got.length === 3) break;
    }
    await stream.close();
  } finally {
    await c.close();
  }
  assert.deepEqual(got, ['v-PLAIN', 'v-SCRAM-SHA-256', 'v-SCRAM-SHA-512']);
});

test('@platformatic/kafka with a wrong password cannot connect; the broker keeps serving', async () => {
  const bad = new Producer({ ...options('SCRAM-SHA-256', 'wrong'), serializers: stringSerializers });
  try {
    await assert.rejects(bad.send({ messages: [{ topic: 'plat-sasl', value: 'x' }] }));
  } finally {
    await bad.close();
  }
  const ok = new Producer({ ...options('PLAIN'), serializers: stringSerializers });
  try {
    const r = await ok.send({ messages: [{ topic: 'plat-sasl', value: 'after' }] });
    assert.equal(r.offsets?.[0]?.offset, 3n);
  } finally {
    await ok.close();
  }
});
