/**
 * OffsetCommit (API key 8), versions 0-9. Message specs transcribed from Kafka's
 * OffsetCommitRequest.json / OffsetCommitResponse.json; the grammar below is the spec's, per version.
 *
 * OffsetCommit Request (Version: 0) => group_id [topics]
 *   group_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_metadata => NULLABLE_STRING
 *
 * OffsetCommit Request (Version: 1) => group_id generation_id_or_member_epoch member_id [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset commit_timestamp committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       commit_timestamp => INT64
 *       committed_metadata => NULLABLE_STRING
 *
 * OffsetCommit Request (Version: 2-4) => group_id generation_id_or_member_epoch member_id retention_time_ms [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   retention_time_ms => INT64
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_metadata => NULLABLE_STRING
 *
 * OffsetCommit Request (Version: 5) => group_id generation_id_or_member_epoch member_id [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_metadata => NULLABLE_STRING
 *
 * OffsetCommit Request (Version: 6) => group_id generation_id_or_member_epoch member_id [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_leader_epoch committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       committed_metadata => NULLABLE_STRING
 *
 * OffsetCommit Request (Version: 7) => group_id generation_id_or_member_epoch member_id group_instance_id [topics]
 *   group_id => STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => STRING
 *   group_instance_id => NULLABLE_STRING
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index committed_offset committed_leader_epoch committed_metadata
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       committed_metadata => NULLABLE_STRING
 *
 * OffsetCommit Request (Version: 8-9) => group_id generation_id_or_member_epoch member_id group_instance_id [topics] _tagged_fields
 *   group_id => COMPACT_STRING
 *   generation_id_or_member_epoch => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index committed_offset committed_leader_epoch committed_metadata _tagged_fields
 *       partition_index => INT32
 *       committed_offset => INT64
 *       committed_leader_epoch => INT32
 *       committed_metadata => COMPACT_NULLABLE_STRING
 *
 * OffsetCommit Response (Version: 0-2) => [topics]
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code
 *       partition_index => INT32
 *       error_code => INT16
 *
 * OffsetCommit Response (Version: 3-7) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name [partitions]
 *     name => STRING
 *     partitions => partition_index error_code
 *       partition_index => INT32
 *       error_code => INT16
 *
 * OffsetCommit Response (Version: 8-9) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name [partitions] _tagged_fields
 *     name => COMPACT_STRING
 *     partitions => partition_index error_code _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('OffsetCommitRequest', 8, '0-9', '8+', [
  f('groupId', 'string', '0+'),
  f('generationIdOrMemberEpoch', 'int32', '1+', { default: '-1' }),
  f('memberId', 'string', '1+'),
  f('groupInstanceId', 'string', '7+', { nullable: '7+', default: 'null' }),
  f('retentionTimeMs', 'int64', '2-4', { default: '-1' }),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('committedOffset', 'int64', '0+'),
      f('committedLeaderEpoch', 'int32', '6+', { default: '-1' }),
      f('commitTimestamp', 'int64', '1', { default: '-1' }),
      f('committedMetadata', 'string', '0+', { nullable: '0+' }),
    ]),
  ]),
]);

export const response = message('OffsetCommitResponse', 8, '0-9', '8+', [
  f('throttleTimeMs', 'int32', '3+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [f('partitionIndex', 'int32', '0+'), f('errorCode', 'int16', '0+')]),
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
