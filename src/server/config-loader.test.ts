import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../common/errors.js';
import { resolveConfig, type ConfigSources } from './config-loader.js';

const base: ConfigSources = {
  flags: {},
  env: {},
  cwd: '/work',
  isTTY: false,
  knownComponents: ['broker', 'registry', 'http'],
};

test('defaults', () => {
  const c = resolveConfig(base);
  assert.equal(c.dataDir, '/work/.eddy');
  assert.equal(c.host, '127.0.0.1');
  assert.deepEqual([c.httpPort, c.kafkaPort, c.registryPort], [8080, 9092, 8081]);
  assert.equal(c.logLevel, 'info');
  assert.equal(c.logFormat, 'json');
  assert.equal(resolveConfig({ ...base, isTTY: true }).logFormat, 'pretty');
  assert.deepEqual(c.components, ['broker', 'registry', 'http']);
});

test('file < environment < flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-cfg-'));
  const file = join(dir, 'eddy.yaml');
  writeFileSync(
    file,
    'http-port: 1000\nkafka-port: 1001\nregistry-port: 1002\nbroker:\n  num.partitions: 3\n',
  );
  const c = resolveConfig({
    ...base,
    configFile: file,
    env: { EDDY_KAFKA_PORT: '2001', EDDY_REGISTRY_PORT: '2002' },
    flags: { registryPort: '3002' },
  });
  assert.deepEqual([c.httpPort, c.kafkaPort, c.registryPort], [1000, 2001, 3002]);
  assert.deepEqual(c.broker, { 'num.partitions': 3 });
});

test('components keep the platform order and reject unknown names', () => {
  assert.deepEqual(resolveConfig({ ...base, flags: { components: 'http,broker' } }).components, [
    'broker',
    'http',
  ]);
  assert.throws(
    () => resolveConfig({ ...base, flags: { components: 'brokr' } }),
    /unknown component 'brokr' \(known: broker, registry, http\)/,
  );
});

test('bad values are ConfigErrors naming their origin', () => {
  assert.throws(
    () => resolveConfig({ ...base, flags: { httpPort: '-1' } }),
    (e: unknown) => e instanceof ConfigError && /--http-port/.test(e.message),
  );
  assert.throws(
    () => resolveConfig({ ...base, env: { EDDY_LOG_FORMAT: 'xml' } }),
    /EDDY_LOG_FORMAT: 'xml' is not one of pretty, json/,
  );
  const dir = mkdtempSync(join(tmpdir(), 'eddy-cfg-'));
  const file = join(dir, 'bad.yaml');
  writeFileSync(file, 'http-port: [1, 2\n');
  assert.throws(() => resolveConfig({ ...base, configFile: file }), /bad.yaml:\d+:\d+: not valid YAML/);
  writeFileSync(file, '- a\n- b\n');
  assert.throws(() => resolveConfig({ ...base, configFile: file }), /must be a YAML mapping/);
  writeFileSync(file, 'broker: 5\n');
  assert.throws(() => resolveConfig({ ...base, configFile: file }), /'broker' must be a mapping/);
});

test("an unknown key of the file's broker: map is refused, naming it, its line and the nearest setting", () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-cfg-'));
  const file = join(dir, 'eddy.yaml');
  writeFileSync(
    file,
    'http-port: 1000\nbroker:\n  log.retention.ms: 1000\n  sasl.users.alice: secret\n  num.partition: 3\n',
  );
  assert.throws(
    () => resolveConfig({ ...base, configFile: file }),
    (e: unknown) =>
      e instanceof ConfigError &&
      e.message.startsWith(
        `${file}:5:3: broker: unknown broker setting 'num.partition'; did you mean 'num.partitions'?`,
      ),
  );
  writeFileSync(file, 'broker:\n  ssl.keystore.location: /x.jks\n');
  assert.throws(
    () => resolveConfig({ ...base, configFile: file }),
    /eddy\.yaml:2:3: broker: unknown broker setting 'ssl\.keystore\.location'/,
  );
  writeFileSync(file, 'broker:\n  no.such.thing.at.all: 1\n');
  assert.throws(
    () => resolveConfig({ ...base, configFile: file }),
    (e: unknown) =>
      e instanceof ConfigError &&
      !e.message.includes('did you mean') &&
      /'no\.such\.thing\.at\.all'/.test(e.message),
  );
  writeFileSync(file, 'registry:\n  schema.compatibility.level: FULL\n  schema.compatibilty.level: FULL\n');
  assert.throws(
    () => resolveConfig({ ...base, configFile: file }),
    /eddy\.yaml:3:3: registry: unknown registry setting 'schema\.compatibilty\.level'; did you mean 'schema\.compatibility\.level'\?/,
  );
  // Every setting the broker reads is accepted: its own, the security ones, topic defaults.
  writeFileSync(
    file,
    'broker:\n  num.partitions: 3\n  log.retention.hours: 1\n  log.segment.bytes: 1048576\n  listeners: PLAINTEXT://127.0.0.1:0\n  ssl.client.auth: none\n  log.flush.interval.ms: 100\n',
  );
  assert.equal(resolveConfig({ ...base, configFile: file }).broker['num.partitions'], 3);
});
