import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../common/errors.js';
import { discoverClusters } from './kafka-endpoints.js';

test('flags, eddy.yaml, endpoints.json, and the message when none is there', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-kep-'));
  try {
    const a = discoverClusters({ bootstrapServers: 'h:1', registryUrl: 'http://r:2' }, dir);
    assert.deepEqual(a.clusters, [{ id: 'cluster_0', bootstrapServers: 'h:1', registryUrl: 'http://r:2' }]);
    const none = discoverClusters({}, dir);
    assert.equal(none.clusters.length, 0);
    assert.ok('missing' in none && none.missing.includes(`no platform found at ${join(dir, '.eddy')}`));
    assert.ok('missing' in none && none.missing.includes('run `npm start` or pass --config'));
    mkdirSync(join(dir, '.eddy'));
    writeFileSync(
      join(dir, '.eddy', 'endpoints.json'),
      JSON.stringify({
        components: { broker: { url: '127.0.0.1:9' }, registry: { url: 'http://127.0.0.1:8' } },
      }),
    );
    assert.deepEqual(discoverClusters({}, dir).clusters, [
      { id: 'cluster_0', bootstrapServers: '127.0.0.1:9', registryUrl: 'http://127.0.0.1:8' },
    ]);
    writeFileSync(
      join(dir, 'eddy.yaml'),
      'clusters:\n  - id: east\n    bootstrap-servers: e:1\n  - bootstrap-servers: w:1\n',
    );
    assert.deepEqual(discoverClusters({ config: 'eddy.yaml' }, dir).clusters, [
      { id: 'east', bootstrapServers: 'e:1' },
      { id: 'cluster_1', bootstrapServers: 'w:1' },
    ]);
    writeFileSync(join(dir, 'bad.yaml'), 'x: 1\n');
    assert.throws(() => discoverClusters({ config: 'bad.yaml' }, dir), /no 'clusters:' list/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cluster client properties: Confluent Cloud snippet under properties:, ${ENV} values, registry basic auth', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-kep-'));
  const secret = 'cc-secret-value-991';
  process.env['EDDY_TEST_CC_SECRET'] = secret;
  process.env['EDDY_TEST_SR_INFO'] = 'SRKEY:sr-secret-77';
  try {
    writeFileSync(
      join(dir, 'eddy.yaml'),
      [
        'clusters:',
        '  - id: prod',
        '    bootstrap-servers: pkc-1.us-east-1.aws.confluent.cloud:9092',
        '    registry-url: https://psrc-1.us-east-2.aws.confluent.cloud',
        '    properties:',
        '      security.protocol: SASL_SSL',
        '      sasl.mechanisms: PLAIN',
        '      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="APIKEY" password="${EDDY_TEST_CC_SECRET}";',
        '      basic.auth.credentials.source: USER_INFO',
        '      basic.auth.user.info: ${EDDY_TEST_SR_INFO}',
        '  - id: onprem',
        '    bootstrap-servers: k1:9093',
        '    security.protocol: SASL_PLAINTEXT',
        '    sasl.mechanism: SCRAM-SHA-256',
        '    sasl.username: eddy',
        '    sasl.password: pw',
        '  - id: plain',
        '    bootstrap-servers: k2:9092',
        '    registry-url: http://sruser:srpw@r2:8081/',
        '',
      ].join('\n'),
    );
    const found = discoverClusters({ config: 'eddy.yaml' }, dir);
    const [prod, onprem, plain] = found.clusters;
    assert.deepEqual(prod!.security, {
      protocol: 'SASL_SSL',
      sasl: { mechanism: 'PLAIN', username: 'APIKEY', password: secret },
      tls: { verifyHostname: true },
      cluster: 'prod',
    });
    assert.deepEqual(prod!.registryAuth, { basic: { username: 'SRKEY', password: 'sr-secret-77' } });
    assert.deepEqual(onprem!.security?.sasl, {
      mechanism: 'SCRAM-SHA-256',
      username: 'eddy',
      password: 'pw',
    });
    assert.equal(plain!.security, undefined);
    // Credentials in the URL move out of it (tables show the URL).
    assert.equal(plain!.registryUrl, 'http://r2:8081/');
    assert.deepEqual(plain!.registryAuth, { basic: { username: 'sruser', password: 'srpw' } });
    const flagged = discoverClusters({ bootstrapServers: 'h:1', registryUrl: 'https://k:s@r:1' }, dir);
    assert.deepEqual(flagged.clusters[0], {
      id: 'cluster_0',
      bootstrapServers: 'h:1',
      registryUrl: 'https://r:1',
      registryAuth: { basic: { username: 'k', password: 's' } },
    });

    // librdkafka's snippet pasted as text, bootstrap and registry URL included.
    writeFileSync(
      join(dir, 'snippet.yaml'),
      [
        'clusters:',
        '  - id: pasted',
        '    region: us-east-1',
        '    properties: |',
        '      # Required connection configs for Kafka producer, consumer, and admin',
        '      bootstrap.servers=pkc-9.us-east-1.aws.confluent.cloud:9092',
        '      security.protocol=SASL_SSL',
        '      sasl.mechanisms=PLAIN',
        '      sasl.username=KEY9',
        '      sasl.password=${EDDY_TEST_CC_SECRET}',
        '      # Best practice for higher availability in librdkafka clients prior to 1.7',
        '      session.timeout.ms=45000',
        '      client.dns.lookup=use_all_dns_ips',
        '      acks=all',
        '      schema.registry.url=https://psrc-9.us-east-2.aws.confluent.cloud',
        '      basic.auth.credentials.source=USER_INFO',
        '      basic.auth.user.info=${EDDY_TEST_SR_INFO}',
        '',
      ].join('\n'),
    );
    const [pasted] = discoverClusters({ config: 'snippet.yaml' }, dir).clusters;
    assert.equal(pasted!.bootstrapServers, 'pkc-9.us-east-1.aws.confluent.cloud:9092');
    assert.equal(pasted!.registryUrl, 'https://psrc-9.us-east-2.aws.confluent.cloud');
    assert.deepEqual(pasted!.security?.sasl, { mechanism: 'PLAIN', username: 'KEY9', password: secret });
    assert.deepEqual(pasted!.registryAuth, { basic: { username: 'SRKEY', password: 'sr-secret-77' } });

    const bad = (yaml: string, re: RegExp): void => {
      writeFileSync(join(dir, 'bad.yaml'), yaml);
      let msg = '';
      assert.throws(
        () => discoverClusters({ config: 'bad.yaml' }, dir),
        (e: Error) => ((msg = e.message), e instanceof ConfigError),
      );
      assert.match(msg, re);
      assert.ok(!msg.includes(secret), msg);
    };
    const head = 'clusters:\n  - id: c9\n    bootstrap-servers: h:1\n';
    bad(
      `${head}    properties:\n      sasl.kerberos.service.name: kafka\n`,
      /cluster 'c9': unknown client property 'sasl.kerberos.service.name' \(known: security.protocol/,
    );
    bad(`${head}    colour: red\n`, /cluster 'c9': unknown key 'colour'/);
    bad(`${head}    properties:\n      acks: 1\n`, /property 'acks' has a value Eddy does not support/);
    bad(`${head}    properties: |\n      just-a-word\n`, /a 'properties' line is not key=value/);
    bad(
      `${head}    properties:\n      security.protocol: SASL_SSL\n      sasl.username: u\n      sasl.password: \${EDDY_TEST_UNSET_VAR_X}\n`,
      /'sasl.password' refers to \$\{EDDY_TEST_UNSET_VAR_X\}, but environment variable EDDY_TEST_UNSET_VAR_X is not set/,
    );
    bad(
      `${head}    properties:\n      basic.auth.user.info: ${secret}\n`,
      /basic.auth.user.info must be '<key>:<secret>'/,
    );
    bad(
      `${head}    properties:\n      security.protocol: SSL\n      ssl.ca.location: ${join(dir, 'missing.pem')}\n`,
      /cluster 'c9': cannot read ssl.ca.location/,
    );
    bad(`${head}  - id: c9\n    bootstrap-servers: h:2\n`, /cluster id 'c9' appears twice/);
  } finally {
    delete process.env['EDDY_TEST_CC_SECRET'];
    delete process.env['EDDY_TEST_SR_INFO'];
    rmSync(dir, { recursive: true, force: true });
  }
});
