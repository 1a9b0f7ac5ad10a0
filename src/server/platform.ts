/**
 * `eddy up` as a library: takes the data dir, starts the selected components through the
 * supervisor, publishes endpoints.json, and stops everything in reverse order.
 *
 * @example
 * const platform = await startPlatform(config, { logger });
 * console.log(platform.endpoints.http.url);
 * await platform.stop();
 */
import type { ComponentEndpoint } from '../common/component.js';
import type { Logger } from '../common/logger.js';
import { EDDY_VERSION } from '../common/version.js';
import { COMPONENT_FACTORIES } from './components.js';
import type { EddyConfig } from './config.js';
import { lockDataDir, prepareDataDir, removeEndpoints, writeEndpoints } from './data-dir.js';
import { createHttpComponent } from './http/http-component.js';
import { Supervisor, type PlatformHealth } from './supervisor.js';

/** Every component name in start order; the control plane's HTTP server comes last. */
export function knownComponents(): string[] {
  return [...COMPONENT_FACTORIES.map((f) => f.name), 'http'];
}

export interface RunningPlatform {
  readonly config: EddyConfig;
  readonly endpoints: Record<string, ComponentEndpoint>;
  health(): PlatformHealth;
  /** Stops every component in reverse order, removes endpoints.json and releases the lock. Idempotent. */
  stop(): Promise<void>;
}

export async function startPlatform(config: EddyConfig, opts: { logger: Logger }): Promise<RunningPlatform> {
  prepareDataDir(config.dataDir);
  const unlock = lockDataDir(config.dataDir);
  const abort = new AbortController();
  const supervisor = new Supervisor(opts.logger, config.dataDir, abort.signal);
  for (const factory of COMPONENT_FACTORIES) {
    if (config.components.includes(factory.name)) supervisor.add(factory.create(config));
  }
  if (config.components.includes('http')) {
    supervisor.add(
      createHttpComponent({ host: config.host, port: config.httpPort, health: () => supervisor.health() }),
    );
  }
  let endpoints: Record<string, ComponentEndpoint>;
  try {
    endpoints = await supervisor.startAll();
  } catch (err) {
    abort.abort();
    unlock();
    throw err;
  }
  writeEndpoints(config.dataDir, {
    pid: process.pid,
    version: EDDY_VERSION,
    startedAt: new Date().toISOString(),
    dataDir: config.dataDir,
    components: endpoints,
  });
  let stopped: Promise<void> | undefined;
  return {
    config,
    endpoints,
    health: () => supervisor.health(),
    stop() {
      stopped ??= (async () => {
        removeEndpoints(config.dataDir);
        abort.abort();
        await supervisor.stopAll();
        unlock();
      })();
      return stopped;
    },
  };
}
