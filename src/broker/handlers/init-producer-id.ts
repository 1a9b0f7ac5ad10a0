/**
 * InitProducerId for idempotent producers: a new producer id (allocated durably by storage,
 * unique across restarts) with epoch 0. Transactional ids are issue 5's work; until then they
 * get TRANSACTIONAL_ID_AUTHORIZATION_FAILED, a fatal error the client reports at once instead
 * of retrying forever.
 */
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { errorCodeOf } from '../topic-admin.js';

export const handleInitProducerId: Handler = async (broker, req) => {
  if (req.transactionalId !== null && req.transactionalId !== undefined) {
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
      producerId: -1n,
      producerEpoch: -1,
    };
  }
  try {
    const id = await broker.logs.allocateProducerId();
    return { throttleTimeMs: 0, errorCode: 0, producerId: BigInt(id), producerEpoch: 0 };
  } catch (err) {
    broker.logger.error({ err }, 'cannot allocate a producer id');
    return { throttleTimeMs: 0, errorCode: errorCodeOf(err), producerId: -1n, producerEpoch: -1 };
  }
};
