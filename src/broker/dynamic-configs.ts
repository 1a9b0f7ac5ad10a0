/**
 * Dynamic broker configs, as Kafka's DynamicBrokerConfig: AlterConfigs / IncrementalAlterConfigs
 * on the BROKER resource set them per broker (resource name = this node id) or cluster-wide
 * (resource name ''). Only the topic defaults are dynamic here, Kafka's DynamicLogConfig set
 * (each topic config's broker synonym: `log.retention.ms`, `log.segment.bytes`,
 * `log.cleanup.policy`, `message.max.bytes`…); every other broker setting is read-only, as in
 * Kafka. Precedence, highest first: per-broker, cluster default, the static config file,
 * built-in defaults. Kept in `dynamic-broker-configs.json` in the data directory (Kafka keeps
 * them in its metadata log), so they survive restarts.
 */
import path from 'node:path';
import { ConfigError } from '../common/errors.js';
import { atomicWrite } from './storage/files.js';
import { readIfExists } from './storage/sparse-index.js';
import { TOPIC_CONFIG_DEFS, validateTopicConfig } from './storage/topic-configs.js';
import type { ConfigChange } from './storage/types.js';

const FILE = 'dynamic-broker-configs.json';

/** Broker name → the topic config it is the default of (DynamicLogConfig.ReconfigurableConfigs). */
export const DYNAMIC_LOG_CONFIGS: ReadonlyMap<string, string> = new Map(
  TOPIC_CONFIG_DEFS.filter((d) => d.brokerName !== undefined).map((d) => [d.brokerName!, d.name]),
);

/** A refused change: Kafka's error name and message (ConfigAdminManager wording). */
export class DynamicConfigError extends Error {
  constructor(
    readonly errorName: 'INVALID_REQUEST' | 'INVALID_CONFIG',
    message: string,
  ) {
    super(message);
  }
}

type Layer = Record<string, string>;

/** The saved layers, or undefined when `text` is not what `commit` writes. */
function parseSaved(text: string): { perBroker: Layer; clusterDefault: Layer } | undefined {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return undefined;
  }
  const layer = (x: unknown): Layer | undefined =>
    x === undefined
      ? {}
      : x !== null &&
          typeof x === 'object' &&
          !Array.isArray(x) &&
          Object.values(x).every((v) => typeof v === 'string')
        ? { ...(x as Layer) }
        : undefined;
  if (saved === null || typeof saved !== 'object' || Array.isArray(saved)) return undefined;
  const { perBroker, clusterDefault } = saved as { perBroker?: unknown; clusterDefault?: unknown };
  const a = layer(perBroker);
  const b = layer(clusterDefault);
  return a && b ? { perBroker: a, clusterDefault: b } : undefined;
}

export class DynamicBrokerConfigs {
  private perBroker: Layer = {};
  private clusterDefault: Layer = {};
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async load(dataDir: string): Promise<DynamicBrokerConfigs> {
    const store = new DynamicBrokerConfigs(path.join(dataDir, FILE));
    const text = await readIfExists(store.file);
    if (text !== undefined) {
      const saved = parseSaved(text.toString('utf8'));
      if (saved === undefined)
        // Written only by atomicWrite, so this is an edit by hand: say which file, not a SyntaxError.
        throw new ConfigError(
          `${store.file} is not a dynamic broker config file ({"perBroker": {...}, "clusterDefault": {...}} of strings); fix or remove it`,
        );
      store.perBroker = saved.perBroker;
      store.clusterDefault = saved.clusterDefault;
    }
    return store;
  }

  /** The per-broker (`clusterWide` false) or cluster-default dynamic configs. */
  layer(clusterWide: boolean): Readonly<Layer> {
    return clusterWide ? this.clusterDefault : this.perBroker;
  }

  /**
   * Static settings overlaid with the dynamic ones: what the storage's topic defaults follow
   * (with `pending`, as they will be once that layer is committed).
   */
  merged(
    staticConfigs: Record<string, string | number | boolean>,
    pending?: { clusterWide: boolean; layer: Layer },
  ): Record<string, string | number | boolean> {
    const clusterDefault = pending?.clusterWide === true ? pending.layer : this.clusterDefault;
    const perBroker = pending?.clusterWide === false ? pending.layer : this.perBroker;
    return { ...staticConfigs, ...clusterDefault, ...perBroker };
  }

  /**
   * Applies `changes` to one layer (`replace`: legacy AlterConfigs, the given set becomes the
   * whole layer) and returns the new layer without storing it; `commit` stores it. Refusals
   * are Kafka's: a read-only name gets INVALID_REQUEST 'Cannot update these configs dynamically:
   * Set(…)', a bad value INVALID_REQUEST with ConfigDef's text (KAFKA-13609: Kafka wraps
   * broker config validation errors in InvalidRequestException), APPEND / SUBTRACT on a
   * non-list config INVALID_CONFIG.
   */
  plan(clusterWide: boolean, changes: ConfigChange[], replace: boolean): Layer {
    const readOnly = changes.map((c) => c.name).filter((n) => !DYNAMIC_LOG_CONFIGS.has(n));
    if (readOnly.length > 0)
      throw new DynamicConfigError(
        'INVALID_REQUEST',
        `Cannot update these configs dynamically: Set(${readOnly.join(', ')})`,
      );
    const next: Layer = replace ? {} : { ...this.layer(clusterWide) };
    for (const c of changes) {
      const topicName = DYNAMIC_LOG_CONFIGS.get(c.name)!;
      const def = TOPIC_CONFIG_DEFS.find((d) => d.name === topicName)!;
      if (c.op === 'delete') {
        delete next[c.name];
        continue;
      }
      let value = c.value ?? '';
      if (c.op === 'append' || c.op === 'subtract') {
        if (def.type !== 'list')
          throw new DynamicConfigError(
            'INVALID_CONFIG',
            // Kafka's ConfigAdminManager says 'append' for SUBTRACT too.
            `Config value append is not allowed for config key: ${c.name}`,
          );
        const current = (next[c.name] ?? def.default)
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        const items = value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        value = (
          c.op === 'append'
            ? [...current, ...items.filter((i) => !current.includes(i))]
            : current.filter((i) => !items.includes(i))
        ).join(',');
      }
      try {
        validateTopicConfig(topicName, value);
      } catch (err) {
        // KafkaStorageError's message starts with its error name.
        throw new DynamicConfigError(
          'INVALID_REQUEST',
          (err as Error).message
            .replace(/^[A-Z_]+: /, '')
            .replace(`for configuration ${topicName}:`, `for configuration ${c.name}:`),
        );
      }
      next[c.name] = value;
    }
    return next;
  }

  /** Runs `fn` after every earlier change has finished: a plan never works on a stale layer. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Stores `layer` as the per-broker or cluster-default configs, durably. Call inside `exclusive`. */
  async commit(clusterWide: boolean, layer: Layer): Promise<void> {
    const perBroker = clusterWide ? this.perBroker : layer;
    const clusterDefault = clusterWide ? layer : this.clusterDefault;
    await atomicWrite(this.file, `${JSON.stringify({ perBroker, clusterDefault }, null, 2)}\n`);
    this.perBroker = perBroker;
    this.clusterDefault = clusterDefault;
  }
}
