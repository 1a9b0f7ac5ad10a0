/**
 * InitProducerId for idempotent producers: a new producer id (allocated durably by storage,
 * unique across restarts) with epoch 0. With a transactional id the transaction coordinator
 * answers (`transactions.ts`).
 */
import type { Handler } from '../context.js';
import { errorCodeOf } from '../topic-admin.js';
import { handleTxnInitProducerId } from './transactions.js';

export const handleInitProducerId: Handler = async (broker, req, ctx) => {
  if (req.transactionalId !== null && req.transactionalId !== undefined)
    return handleTxnInitProducerId(broker, req, ctx);
  try {
    const id = await broker.logs.allocateProducerId();
    return { throttleTimeMs: 0, errorCode: 0, producerId: BigInt(id), producerEpoch: 0 };
  } catch (err) {
    broker.logger.error({ err }, 'cannot allocate a producer id');
    return { throttleTimeMs: 0, errorCode: errorCodeOf(err), producerId: -1n, producerEpoch: -1 };
  }
};
