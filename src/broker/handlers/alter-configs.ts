/**
 * AlterConfigs (legacy: the given set replaces every override) and IncrementalAlterConfigs
 * (set / delete / append / subtract per config) on topics and on the broker (its dynamic
 * configs, `../dynamic-configs.ts`; every other broker setting is read-only, as in Kafka).
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { BrokerContext, Handler } from '../context.js';
import type { ConfigChange } from '../storage/types.js';
import { errorCodeOf, errorMessageOf } from '../topic-admin.js';
import { DynamicConfigError } from '../dynamic-configs.js';
import { brokerResourceError, RESOURCE_BROKER, RESOURCE_TOPIC } from './describe-configs.js';

const OPS: ConfigChange['op'][] = ['set', 'delete', 'append', 'subtract'];

async function alter(
  broker: BrokerContext,
  r: { resourceType: number; resourceName: string },
  changes: ConfigChange[] | string,
  validateOnly: boolean,
  replace: boolean,
): Promise<Struct> {
  const head = { resourceType: r.resourceType, resourceName: r.resourceName };
  if (typeof changes === 'string')
    return { ...head, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: changes };
  if (r.resourceType === RESOURCE_BROKER)
    return { ...head, ...(await alterBroker(broker, r.resourceName, changes, validateOnly, replace)) };
  if (r.resourceType !== RESOURCE_TOPIC) {
    return {
      ...head,
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: `unsupported resource type ${r.resourceType}`,
    };
  }
  if (!broker.logs.getTopic(r.resourceName)) {
    return {
      ...head,
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      errorMessage: `Topic ${r.resourceName} does not exist`,
    };
  }
  try {
    await broker.logs.alterConfigs(r.resourceName, changes, { validateOnly, replace });
    return { ...head, errorCode: 0, errorMessage: null };
  } catch (err) {
    return { ...head, errorCode: errorCodeOf(err), errorMessage: errorMessageOf(err) };
  }
}

/**
 * Dynamic broker configs: '' is the cluster-wide default, this node's id the per-broker layer
 * (Kafka's resource names). The storage's topic defaults follow before the change is stored.
 */
async function alterBroker(
  broker: BrokerContext,
  name: string,
  changes: ConfigChange[],
  validateOnly: boolean,
  replace: boolean,
): Promise<{ errorCode: number; errorMessage: string | null }> {
  const invalid = brokerResourceError(name, broker.node.nodeId);
  if (invalid !== null) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: invalid };
  const clusterWide = name === '';
  const store = broker.dynamicConfigs;
  return store.exclusive(async () => {
    try {
      const layer = store.plan(clusterWide, changes, replace);
      if (validateOnly) return { errorCode: 0, errorMessage: null };
      await broker.logs.setBrokerConfigs(
        store.merged(broker.settings.storageConfigs, { clusterWide, layer }),
      );
      await store.commit(clusterWide, layer);
      broker.logger.info(
        { resource: clusterWide ? '<default>' : name, configs: layer },
        'dynamic broker configs',
      );
      return { errorCode: 0, errorMessage: null };
    } catch (err) {
      if (err instanceof DynamicConfigError)
        return { errorCode: ErrorCode[err.errorName], errorMessage: err.message };
      return { errorCode: errorCodeOf(err), errorMessage: errorMessageOf(err) };
    }
  });
}

/**
 * Kafka's ConfigAdminManager.preprocess checks, in its order: a resource named twice fails
 * both entries, then duplicate keys, then null values (allowed only for DELETE).
 */
function preprocess(
  resources: {
    resourceType: number;
    resourceName: string;
    configs: { name: string; value: string | null; configOperation?: number }[];
  }[],
): (string | null)[] {
  const count = new Map<string, number>();
  const key = (r: { resourceType: number; resourceName: string }): string =>
    `${r.resourceType}:${r.resourceName}`;
  for (const r of resources) count.set(key(r), (count.get(key(r)) ?? 0) + 1);
  return resources.map((r) => {
    if (count.get(key(r))! > 1) return 'Each resource must appear at most once.';
    if (new Set(r.configs.map((c) => c.name)).size !== r.configs.length)
      return 'Error due to duplicate config keys';
    const nulls = r.configs.filter((c) => c.configOperation !== 1 && c.value === null).map((c) => c.name);
    if (nulls.length > 0) return `Null value not supported for : ${nulls.join(', ')}`;
    const bad = r.configs.find(
      (c) => c.configOperation !== undefined && OPS[c.configOperation] === undefined,
    );
    if (bad) return `Unknown operations type ${bad.configOperation}`;
    return null;
  });
}

export const handleAlterConfigs: Handler = async (broker, req) => {
  const resources = req.resources as {
    resourceType: number;
    resourceName: string;
    configs: { name: string; value: string | null }[];
  }[];
  const invalid = preprocess(resources);
  const responses = await Promise.all(
    resources.map((r, i) => {
      const changes: ConfigChange[] | string =
        invalid[i] ?? r.configs.map((c) => ({ name: c.name, op: 'set', value: c.value }));
      return alter(broker, r, changes, req.validateOnly === true, true);
    }),
  );
  return { throttleTimeMs: 0, responses };
};

export const handleIncrementalAlterConfigs: Handler = async (broker, req) => {
  const resources = req.resources as {
    resourceType: number;
    resourceName: string;
    configs: { name: string; configOperation: number; value: string | null }[];
  }[];
  const invalid = preprocess(resources);
  const responses = await Promise.all(
    resources.map((r, i) => {
      const changes: ConfigChange[] | string =
        invalid[i] ?? r.configs.map((c) => ({ name: c.name, op: OPS[c.configOperation]!, value: c.value }));
      return alter(broker, r, changes, req.validateOnly === true, false);
    }),
  );
  return { throttleTimeMs: 0, responses };
};
