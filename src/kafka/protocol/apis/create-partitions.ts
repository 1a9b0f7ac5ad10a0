/**
 * CreatePartitions (API key 37), versions 0-3. Message specs transcribed from Kafka's
 * CreatePartitionsRequest.json / CreatePartitionsResponse.json; the grammar below is the spec's, per version.
 *
 * CreatePartitions Request (Version: 0-1) => [topics] timeout_ms validate_only
 *   topics => name count [assignments]
 *     name => STRING
 *     count => INT32
 *     assignments => [broker_ids]
 *       broker_ids => INT32
 *   timeout_ms => INT32
 *   validate_only => BOOLEAN
 *
 * CreatePartitions Request (Version: 2-3) => [topics] timeout_ms validate_only _tagged_fields
 *   topics => name count [assignments] _tagged_fields
 *     name => COMPACT_STRING
 *     count => INT32
 *     assignments => [broker_ids] _tagged_fields
 *       broker_ids => INT32
 *   timeout_ms => INT32
 *   validate_only => BOOLEAN
 *
 * CreatePartitions Response (Version: 0-1) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => name error_code error_message
 *     name => STRING
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *
 * CreatePartitions Response (Version: 2-3) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => name error_code error_message _tagged_fields
 *     name => COMPACT_STRING
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('CreatePartitionsRequest', 37, '0-3', '2+', [
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('count', 'int32', '0+'),
    f('assignments', '[]', '0+', { nullable: '0+' }, [f('brokerIds', '[]int32', '0+')]),
  ]),
  f('timeoutMs', 'int32', '0+'),
  f('validateOnly', 'bool', '0+'),
]);

export const response = message('CreatePartitionsResponse', 37, '0-3', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('results', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
  ]),
]);

export const api = defineApi(request, response, 0, 3);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
