/**
 * DescribeConfigs (API key 32), versions 0-4. Message specs transcribed from Kafka's
 * DescribeConfigsRequest.json / DescribeConfigsResponse.json; the grammar below is the spec's, per version.
 *
 * DescribeConfigs Request (Version: 0) => [resources]
 *   resources => resource_type resource_name [configuration_keys]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configuration_keys => NULLABLE_STRING
 *
 * DescribeConfigs Request (Version: 1-2) => [resources] include_synonyms
 *   resources => resource_type resource_name [configuration_keys]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configuration_keys => NULLABLE_STRING
 *   include_synonyms => BOOLEAN
 *
 * DescribeConfigs Request (Version: 3) => [resources] include_synonyms include_documentation
 *   resources => resource_type resource_name [configuration_keys]
 *     resource_type => INT8
 *     resource_name => STRING
 *     configuration_keys => NULLABLE_STRING
 *   include_synonyms => BOOLEAN
 *   include_documentation => BOOLEAN
 *
 * DescribeConfigs Request (Version: 4) => [resources] include_synonyms include_documentation _tagged_fields
 *   resources => resource_type resource_name [configuration_keys] _tagged_fields
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     configuration_keys => COMPACT_NULLABLE_STRING
 *   include_synonyms => BOOLEAN
 *   include_documentation => BOOLEAN
 *
 * DescribeConfigs Response (Version: 0) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => error_code error_message resource_type resource_name [configs]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name value read_only is_default is_sensitive
 *       name => STRING
 *       value => NULLABLE_STRING
 *       read_only => BOOLEAN
 *       is_default => BOOLEAN
 *       is_sensitive => BOOLEAN
 *
 * DescribeConfigs Response (Version: 1-2) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => error_code error_message resource_type resource_name [configs]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name value read_only config_source is_sensitive [synonyms]
 *       name => STRING
 *       value => NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *       synonyms => name value source
 *         name => STRING
 *         value => NULLABLE_STRING
 *         source => INT8
 *
 * DescribeConfigs Response (Version: 3) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => error_code error_message resource_type resource_name [configs]
 *     error_code => INT16
 *     error_message => NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => STRING
 *     configs => name value read_only config_source is_sensitive [synonyms] config_type documentation
 *       name => STRING
 *       value => NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *       synonyms => name value source
 *         name => STRING
 *         value => NULLABLE_STRING
 *         source => INT8
 *       config_type => INT8
 *       documentation => NULLABLE_STRING
 *
 * DescribeConfigs Response (Version: 4) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => error_code error_message resource_type resource_name [configs] _tagged_fields
 *     error_code => INT16
 *     error_message => COMPACT_NULLABLE_STRING
 *     resource_type => INT8
 *     resource_name => COMPACT_STRING
 *     configs => name value read_only config_source is_sensitive [synonyms] config_type documentation _tagged_fields
 *       name => COMPACT_STRING
 *       value => COMPACT_NULLABLE_STRING
 *       read_only => BOOLEAN
 *       config_source => INT8
 *       is_sensitive => BOOLEAN
 *       synonyms => name value source _tagged_fields
 *         name => COMPACT_STRING
 *         value => COMPACT_NULLABLE_STRING
 *         source => INT8
 *       config_type => INT8
 *       documentation => COMPACT_NULLABLE_STRING
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeConfigsRequest', 32, '0-4', '4+', [
  f('resources', '[]', '0+', null, [
    f('resourceType', 'int8', '0+'),
    f('resourceName', 'string', '0+'),
    f('configurationKeys', '[]string', '0+', { nullable: '0+' }),
  ]),
  f('includeSynonyms', 'bool', '1+', { default: 'false' }),
  f('includeDocumentation', 'bool', '3+', { default: 'false' }),
]);

export const response = message('DescribeConfigsResponse', 32, '0-4', '4+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('results', '[]', '0+', null, [
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '0+', { nullable: '0+' }),
    f('resourceType', 'int8', '0+'),
    f('resourceName', 'string', '0+'),
    f('configs', '[]', '0+', null, [
      f('name', 'string', '0+'),
      f('value', 'string', '0+', { nullable: '0+' }),
      f('readOnly', 'bool', '0+'),
      f('isDefault', 'bool', '0'),
      f('configSource', 'int8', '1+', { default: '-1' }),
      f('isSensitive', 'bool', '0+'),
      f('synonyms', '[]', '1+', null, [
        f('name', 'string', '1+'),
        f('value', 'string', '1+', { nullable: '0+' }),
        f('source', 'int8', '1+'),
      ]),
      f('configType', 'int8', '3+', { default: '0' }),
      f('documentation', 'string', '3+', { nullable: '0+' }),
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
