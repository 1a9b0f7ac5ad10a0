/**
 * ListTransactions (API key 66), versions 0-1 (flexible). Message specs transcribed from
 * Kafka's ListTransactionsRequest.json / ListTransactionsResponse.json.
 *
 * ListTransactions Request (Version: 0-1) => [state_filters] [producer_id_filters] duration_filter(1+)
 *   state_filters => STRING; producer_id_filters => INT64; duration_filter => INT64 (-1: none)
 *
 * ListTransactions Response (Version: 0-1) => throttle_time_ms error_code [unknown_state_filters]
 *     [transaction_states]
 *   transaction_states => transactional_id producer_id transaction_state
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('ListTransactionsRequest', 66, '0-1', '0+', [
  f('stateFilters', '[]string', '0+'),
  f('producerIdFilters', '[]int64', '0+'),
  f('durationFilter', 'int64', '1+', { default: '-1' }),
]);

export const response = message('ListTransactionsResponse', 66, '0-1', '0+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
  f('unknownStateFilters', '[]string', '0+'),
  f('transactionStates', '[]', '0+', null, [
    f('transactionalId', 'string', '0+'),
    f('producerId', 'int64', '0+'),
    f('transactionState', 'string', '0+'),
  ]),
]);

export const api = defineApi(request, response, 0, 1);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
