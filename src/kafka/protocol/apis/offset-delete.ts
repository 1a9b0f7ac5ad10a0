/**
 * OffsetDelete (API key 47), versions 0-0. Message specs transcribed from Kafka's
 * OffsetDeleteRequest.json / OffsetDeleteResponse.json; the grammar below is the spec's, per version.
 *
 * OffsetDelete Request (Version: 0) => group_id [topics]
 *   group_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index
 *       partition_index => INT32
 *
 * OffsetDelete Response (Version: 0) => error_code throttle_time_ms [topics]
 *   error_code => INT16
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code
 *       partition_index => INT32
 *       error_code => INT16
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('OffsetDeleteRequest', 47, '0', 'none', [
  f('groupId', 'string', '0+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [f('partitionIndex', 'int32', '0+')]),
  ]),
]);

export const response = message('OffsetDeleteResponse', 47, '0', 'none', [
  f('errorCode', 'int16', '0+'),
  f('throttleTimeMs', 'int32', '0+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [f('partitionIndex', 'int32', '0+'), f('errorCode', 'int16', '0+')]),
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
