/**
 * Runs the platform's components: starts them in order, reports their health, and stops them
 * in reverse order. A component that fails to start stops everything started before it.
 */
import { ConfigError, EddyError, errorMessage } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import type { Component, ComponentEndpoint, ComponentHealth, ComponentState } from '../common/component.js';

export interface PlatformHealth {
  status: 'ok' | 'starting' | 'degraded' | 'stopping';
  components: Record<string, ComponentHealth>;
}

/** Flags that set each component's port, for the "port in use" hint. */
const PORT_FLAGS: Record<string, string> = {
  http: '--http-port',
  broker: '--kafka-port',
  registry: '--registry-port',
};

interface Entry {
  component: Component;
  state: ComponentState;
  detail?: string;
}

export class Supervisor {
  private readonly entries: Entry[] = [];
  private readonly endpoints: Record<string, ComponentEndpoint> = {};
  private stopping = false;

  constructor(
    private readonly logger: Logger,
    private readonly dataDir: string,
    private readonly signal: AbortSignal,
  ) {}

  add(component: Component): void {
    if (this.entries.some((e) => e.component.name === component.name)) {
      throw new EddyError('EDDY_INTERNAL', `component '${component.name}' registered twice`);
    }
    this.entries.push({ component, state: 'pending' });
  }

  /** Starts every component in order; returns their endpoints. On failure, stops what started and throws. */
  async startAll(): Promise<Record<string, ComponentEndpoint>> {
    for (const entry of this.entries) {
      if (this.stopping) break;
      const { component } = entry;
      const log = this.logger.child({ component: component.name });
      entry.state = 'starting';
      const t0 = performance.now();
      try {
        const endpoint = await component.start({
          logger: log,
          dataDir: this.dataDir,
          endpoints: { ...this.endpoints },
          signal: this.signal,
        });
        if (endpoint) this.endpoints[component.name] = endpoint;
        entry.state = 'running';
        log.info({ endpoint, ms: Math.round(performance.now() - t0) }, 'started');
      } catch (err) {
        entry.state = 'failed';
        entry.detail = errorMessage(err);
        await this.stopAll();
        throw describeStartFailure(component.name, err);
      }
    }
    return { ...this.endpoints };
  }

  /** Stops started components in reverse order. Errors are logged, never thrown. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.entries].reverse()) {
      if (entry.state === 'pending' || entry.state === 'stopped') continue;
      const log = this.logger.child({ component: entry.component.name });
      const failed = entry.state === 'failed';
      entry.state = 'stopping';
      try {
        await entry.component.stop();
        entry.state = failed ? 'failed' : 'stopped';
        log.info('stopped');
      } catch (err) {
        entry.state = 'failed';
        entry.detail = errorMessage(err);
        log.error({ err }, 'stop failed');
      }
    }
  }

  health(): PlatformHealth {
    const components: Record<string, ComponentHealth> = {};
    let status: PlatformHealth['status'] = this.stopping ? 'stopping' : 'ok';
    for (const e of this.entries) {
      let h: ComponentHealth = { state: e.state, ...(e.detail ? { detail: e.detail } : {}) };
      if (e.state === 'running') {
        try {
          h = e.component.health();
        } catch (err) {
          h = { state: 'degraded', detail: errorMessage(err) };
        }
      }
      components[e.component.name] = h;
      if (status === 'ok') {
        if (h.state === 'pending' || h.state === 'starting') status = 'starting';
        else if (h.state !== 'running') status = 'degraded';
      }
    }
    return { status, components };
  }

  get endpointsSnapshot(): Record<string, ComponentEndpoint> {
    return { ...this.endpoints };
  }
}

function describeStartFailure(name: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') {
    const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
    const where = e.port !== undefined ? `${e.address ?? ''}:${e.port}` : '';
    const flag = PORT_FLAGS[name];
    return new ConfigError(
      `${name}: port ${where} is already in use; stop the process using it${flag ? ` or choose another port with ${flag} (0 = any free port)` : ''}`,
      { cause: err },
    );
  }
  if (code === 'EADDRNOTAVAIL') {
    return new ConfigError(`${name}: cannot bind to that address (${errorMessage(err)}); check --host`, {
      cause: err,
    });
  }
  if (code === 'EACCES') {
    return new ConfigError(`${name}: permission denied (${errorMessage(err)})`, { cause: err });
  }
  if (err instanceof EddyError) return err;
  return new EddyError('EDDY_INTERNAL', `${name} failed to start: ${errorMessage(err)}`, { cause: err });
}
