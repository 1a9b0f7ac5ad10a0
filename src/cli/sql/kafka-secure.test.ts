/**
 * `eddy sql --config eddy.yaml` through a secure cluster: the embedded broker with a
 * SASL_PLAINTEXT listener (SCRAM-SHA-256) and a SASL_SSL one (PLAIN from Confluent Cloud's
 * sasl.jaas.config, the test CA), its registry requiring basic auth (and reaching its own
 * `_schemas` topic over SCRAM). kcat writes and reads over both; Eddy reads kcat's topic, creates a
 * table, inserts and selects; secrets never appear in any output; a wrong password or registry key
 * is one clear line.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { makeTestCerts, startSecureBroker, type TestCerts } from '../../broker/test-support/secure-broker.js';
import { KafkaClient } from '../../kafka/client/index.js';
import { requireTool, jsonlRows } from '../../testing/tools.js';
import { runEddy, startPlatformInProcess, type TestPlatform } from '../../testing/platform.js';
import { runKafkaSql } from './kafka-test-support.js';

const PW = 'alice-kafka-pw-5821';
const SR_PW = 'sr-secret-pw-9044';
const WRONG = 'wrong-pw-7777';
const SECRETS = [PW, SR_PW, WRONG];

let certs: TestCerts;
let platform: TestPlatform;
let dir: string;
let scramUrl: string;
let sslUrl: string;
let registryUrl: string;
const started = Date.now();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function writeConfig(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, ['clusters:', ...lines, ''].join('\n'));
  return file;
}

const scramCluster = (id: string, password: string): string[] => [
  `  - id: ${id}`,
  `    bootstrap-servers: ${scramUrl}`,
  `    registry-url: ${registryUrl}`,
  '    properties:',
  '      security.protocol: SASL_PLAINTEXT',
  '      sasl.mechanism: SCRAM-SHA-256',
  '      sasl.username: alice',
  `      sasl.password: ${password}`,
  '      basic.auth.credentials.source: USER_INFO',
  '      basic.auth.user.info: ${EDDY_TEST_SR_INFO}',
];

before(async () => {
  certs = await makeTestCerts();
  const sslPort = await freePort();
  sslUrl = `localhost:${sslPort}`;
  platform = await startPlatformInProcess({
    components: ['broker', 'registry'],
    broker: {
      listeners: `SASL_PLAINTEXT://127.0.0.1:0,SASL_SSL://127.0.0.1:${sslPort}`,
      'ssl.certificate.location': certs.serverCert,
      'ssl.key.location': certs.serverKey,
      'sasl.users.alice': PW,
    },
    registry: {
      'authentication.method': 'BASIC',
      'authentication.users': `sr:${SR_PW}`,
      'kafkastore.security.protocol': 'SASL_PLAINTEXT',
      'kafkastore.sasl.mechanism': 'SCRAM-SHA-512',
      'kafkastore.sasl.username': 'alice',
      'kafkastore.sasl.password': PW,
    },
  });
  scramUrl = platform.endpoints['broker']!.url;
  registryUrl = platform.endpoints['registry']!.url;
  dir = mkdtempSync(join(tmpdir(), 'eddy-ksecure-'));
  process.env['EDDY_TEST_SR_INFO'] = `sr:${SR_PW}`;
  process.env['EDDY_TEST_CC_SECRET'] = PW;
});

after(async () => {
  await platform?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (certs) rmSync(certs.dir, { recursive: true, force: true });
  console.log(`kafka-secure.test: ${Date.now() - started} ms`);
});

/** Runs kcat (async: the broker runs in this process) with `input` on stdin; resolves stdout. */
function kcat(args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(requireTool('kcat'), args, { timeout: 30_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`kcat ${args.join(' ')}: ${err.message} ${stderr}`)) : resolve(stdout),
    );
    child.stdin!.end(input ?? '');
  });
}

const kcatScram = ['-X', 'security.protocol=SASL_PLAINTEXT', '-X', 'sasl.mechanisms=SCRAM-SHA-256'];
const kcatSsl = ['-X', 'security.protocol=SASL_SSL', '-X', 'sasl.mechanisms=PLAIN'];
const kcatCreds = ['-X', 'sasl.username=alice', '-X', `sasl.password=${PW}`];

const rows = jsonlRows;

function assertNoSecret(text: string): void {
  for (const s of SECRETS) assert.ok(!text.includes(s), `a secret appears in:\n${text}`);
  assert.ok(!/^\s+at /m.test(text), `a stack trace appears in:\n${text}`);
}

test('a topic kcat wrote over SASL_PLAINTEXT/SCRAM-SHA-256 reads through eddy sql --config', async () => {
  const admin = new KafkaClient({
    bootstrapServers: scramUrl,
    security: {
      protocol: 'SASL_PLAINTEXT',
      sasl: { mechanism: 'SCRAM-SHA-256', username: 'alice', password: PW },
    },
  });
  try {
    await admin.ensureTopic('scram_raw', { partitions: 2 });
  } finally {
    await admin.close();
  }
  await kcat(
    ['-b', scramUrl, ...kcatScram, ...kcatCreds, '-P', '-t', 'scram_raw', '-K', ':'],
    'k1:one\nk2:two\nk3:three\n',
  );
  const config = writeConfig('scram.yaml', scramCluster('scram', PW));
  const r = await runKafkaSql(
    "SELECT CAST(val AS STRING) FROM scram_raw /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;",
    { config },
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(
    rows(r.out)
      .map((x) => x[0])
      .sort(),
    ['one', 'three', 'two'],
  );
  assertNoSecret(r.out + r.err);
});

test('CREATE TABLE + INSERT + SELECT over SASL_SSL (Confluent Cloud snippet) with a registry requiring basic auth; kcat reads it back', async () => {
  const config = writeConfig('cc.yaml', [
    '  - id: cc',
    `    bootstrap-servers: ${sslUrl}`,
    `    registry-url: ${registryUrl}`,
    '    properties:',
    '      security.protocol: SASL_SSL',
    '      sasl.mechanisms: PLAIN',
    '      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="${EDDY_TEST_CC_SECRET}";',
    `      ssl.ca.location: ${certs.ca}`,
    '      basic.auth.credentials.source: USER_INFO',
    '      basic.auth.user.info: ${EDDY_TEST_SR_INFO}',
  ]);
  const create = await runKafkaSql(
    'CREATE TABLE secure_orders (id INT, item STRING, PRIMARY KEY (id) NOT ENFORCED) DISTRIBUTED BY (id) INTO 2 BUCKETS;\n' +
      "INSERT INTO secure_orders VALUES (1, 'pen'), (2, 'ink'), (3, 'pad');",
    { config },
    45_000,
  );
  assert.equal(create.code, 0, create.err);
  const read = await runKafkaSql(
    "SELECT id, item FROM secure_orders /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;",
    { config },
  );
  assert.equal(read.code, 0, read.err);
  assert.deepEqual(
    rows(read.out).sort((a, b) => Number(a[0]) - Number(b[0])),
    [
      ['1', 'pen'],
      ['2', 'ink'],
      ['3', 'pad'],
    ],
  );
  const shown = await runKafkaSql(
    'SHOW CREATE TABLE secure_orders;\nDESCRIBE EXTENDED secure_orders;\n' +
      "SELECT * FROM `default`.`INFORMATION_SCHEMA`.`TABLE_OPTIONS` WHERE TABLE_NAME = 'secure_orders';",
    { config },
  );
  assert.equal(shown.code, 0, shown.err);
  // TABLE_OPTIONS answered (the cluster plumbing such as registry.url is not among them, as in SHOW CREATE TABLE).
  assert.match(shown.out, /"connector","confluent"/);
  assertNoSecret(create.out + create.err + read.out + read.err + shown.out + shown.err);
  // The subjects are in the registry (reached with the key); kcat reads the records over TLS.
  const subjects = await fetch(`${registryUrl}/subjects`, {
    headers: { authorization: `Basic ${Buffer.from(`sr:${SR_PW}`).toString('base64')}` },
  });
  assert.deepEqual(
    ((await subjects.json()) as string[]).filter((s) => s.startsWith('secure_orders')).sort(),
    ['secure_orders-key', 'secure_orders-value'],
  );
  const consumed = await kcat([
    '-b',
    sslUrl,
    ...kcatSsl,
    ...kcatCreds,
    '-X',
    `ssl.ca.location=${certs.ca}`,
    '-C',
    '-t',
    'secure_orders',
    '-o',
    'beginning',
    '-e',
    '-f',
    '%p\n',
  ]);
  assert.equal(consumed.trim().split('\n').length, 3);
});

test('a wrong password, a wrong registry key, a missing CA: one clear line each, no secret, no stack', async () => {
  const wrongKafka = writeConfig('wrong.yaml', scramCluster('bad', WRONG));
  const r = await runKafkaSql('SHOW TABLES;', { config: wrongKafka });
  assert.notEqual(r.code, 0);
  assert.match(r.err, /authentication failed for cluster 'bad' \(SASL_PLAINTEXT, SCRAM-SHA-256\): /);
  assertNoSecret(r.out + r.err);

  process.env['EDDY_TEST_SR_INFO'] = `sr:${WRONG}`;
  try {
    const wrongSr = writeConfig('wrong-sr.yaml', scramCluster('badsr', PW));
    const s = await runKafkaSql('SHOW TABLES;', { config: wrongSr });
    assert.notEqual(s.code, 0, s.out);
    assert.match(
      s.err,
      /Schema Registry at http:\/\/127\.0\.0\.1:\d+ refused GET \/schemas\?latestOnly=true\S* with HTTP 401 \(Unauthorized\): check the credentials of key 'sr'/,
    );
    assertNoSecret(s.out + s.err);
  } finally {
    process.env['EDDY_TEST_SR_INFO'] = `sr:${SR_PW}`;
  }

  const noCa = writeConfig('noca.yaml', [
    '  - id: noca',
    `    bootstrap-servers: ${sslUrl}`,
    '    security.protocol: SASL_SSL',
    '    sasl.mechanism: PLAIN',
    '    sasl.username: alice',
    `    sasl.password: ${PW}`,
  ]);
  // A client without properties at the SASL and at the TLS listener: the error says what to set.
  for (const [id, url] of [
    ['plain2sasl', scramUrl],
    ['plain2ssl', sslUrl],
  ]) {
    const plain = writeConfig(`${id}.yaml`, [`  - id: ${id}`, `    bootstrap-servers: ${url}`]);
    const p = await runKafkaSql('SHOW TABLES;', { config: plain });
    assert.notEqual(p.code, 0);
    assert.match(
      p.err,
      /closed before answering \(this client speaks PLAINTEXT: if the listener needs TLS or SASL, set security.protocol in the cluster's properties\)/,
    );
    assertNoSecret(p.out + p.err);
  }
  const t = await runKafkaSql('SHOW TABLES;', { config: noCa });
  assert.notEqual(t.code, 0);
  assert.match(
    t.err,
    /TLS connection to Kafka broker localhost:\d+ of cluster 'noca' \(SASL_SSL, PLAIN\) failed: /,
  );
  assertNoSecret(t.out + t.err);
});

test('SSL with a client certificate (ssl.client.auth=required): kcat writes, eddy sql reads; no certificate, no entry', async () => {
  const b = await startSecureBroker({ protocol: 'SSL', clientAuth: 'required' });
  try {
    const c = b.certs!;
    const tlsKcat = ['-X', 'security.protocol=SSL', '-X', `ssl.ca.location=${c.ca}`];
    const mine = ['-X', `ssl.certificate.location=${c.clientCert}`, '-X', `ssl.key.location=${c.clientKey}`];
    const admin = new KafkaClient({
      bootstrapServers: b.bootstrap,
      security: {
        protocol: 'SSL',
        tls: {
          ca: readFileSync(c.ca, 'utf8'),
          cert: readFileSync(c.clientCert, 'utf8'),
          key: readFileSync(c.clientKey, 'utf8'),
          verifyHostname: true,
        },
      },
    });
    try {
      await admin.ensureTopic('mtls_raw', { partitions: 1 });
    } finally {
      await admin.close();
    }
    await kcat(['-b', b.bootstrap, ...tlsKcat, ...mine, '-P', '-t', 'mtls_raw'], 'a\nb\n');
    const entry = (id: string, withCert: boolean): string[] => [
      `  - id: ${id}`,
      `    bootstrap-servers: ${b.bootstrap}`,
      '    properties:',
      '      security.protocol: SSL',
      `      ssl.ca.location: ${c.ca}`,
      ...(withCert
        ? [`      ssl.certificate.location: ${c.clientCert}`, `      ssl.key.location: ${c.clientKey}`]
        : []),
    ];
    const r = await runKafkaSql(
      "SELECT CAST(val AS STRING) FROM mtls_raw /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;",
      { config: writeConfig('mtls.yaml', entry('mtls', true)) },
    );
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      rows(r.out).map((x) => x[0]),
      ['a', 'b'],
    );
    const refused = await runKafkaSql('SHOW TABLES;', {
      config: writeConfig('nocert.yaml', entry('nocert', false)),
    });
    assert.notEqual(refused.code, 0);
    assert.match(
      refused.err,
      /Cannot reach Kafka cluster 'nocert' .*the broker refused this client's certificate \(TLS alert "certificate required"\): set ssl.certificate.location/,
    );
    assertNoSecret(refused.out + refused.err);
  } finally {
    await b.stop();
  }
});

test('the eddy binary: `eddy sql --config` reads over SASL_SSL; a wrong password exits 1 with one line', async () => {
  const good = writeConfig('bin-good.yaml', [
    '  - id: bin',
    `    bootstrap-servers: ${sslUrl}`,
    `    registry-url: ${registryUrl}`,
    '    properties:',
    '      security.protocol: SASL_SSL',
    '      sasl.mechanism: SCRAM-SHA-512',
    '      sasl.username: alice',
    '      sasl.password: ${EDDY_TEST_CC_SECRET}',
    `      ssl.ca.location: ${certs.ca}`,
    '      basic.auth.user.info: ${EDDY_TEST_SR_INFO}',
  ]);
  writeFileSync(
    join(dir, 'q.sql'),
    "SELECT CAST(val AS STRING) FROM scram_raw /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;\n",
  );
  const env = { EDDY_TEST_CC_SECRET: PW, EDDY_TEST_SR_INFO: `sr:${SR_PW}` };
  const ok = await runEddy(['sql', '--config', good, '--file', 'q.sql', '--output', 'jsonl'], {
    cwd: dir,
    env,
  });
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(rows(ok.stdout).length, 3, ok.stdout);
  assertNoSecret(ok.stdout + ok.stderr.replace(/.*DeprecationWarning.*\n|.*trace-deprecation.*\n/g, ''));
  const bad = await runEddy(['sql', '--config', good, '--file', 'q.sql', '--output', 'jsonl'], {
    cwd: dir,
    env: { ...env, EDDY_TEST_CC_SECRET: WRONG },
  });
  assert.equal(bad.code, 1, bad.stderr);
  assert.match(bad.stderr, /authentication failed for cluster 'bin' \(SASL_SSL, SCRAM-SHA-512\)/);
  assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
  assertNoSecret(bad.stdout + bad.stderr);
});
