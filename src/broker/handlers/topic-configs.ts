/**
 * Shapes topic configs the way DescribeConfigs and CreateTopics v5+ report them: value,
 * source (TOPIC_CONFIG 1 for overrides, STATIC_BROKER_CONFIG 4 when the broker setting was
 * given, DEFAULT_CONFIG 5 otherwise) and type (ConfigEntry.ConfigType numbering).
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { TOPIC_CONFIG_DEFS, type ConfigType } from '../storage/topic-configs.js';
import type { TopicInfo } from '../storage/types.js';

export const CONFIG_SOURCE = { TOPIC: 1, STATIC_BROKER: 4, DEFAULT: 5 } as const;

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

/** Every supported config of a topic with its effective value and where it comes from. */
export function describeTopicConfigs(
  topic: TopicInfo,
  brokerConfigs: Record<string, unknown>,
): DescribedConfig[] {
  return TOPIC_CONFIG_DEFS.map((def) => {
    const override = topic.configs[def.name];
    const brokerValue = def.brokerName !== undefined ? brokerConfigs[def.brokerName] : undefined;
    const value = topic.effectiveConfigs[def.name] ?? override ?? def.default;
    const source =
      override !== undefined
        ? CONFIG_SOURCE.TOPIC
        : brokerValue !== undefined
          ? CONFIG_SOURCE.STATIC_BROKER
          : CONFIG_SOURCE.DEFAULT;
    const synonyms: DescribedConfig['synonyms'] = [];
    if (override !== undefined)
      synonyms.push({ name: def.name, value: override, source: CONFIG_SOURCE.TOPIC });
    if (brokerValue !== undefined && def.brokerName) {
      synonyms.push({
        name: def.brokerName,
        value: String(brokerValue),
        source: CONFIG_SOURCE.STATIC_BROKER,
      });
    }
    synonyms.push({ name: def.brokerName ?? def.name, value: def.default, source: CONFIG_SOURCE.DEFAULT });
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
export function createTopicsConfigs(topic: TopicInfo, brokerConfigs: Record<string, unknown>): Struct[] {
  return describeTopicConfigs(topic, brokerConfigs).map((c) => ({
    name: c.name,
    value: c.value,
    readOnly: false,
    configSource: c.source,
    isSensitive: false,
  }));
}
