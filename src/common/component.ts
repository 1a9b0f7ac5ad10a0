import type { Logger } from './logger.js';

/**
 * The contract between the server's component supervisor and each part of the platform it
 * runs (control-plane HTTP server, embedded broker, embedded registry, workers …). It lives in
 * `common` so that lower layers implement it without importing the server (DESIGN.md, Layers).
 *
 * Lifecycle: the supervisor calls `start` in registration order and `stop` in reverse order.
 * `start` resolves once the component serves requests, with the endpoint it actually bound
 * (ports may be 0 = chosen by the OS). `stop` finishes or flushes in-flight work, then resolves;
 * it is called at most once, and also after a failed `start`.
 */
export interface Component {
  /** Stable, lower-case name: `http`, `broker`, `registry` … (keys of endpoints.json). */
  readonly name: string;
  start(ctx: ComponentContext): Promise<ComponentEndpoint | undefined>;
  stop(): Promise<void>;
  /** Cheap, synchronous health snapshot; called by GET /health. */
  health(): ComponentHealth;
}

export interface ComponentContext {
  logger: Logger;
  /** The platform's data directory (absolute); each component keeps its files under `<dataDir>/<name>`. */
  dataDir: string;
  /** Endpoints of the components started before this one (e.g. the registry finds the broker). */
  endpoints: Readonly<Record<string, ComponentEndpoint>>;
  /** Aborted when the platform shuts down. */
  signal: AbortSignal;
}

export interface ComponentEndpoint {
  host: string;
  port: number;
  /** How clients reach it: `http://127.0.0.1:8080` or `127.0.0.1:9092` for Kafka. */
  url: string;
}

export type ComponentState =
  'pending' | 'starting' | 'running' | 'degraded' | 'stopping' | 'stopped' | 'failed';

export interface ComponentHealth {
  state: ComponentState;
  detail?: string;
}
