/**
 * Shapes topic configs the way DescribeConfigs and CreateTopics v5+ report them: value,
 * source (TOPIC_CONFIG 1 for overrides, DYNAMIC_BROKER_CONFIG 2 / DYNAMIC_DEFAULT_BROKER_CONFIG
 * 3 for dynamic broker configs, STATIC_BROKER_CONFIG 4 when the broker setting was given,
 * DEFAULT_CONFIG 5 otherwise) and type (ConfigEntry.ConfigType numbering).
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { TOPIC_CONFIG_DEFS, type ConfigType } from '../storage/topic-configs.js';
import type { TopicInfo } from '../storage/types.js';

export const CONFIG_SOURCE = {
  TOPIC: 1,
  DYNAMIC_BROKER: 2,
  DYNAMIC_DEFAULT_BROKER: 3,
  STATIC_BROKER: 4,
  DEFAULT: 5,
} as const;

/** The dynamic broker configs, per broker and cluster-wide (`../dynamic-configs.ts`). */
export interface DynamicLayers {
  layer(clusterWide: boolean): Readonly<Record<string, string>>;
}

export const TYPE_IDS: Record<ConfigType, number> = {
  boolean: 1,
  string: 2,
  int: 3,
  long: 5,
  double: 6,
  list: 7,
};

export interface DescribedConfig {
  name: string;
  value: string | null;
  source: number;
  type: number;
  documentation: string;
  synonyms: { name: string; value: string | null; source: number }[];
}

/**
 * Kafka's broker synonyms of the topic configs whose broker default is not on the `ms` name
 * (LogConfig's synonym lists: `log.retention.ms` and `log.retention.minutes` have no default,
 * `log.retention.hours` is 168). Every other topic config has one broker name with the default.
 */
export const BROKER_SYNONYMS: Record<string, { name: string; default: string | null; type: number }[]> = {
  'retention.ms': [
    { name: 'log.retention.ms', default: null, type: TYPE_IDS.long },
    { name: 'log.retention.minutes', default: null, type: TYPE_IDS.int },
    { name: 'log.retention.hours', default: '168', type: TYPE_IDS.int },
  ],
  'segment.ms': [
    { name: 'log.roll.ms', default: null, type: TYPE_IDS.long },
    { name: 'log.roll.hours', default: '168', type: TYPE_IDS.int },
  ],
  'segment.jitter.ms': [
    { name: 'log.roll.jitter.ms', default: null, type: TYPE_IDS.long },
    { name: 'log.roll.jitter.hours', default: '0', type: TYPE_IDS.int },
  ],
};

/** Every supported config of a topic with its effective value and where it comes from. */
export function describeTopicConfigs(
  topic: TopicInfo,
  brokerConfigs: Record<string, unknown>,
  keys: ReadonlySet<string> | null = null,
  dynamic?: DynamicLayers,
): DescribedConfig[] {
  // Kafka's ConfigHelper.configSynonyms: per source, highest first, every synonym in order.
  const layers: [Record<string, unknown>, number][] = [
    ...(dynamic
      ? ([
          [dynamic.layer(false), CONFIG_SOURCE.DYNAMIC_BROKER],
          [dynamic.layer(true), CONFIG_SOURCE.DYNAMIC_DEFAULT_BROKER],
        ] as [Record<string, unknown>, number][])
      : []),
    [brokerConfigs, CONFIG_SOURCE.STATIC_BROKER],
  ];
  // Only the asked-for configs are built: a catalog reload asks 300 topics for five of them.
  const defs = keys === null ? TOPIC_CONFIG_DEFS : TOPIC_CONFIG_DEFS.filter((d) => keys.has(d.name));
  return defs.map((def) => {
    const override = topic.configs[def.name];
    const value = topic.effectiveConfigs[def.name] ?? override ?? def.default;
    // As Kafka's ConfigHelper: the topic's own value, then the broker's static settings of each
    // synonym, then the synonyms' built-in defaults (only those that have one).
    const names = BROKER_SYNONYMS[def.name] ?? [{ name: def.brokerName ?? def.name, default: def.default }];
    const synonyms: DescribedConfig['synonyms'] = [];
    if (override !== undefined)
      synonyms.push({ name: def.name, value: override, source: CONFIG_SOURCE.TOPIC });
    for (const [layer, layerSource] of layers) {
      for (const n of names) {
        const given = def.brokerName !== undefined ? layer[n.name] : undefined;
        if (given !== undefined) synonyms.push({ name: n.name, value: String(given), source: layerSource });
      }
    }
    const source = synonyms[0]?.source ?? CONFIG_SOURCE.DEFAULT;
    for (const n of names)
      if (n.default !== null)
        synonyms.push({ name: n.name, value: n.default, source: CONFIG_SOURCE.DEFAULT });
    return {
      name: def.name,
      value,
      source,
      type: TYPE_IDS[def.type],
      documentation: def.documentation,
      synonyms,
    };
  });
}

/** CreateTopics v5+ `configs` entries. */
export function createTopicsConfigs(
  topic: TopicInfo,
  brokerConfigs: Record<string, unknown>,
  dynamic?: DynamicLayers,
): Struct[] {
  return describeTopicConfigs(topic, brokerConfigs, null, dynamic).map((c) => ({
    name: c.name,
    value: c.value,
    readOnly: false,
    configSource: c.source,
    isSensitive: false,
  }));
}
