/**
 * InitProducerId (API key 22), versions 0-5. Message specs transcribed from Kafka's
 * InitProducerIdRequest.json / InitProducerIdResponse.json; the grammar below is the spec's, per version.
 *
 * InitProducerId Request (Version: 0-1) => transactional_id transaction_timeout_ms
 *   transactional_id => NULLABLE_STRING
 *   transaction_timeout_ms => INT32
 *
 * InitProducerId Request (Version: 2) => transactional_id transaction_timeout_ms _tagged_fields
 *   transactional_id => COMPACT_NULLABLE_STRING
 *   transaction_timeout_ms => INT32
 *
 * InitProducerId Request (Version: 3-5) => transactional_id transaction_timeout_ms producer_id producer_epoch _tagged_fields
 *   transactional_id => COMPACT_NULLABLE_STRING
 *   transaction_timeout_ms => INT32
 *   producer_id => INT64
 *   producer_epoch => INT16
 *
 * InitProducerId Response (Version: 0-1) => throttle_time_ms error_code producer_id producer_epoch
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   producer_id => INT64
 *   producer_epoch => INT16
 *
 * InitProducerId Response (Version: 2-5) => throttle_time_ms error_code producer_id producer_epoch _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   producer_id => INT64
 *   producer_epoch => INT16
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('InitProducerIdRequest', 22, '0-5', '2+', [
  f('transactionalId', 'string', '0+', { nullable: '0+' }),
  f('transactionTimeoutMs', 'int32', '0+'),
  f('producerId', 'int64', '3+', { default: '-1' }),
  f('producerEpoch', 'int16', '3+', { default: '-1' }),
]);

export const response = message('InitProducerIdResponse', 22, '0-5', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
  f('producerId', 'int64', '0+', { default: '-1' }),
  f('producerEpoch', 'int16', '0+'),
]);

export const api = defineApi(request, response, 0, 5);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
