/**
 * AddOffsetsToTxn (API key 25), versions 0-4 (v4: TRANSACTION_ABORTABLE may be returned; same wire format). Message specs transcribed from Kafka's
 * AddOffsetsToTxnRequest.json / AddOffsetsToTxnResponse.json.
 *
 * AddOffsetsToTxn Request (Version: 0-4) => transactional_id producer_id producer_epoch group_id
 *   transactional_id => STRING; producer_id => INT64; producer_epoch => INT16; group_id => STRING
 *
 * AddOffsetsToTxn Response (Version: 0-4) => throttle_time_ms error_code
 *
 * Version 2 adds PRODUCER_FENCED; 3+ are flexible.
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('AddOffsetsToTxnRequest', 25, '0-4', '3+', [
  f('transactionalId', 'string', '0+'),
  f('producerId', 'int64', '0+'),
  f('producerEpoch', 'int16', '0+'),
  f('groupId', 'string', '0+'),
]);

export const response = message('AddOffsetsToTxnResponse', 25, '0-4', '3+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
]);

export const api = defineApi(request, response, 0, 4);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
