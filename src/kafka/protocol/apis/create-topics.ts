/**
 * CreateTopics (API key 19), versions 0-7. Message specs transcribed from Kafka's
 * CreateTopicsRequest.json / CreateTopicsResponse.json; the grammar below is the spec's, per version.
 *
 * CreateTopics Request (Version: 0) => [topics] timeout_ms
 *   topics => name num_partitions replication_factor [assignments] [configs]
 *     name => STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     assignments => partition_index [broker_ids]
 *       partition_index => INT32
 *       broker_ids => INT32
 *     configs => name value
 *       name => STRING
 *       value => NULLABLE_STRING
 *   timeout_ms => INT32
 *
 * CreateTopics Request (Version: 1-4) => [topics] timeout_ms validate_only
 *   topics => name num_partitions replication_factor [assignments] [configs]
 *     name => STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     assignments => partition_index [broker_ids]
 *       partition_index => INT32
 *       broker_ids => INT32
 *     configs => name value
 *       name => STRING
 *       value => NULLABLE_STRING
 *   timeout_ms => INT32
 *   validate_only => BOOLEAN
 *
 * CreateTopics Request (Version: 5-7) => [topics] timeout_ms validate_only _tagged_fields
 *   topics => name num_partitions replication_factor [assignments] [configs] _tagged_fields
 *     name => COMPACT_STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     assignments => partition_index [broker_ids] _tagged_fields
 *       partition_index => INT32
 *       broker_ids => INT32
 *     configs => name value _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *   timeout_ms => INT32
 *   validate_only => BOOLEAN
 *
 * CreateTopics Response (Version: 0) => [topics]
 *   topics => name error_code
 *     name => STRING
 *     error_code => INT16
 *
 * CreateTopics Response (Version: 1) => [topics]
 *   topics => name error_code error_message
 *     name => STRING
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *
 * CreateTopics Response (Version: 2-4) => throttle_time_ms [topics]
 *   throttle_time_ms => INT32
 *   topics => name error_code error_message
 *     name => STRING
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *
 * CreateTopics Response (Version: 5-6) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name error_code error_message num_partitions replication_factor [configs] _tagged_fields
 *     name => COMPACT_STRING
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     configs => name value read_only config_source is_sensitive _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *
 * CreateTopics Response (Version: 7) => throttle_time_ms [topics] _tagged_fields
 *   throttle_time_ms => INT32
 *   topics => name topic_id error_code error_message num_partitions replication_factor [configs] _tagged_fields
 *     name => COMPACT_STRING
 *     topic_id => UUID
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     num_partitions => INT32
 *     replication_factor => INT16
 *     configs => name value read_only config_source is_sensitive _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('CreateTopicsRequest', 19, '0-7', '5+', [
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('numPartitions', 'int32', '0+'),
    f('replicationFactor', 'int16', '0+'),
    f('assignments', '[]', '0+', null, [f('partitionIndex', 'int32', '0+'), f('brokerIds', '[]int32', '0+')]),
    f('configs', '[]', '0+', null, [
      f('name', 'string', '0+'),
      f('value', 'string', '0+', { nullable: '0+' }),
    ]),
  ]),
  f('timeoutMs', 'int32', '0+', { default: '60000' }),
  f('validateOnly', 'bool', '1+', { default: 'false' }),
]);

export const response = message('CreateTopicsResponse', 19, '0-7', '5+', [
  f('throttleTimeMs', 'int32', '2+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('topicId', 'uuid', '7+'),
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '1+', { nullable: '0+' }),
    f('topicConfigErrorCode', 'int16', '5+', { tag: 0, tagged: '5+' }),
    f('numPartitions', 'int32', '5+', { default: '-1' }),
    f('replicationFactor', 'int16', '5+', { default: '-1' }),
    f('configs', '[]', '5+', { nullable: '5+' }, [
      f('name', 'string', '5+'),
      f('value', 'string', '5+', { nullable: '5+' }),
      f('readOnly', 'bool', '5+'),
      f('configSource', 'int8', '5+', { default: '-1' }),
      f('isSensitive', 'bool', '5+'),
    ]),
  ]),
]);

export const api = defineApi(request, response, 0, 7);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
