/**
 * The embedded Schema Registry as a platform Component: REST on its own port, state in the
 * `_schemas` topic of the broker it finds through `ctx.endpoints.broker` (or the configured
 * `kafkastore.bootstrap.servers`), leader elected through a Kafka consumer group.
 *
 * Settings use Confluent's names (the config file's `registry:` map):
 * `kafkastore.bootstrap.servers`, `kafkastore.topic` (_schemas),
 * `kafkastore.topic.replication.factor` (1), `kafkastore.timeout.ms` (30000),
 * `schema.compatibility.level` (backward), `schema.registry.group.id` (schema-registry),
 * `leader.eligibility` (true), `max.request.size` (bytes, 8 MiB), `host.name` (advertised host),
 * `authentication.method` (NONE or BASIC), `authentication.realm` (SchemaRegistry),
 * `authentication.users` (`user:password,…`) or `authentication.users.file` (Jetty realm file),
 * and the store client's `kafkastore.security.protocol`, `kafkastore.sasl.*`, `kafkastore.ssl.*`.
 *
 * @example
 * const registry = createRegistryComponent({ host: '127.0.0.1', port: 0, settings: {} });
 * const { url } = await registry.start({ logger, dataDir, endpoints: { broker }, signal });
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Component, ComponentContext, ComponentEndpoint, ComponentHealth } from '../common/component.js';
import { didYouMean } from '../common/closest-name.js';
import { ConfigError } from '../common/errors.js';
import { KafkaClient } from '../kafka/client/index.js';
import {
  KAFKA_SECURITY_KEYS as KAFKASTORE_SECURITY_KEYS,
  parseKafkaSecurity,
} from '../kafka/client/security.js';
import { AUTH_SETTINGS, parseBasicAuth } from './basic-auth.js';
import { KafkaLeaderElector } from './kafka-leader.js';
import { KafkaStore } from './kafka-store.js';
import { SchemaRegistry, parseCompatibility } from './schema-registry.js';
import { buildRegistryServer } from './server.js';
import { MemoryStore, type SchemaLogStore } from './store.js';

export interface RegistryComponentOptions {
  host: string;
  port: number;
  /** The config file's `registry:` map, with Confluent's setting names. */
  settings?: Record<string, string | number | boolean>;
}

const KNOWN_SETTINGS = new Set([
  'kafkastore.bootstrap.servers',
  'kafkastore.topic',
  'kafkastore.topic.replication.factor',
  'kafkastore.timeout.ms',
  'schema.compatibility.level',
  'schema.registry.group.id',
  'leader.eligibility',
  'max.request.size',
  'host.name',
  ...AUTH_SETTINGS,
  ...KAFKASTORE_SECURITY_KEYS.map((k) => `kafkastore.${k}`),
]);

function intSetting(settings: Record<string, unknown>, name: string, def: number): number {
  const v = settings[name];
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new ConfigError(
      `registry setting ${name} must be a non-negative integer, got ${JSON.stringify(v)}`,
    );
  return n;
}

/**
 * Why `name` is no registry setting (`unknown registry setting 'x'; did you mean 'y'? (known: …)`),
 * or undefined when it is one.
 */
export function unknownRegistrySetting(name: string): string | undefined {
  if (KNOWN_SETTINGS.has(name)) return undefined;
  return `unknown registry setting '${name}'${didYouMean(name, KNOWN_SETTINGS)} (known: ${[...KNOWN_SETTINGS].join(', ')})`;
}

export function createRegistryComponent(options: RegistryComponentOptions): Component {
  const settings = options.settings ?? {};
  for (const key of Object.keys(settings)) {
    const why = unknownRegistrySetting(key);
    if (why !== undefined) throw new ConfigError(why, { setting: key });
  }
  const level = settings['schema.compatibility.level'];
  let defaultCompatibility;
  try {
    defaultCompatibility = level === undefined ? undefined : parseCompatibility(level);
  } catch {
    throw new ConfigError(
      `registry setting schema.compatibility.level: '${String(level)}' is not a compatibility level`,
    );
  }
  const bodyLimit = intSetting(settings, 'max.request.size', 8 * 1024 * 1024);
  const timeoutMs = intSetting(settings, 'kafkastore.timeout.ms', 30_000);
  const replicationFactor = intSetting(settings, 'kafkastore.topic.replication.factor', 1);
  const basicAuth = parseBasicAuth(settings);
  // Confluent's kafkastore.security.protocol, kafkastore.sasl.*, kafkastore.ssl.*: the store's client.
  const storeProps: Record<string, string> = {};
  for (const k of KAFKASTORE_SECURITY_KEYS)
    if (settings[`kafkastore.${k}`] !== undefined) storeProps[k] = String(settings[`kafkastore.${k}`]);
  const storeSecurity = parseKafkaSecurity(storeProps, 'registry kafkastore');

  let health: ComponentHealth = { state: 'pending' };
  let app: FastifyInstance | undefined;
  let registry: SchemaRegistry | undefined;
  let elector: KafkaLeaderElector | undefined;
  let client: KafkaClient | undefined;

  return {
    name: 'registry',
    async start(ctx: ComponentContext): Promise<ComponentEndpoint> {
      health = { state: 'starting' };
      // The supervisor's logger already carries `component: 'registry'`.
      const logger = ctx.logger;
      const configured = settings['kafkastore.bootstrap.servers'];
      const bootstrap = configured !== undefined ? String(configured) : ctx.endpoints.broker?.url;
      if (!bootstrap) {
        throw new ConfigError(
          'the registry needs a Kafka cluster: start the broker component or set registry kafkastore.bootstrap.servers',
        );
      }
      try {
        // `memory` keeps the log in this process only: for tests and demos, not durable.
        let store: SchemaLogStore;
        const topic = String(settings['kafkastore.topic'] ?? '_schemas');
        if (bootstrap === 'memory') store = new MemoryStore();
        else {
          client = new KafkaClient({
            bootstrapServers: bootstrap,
            clientId: 'eddy-registry',
            ...(storeSecurity.protocol !== 'PLAINTEXT' ? { security: storeSecurity } : {}),
          });
          store = new KafkaStore({ client, topic, replicationFactor, timeoutMs, logger });
        }
        registry = new SchemaRegistry({ store, defaultCompatibility });
        await registry.start();
        const host = options.host;
        const storeClient = client;
        const leaderInfo = {
          isLeader: () => (elector ? elector.isLeader() : true),
          leaderUrl: () => (elector ? elector.leaderUrl() : undefined),
          whenKnown: () => (elector ? elector.whenKnown() : Promise.resolve()),
        };
        app = buildRegistryServer({
          registry,
          logger,
          leader: leaderInfo,
          bodyLimit,
          ...(basicAuth ? { basicAuth } : {}),
          metadata: {
            groupId: String(settings['schema.registry.group.id'] ?? 'schema-registry'),
            ...(storeClient
              ? { kafkaClusterId: async () => (await storeClient.metadata([])).clusterId }
              : {}),
          },
        });
        await app.listen({ host, port: options.port });
        const port = (app.server.address() as AddressInfo).port;
        const url = `http://${host}:${port}`;
        if (client) {
          const advertised = `http://${String(settings['host.name'] ?? host)}:${port}`;
          elector = new KafkaLeaderElector({
            client,
            groupId: String(settings['schema.registry.group.id'] ?? 'schema-registry'),
            topic,
            url: advertised,
            eligible: settings['leader.eligibility'] !== false && settings['leader.eligibility'] !== 'false',
            logger,
          });
          await elector.start();
        }
        health = { state: 'running', detail: `${registry.state.subjects.size} subjects` };
        logger.info({ url, bootstrap }, 'schema registry listening');
        return { host, port, url };
      } catch (err) {
        health = { state: 'failed', detail: (err as Error).message };
        throw err;
      }
    },
    async stop(): Promise<void> {
      health = { state: 'stopping' };
      await app?.close().catch(() => undefined);
      await elector?.stop().catch(() => undefined);
      await registry?.close().catch(() => undefined);
      await client?.close().catch(() => undefined);
      health = { state: 'stopped' };
    },
    health(): ComponentHealth {
      if (health.state !== 'running' || !registry) return health;
      const role = elector
        ? elector.isLeader()
          ? 'leader'
          : `follower of ${elector.leaderUrl() ?? 'unknown leader'}`
        : 'leader';
      return { state: 'running', detail: `${registry.state.subjects.size} subjects, ${role}` };
    },
  };
}

export { SchemaRegistry } from './schema-registry.js';
export { buildRegistryServer } from './server.js';
