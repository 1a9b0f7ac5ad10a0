import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  clusterSecurity,
  describeSecurity,
  parseJaasConfig,
  parseKafkaSecurity,
  registerClusterSecurity,
  tlsConnectOptions,
} from './security.js';
import { platformaticSecurity } from './kafka-client.js';
import { ConfigError } from '../../common/errors.js';

const W = "cluster 'prod'";

test('security.protocol and SASL properties, with Confluent Cloud’s sasl.jaas.config', () => {
  assert.deepEqual(parseKafkaSecurity({}, W), { protocol: 'PLAINTEXT' });
  const cc = parseKafkaSecurity(
    {
      'security.protocol': 'SASL_SSL',
      'sasl.mechanisms': 'PLAIN',
      'sasl.jaas.config':
        'org.apache.kafka.common.security.plain.PlainLoginModule required username="ABCKEY" password="s3cr\\"et";',
    },
    W,
  );
  assert.deepEqual(cc.sasl, { mechanism: 'PLAIN', username: 'ABCKEY', password: 's3cr"et' });
  assert.deepEqual(cc.tls, { verifyHostname: true });
  assert.equal(describeSecurity(cc), 'SASL_SSL, PLAIN');
  const scram = parseKafkaSecurity(
    {
      'security.protocol': 'sasl_plaintext',
      'sasl.mechanism': 'SCRAM-SHA-512',
      'sasl.username': 'u',
      'sasl.password': 'p',
    },
    W,
  );
  assert.deepEqual(scram, {
    protocol: 'SASL_PLAINTEXT',
    sasl: { mechanism: 'SCRAM-SHA-512', username: 'u', password: 'p' },
  });
  assert.deepEqual(
    parseJaasConfig(
      'org.apache.kafka.common.security.scram.ScramLoginModule required username=alice password="x y";',
      W,
    ),
    { username: 'alice', password: 'x y' },
  );
});

test('bad properties are ConfigErrors naming the cluster and key, never quoting a secret', () => {
  const secret = 'hunter2-do-not-print';
  const cases: [Record<string, string>, RegExp][] = [
    [{ 'security.protocol': 'SASL' }, /cluster 'prod': security.protocol 'SASL' is not one of/],
    [
      {
        'security.protocol': 'SASL_SSL',
        'sasl.mechanism': 'GSSAPI',
        'sasl.username': 'u',
        'sasl.password': secret,
      },
      /GSSAPI' is not supported/,
    ],
    [{ 'security.protocol': 'SASL_SSL', 'sasl.username': 'u' }, /needs sasl.username and sasl.password/],
    [
      { 'security.protocol': 'SASL_SSL', 'sasl.jaas.config': `nonsense ${secret}` },
      /sasl.jaas.config is not/,
    ],
    [
      {
        'security.protocol': 'SASL_SSL',
        'sasl.jaas.config': `com.x.KerberosModule required password="${secret}";`,
      },
      /KerberosModule is not supported/,
    ],
    [{ 'sasl.password': secret }, /'sasl.password' is set but security.protocol is PLAINTEXT/],
    [
      { 'security.protocol': 'SSL', 'ssl.ca.location': '/nonexistent/ca.pem' },
      /cannot read ssl.ca.location \/nonexistent\/ca.pem/,
    ],
    [
      { 'security.protocol': 'SSL', 'ssl.endpoint.identification.algorithm': 'x' },
      /must be 'https' or empty/,
    ],
  ];
  for (const [props, re] of cases) {
    let msg = '';
    assert.throws(
      () => parseKafkaSecurity(props, W),
      (e: Error) => ((msg = e.message), e instanceof ConfigError),
    );
    assert.match(msg, re);
    assert.ok(!msg.includes(secret), msg);
  }
});

test('TLS files are read, the host name check follows ssl.endpoint.identification.algorithm', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-sec-'));
  try {
    writeFileSync(join(dir, 'ca.pem'), 'CA PEM');
    writeFileSync(join(dir, 'c.pem'), 'CERT PEM');
    writeFileSync(join(dir, 'k.pem'), 'KEY PEM');
    const s = parseKafkaSecurity(
      {
        'security.protocol': 'SSL',
        'ssl.ca.location': join(dir, 'ca.pem'),
        'ssl.certificate.location': join(dir, 'c.pem'),
        'ssl.key.location': join(dir, 'k.pem'),
        'ssl.endpoint.identification.algorithm': '',
      },
      W,
    );
    assert.deepEqual(s.tls, { ca: 'CA PEM', cert: 'CERT PEM', key: 'KEY PEM', verifyHostname: false });
    const o = tlsConnectOptions(s.tls!, 'broker.example.com');
    assert.equal(o.servername, 'broker.example.com');
    assert.equal(o.rejectUnauthorized, true);
    assert.equal(typeof o.checkServerIdentity, 'function');
    assert.equal(tlsConnectOptions({ verifyHostname: true }, '127.0.0.1').servername, undefined);
    assert.throws(
      () =>
        parseKafkaSecurity({ 'security.protocol': 'SSL', 'ssl.certificate.location': join(dir, 'c.pem') }, W),
      /go together/,
    );
    // @platformatic/kafka gets the same material, SNI per broker.
    const p = platformaticSecurity(
      {
        protocol: 'SASL_SSL',
        sasl: { mechanism: 'SCRAM-SHA-256', username: 'u', password: 'p' },
        tls: s.tls!,
      },
      ['b1.example.com:9092'],
    );
    assert.deepEqual(p.sasl, { mechanism: 'SCRAM-SHA-256', username: 'u', password: 'p' });
    assert.equal(p.tlsServerName, true);
    assert.equal((p.tls as { ca: string }).ca, 'CA PEM');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('security registered by bootstrap list is found whatever the spacing', () => {
  const sec = {
    protocol: 'SASL_PLAINTEXT' as const,
    sasl: { mechanism: 'PLAIN' as const, username: 'u', password: 'p' },
  };
  registerClusterSecurity('h1:9092, h2:9092', sec);
  assert.equal(clusterSecurity(['h1:9092', 'h2:9092']), sec);
  assert.equal(clusterSecurity('h1:9092'), undefined);
});
