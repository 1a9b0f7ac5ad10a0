/**
 * DescribeTransactions (API key 65), version 0 (flexible). Message specs transcribed from
 * Kafka's DescribeTransactionsRequest.json / DescribeTransactionsResponse.json.
 *
 * DescribeTransactions Request (Version: 0) => [transactional_ids] _tagged_fields
 *
 * DescribeTransactions Response (Version: 0) => throttle_time_ms [transaction_states]
 *   transaction_states => error_code transactional_id transaction_state transaction_timeout_ms
 *       transaction_start_time_ms producer_id producer_epoch [topics]
 *     topics => topic [partitions]
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeTransactionsRequest', 65, '0', '0+', [
  f('transactionalIds', '[]string', '0+'),
]);

export const response = message('DescribeTransactionsResponse', 65, '0', '0+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('transactionStates', '[]', '0+', null, [
    f('errorCode', 'int16', '0+'),
    f('transactionalId', 'string', '0+'),
    f('transactionState', 'string', '0+'),
    f('transactionTimeoutMs', 'int32', '0+'),
    f('transactionStartTimeMs', 'int64', '0+'),
    f('producerId', 'int64', '0+'),
    f('producerEpoch', 'int16', '0+'),
    f('topics', '[]', '0+', null, [f('topic', 'string', '0+'), f('partitions', '[]int32', '0+')]),
  ]),
]);

export const api = defineApi(request, response, 0, 0);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
