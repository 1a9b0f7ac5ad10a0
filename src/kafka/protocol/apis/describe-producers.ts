/**
 * DescribeProducers (API key 61), version 0 (flexible). Message specs transcribed from
 * Kafka's DescribeProducersRequest.json / DescribeProducersResponse.json.
 *
 * DescribeProducers Request (Version: 0) => [topics] _tagged_fields
 *   topics => name [partition_indexes]
 *
 * DescribeProducers Response (Version: 0) => throttle_time_ms [topics]
 *   topics => name [partitions]
 *     partitions => partition_index error_code error_message [active_producers]
 *       active_producers => producer_id producer_epoch last_sequence last_timestamp
 *           coordinator_epoch current_txn_start_offset
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeProducersRequest', 61, '0', '0+', [
  f('topics', '[]', '0+', null, [f('name', 'string', '0+'), f('partitionIndexes', '[]int32', '0+')]),
]);

export const response = message('DescribeProducersResponse', 61, '0', '0+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('errorCode', 'int16', '0+'),
      f('errorMessage', 'string', '0+', { nullable: '0+' }),
      f('activeProducers', '[]', '0+', null, [
        f('producerId', 'int64', '0+'),
        f('producerEpoch', 'int32', '0+'),
        f('lastSequence', 'int32', '0+'),
        f('lastTimestamp', 'int64', '0+'),
        f('coordinatorEpoch', 'int32', '0+'),
        f('currentTxnStartOffset', 'int64', '0+'),
      ]),
    ]),
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
