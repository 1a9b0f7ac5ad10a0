/**
 * FindCoordinator (API key 10), versions 0-4. Message specs transcribed from Kafka's
 * FindCoordinatorRequest.json / FindCoordinatorResponse.json; the grammar below is the spec's, per version.
 *
 * FindCoordinator Request (Version: 0) => key
 *   key => STRING
 *
 * FindCoordinator Request (Version: 1-2) => key key_type
 *   key => STRING
 *   key_type => INT8
 *
 * FindCoordinator Request (Version: 3) => key key_type _tagged_fields
 *   key => COMPACT_STRING
 *   key_type => INT8
 *
 * FindCoordinator Request (Version: 4) => key_type [coordinator_keys] _tagged_fields
 *   key_type => INT8
 *   coordinator_keys => COMPACT_STRING
 *
 * FindCoordinator Response (Version: 0) => error_code node_id host port
 *   error_code => INT16
 *   node_id => INT32
 *   host => STRING
 *   port => INT32
 *
 * FindCoordinator Response (Version: 1-2) => throttle_time_ms error_code error_message node_id host port
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   node_id => INT32
 *   host => STRING
 *   port => INT32
 *
 * FindCoordinator Response (Version: 3) => throttle_time_ms error_code error_message node_id host port _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   node_id => INT32
 *   host => COMPACT_STRING
 *   port => INT32
 *
 * FindCoordinator Response (Version: 4) => throttle_time_ms [coordinators] _tagged_fields
 *   throttle_time_ms => INT32
 *   coordinators => key node_id host port error_code error_message _tagged_fields
 *     key => COMPACT_STRING
 *     node_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('FindCoordinatorRequest', 10, '0-6', '3+', [
  f('key', 'string', '0-3'),
  f('keyType', 'int8', '1+', { default: '0' }),
  f('coordinatorKeys', '[]string', '4+'),
]);

export const response = message('FindCoordinatorResponse', 10, '0-6', '3+', [
  f('throttleTimeMs', 'int32', '1+'),
  f('errorCode', 'int16', '0-3'),
  f('errorMessage', 'string', '1-3', { nullable: '1-3' }),
  f('nodeId', 'int32', '0-3'),
  f('host', 'string', '0-3'),
  f('port', 'int32', '0-3'),
  f('coordinators', '[]', '4+', null, [
    f('key', 'string', '4+'),
    f('nodeId', 'int32', '4+'),
    f('host', 'string', '4+'),
    f('port', 'int32', '4+'),
    f('errorCode', 'int16', '4+'),
    f('errorMessage', 'string', '4+', { nullable: '4+' }),
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
