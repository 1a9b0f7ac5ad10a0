/**
 * Test helpers that run the embedded broker and registries in this process, each in a temp dir.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBrokerComponent } from '../../broker/index.js';
import type { Component, ComponentEndpoint } from '../../common/component.js';
import { createRootLogger } from '../../common/logger.js';
import { createRegistryComponent } from '../index.js';

export interface Cluster {
  dir: string;
  broker: ComponentEndpoint;
  startRegistry(
    settings?: Record<string, string | number | boolean>,
  ): Promise<{ url: string; component: Component }>;
  close(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-registry-'));
  const logger = createRootLogger({
    level: (process.env.EDDY_TEST_LOG_LEVEL as 'info' | undefined) ?? 'silent',
  });
  const signal = new AbortController().signal;
  const brokerComponent = createBrokerComponent({ host: '127.0.0.1', port: 0 });
  const started: Component[] = [];
  const broker = (await brokerComponent.start({
    logger,
    dataDir: dir,
    endpoints: {},
    signal,
  })) as ComponentEndpoint;
  return {
    dir,
    broker,
    async startRegistry(settings = {}) {
      const component = createRegistryComponent({ host: '127.0.0.1', port: 0, settings });
      started.push(component);
      const ep = (await component.start({
        logger,
        dataDir: dir,
        endpoints: { broker },
        signal,
      })) as ComponentEndpoint;
      return { url: ep.url, component };
    },
    async close() {
      for (const c of started.reverse()) await c.stop().catch(() => undefined);
      await brokerComponent.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
