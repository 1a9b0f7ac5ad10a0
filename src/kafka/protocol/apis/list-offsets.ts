/**
 * ListOffsets (API key 2), versions 0-8. Message specs transcribed from Kafka's
 * ListOffsetsRequest.json / ListOffsetsResponse.json; the grammar below is the spec's, per version.
 *
 * ListOffsets Request (Version: 0) => replica_id [topics]
 *   replica_id => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index timestamp max_num_offsets
 *       partition_index => INT32
 *       timestamp => INT64
 *       max_num_offsets => INT32
 *
 * ListOffsets Request (Version: 1) => replica_id [topics]
 *   replica_id => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index timestamp
 *       partition_index => INT32
 *       timestamp => INT64
 *
 * ListOffsets Request (Version: 2-3) => replica_id isolation_level [topics]
 *   replica_id => INT32
 *   isolation_level => INT8
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index timestamp
 *       partition_index => INT32
 *       timestamp => INT64
 *
 * ListOffsets Request (Version: 4-5) => replica_id isolation_level [topics]
 *   replica_id => INT32
 *   isolation_level => INT8
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index current_leader_epoch timestamp
 *       partition_index => INT32
 *       current_leader_epoch => INT32
 *       timestamp => INT64
 *
 * ListOffsets Request (Version: 6-8) => replica_id isolation_level [topics] _tagged_fields
 *   replica_id => INT32
 *   isolation_level => INT8
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index current_leader_epoch timestamp _tagged_fields
 *       partition_index => INT32
 *       current_leader_epoch => INT32
 *       timestamp => INT64
 *
 * ListOffsets Response (Version: 0) => [topics]
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code [old_style_offsets]
 *       partition_index => INT32
 *       error_code => INT16
 *       old_style_offsets => INT64
 *
 * ListOffsets Response (Version: 1) => [topics]
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code timestamp offset
 *       partition_index => INT32
 *       error_code => INT16
 *       timestamp => INT64
 *       offset => INT64
 *
 * ListOffsets Response (Version: 2-3) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code timestamp offset
 *       partition_index => INT32
 *       error_code => INT16
 *       timestamp => INT64
 *       offset => INT64
 *
 * ListOffsets Response (Version: 4-5) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code timestamp offset leader_epoch
 *       partition_index => INT32
 *       error_code => INT16
 *       timestamp => INT64
 *       offset => INT64
 *       leader_epoch => INT32
 *
 * ListOffsets Response (Version: 6-8) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index error_code timestamp offset leader_epoch _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       timestamp => INT64
 *       offset => INT64
 *       leader_epoch => INT32
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('ListOffsetsRequest', 2, '0-10', '6+', [
  f('replicaId', 'int32', '0+'),
  f('isolationLevel', 'int8', '2+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('currentLeaderEpoch', 'int32', '4+', { default: '-1' }),
      f('timestamp', 'int64', '0+'),
      f('maxNumOffsets', 'int32', '0', { default: '1' }),
    ]),
  ]),
  f('timeoutMs', 'int32', '10+'),
]);

export const response = message('ListOffsetsResponse', 2, '0-10', '6+', [
  f('throttleTimeMs', 'int32', '2+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('errorCode', 'int16', '0+'),
      f('oldStyleOffsets', '[]int64', '0'),
      f('timestamp', 'int64', '1+', { default: '-1' }),
      f('offset', 'int64', '1+', { default: '-1' }),
      f('leaderEpoch', 'int32', '4+', { default: '-1' }),
    ]),
  ]),
]);

export const api = defineApi(request, response, 0, 8);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
