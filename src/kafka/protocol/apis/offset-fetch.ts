/**
 * OffsetFetch (API key 9), versions 0-9. Message specs transcribed from Kafka's
 * OffsetFetchRequest.json / OffsetFetchResponse.json; the grammar below is the spec's, per version.
 *
 * OffsetFetch Request (Version: 0-5) => group_id [topics]
 *   group_id => STRING
 *   topics => name [partition_indexes]
 *     name => STRING
 *     partition_indexes => INT32
 *
 * OffsetFetch Request (Version: 6) => group_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => name [partition_indexes] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_indexes => INT32
 *
 * OffsetFetch Request (Version: 7) => group_id [topics] require_stable _tagged_fields
 *   group_id => COMPACT_STRING
 *   topics => name [partition_indexes] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_indexes => INT32
 *   require_stable => BOOLEAN
 *
 * OffsetFetch Request (Version: 8) => [groups] require_stable _tagged_fields
 *   groups => group_id [topics] _tagged_fields
 *     group_id => COMPACT_STRING
 *     topics => name [partition_indexes] _tagged_fields
 *       name => COMPACT_STRING
 *       partition_indexes => INT32
 *   require_stable => BOOLEAN
 *
 * OffsetFetch Request (Version: 9) => [groups] require_stable _tagged_fields
 *   groups => group_id member_id member_epoch [topics] _tagged_fields
 *     group_id => COMPACT_STRING
 *     member_id => COMPACT_NULLABLE_STRING
 *     member_epoch => INT32
 *     topics => name [partition_indexes] _tagged_fields
 *       name => COMPACT_STRING
 *       partition_indexes => INT32
 *   require_stable => BOOLEAN
 *
 * OffsetFetch Response (Version: 0-1) => [topics]
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset metadata error_code
 *       partition_index => INT32
 *       committed_offset => INT64
 *       metadata => NULLABLE_STRING
 *       error_code => INT16
 *
 * OffsetFetch Response (Version: 2) => [topics] error_code
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset metadata error_code
 *       partition_index => INT32
 *       committed_offset => INT64
 *       metadata => NULLABLE_STRING
 *       error_code => INT16
 *   error_code => INT16
 *
 * OffsetFetch Response (Version: 3-4) => throttle_time_ms [topics] error_code
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset metadata error_code
 *       partition_index => INT32
 *       committed_offset => INT64
 *       metadata => NULLABLE_STRING
 *       error_code => INT16
 *   error_code => INT16
 *
 * OffsetFetch Response (Version: 5) => throttle_time_ms [topics] error_code
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_leader_epoch metadata error_code
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       metadata => NULLABLE_STRING
 *       error_code => INT16
 *   error_code => INT16
 *
 * OffsetFetch Response (Version: 6-7) => throttle_time_ms [topics] error_code _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index committed_offset committed_leader_epoch metadata error_code _tagged_fields
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       metadata => COMPACT_NULLABLE_STRING
 *       error_code => INT16
 *   error_code => INT16
 *
 * OffsetFetch Response (Version: 8-9) => throttle_time_ms [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   groups => group_id [topics] error_code _tagged_fields
 *     group_id => COMPACT_STRING
 *     topics => name [partitions] _tagged_fields
 *       name => COMPACT_STRING
 *       partitions => partition_index committed_offset committed_leader_epoch metadata error_code _tagged_fields
 *         partition_index => INT32
 *         committed_offset => INT64
 *         committed_leader_epoch => INT32
 *         metadata => COMPACT_NULLABLE_STRING
 *         error_code => INT16
 *     error_code => INT16
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('OffsetFetchRequest', 9, '0-9', '6+', [
  f('groupId', 'string', '0-7'),
  f('topics', '[]', '0-7', { nullable: '2-7' }, [
    f('name', 'string', '0-7'),
    f('partitionIndexes', '[]int32', '0-7'),
  ]),
  f('groups', '[]', '8+', null, [
    f('groupId', 'string', '8+'),
    f('memberId', 'string', '9+', { nullable: '9+', default: 'null' }),
    f('memberEpoch', 'int32', '9+', { default: '-1' }),
    f('topics', '[]', '8+', { nullable: '8+' }, [
      f('name', 'string', '8+'),
      f('partitionIndexes', '[]int32', '8+'),
    ]),
  ]),
  f('requireStable', 'bool', '7+', { default: 'false' }),
]);

export const response = message('OffsetFetchResponse', 9, '0-9', '6+', [
  f('throttleTimeMs', 'int32', '3+'),
  f('topics', '[]', '0-7', null, [
    f('name', 'string', '0-7'),
    f('partitions', '[]', '0-7', null, [
      f('partitionIndex', 'int32', '0-7'),
      f('committedOffset', 'int64', '0-7'),
      f('committedLeaderEpoch', 'int32', '5-7', { default: '-1' }),
      f('metadata', 'string', '0-7', { nullable: '0-7' }),
      f('errorCode', 'int16', '0-7'),
    ]),
  ]),
  f('errorCode', 'int16', '2-7', { default: '0' }),
  f('groups', '[]', '8+', null, [
    f('groupId', 'string', '8+'),
    f('topics', '[]', '8+', null, [
      f('name', 'string', '8+'),
      f('partitions', '[]', '8+', null, [
        f('partitionIndex', 'int32', '8+'),
        f('committedOffset', 'int64', '8+'),
        f('committedLeaderEpoch', 'int32', '8+', { default: '-1' }),
        f('metadata', 'string', '8+', { nullable: '8+' }),
        f('errorCode', 'int16', '8+'),
      ]),
    ]),
    f('errorCode', 'int16', '8+', { default: '0' }),
  ]),
]);

export const api = defineApi(request, response, 0, 9);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
