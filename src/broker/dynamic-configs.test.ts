import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../common/errors.js';
import { DynamicBrokerConfigs, DynamicConfigError } from './dynamic-configs.js';

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eddy-dyn-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('dynamic broker configs: committed layers come back after a reload, per broker over cluster default', () =>
  withDir(async (dir) => {
    const store = await DynamicBrokerConfigs.load(dir);
    assert.deepEqual(store.layer(false), {});
    await store.commit(
      true,
      store.plan(true, [{ name: 'log.retention.ms', op: 'set', value: '5000' }], false),
    );
    await store.commit(
      false,
      store.plan(false, [{ name: 'log.retention.ms', op: 'set', value: '7000' }], false),
    );
    const again = await DynamicBrokerConfigs.load(dir);
    assert.deepEqual(again.layer(true), { 'log.retention.ms': '5000' });
    assert.deepEqual(again.layer(false), { 'log.retention.ms': '7000' });
    assert.equal(again.merged({ 'log.retention.ms': 1 })['log.retention.ms'], '7000');
  }));

test('dynamic broker configs: read-only names and APPEND on a non-list are refused in Kafka words', () =>
  withDir(async (dir) => {
    const store = await DynamicBrokerConfigs.load(dir);
    assert.throws(
      () => store.plan(false, [{ name: 'num.partitions', op: 'set', value: '3' }], false),
      (e: unknown) =>
        e instanceof DynamicConfigError &&
        e.errorName === 'INVALID_REQUEST' &&
        e.message === 'Cannot update these configs dynamically: Set(num.partitions)',
    );
    assert.throws(
      () => store.plan(false, [{ name: 'log.retention.ms', op: 'append', value: '3' }], false),
      (e: unknown) => e instanceof DynamicConfigError && e.errorName === 'INVALID_CONFIG',
    );
  }));

test('dynamic broker configs: a damaged file fails the start with a ConfigError naming it', () =>
  withDir(async (dir) => {
    for (const text of [
      '{"perBroker": {"log.retention.ms": ',
      '[]',
      '{"perBroker": {"log.retention.ms": 5}}',
    ]) {
      await writeFile(path.join(dir, 'dynamic-broker-configs.json'), text);
      await assert.rejects(
        DynamicBrokerConfigs.load(dir),
        (e: unknown) => e instanceof ConfigError && e.message.includes('dynamic-broker-configs.json'),
      );
    }
  }));
