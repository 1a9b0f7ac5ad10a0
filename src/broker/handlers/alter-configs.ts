/**
 * AlterConfigs (legacy: the given set replaces every override) and IncrementalAlterConfigs
 * (set / delete / append / subtract per config). Only topics can be altered: the broker's
 * settings are static (its config file), as Kafka's read-only configs are.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { BrokerContext, Handler } from '../context.js';
import type { ConfigChange } from '../storage/types.js';
import { errorCodeOf } from '../topic-admin.js';
import { RESOURCE_BROKER, RESOURCE_TOPIC } from './describe-configs.js';

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
  if (r.resourceType === RESOURCE_BROKER) {
    return {
      ...head,
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: "broker configs are static: set them in the config file's broker: map",
    };
  }
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
    return { ...head, errorCode: errorCodeOf(err), errorMessage: (err as Error).message };
  }
}

export const handleAlterConfigs: Handler = async (broker, req) => {
  const resources = req.resources as {
    resourceType: number;
    resourceName: string;
    configs: { name: string; value: string | null }[];
  }[];
  const responses = await Promise.all(
    resources.map((r) => {
      const nullOne = r.configs.find((c) => c.value === null);
      const changes: ConfigChange[] | string = nullOne
        ? `Null value not supported for : ${nullOne.name}`
        : r.configs.map((c) => ({ name: c.name, op: 'set', value: c.value }));
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
  const responses = await Promise.all(
    resources.map((r) => {
      const bad = r.configs.find((c) => OPS[c.configOperation] === undefined);
      const changes: ConfigChange[] | string = bad
        ? `unknown config operation ${bad.configOperation} for ${bad.name}`
        : r.configs.map((c) => ({ name: c.name, op: OPS[c.configOperation]!, value: c.value }));
      return alter(broker, r, changes, req.validateOnly === true, false);
    }),
  );
  return { throttleTimeMs: 0, responses };
};
