/**
 * Produce (API key 0), versions 3-10. Message specs transcribed from Kafka's
 * ProduceRequest.json / ProduceResponse.json; the grammar below is the spec's, per version.
 *
 * Produce Request (Version: 3-8) => transactional_id acks timeout_ms [topic_data]
 *   transactional_id => NULLABLE_STRING
 *   acks => INT16
 *   timeout_ms => INT32
 *   topic_data => name [partition_data]
 *     name => STRING
 *     partition_data => index records
 *       index => INT32
 *       records => RECORDS
 *
 * Produce Request (Version: 9-10) => transactional_id acks timeout_ms [topic_data] _tagged_fields
 *   transactional_id => COMPACT_NULLABLE_STRING
 *   acks => INT16
 *   timeout_ms => INT32
 *   topic_data => name [partition_data] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_data => index records _tagged_fields
 *       index => INT32
 *       records => COMPACT_RECORDS
 *
 * Produce Response (Version: 3-4) => [responses] throttle_time_ms
 *   responses => name [partition_responses]
 *     name => STRING
 *     partition_responses => index error_code base_offset log_append_time_ms
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *   throttle_time_ms => INT32
 *
 * Produce Response (Version: 5-7) => [responses] throttle_time_ms
 *   responses => name [partition_responses]
 *     name => STRING
 *     partition_responses => index error_code base_offset log_append_time_ms log_start_offset
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *       log_start_offset => INT64
 *   throttle_time_ms => INT32
 *
 * Produce Response (Version: 8) => [responses] throttle_time_ms
 *   responses => name [partition_responses]
 *     name => STRING
 *     partition_responses => index error_code base_offset log_append_time_ms log_start_offset [record_errors] error_message
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *       log_start_offset => INT64
 *       record_errors => batch_index batch_index_error_message
 *         batch_index => INT32
 *         batch_index_error_message => NULLABLE_STRING
 *       error_message => NULLABLE_STRING
 *   throttle_time_ms => INT32
 *
 * Produce Response (Version: 9-10) => [responses] throttle_time_ms _tagged_fields
 *   responses => name [partition_responses] _tagged_fields
 *     name => COMPACT_STRING
 *     partition_responses => index error_code base_offset log_append_time_ms log_start_offset [record_errors] error_message _tagged_fields
 *       index => INT32
 *       error_code => INT16
 *       base_offset => INT64
 *       log_append_time_ms => INT64
 *       log_start_offset => INT64
 *       record_errors => batch_index batch_index_error_message _tagged_fields
 *         batch_index => INT32
 *         batch_index_error_message => COMPACT_NULLABLE_STRING
 *       error_message => COMPACT_NULLABLE_STRING
 *   throttle_time_ms => INT32
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('ProduceRequest', 0, '0-11', '9+', [
  f('transactionalId', 'string', '3+', { nullable: '3+', default: 'null' }),
  f('acks', 'int16', '0+'),
  f('timeoutMs', 'int32', '0+'),
  f('topicData', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitionData', '[]', '0+', null, [
      f('index', 'int32', '0+'),
      f('records', 'records', '0+', { nullable: '0+' }),
    ]),
  ]),
]);

export const response = message('ProduceResponse', 0, '0-11', '9+', [
  f('responses', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitionResponses', '[]', '0+', null, [
      f('index', 'int32', '0+'),
      f('errorCode', 'int16', '0+'),
      f('baseOffset', 'int64', '0+'),
      f('logAppendTimeMs', 'int64', '2+', { default: '-1' }),
      f('logStartOffset', 'int64', '5+', { default: '-1' }),
      f('recordErrors', '[]', '8+', null, [
        f('batchIndex', 'int32', '8+'),
        f('batchIndexErrorMessage', 'string', '8+', { nullable: '8+', default: 'null' }),
      ]),
      f('errorMessage', 'string', '8+', { nullable: '8+', default: 'null' }),
      f('currentLeader', 'struct', '10+', { tag: 0, tagged: '10+' }, [
        f('leaderId', 'int32', '10+', { default: '-1' }),
        f('leaderEpoch', 'int32', '10+', { default: '-1' }),
      ]),
    ]),
  ]),
  f('throttleTimeMs', 'int32', '1+', { default: '0' }),
  f('nodeEndpoints', '[]', '10+', { tag: 0, tagged: '10+' }, [
    f('nodeId', 'int32', '10+'),
    f('host', 'string', '10+'),
    f('port', 'int32', '10+'),
    f('rack', 'string', '10+', { nullable: '10+', default: 'null' }),
  ]),
]);

export const api = defineApi(request, response, 3, 10);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
