/**
 * The control plane's HTTP server (fastify): health and version now; the REST API and the SQL
 * workspace register their routes here later.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type {
  Component,
  ComponentContext,
  ComponentEndpoint,
  ComponentHealth,
} from '../../common/component.js';
import { EDDY_VERSION } from '../../common/version.js';
import type { PlatformHealth } from '../supervisor.js';

export interface HttpComponentOptions {
  host: string;
  port: number;
  /** The platform's health, from the supervisor. */
  health: () => PlatformHealth;
}

export function createHttpComponent(opts: HttpComponentOptions): Component {
  let app: FastifyInstance | undefined;
  let state: ComponentHealth['state'] = 'pending';
  return {
    name: 'http',
    async start(ctx: ComponentContext): Promise<ComponentEndpoint> {
      state = 'starting';
      app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
      app.get('/health', async (_req, reply) => {
        const h = opts.health();
        // Ready = every component running; anything else is 503 so load balancers and k8s probes act on it.
        reply.code(h.status === 'ok' ? 200 : 503);
        return h;
      });
      app.get('/version', async () => ({ name: 'eddy', version: EDDY_VERSION, node: process.version }));
      app.setNotFoundHandler(async (req, reply) => {
        reply.code(404);
        return { error_code: 404, message: `no route ${req.method} ${req.url.split('?')[0]}` };
      });
      app.setErrorHandler(async (err: { statusCode?: number; message: string }, _req, reply) => {
        const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
        if (status >= 500) ctx.logger.error({ err }, 'request failed');
        reply.code(status);
        return { error_code: status, message: status >= 500 ? 'internal server error' : err.message };
      });
      await app.listen({ host: opts.host, port: opts.port });
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      state = 'running';
      return { host: opts.host, port, url: `http://${urlHost(opts.host)}:${port}` };
    },
    async stop() {
      state = 'stopping';
      await app?.close();
      state = 'stopped';
    },
    health: () => ({ state }),
  };
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
