/**
 * DeleteTopics (API key 20), versions 0-6. Message specs transcribed from Kafka's
 * DeleteTopicsRequest.json / DeleteTopicsResponse.json; the grammar below is the spec's, per version.
 *
 * DeleteTopics Request (Version: 0-3) => [topic_names] timeout_ms
 *   topic_names => STRING
 *   timeout_ms => INT32
 *
 * DeleteTopics Request (Version: 4-5) => [topic_names] timeout_ms _tagged_fields
 *   topic_names => COMPACT_STRING
 *   timeout_ms => INT32
 *
 * DeleteTopics Request (Version: 6) => [topics] timeout_ms _tagged_fields
 *   topics => name topic_id _tagged_fields
 *     name => COMPACT_NULLABLE_STRING
 *     topic_id => UUID
 *   timeout_ms => INT32
 *
 * DeleteTopics Response (Version: 0) => [responses]
 *   responses => name error_code
 *     name => STRING
 *     error_code => INT16
 *
 * DeleteTopics Response (Version: 1-3) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => name error_code
 *     name => STRING
 *     error_code => INT16
 *
 * DeleteTopics Response (Version: 4) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => name error_code _tagged_fields
 *     name => COMPACT_STRING
 *     error_code => INT16
 *
 * DeleteTopics Response (Version: 5) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => name error_code error_message _tagged_fields
 *     name => COMPACT_STRING
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *
 * DeleteTopics Response (Version: 6) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => name topic_id error_code error_message _tagged_fields
 *     name => COMPACT_NULLABLE_STRING
 *     topic_id => UUID
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DeleteTopicsRequest', 20, '0-6', '4+', [
  f('topics', '[]', '6+', null, [
    f('name', 'string', '6+', { nullable: '6+', default: 'null' }),
    f('topicId', 'uuid', '6+'),
  ]),
  f('topicNames', '[]string', '0-5'),
  f('timeoutMs', 'int32', '0+'),
]);

export const response = message('DeleteTopicsResponse', 20, '0-6', '4+', [
  f('throttleTimeMs', 'int32', '1+'),
  f('responses', '[]', '0+', null, [
    f('name', 'string', '0+', { nullable: '6+' }),
    f('topicId', 'uuid', '6+'),
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '5+', { nullable: '5+', default: 'null' }),
  ]),
]);

export const api = defineApi(request, response, 0, 6);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
