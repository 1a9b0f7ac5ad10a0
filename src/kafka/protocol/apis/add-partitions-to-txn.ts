/**
 * AddPartitionsToTxn (API key 24), versions 0-3 (4+ are broker-to-broker, KIP-890). Message
 * specs transcribed from Kafka's AddPartitionsToTxnRequest.json / AddPartitionsToTxnResponse.json.
 *
 * AddPartitionsToTxn Request (Version: 0-3) => transactional_id producer_id producer_epoch [topics]
 *   transactional_id => STRING; producer_id => INT64; producer_epoch => INT16
 *   topics => name [partitions]; name => STRING; partitions => INT32
 *
 * AddPartitionsToTxn Response (Version: 0-3) => throttle_time_ms [results_by_topic]
 *   results_by_topic => name [results_by_partition]
 *     results_by_partition => partition_index partition_error_code (INT32, INT16)
 *
 * Versions 3+ are flexible (compact strings/arrays, tagged fields).
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('AddPartitionsToTxnRequest', 24, '0-3', '3+', [
  f('v3AndBelowTransactionalId', 'string', '0-3'),
  f('v3AndBelowProducerId', 'int64', '0-3'),
  f('v3AndBelowProducerEpoch', 'int16', '0-3'),
  f('v3AndBelowTopics', '[]', '0-3', null, [f('name', 'string', '0+'), f('partitions', '[]int32', '0+')]),
]);

export const response = message('AddPartitionsToTxnResponse', 24, '0-3', '3+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('resultsByTopicV3AndBelow', '[]', '0-3', null, [
    f('name', 'string', '0+'),
    f('resultsByPartition', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('partitionErrorCode', 'int16', '0+'),
    ]),
  ]),
]);

export const api = defineApi(request, response, 0, 3);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
