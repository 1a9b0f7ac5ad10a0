/**
 * AlterConfigs (API key 33), versions 0-2. Message specs transcribed from Kafka's
 * AlterConfigsRequest.json / AlterConfigsResponse.json; the grammar below is the spec's, per version.
 *
 * AlterConfigs Request (Version: 0-1) => [resources] validate_only
 *   resources => resource_type resource_name [configs]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name value
 *       name => STRING
 *       value => NULLABLE_STRING
 *   validate_only => BOOLEAN
 *
 * AlterConfigs Request (Version: 2) => [resources] validate_only _tagged_fields
 *   resources => resource_type resource_name [configs] _tagged_fields
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     configs => name value _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *   validate_only => BOOLEAN
 *
 * AlterConfigs Response (Version: 0-1) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => error_code error_message resource_type resource_name
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 *
 * AlterConfigs Response (Version: 2) => throttle_time_ms [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   responses => error_code error_message resource_type resource_name _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('AlterConfigsRequest', 33, '0-2', '2+', [
  f('resources', '[]', '0+', null, [
    f('resourceType', 'int8', '0+'),
    f('resourceName', 'string', '0+'),
    f('configs', '[]', '0+', null, [
      f('name', 'string', '0+'),
      f('value', 'string', '0+', { nullable: '0+' }),
    ]),
  ]),
  f('validateOnly', 'bool', '0+'),
]);

export const response = message('AlterConfigsResponse', 33, '0-2', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('responses', '[]', '0+', null, [
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '0+', { nullable: '0+' }),
    f('resourceType', 'int8', '0+'),
    f('resourceName', 'string', '0+'),
  ]),
]);

export const api = defineApi(request, response, 0, 2);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
