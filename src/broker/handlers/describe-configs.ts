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

type BrokerConfig = DescribedConfig & { readOnly: boolean };

function brokerConfigs(broker: BrokerContext): BrokerConfig[] {
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
  const out: BrokerConfig[] = own.map(([name, value, type]) => ({
    name,
    value,
    source: CONFIG_SOURCE.STATIC_BROKER,
    type,
    documentation: '',
    synonyms: [{ name, value, source: CONFIG_SOURCE.STATIC_BROKER }],
    readOnly: true,
  }));
  const perBroker = broker.dynamicConfigs.layer(false);
  const clusterDefault = broker.dynamicConfigs.layer(true);
  // A dynamic config's value and synonyms: per broker, cluster default, static, built-in.
  const layered = (name: string, staticValue: unknown, builtIn: string | null) => {
    const synonyms: DescribedConfig['synonyms'] = [];
    if (perBroker[name] !== undefined)
      synonyms.push({ name, value: perBroker[name], source: CONFIG_SOURCE.DYNAMIC_BROKER });
    if (clusterDefault[name] !== undefined)
      synonyms.push({ name, value: clusterDefault[name], source: CONFIG_SOURCE.DYNAMIC_DEFAULT_BROKER });
    if (staticValue !== undefined)
      synonyms.push({ name, value: String(staticValue), source: CONFIG_SOURCE.STATIC_BROKER });
    if (builtIn !== null) synonyms.push({ name, value: builtIn, source: CONFIG_SOURCE.DEFAULT });
    return {
      value: synonyms[0]?.value ?? null,
      source: synonyms[0]?.source ?? CONFIG_SOURCE.DEFAULT,
      synonyms,
    };
  };
  for (const def of TOPIC_CONFIG_DEFS) {
    if (!def.brokerName || out.some((c) => c.name === def.brokerName)) continue;
    // retention/roll: every Kafka name, the ms forms without a default (null), as Kafka lists them.
    const several = BROKER_SYNONYMS[def.name];
    if (several) {
      for (const n of several) {
        // Only the primary name is dynamic (Kafka's TOPIC_CONFIG_SYNONYMS): log.retention.ms, not .hours.
        const dynamic = n.name === def.brokerName;
        const l = layered(n.name, s.storageConfigs[n.name], n.default);
        out.push({
          name: n.name,
          value: l.value,
          source: l.source,
          type: n.type,
          documentation: def.documentation,
          synonyms: l.synonyms,
          readOnly: !dynamic,
        });
      }
      continue;
    }
    const l = layered(def.brokerName, s.storageConfigs[def.brokerName], def.default);
    out.push({
      name: def.brokerName,
      value: l.value,
      source: l.source,
      type: TYPE_IDS[def.type],
      documentation: def.documentation,
      synonyms: l.synonyms,
      readOnly: false,
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
    let configs: (DescribedConfig & { readOnly?: boolean })[];
    if (r.resourceType === RESOURCE_TOPIC) {
      // As Kafka's ConfigHelper: Topic.validate first, then an unknown topic without a message.
      const invalid = invalidTopicName(r.resourceName);
      if (invalid !== null)
        return { ...head, errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, errorMessage: invalid, configs: [] };
      const topic = broker.logs.getTopic(r.resourceName);
      if (!topic)
        return { ...head, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: null, configs: [] };
      configs = describeTopicConfigs(topic, broker.settings.storageConfigs, keys, broker.dynamicConfigs);
    } else if (r.resourceType === RESOURCE_BROKER) {
      // '' names the cluster-wide dynamic defaults: none here (the broker's config is static).
      const invalid = (errorMessage: string): Struct => ({
        ...head,
        errorCode: ErrorCode.INVALID_REQUEST,
        errorMessage,
        configs: [],
      });
      const bad = brokerResourceError(r.resourceName, broker.node.nodeId);
      if (bad !== null) return invalid(bad);
      configs = r.resourceName === '' ? clusterDefaults(broker) : brokerConfigs(broker);
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
        readOnly: c.readOnly ?? false,
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

/**
 * The BROKER resource's name: '' (the cluster-wide defaults) or this node's id; Kafka's
 * ConfigHelper / ConfigAdminManager texts otherwise.
 */
export function brokerResourceError(name: string, nodeId: number): string | null {
  if (name === '') return null;
  if (!/^[-+]?\d+$/.test(name)) return `Broker id must be an integer, but it is: ${name}`;
  if (Number(name) !== nodeId)
    return `Unexpected broker id, expected ${nodeId} or empty string, but received ${name}`;
  return null;
}

/**
 * The '' resource: only the cluster-wide dynamic configs, each without the per-broker layer
 * (Kafka's createBrokerConfigEntry with perBrokerConfig = false).
 */
function clusterDefaults(broker: BrokerContext): BrokerConfig[] {
  const set = broker.dynamicConfigs.layer(true);
  return brokerConfigs(broker)
    .filter((c) => set[c.name] !== undefined)
    .map((c) => {
      const synonyms = c.synonyms.filter((x) => x.source !== CONFIG_SOURCE.DYNAMIC_BROKER);
      return { ...c, value: synonyms[0]!.value, source: synonyms[0]!.source, synonyms };
    });
}

/** Kafka's `advertised.listeners`: the primary listener as bound, then the further ones. */
function advertisedListeners(broker: BrokerContext): string {
  const [primary, ...more] = broker.settings.security.listeners;
  return [
    `${primary?.protocol ?? 'PLAINTEXT'}://${broker.node.host}:${broker.node.port}`,
    ...more.map((l) => `${l.protocol}://${l.host}:${l.port}`),
  ].join(',');
}
