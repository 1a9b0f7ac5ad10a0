/**
 * DeleteRecords (API key 21), versions 0-2. Message specs transcribed from Kafka's
 * DeleteRecordsRequest.json / DeleteRecordsResponse.json; the grammar below is the spec's, per version.
 *
 * DeleteRecords Request (Version: 0-1) => [topics] timeout_ms
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index offset
 *       partition_index => INT32
 *       offset => INT64
 *   timeout_ms => INT32
 *
 * DeleteRecords Request (Version: 2) => [topics] timeout_ms _tagged_fields
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index offset _tagged_fields
 *       partition_index => INT32
 *       offset => INT64
 *   timeout_ms => INT32
 *
 * DeleteRecords Response (Version: 0-1) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index low_watermark error_code
 *       partition_index => INT32
 *       low_watermark => INT64
 *       error_code => INT16
 *
 * DeleteRecords Response (Version: 2) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index low_watermark error_code _tagged_fields
 *       partition_index => INT32
 *       low_watermark => INT64
 *       error_code => INT16
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DeleteRecordsRequest', 21, '0-2', '2+', [
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [f('partitionIndex', 'int32', '0+'), f('offset', 'int64', '0+')]),
  ]),
  f('timeoutMs', 'int32', '0+'),
]);

export const response = message('DeleteRecordsResponse', 21, '0-2', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('lowWatermark', 'int64', '0+'),
      f('errorCode', 'int16', '0+'),
    ]),
  ]),
]);

export const api = defineApi(request, response, 0, 2);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
