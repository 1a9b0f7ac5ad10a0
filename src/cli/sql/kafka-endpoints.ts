/**
 * How `eddy sql` finds Kafka clusters: `--bootstrap-servers` / `--registry-url` (that cluster
 * is `default.cluster_0`), `--config eddy.yaml` (its `clusters:` list), or the running
 * platform's `<data-dir>/endpoints.json` (default data dir `./.eddy`). None of them: no
 * clusters, and the reason to print when a Kafka table is named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { ConfigError, errorMessage } from '../../common/errors.js';
import type { KafkaClusterConfig } from '../../catalog/kafka-catalog.js';

// yaml loads only for --config: `eddy sql` against a running platform never needs it.
const require = createRequire(import.meta.url);
const parseYaml = (text: string): unknown => (require('yaml') as typeof import('yaml')).parse(text);

/** The environment catalog's name and the first cluster's database name. */
export const DEFAULT_ENVIRONMENT = 'default';
export const DEFAULT_CLUSTER = 'cluster_0';

/** Flags of `eddy sql` that locate clusters. */
export interface KafkaFlags {
  readonly bootstrapServers?: string;
  readonly registryUrl?: string;
  readonly config?: string;
  /** Data dir of a running platform (default `./.eddy`). */
  readonly dataDir?: string;
}

/** Clusters found, or why none were. */
export type KafkaDiscovery =
  | { readonly clusters: KafkaClusterConfig[]; readonly source: string }
  | { readonly clusters: []; readonly missing: string };

/** Finds the clusters for a run. */
export function discoverClusters(flags: KafkaFlags, cwd = process.cwd()): KafkaDiscovery {
  if (flags.bootstrapServers !== undefined) {
    return {
      clusters: [
        {
          id: DEFAULT_CLUSTER,
          bootstrapServers: flags.bootstrapServers,
          ...(flags.registryUrl ? { registryUrl: flags.registryUrl } : {}),
        },
      ],
      source: '--bootstrap-servers',
    };
  }
  if (flags.registryUrl !== undefined) throw new ConfigError('--registry-url needs --bootstrap-servers');
  if (flags.config !== undefined)
    return { clusters: fromConfig(resolve(cwd, flags.config)), source: flags.config };
  const dir = resolve(cwd, flags.dataDir ?? '.eddy');
  const file = join(dir, 'endpoints.json');
  if (!existsSync(file))
    return { clusters: [], missing: `no platform found at ${dir}; run \`npm start\` or pass --config` };
  let eps: { components?: Record<string, { url?: string }> };
  try {
    eps = JSON.parse(readFileSync(file, 'utf8')) as typeof eps;
  } catch (err) {
    throw new ConfigError(`cannot read ${file}: ${errorMessage(err)}`);
  }
  const broker = eps.components?.['broker']?.url;
  if (!broker)
    return {
      clusters: [],
      missing: `the platform at ${dir} runs no broker; run \`npm start\` or pass --config`,
    };
  const registry = eps.components?.['registry']?.url;
  return {
    clusters: [
      { id: DEFAULT_CLUSTER, bootstrapServers: broker, ...(registry ? { registryUrl: registry } : {}) },
    ],
    source: file,
  };
}

/** `clusters:` of eddy.yaml: a list of `{id, bootstrap-servers, registry-url, cloud, region, zone}`. */
function fromConfig(file: string): KafkaClusterConfig[] {
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`cannot read config ${file}: ${errorMessage(err)}`);
  }
  const list = (doc as { clusters?: unknown } | null)?.clusters;
  if (!Array.isArray(list) || list.length === 0)
    throw new ConfigError(`${file}: no 'clusters:' list (each with bootstrap-servers and registry-url)`);
  return list.map((c: Record<string, unknown>, i): KafkaClusterConfig => {
    const bootstrap = c['bootstrap-servers'] ?? c['bootstrapServers'];
    if (typeof bootstrap !== 'string')
      throw new ConfigError(`${file}: clusters[${i}] has no bootstrap-servers`);
    const registry = c['registry-url'] ?? c['registryUrl'];
    return {
      id: typeof c['id'] === 'string' ? c['id'] : `cluster_${i}`,
      ...(typeof c['cloud'] === 'string' ? { cloud: c['cloud'] } : {}),
      ...(typeof c['region'] === 'string' ? { region: c['region'] } : {}),
      ...(typeof c['zone'] === 'string' ? { zone: c['zone'] } : {}),
      bootstrapServers: bootstrap,
      ...(typeof registry === 'string' ? { registryUrl: registry } : {}),
    };
  });
}
