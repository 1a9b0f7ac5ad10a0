/**
 * The TCP listener: accepts connections and hands each to a {@link Connection}. Binds
 * 127.0.0.1 (or the configured host) and reports the port actually bound.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from '../../common/logger.js';
import type { BrokerContext, Handler } from '../context.js';
import { Connection, InflightBudget, type ConnectionOptions } from './connection.js';

export class KafkaServer {
  private server: Server | null = null;
  private readonly connections = new Set<Connection>();
  private readonly budget: InflightBudget;
  private nextId = 1;

  constructor(
    private readonly broker: BrokerContext,
    private readonly handlers: ReadonlyMap<number, Handler>,
    private readonly options: ConnectionOptions & { maxInflightBytes: number },
    private readonly logger: Logger,
  ) {
    this.budget = new InflightBudget(options.maxInflightBytes);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Starts listening; resolves with the bound address. */
  listen(host: string, port: number): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      const server = createServer((socket) => this.accept(socket));
      server.on('error', reject);
      server.listen({ host, port }, () => {
        server.off('error', reject);
        server.on('error', (err) => this.logger.error({ err }, 'listener error'));
        this.server = server;
        const addr = server.address();
        if (addr === null || typeof addr === 'string') {
          reject(new Error('listener has no TCP address'));
          return;
        }
        resolve({ host: addr.address, port: addr.port });
      });
    });
  }

  private accept(socket: Socket): void {
    const conn = new Connection(
      this.nextId++,
      socket,
      this.broker,
      this.handlers,
      this.budget,
      this.options,
      this.logger,
    );
    this.connections.add(conn);
    socket.on('close', () => this.connections.delete(conn));
  }

  /** Stops accepting and closes every connection. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const c of this.connections) c.destroy();
    this.connections.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
