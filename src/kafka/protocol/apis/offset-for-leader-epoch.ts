/**
 * OffsetForLeaderEpoch (API key 23), versions 0-4. Message specs transcribed from Kafka's
 * OffsetForLeaderEpochRequest.json / OffsetForLeaderEpochResponse.json; the grammar below is the spec's, per version.
 *
 * OffsetForLeaderEpoch Request (Version: 0-1) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition leader_epoch
 *       partition => INT32
 *       leader_epoch => INT32
 *
 * OffsetForLeaderEpoch Request (Version: 2) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition current_leader_epoch leader_epoch
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       leader_epoch => INT32
 *
 * OffsetForLeaderEpoch Request (Version: 3) => replica_id [topics]
 *   replica_id => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition current_leader_epoch leader_epoch
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       leader_epoch => INT32
 *
 * OffsetForLeaderEpoch Request (Version: 4) => replica_id [topics] _tagged_fields
 *   replica_id => INT32
 *   topics => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => partition current_leader_epoch leader_epoch _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       leader_epoch => INT32
 *
 * OffsetForLeaderEpoch Response (Version: 0) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => error_code partition end_offset
 *       error_code => INT16
 *       partition => INT32
 *       end_offset => INT64
 *
 * OffsetForLeaderEpoch Response (Version: 1) => [topics]
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => error_code partition leader_epoch end_offset
 *       error_code => INT16
 *       partition => INT32
 *       leader_epoch => INT32
 *       end_offset => INT64
 *
 * OffsetForLeaderEpoch Response (Version: 2-3) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => error_code partition leader_epoch end_offset
 *       error_code => INT16
 *       partition => INT32
 *       leader_epoch => INT32
 *       end_offset => INT64
 *
 * OffsetForLeaderEpoch Response (Version: 4) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => error_code partition leader_epoch end_offset _tagged_fields
 *       error_code => INT16
 *       partition => INT32
 *       leader_epoch => INT32
 *       end_offset => INT64
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('OffsetForLeaderEpochRequest', 23, '0-4', '4+', [
  f('replicaId', 'int32', '3+', { default: '-2' }),
  f('topics', '[]', '0+', null, [
    f('topic', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partition', 'int32', '0+'),
      f('currentLeaderEpoch', 'int32', '2+', { default: '-1' }),
      f('leaderEpoch', 'int32', '0+'),
    ]),
  ]),
]);

export const response = message('OffsetForLeaderEpochResponse', 23, '0-4', '4+', [
  f('throttleTimeMs', 'int32', '2+'),
  f('topics', '[]', '0+', null, [
    f('topic', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('errorCode', 'int16', '0+'),
      f('partition', 'int32', '0+'),
      f('leaderEpoch', 'int32', '1+', { default: '-1' }),
      f('endOffset', 'int64', '0+', { default: '-1' }),
    ]),
  ]),
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
