/**
 * Confluent's server metadata resource (`/v1/metadata/id`, `/v1/metadata/version`): which Kafka
 * cluster holds the `_schemas` log and which registry group (`schema.registry.group.id`) serves it.
 */
import type { FastifyInstance } from 'fastify';
import { EDDY_VERSION } from '../common/version.js';
import { sendJson } from './http-util.js';

/** What the metadata resource reports; the Kafka cluster id is looked up lazily (cached). */
export interface ServerMetadata {
  /** `schema.registry.group.id` (Confluent's default: schema-registry). */
  groupId: string;
  /** The id of the Kafka cluster behind the store; undefined for the in-memory store. */
  kafkaClusterId?: () => Promise<string | null | undefined>;
}

export function registerMetadataRoutes(app: FastifyInstance, meta: ServerMetadata): void {
  let clusterId: string | undefined;
  app.get('/v1/metadata/id', async (_req, reply) => {
    if (clusterId === undefined && meta.kafkaClusterId) {
      // Best effort as Confluent's (it reads the id once at start): a failed look-up is retried.
      clusterId = (await meta.kafkaClusterId().catch(() => undefined)) ?? undefined;
    }
    // Confluent's ServerClusterId: {"scope":{"path":[],"clusters":{...}}}, ids null when unknown.
    return sendJson(reply, {
      scope: {
        path: [],
        clusters: { 'kafka-cluster': clusterId ?? null, 'schema-registry-cluster': meta.groupId },
      },
    });
  });
  // SchemaRegistryServerVersion: {"version","commitId"} (NON_EMPTY: no commit id here).
  app.get('/v1/metadata/version', async (_req, reply) => sendJson(reply, { version: EDDY_VERSION }));
}
