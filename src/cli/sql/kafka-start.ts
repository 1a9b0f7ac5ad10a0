/**
 * Starts reaching the Kafka clusters before the engine's modules load: `eddy sql` loads the
 * catalog (and the Kafka client) first, starts the catalog's first refresh (Metadata, the
 * registry's subjects), then loads the engine while those answers travel, so the network time
 * hides behind module loading on the way to the first row.
 *
 * @example
 * const early = startKafka({ bootstrapServers: '127.0.0.1:9092' });
 * const engine = kafkaEngineFactory(flags, early);
 */
import { KafkaCatalog } from '../../catalog/kafka-catalog.js';
import { errorMessage } from '../../common/errors.js';
import {
  DEFAULT_ENVIRONMENT,
  discoverClusters,
  type KafkaDiscovery,
  type KafkaFlags,
} from './kafka-endpoints.js';
import { traceStartup } from './startup-trace.js';

/** The clusters found, their catalog, and its first refresh under way. */
export interface KafkaStart {
  readonly found: KafkaDiscovery;
  readonly catalog: KafkaCatalog | undefined;
  /**
   * Resolves to when (performance.now()) the catalog had loaded; rejects when a cluster is
   * unreachable.
   */
  readonly loaded: Promise<number>;
}

/** A start, or why discovery failed (reported when the engine opens, like any engine error). */
export type EarlyKafka = KafkaStart | { readonly error: unknown };

/** Discovers the clusters and starts loading their catalog; never throws. */
export function startKafka(flags: KafkaFlags): EarlyKafka {
  let found: KafkaDiscovery;
  try {
    found = discoverClusters(flags);
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(errorMessage(error)) };
  }
  traceStartup('endpoints found');
  const catalog =
    found.clusters.length > 0 ? new KafkaCatalog(DEFAULT_ENVIRONMENT, found.clusters) : undefined;
  const loaded = catalog
    ? catalog.refresh().then(() => {
        traceStartup('catalog loaded');
        return performance.now();
      })
    : Promise.resolve(-Infinity);
  // Awaited by the engine factory, which reports the failure; no unhandled rejection meanwhile.
  loaded.catch(() => undefined);
  return { found, catalog, loaded };
}
