/**
 * FindCoordinator: this node coordinates every group (key type 0). The group's partition of
 * `__consumer_offsets` is created on first use, as Kafka does. Key type 1 (transactions) is
 * answered with this node too (its transaction coordinator).
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { BrokerContext, Handler } from '../context.js';

/** The answer for a key this node cannot coordinate (yet). */
function failed(key: string, errorCode: number, errorMessage: string | null = null): Struct {
  return { key, nodeId: -1, host: '', port: -1, errorCode, errorMessage };
}

async function one(broker: BrokerContext, key: string, keyType: number): Promise<Struct> {
  if (keyType !== 0 && keyType !== 1)
    return failed(key, ErrorCode.INVALID_REQUEST, `unknown key type ${keyType}`);
  // An empty group id is INVALID_GROUP_ID (Kafka's GroupCoordinator); an empty transactional id
  // INVALID_REQUEST (Kafka's FindCoordinator for key type 1).
  if (key === '') return failed(key, keyType === 0 ? ErrorCode.INVALID_GROUP_ID : ErrorCode.INVALID_REQUEST);
  try {
    await (keyType === 0 ? broker.groups : broker.txns).ready();
  } catch {
    return failed(key, ErrorCode.COORDINATOR_NOT_AVAILABLE);
  }
  const node = { nodeId: broker.node.nodeId, host: broker.node.host, port: broker.node.port };
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
