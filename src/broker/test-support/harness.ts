/**
 * Test support: starts a real broker (file storage, port 0, temp data dir) in this process and
 * stops it and removes its files afterwards, even when the test fails.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { createRootLogger } from '../../common/logger.js';
import { Broker } from '../broker.js';
import { defaultLogManagerFactory } from '../index.js';
import { parseBrokerSettings } from '../settings.js';
import { run } from './run.js';

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

/** What {@link useBrokerScript} gives a test file once its `before` hook has run. */
export interface BrokerScript {
  readonly tb: TestBroker;
  /** Runs the script with the broker's address and `args`; its last stdout line, as JSON. */
  py(...args: string[]): Promise<Record<string, unknown>>;
}

/**
 * A test file's broker and Python client script (Debian's /usr/bin/python3 with confluent_kafka
 * or kafka-python, found by `findPython`, the test's requireTool): `before` starts the broker with
 * `settings` and writes the script into its data dir, `after` stops it. The returned object's
 * fields are valid inside tests.
 */
export function useBrokerScript(
  name: string,
  script: string,
  findPython: () => string,
  settings: Record<string, string | number | boolean> = { 'num.partitions': 1 },
  timeoutMs = 55_000,
): BrokerScript {
  let tb: TestBroker | undefined;
  let python = '';
  let path = '';
  before(async () => {
    python = findPython();
    tb = await startTestBroker(settings);
    path = join(tb.dataDir, name);
    await writeFile(path, script);
  });
  after(async () => {
    await tb?.stop();
  });
  const started = (): TestBroker => {
    if (!tb) throw new Error(`${name}: the test broker is not started`);
    return tb;
  };
  return {
    get tb() {
      return started();
    },
    async py(...args) {
      const { stdout } = await run(python, [path, started().bootstrap, ...args], { timeoutMs });
      return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    },
  };
}
