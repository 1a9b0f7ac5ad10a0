/**
 * DescribeConfigs for topics (resource type 2) and this broker (4). `configuration_keys` null
 * means every config; synonyms (v1+) and documentation (v3+) only when asked for.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { BrokerContext, Handler } from '../context.js';
import { TOPIC_CONFIG_DEFS } from '../storage/topic-configs.js';
import { invalidTopicName } from '../topic-admin.js';
import {
  BROKER_SYNONYMS,
  CONFIG_SOURCE,
  describeTopicConfigs,
  TYPE_IDS,
  type DescribedConfig,
} from './topic-configs.js';

export const RESOURCE_TOPIC = 2;
export const RESOURCE_BROKER = 4;

function brokerConfigs(broker: BrokerContext): DescribedConfig[] {
  const s = broker.settings;
  const own: [string, string, number][] = [
    ['auto.create.topics.enable', String(s.autoCreateTopics), 1],
    ['num.partitions', String(s.numPartitions), 3],
    ['socket.request.max.bytes', String(s.maxFrameBytes), 3],
    ['queued.max.request.bytes', String(s.maxInflightBytes), 5],
    ['connections.max.idle.ms', String(s.idleTimeoutMs), 5],
    ['group.min.session.timeout.ms', String(s.groupMinSessionTimeoutMs), 3],
    ['group.max.session.timeout.ms', String(s.groupMaxSessionTimeoutMs), 3],
    ['group.initial.rebalance.delay.ms', String(s.groupInitialRebalanceDelayMs), 3],
    ['offsets.topic.num.partitions', String(s.offsetsTopicNumPartitions), 3],
    ['offset.metadata.max.bytes', String(s.offsetMetadataMaxBytes), 3],
    ['offsets.retention.minutes', String(s.offsetsRetentionMs / 60_000), 3],
    ['transaction.max.timeout.ms', String(s.transactionMaxTimeoutMs), 3],
    ['transactional.id.expiration.ms', String(s.transactionalIdExpirationMs), 3],
    ['advertised.listeners', advertisedListeners(broker), 2],
    ['broker.id', String(broker.node.nodeId), 3],
    ['node.id', String(broker.node.nodeId), 3],
  ];
  const out: DescribedConfig[] = own.map(([name, value, type]) => ({
    name,
    value,
    source: CONFIG_SOURCE.STATIC_BROKER,
    type,
    documentation: '',
    synonyms: [{ name, value, source: CONFIG_SOURCE.STATIC_BROKER }],
  }));
  for (const def of TOPIC_CONFIG_DEFS) {
    if (!def.brokerName || out.some((c) => c.name === def.brokerName)) continue;
    // retention/roll: every Kafka name, the ms forms without a default (null), as Kafka lists them.
    const several = BROKER_SYNONYMS[def.name];
    if (several) {
      for (const n of several) {
        const given = s.storageConfigs[n.name];
        const value = given !== undefined ? String(given) : n.default;
        const source = given !== undefined ? CONFIG_SOURCE.STATIC_BROKER : CONFIG_SOURCE.DEFAULT;
        out.push({
          name: n.name,
          value,
          source,
          type: n.type,
          documentation: def.documentation,
          synonyms: value === null ? [] : [{ name: n.name, value, source }],
        });
      }
      continue;
    }
    const given = s.storageConfigs[def.brokerName];
    const value = given !== undefined ? String(given) : def.default;
    const source = given !== undefined ? CONFIG_SOURCE.STATIC_BROKER : CONFIG_SOURCE.DEFAULT;
    out.push({
      name: def.brokerName,
      value,
      source,
      type: TYPE_IDS[def.type],
      documentation: def.documentation,
      synonyms: [{ name: def.brokerName, value, source }],
    });
  }
  return out;
}

export const handleDescribeConfigs: Handler = async (broker, req, ctx) => {
  const version = ctx.header.apiVersion;
  const resources = req.resources as {
    resourceType: number;
    resourceName: string;
    configurationKeys: string[] | null;
  }[];
  const results = resources.map((r): Struct => {
    const keys = r.configurationKeys ? new Set(r.configurationKeys) : null;
    const head = { resourceType: r.resourceType, resourceName: r.resourceName };
    let configs: DescribedConfig[];
    if (r.resourceType === RESOURCE_TOPIC) {
      // As Kafka's ConfigHelper: Topic.validate first, then an unknown topic without a message.
      const invalid = invalidTopicName(r.resourceName);
      if (invalid !== null)
        return { ...head, errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, errorMessage: invalid, configs: [] };
      const topic = broker.logs.getTopic(r.resourceName);
      if (!topic)
        return { ...head, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: null, configs: [] };
      configs = describeTopicConfigs(topic, broker.settings.storageConfigs, keys);
    } else if (r.resourceType === RESOURCE_BROKER) {
      // '' names the cluster-wide dynamic defaults: none here (the broker's config is static).
      const invalid = (errorMessage: string): Struct => ({
        ...head,
        errorCode: ErrorCode.INVALID_REQUEST,
        errorMessage,
        configs: [],
      });
      if (r.resourceName === '') configs = [];
      else if (!/^[-+]?\d+$/.test(r.resourceName))
        return invalid(`Broker id must be an integer, but it is: ${r.resourceName}`);
      else if (Number(r.resourceName) !== broker.node.nodeId)
        return invalid(
          `Unexpected broker id, expected ${broker.node.nodeId} or empty string, but received ${r.resourceName}`,
        );
      else configs = brokerConfigs(broker);
    } else {
      return {
        ...head,
        errorCode: ErrorCode.INVALID_REQUEST,
        errorMessage: `unsupported resource type ${r.resourceType}`,
        configs: [],
      };
    }
    if (keys) configs = configs.filter((c) => keys.has(c.name));
    return {
      ...head,
      errorCode: 0,
      errorMessage: null,
      configs: configs.map((c) => ({
        name: c.name,
        value: c.value,
        readOnly: r.resourceType === RESOURCE_BROKER,
        isDefault: c.source === CONFIG_SOURCE.DEFAULT,
        configSource: version === 0 ? -1 : c.source,
        isSensitive: false,
        synonyms: req.includeSynonyms ? c.synonyms : [],
        configType: c.type,
        documentation: req.includeDocumentation ? c.documentation : null,
      })),
    };
  });
  return { throttleTimeMs: 0, results };
};

/** Kafka's `advertised.listeners`: the primary listener as bound, then the further ones. */
function advertisedListeners(broker: BrokerContext): string {
  const [primary, ...more] = broker.settings.security.listeners;
  return [
    `${primary?.protocol ?? 'PLAINTEXT'}://${broker.node.host}:${broker.node.port}`,
    ...more.map((l) => `${l.protocol}://${l.host}:${l.port}`),
  ].join(',');
}
