/**
 * Test support: starts a real broker (file storage, port 0, temp data dir) in this process and
 * stops it and removes its files afterwards, even when the test fails.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRootLogger } from '../../common/logger.js';
import { Broker } from '../broker.js';
import { defaultLogManagerFactory } from '../index.js';
import { parseBrokerSettings } from '../settings.js';

export interface TestBroker {
  broker: Broker;
  host: string;
  port: number;
  /** `127.0.0.1:port` */
  bootstrap: string;
  dataDir: string;
  /** Stops the broker (keeps the data) and starts a new one on the same data dir and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestBroker(
  settings: Record<string, string | number | boolean> = {},
  dataDir?: string,
): Promise<TestBroker> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'eddy-broker-')));
  const logger = createRootLogger({ level: (process.env.EDDY_TEST_LOG as 'info' | undefined) ?? 'silent' });
  const merged = { 'group.initial.rebalance.delay.ms': 0, 'offsets.topic.num.partitions': 5, ...settings };
  let broker = new Broker(
    parseBrokerSettings(merged, { host: '127.0.0.1', port: 0 }),
    defaultLogManagerFactory,
    logger,
  );
  const node = await broker.start(join(dir, 'broker'));
  const t: TestBroker = {
    broker,
    host: node.host,
    port: node.port,
    bootstrap: `${node.host}:${node.port}`,
    dataDir: dir,
    async restart() {
      await broker.stop();
      broker = new Broker(
        parseBrokerSettings(merged, { host: '127.0.0.1', port: t.port }),
        defaultLogManagerFactory,
        logger,
      );
      await broker.start(join(dir, 'broker'));
      t.broker = broker;
    },
    async stop() {
      await broker.stop();
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
  return t;
}
