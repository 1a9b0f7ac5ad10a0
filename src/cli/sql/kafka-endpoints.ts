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
import { KAFKA_SECURITY_KEYS, parseKafkaSecurity } from '../../kafka/client/security.js';
import {
  parseRegistryAuth,
  REGISTRY_AUTH_KEYS,
  stripCredentials,
  type RegistryAuth,
} from '../../schema-wire/registry-client/registry-auth.js';

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
          ...(flags.registryUrl ? registryFromFlag(flags.registryUrl) : {}),
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

/** `--registry-url`, its `user:password@` (if any) kept apart from the URL that tables show. */
function registryFromFlag(url: string): { registryUrl: string; registryAuth?: RegistryAuth } {
  const auth = parseRegistryAuth({}, '--registry-url', url);
  return { registryUrl: stripCredentials(url), ...(auth ? { registryAuth: auth } : {}) };
}

/** Keys of a `clusters:` entry besides client properties. */
const CLUSTER_KEYS = [
  'id',
  'bootstrap-servers',
  'bootstrapServers',
  'registry-url',
  'registryUrl',
  'cloud',
  'region',
  'zone',
  'properties',
];

/**
 * `clusters:` of eddy.yaml: a list of `{id, bootstrap-servers, registry-url, cloud, region, zone,
 * properties}`; client properties (Kafka's names: `security.protocol`, `sasl.*`, `ssl.*`, and the
 * registry's `basic.auth.*`) go under `properties:` or directly in the entry.
 */
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
  const ids = new Set<string>();
  return list.map((entry: unknown, i): KafkaClusterConfig => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      throw new ConfigError(`${file}: clusters[${i}] is not a mapping of id, bootstrap-servers, …`);
    const c = entry as Record<string, unknown>;
    const id = typeof c['id'] === 'string' ? c['id'] : `cluster_${i}`;
    if (ids.has(id)) throw new ConfigError(`${file}: cluster id '${id}' appears twice`);
    ids.add(id);
    const where = `${file}: cluster '${id}'`;
    const props = collectProperties(c, where);
    const bootstrap = c['bootstrap-servers'] ?? c['bootstrapServers'] ?? props['bootstrap.servers'];
    if (typeof bootstrap !== 'string')
      throw new ConfigError(`${file}: clusters[${i}] has no bootstrap-servers`);
    const given = c['registry-url'] ?? c['registryUrl'] ?? props['schema.registry.url'];
    const registry = typeof given === 'string' ? substituteEnv(given, 'registry-url', where) : undefined;
    const security = { ...parseKafkaSecurity(props, where), cluster: id };
    const registryAuth = parseRegistryAuth(props, where, registry);
    return {
      id,
      ...(typeof c['cloud'] === 'string' ? { cloud: c['cloud'] } : {}),
      ...(typeof c['region'] === 'string' ? { region: c['region'] } : {}),
      ...(typeof c['zone'] === 'string' ? { zone: c['zone'] } : {}),
      bootstrapServers: substituteEnv(bootstrap, 'bootstrap-servers', where),
      // A URL's user:password@ moves to registryAuth: the URL is shown (table options), the secret not.
      ...(registry !== undefined ? { registryUrl: stripCredentials(registry) } : {}),
      ...(security.protocol !== 'PLAINTEXT' ? { security } : {}),
      ...(registryAuth ? { registryAuth } : {}),
    };
  });
}

/**
 * Properties of a Confluent Cloud / librdkafka client config snippet that Eddy accepts and does
 * not need: its own clients set these (sinks always produce with acks=all).
 */
const ACCEPTED_UNUSED: Readonly<Record<string, (v: string) => boolean>> = {
  'client.dns.lookup': () => true,
  'session.timeout.ms': (v) => /^\d+$/.test(v),
  acks: (v) => v === 'all' || v === '-1',
};

/** Snippet properties that stand for keys of the entry. */
const ENTRY_ALIASES = ['bootstrap.servers', 'schema.registry.url'];

/**
 * The client properties of one cluster entry: under `properties:` (a mapping, or the snippet's
 * `key=value` lines as one text) and at the entry's top level; `${ENV}` substituted.
 */
function collectProperties(c: Record<string, unknown>, where: string): Record<string, string> {
  const known = new Set([...KAFKA_SECURITY_KEYS, ...REGISTRY_AUTH_KEYS, ...ENTRY_ALIASES]);
  const props: Record<string, string> = {};
  const take = (key: string, value: unknown): void => {
    if (value === null || typeof value === 'object')
      throw new ConfigError(`${where}: property '${key}' must be a single value`);
    const text = substituteEnv(String(value as string | number | boolean), key, where);
    const unused = ACCEPTED_UNUSED[key];
    if (unused) {
      // Never quote the value: it could be anything the user pasted.
      if (!unused(text))
        throw new ConfigError(`${where}: property '${key}' has a value Eddy does not support`);
      return;
    }
    if (!known.has(key))
      throw new ConfigError(`${where}: unknown client property '${key}' (known: ${[...known].join(', ')})`);
    props[key] = text;
  };
  for (const [key, value] of Object.entries(c)) {
    if (CLUSTER_KEYS.includes(key)) continue;
    if (!key.includes('.') && !(key in ACCEPTED_UNUSED))
      throw new ConfigError(
        `${where}: unknown key '${key}' (known: ${CLUSTER_KEYS.join(', ')}, or client properties)`,
      );
    take(key, value);
  }
  const nested = c['properties'];
  if (typeof nested === 'string') {
    // The snippet as pasted: `key=value` lines, `#` comments.
    for (const line of nested.split(/\r?\n/)) {
      const t = line.trim();
      if (t === '' || t.startsWith('#') || t.startsWith('!')) continue;
      const eq = t.search(/[=:]/);
      if (eq <= 0) throw new ConfigError(`${where}: a 'properties' line is not key=value`);
      take(t.slice(0, eq).trim(), t.slice(eq + 1).trim());
    }
  } else if (nested !== undefined && nested !== null) {
    if (typeof nested !== 'object' || Array.isArray(nested))
      throw new ConfigError(`${where}: 'properties' must be a mapping of Kafka client properties`);
    for (const [key, value] of Object.entries(nested as Record<string, unknown>)) take(key, value);
  }
  return props;
}

/**
 * Replaces `${NAME}` with the environment variable NAME, so secrets stay out of the file. An unset
 * variable is an error naming it and the key (never the value).
 */
export function substituteEnv(value: string, key: string, where: string, env = process.env): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const v = env[name];
    if (v === undefined)
      throw new ConfigError(
        `${where}: '${key}' refers to \${${name}}, but environment variable ${name} is not set`,
      );
    return v;
  });
}
