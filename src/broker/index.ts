/**
 * The embedded broker as a platform {@link Component}: `eddy up` starts it with the config
 * file's `broker:` map (Kafka's setting names) and keeps its data under `<dataDir>/broker`.
 *
 * @example
 * const broker = createBrokerComponent({ host: '127.0.0.1', port: 0, settings: { 'num.partitions': 3 } });
 * const { url } = await broker.start({ logger, dataDir, endpoints: {}, signal });
 */
import { join } from 'node:path';
import type { Component, ComponentContext, ComponentEndpoint, ComponentHealth } from '../common/component.js';
import { Broker, type LogManagerFactory } from './broker.js';
import { parseBrokerSettings } from './settings.js';
import { LogManagerImpl } from './storage/index.js';

export interface BrokerComponentOptions {
  host: string;
  port: number;
  /** The config file's `broker:` map. */
  settings?: Record<string, string | number | boolean>;
  /** Storage implementation (tests may wrap it); default: the durable file log. */
  openLogs?: LogManagerFactory;
}

export const defaultLogManagerFactory: LogManagerFactory = (options) => new LogManagerImpl(options);

export function createBrokerComponent(options: BrokerComponentOptions): Component {
  const settings = parseBrokerSettings(options.settings ?? {}, { host: options.host, port: options.port });
  let broker: Broker | null = null;
  let health: ComponentHealth = { state: 'pending' };
  return {
    name: 'broker',
    async start(ctx: ComponentContext): Promise<ComponentEndpoint> {
      health = { state: 'starting' };
      broker = new Broker(settings, options.openLogs ?? defaultLogManagerFactory, ctx.logger);
      try {
        const node = await broker.start(join(ctx.dataDir, 'broker'));
        health = { state: 'running', detail: `node ${node.nodeId} at ${node.host}:${node.port}` };
        return { host: node.host, port: node.port, url: `${node.host}:${node.port}` };
      } catch (err) {
        health = { state: 'failed', detail: (err as Error).message };
        throw err;
      }
    },
    async stop(): Promise<void> {
      health = { state: 'stopping' };
      await broker?.stop();
      health = { state: 'stopped' };
    },
    health(): ComponentHealth {
      if (health.state === 'running' && broker)
        return { state: 'running', detail: `${health.detail}, ${broker.connections} connections` };
      return health;
    },
  };
}

export { Broker } from './broker.js';
export { parseBrokerSettings, type BrokerSettings } from './settings.js';
