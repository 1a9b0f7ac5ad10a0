/**
 * EndTxn (API key 26), versions 0-4 (5+ is KIP-890's epoch bump per transaction). Message
 * specs transcribed from Kafka's EndTxnRequest.json / EndTxnResponse.json.
 *
 * EndTxn Request (Version: 0-4) => transactional_id producer_id producer_epoch committed
 *   transactional_id => STRING; producer_id => INT64; producer_epoch => INT16; committed => BOOLEAN
 *
 * EndTxn Response (Version: 0-4) => throttle_time_ms error_code
 *
 * Version 2 adds PRODUCER_FENCED; 3+ are flexible.
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('EndTxnRequest', 26, '0-4', '3+', [
  f('transactionalId', 'string', '0+'),
  f('producerId', 'int64', '0+'),
  f('producerEpoch', 'int16', '0+'),
  f('committed', 'bool', '0+'),
]);

export const response = message('EndTxnResponse', 26, '0-4', '3+', [
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
