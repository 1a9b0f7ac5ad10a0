/**
 * The listeners: accept connections and hand each to a {@link Connection}. One listener per
 * entry of the broker's `listeners` (the first on the host/port `listen` is given, which the
 * broker reports), each speaking its security protocol: PLAINTEXT, SSL (node:tls), SASL_PLAINTEXT
 * or SASL_SSL. Every listener advertises its own address in Metadata, so a client that
 * bootstrapped on the TLS port keeps using the TLS port.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import type { Logger } from '../../common/logger.js';
import type { BrokerContext, Handler, NodeEndpoint } from '../context.js';
import { isSasl, isTls, type ListenerConfig, type TlsConfig } from '../security/config.js';
import { SaslAuthenticatorFactory } from '../security/sasl-servers.js';
import { Connection, InflightBudget, type ConnectionOptions } from './connection.js';
import { SaslAuthenticator } from './sasl-authenticator.js';

/** One bound listener, as clients reach it. */
export interface BoundListener {
  protocol: ListenerConfig['protocol'];
  host: string;
  port: number;
}

interface Listening {
  config: ListenerConfig;
  server: Server;
  context: BrokerContext;
  bound: { host: string; port: number };
}

export class KafkaServer {
  private readonly listening: Listening[] = [];
  private readonly connections = new Set<Connection>();
  private readonly budget: InflightBudget;
  private readonly sasl: SaslAuthenticatorFactory | null;
  private nextId = 1;

  constructor(
    private readonly broker: BrokerContext,
    private readonly handlers: ReadonlyMap<number, Handler>,
    private readonly options: ConnectionOptions & { maxInflightBytes: number },
    private readonly logger: Logger,
  ) {
    this.budget = new InflightBudget(options.maxInflightBytes);
    const security = broker.settings.security;
    // SCRAM salting (PBKDF2) happens here, once, not per connection.
    this.sasl = security.sasl ? new SaslAuthenticatorFactory(security.sasl) : null;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Every bound listener (after `listen`), the primary first. */
  get listeners(): BoundListener[] {
    return this.listening.map((l) => ({
      protocol: l.config.protocol,
      host: l.context.node.host,
      port: l.context.node.port,
    }));
  }

  /**
   * Binds the primary listener on `host:port`, then every further listener of the settings;
   * resolves with the primary's bound address. On failure nothing stays bound.
   */
  async listen(host: string, port: number): Promise<{ host: string; port: number }> {
    const configs = this.broker.settings.security.listeners;
    const primary = { ...configs[0]!, host, port };
    try {
      // The primary shares the broker's context (the broker fills in its advertised node).
      const first = await this.bind(primary, this.broker);
      for (const extra of configs.slice(1)) {
        const node: NodeEndpoint = { nodeId: this.broker.node.nodeId, host: extra.host, port: extra.port };
        const l = await this.bind(extra, { ...this.broker, node });
        node.port = l.bound.port;
        if (l.bound.host === '0.0.0.0' || l.bound.host === '::') {
          // A wildcard bind advertises the host the broker advertises (set once the primary is up).
          const primaryNode = this.broker.node;
          Object.defineProperty(node, 'host', { get: () => primaryNode.host, enumerable: true });
        } else {
          node.host = l.bound.host;
        }
      }
      return first.bound;
    } catch (err) {
      await this.close();
      throw err;
    }
  }

  private bind(config: ListenerConfig, context: BrokerContext): Promise<Listening> {
    const tls = this.broker.settings.security.tls;
    return new Promise((resolve, reject) => {
      let server: Server;
      if (isTls(config.protocol)) {
        server = createTlsServer(tlsOptions(tls!), (socket) => this.accept(socket, config, context));
        server.on('tlsClientError', (err: Error, socket: TLSSocket) =>
          this.logger.info(
            { conn: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}`, listener: config.protocol },
            `TLS handshake failed: ${err.message}`,
          ),
        );
      } else {
        server = createServer((socket) => this.accept(socket, config, context));
      }
      server.on('error', reject);
      server.listen({ host: config.host, port: config.port }, () => {
        server.off('error', reject);
        server.on('error', (err) => this.logger.error({ err, listener: config.protocol }, 'listener error'));
        const addr = server.address();
        if (addr === null || typeof addr === 'string') {
          server.close();
          reject(new Error('listener has no TCP address'));
          return;
        }
        const l: Listening = { config, server, context, bound: { host: addr.address, port: addr.port } };
        this.listening.push(l);
        this.logger.info(
          { listener: config.protocol, host: addr.address, port: addr.port },
          'listener bound',
        );
        resolve(l);
      });
    });
  }

  private accept(socket: Socket, config: ListenerConfig, context: BrokerContext): void {
    if (isTls(config.protocol) && this.broker.settings.security.tls?.clientAuth === 'requested') {
      // `requested` (Java's wantClientAuth): no certificate is fine, an untrusted one is not.
      const t = socket as TLSSocket;
      if (!t.authorized && Object.keys(t.getPeerCertificate()).length > 0) {
        this.logger.info(
          { conn: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}`, listener: config.protocol },
          `TLS client certificate refused: ${String(t.authorizationError)}`,
        );
        socket.destroy();
        return;
      }
    }
    const authenticator = isSasl(config.protocol) && this.sasl ? new SaslAuthenticator(this.sasl) : null;
    const conn = new Connection(
      this.nextId++,
      socket,
      context,
      this.handlers,
      this.budget,
      this.options,
      this.logger,
      authenticator,
    );
    this.connections.add(conn);
    socket.on('close', () => this.connections.delete(conn));
  }

  /** Stops accepting and closes every connection. */
  async close(): Promise<void> {
    const servers = this.listening.splice(0).map((l) => l.server);
    for (const c of this.connections) c.destroy();
    this.connections.clear();
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
}

function tlsOptions(tls: TlsConfig) {
  return {
    cert: tls.cert,
    key: tls.key,
    ...(tls.passphrase !== undefined ? { passphrase: tls.passphrase } : {}),
    ...(tls.ca ? { ca: tls.ca } : {}),
    requestCert: tls.clientAuth !== 'none',
    rejectUnauthorized: tls.clientAuth === 'required',
    minVersion: 'TLSv1.2' as const,
  };
}
