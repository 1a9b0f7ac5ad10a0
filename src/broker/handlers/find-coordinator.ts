/**
 * FindCoordinator: this node coordinates every group (key type 0). The group's partition of
 * `__consumer_offsets` is created on first use, as Kafka does. Key type 1 (transactions) is
 * answered with this node too; transactional InitProducerId is issue 5's work.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { BrokerContext, Handler } from '../context.js';

async function one(broker: BrokerContext, key: string, keyType: number): Promise<Struct> {
  const node = { nodeId: broker.node.nodeId, host: broker.node.host, port: broker.node.port };
  if (keyType !== 0 && keyType !== 1) {
    return {
      key,
      nodeId: -1,
      host: '',
      port: -1,
      errorCode: ErrorCode.INVALID_REQUEST,
      errorMessage: `unknown key type ${keyType}`,
    };
  }
  if (keyType === 0) {
    if (key === '')
      return {
        key,
        nodeId: -1,
        host: '',
        port: -1,
        errorCode: ErrorCode.INVALID_GROUP_ID,
        errorMessage: null,
      };
    try {
      await broker.groups.ready();
    } catch {
      return {
        key,
        nodeId: -1,
        host: '',
        port: -1,
        errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE,
        errorMessage: null,
      };
    }
  }
  if (keyType === 1) {
    if (key === '')
      return {
        key,
        nodeId: -1,
        host: '',
        port: -1,
        errorCode: ErrorCode.INVALID_REQUEST,
        errorMessage: null,
      };
    try {
      await broker.txns.ready();
    } catch {
      return {
        key,
        nodeId: -1,
        host: '',
        port: -1,
        errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE,
        errorMessage: null,
      };
    }
  }
  return { key, ...node, errorCode: 0, errorMessage: null };
}

export const handleFindCoordinator: Handler = async (broker, req, ctx) => {
  const keyType = req.keyType as number;
  if (ctx.header.apiVersion >= 4) {
    const keys = req.coordinatorKeys as string[];
    return { throttleTimeMs: 0, coordinators: await Promise.all(keys.map((k) => one(broker, k, keyType))) };
  }
  const r = await one(broker, req.key as string, keyType);
  return { throttleTimeMs: 0, ...r };
};
