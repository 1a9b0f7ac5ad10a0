import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../common/errors.js';
import { BROKER_SETTING_NAMES, parseBrokerSettings } from './settings.js';

const bind = { host: '127.0.0.1', port: 0 };

test('a broker setting name the broker does not know is refused with the nearest one', () => {
  assert.throws(
    () => parseBrokerSettings({ 'auto.create.topic.enable': false }, bind),
    (e: unknown) =>
      e instanceof ConfigError &&
      e.message.startsWith(
        "unknown broker setting 'auto.create.topic.enable'; did you mean 'auto.create.topics.enable'?",
      ),
  );
  assert.throws(
    () => parseBrokerSettings({ 'sasl.users.': 'x' }, bind),
    /unknown broker setting 'sasl\.users\.'/,
  );
  const s = parseBrokerSettings(
    {
      'num.partitions': 2,
      'log.retention.minutes': 5,
      'log.cleanup.policy': 'compact',
      'sasl.users.bob': 'pw',
    },
    bind,
  );
  assert.equal(s.numPartitions, 2);
  assert.deepEqual(s.storageConfigs, { 'log.retention.minutes': 5, 'log.cleanup.policy': 'compact' });
  for (const name of ['group.initial.rebalance.delay.ms', 'log.roll.hours', 'message.max.bytes', 'listeners'])
    assert.ok(BROKER_SETTING_NAMES.includes(name), name);
});
