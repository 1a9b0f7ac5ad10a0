/**
 * The registry's HTTP server (fastify on its own port): content types, body limit, Confluent's
 * error shape for every failure, and forwarding of writes to the leader when this instance is a
 * follower (as Confluent's registry does).
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Logger } from '../common/logger.js';
import { RegistryError, errors } from './errors.js';
import { CONTENT_TYPE } from './http-util.js';
import { registerMetadataRoutes, type ServerMetadata } from './metadata-routes.js';
import { registerRoutes } from './routes.js';
import { installBasicAuth, type BasicAuthConfig } from './basic-auth.js';
import type { SchemaRegistry } from './schema-registry.js';

/** Who takes writes. A single registry is always its own leader. */
export interface LeaderInfo {
  isLeader(): boolean;
  /** Base URL of the current leader, when known. */
  leaderUrl(): string | undefined;
  /** Resolves once the election has had its first result (writes wait for it). */
  whenKnown?(): Promise<void>;
}

export interface RegistryServerOptions {
  registry: SchemaRegistry;
  logger?: Logger;
  leader?: LeaderInfo;
  /** Largest request body in bytes (413 beyond it). */
  bodyLimit?: number;
  /** HTTP basic authentication of every request (Confluent's authentication.method=BASIC). */
  basicAuth?: BasicAuthConfig;
  /** What `/v1/metadata/id` reports (default: group schema-registry, no Kafka cluster id). */
  metadata?: ServerMetadata;
}

const JSON_TYPES = [
  CONTENT_TYPE,
  'application/vnd.schemaregistry+json',
  'application/json',
  'application/octet-stream',
];

/** Requests that change state; a follower forwards them. Lookups and compatibility tests do not. */
function isWrite(req: FastifyRequest): boolean {
  if (req.method === 'PUT' || req.method === 'DELETE') return true;
  if (req.method !== 'POST') return false;
  return /^\/subjects\/[^/]+\/versions\/?(\?|$)/.test(req.url);
}

export function buildRegistryServer(opts: RegistryServerOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: opts.bodyLimit ?? 8 * 1024 * 1024,
    // Subjects may contain any character but controls; keep the router from rejecting long ones.
    routerOptions: { maxParamLength: 4096 },
    return503OnClosing: true,
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(JSON_TYPES, { parseAs: 'string' }, (_req, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      done(errors.badRequest(`Unexpected character in JSON body: ${(err as Error).message}`), undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      done(errors.badRequest(`Unexpected character in JSON body: ${(err as Error).message}`), undefined);
    }
  });

  app.setErrorHandler((err, _req, reply) => {
    let e: RegistryError;
    if (err instanceof RegistryError) e = err;
    else {
      const fe = err as { statusCode?: number; code?: string; message?: string };
      if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        e = new RegistryError(
          413,
          413,
          `Request body is larger than the limit of ${opts.bodyLimit ?? 8 * 1024 * 1024} bytes`,
        );
      else if (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500)
        e = new RegistryError(fe.statusCode, fe.statusCode, fe.message ?? 'Bad request');
      else {
        opts.logger?.error({ err }, 'registry request failed');
        e = new RegistryError(500, 50001, `Internal error: ${fe.message ?? String(err)}`);
      }
    }
    void reply.code(e.status).header('content-type', CONTENT_TYPE).send(JSON.stringify(e.toJSON()));
  });
  app.setNotFoundHandler((req, reply) => {
    // A path that exists under another method is Jersey's 405, as Confluent answers it.
    const url = req.url.split('?')[0]!;
    const other = ['GET', 'POST', 'PUT', 'DELETE'].some(
      (method) => method !== req.method && app.findRoute({ method: method as 'GET', url }) !== null,
    );
    const [status, message] = other ? [405, 'HTTP 405 Method Not Allowed'] : [404, 'HTTP 404 Not Found'];
    void reply
      .code(status)
      .header('content-type', CONTENT_TYPE)
      .send(JSON.stringify({ error_code: status, message }));
  });

  if (opts.basicAuth) installBasicAuth(app, opts.basicAuth);

  if (opts.leader) {
    const leader = opts.leader;
    app.addHook('preHandler', async (req, reply) => {
      if (!isWrite(req)) return;
      if (!leader.isLeader() && leader.whenKnown) await leader.whenKnown();
      if (leader.isLeader()) return;
      const url = leader.leaderUrl();
      if (!url) throw errors.unknownLeader();
      let res: Response;
      try {
        res = await fetch(new URL(req.url, url), {
          method: req.method,
          headers: {
            'content-type': CONTENT_TYPE,
            accept: CONTENT_TYPE,
            // The leader checks the same users: pass the caller's credentials on.
            ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
          },
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (err) {
        throw errors.forwarding((err as Error).message);
      }
      const text = await res.text();
      // Read our own (forwarded) write before answering, so the client's next read sees it.
      if (res.ok) await opts.registry.sync();
      return reply
        .code(res.status)
        .header('content-type', res.headers.get('content-type') ?? CONTENT_TYPE)
        .send(text);
    });
  }

  registerRoutes(app, opts.registry);
  registerMetadataRoutes(app, opts.metadata ?? { groupId: 'schema-registry' });
  return app;
}
