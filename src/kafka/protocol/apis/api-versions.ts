/**
 * ApiVersions (API key 18), versions 0-4. Message specs transcribed from Kafka's
 * ApiVersionsRequest.json / ApiVersionsResponse.json; the grammar below is the spec's, per version.
 *
 * ApiVersions Request (Version: 0-2) =>
 *
 * ApiVersions Request (Version: 3-4) => client_software_name client_software_version _tagged_fields
 *   client_software_name => COMPACT_STRING
 *   client_software_version => COMPACT_STRING
 *
 * ApiVersions Response (Version: 0) => error_code [api_keys]
 *   error_code => INT16
 *   api_keys => api_key min_version max_version
 *     api_key => INT16
 *     min_version => INT16
 *     max_version => INT16
 *
 * ApiVersions Response (Version: 1-2) => error_code [api_keys] throttle_time_ms
 *   error_code => INT16
 *   api_keys => api_key min_version max_version
 *     api_key => INT16
 *     min_version => INT16
 *     max_version => INT16
 *   throttle_time_ms => INT32
 *
 * ApiVersions Response (Version: 3-4) => error_code [api_keys] throttle_time_ms _tagged_fields
 *   error_code => INT16
 *   api_keys => api_key min_version max_version _tagged_fields
 *     api_key => INT16
 *     min_version => INT16
 *     max_version => INT16
 *   throttle_time_ms => INT32
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('ApiVersionsRequest', 18, '0-4', '3+', [
  f('clientSoftwareName', 'string', '3+'),
  f('clientSoftwareVersion', 'string', '3+'),
]);

export const response = message('ApiVersionsResponse', 18, '0-4', '3+', [
  f('errorCode', 'int16', '0+'),
  f('apiKeys', '[]', '0+', null, [
    f('apiKey', 'int16', '0+'),
    f('minVersion', 'int16', '0+'),
    f('maxVersion', 'int16', '0+'),
  ]),
  f('throttleTimeMs', 'int32', '1+'),
  f('supportedFeatures', '[]', '3+', { tag: 0, tagged: '3+' }, [
    f('name', 'string', '3+'),
    f('minVersion', 'int16', '3+'),
    f('maxVersion', 'int16', '3+'),
  ]),
  f('finalizedFeaturesEpoch', 'int64', '3+', { tag: 1, tagged: '3+', default: '-1' }),
  f('finalizedFeatures', '[]', '3+', { tag: 2, tagged: '3+' }, [
    f('name', 'string', '3+'),
    f('maxVersionLevel', 'int16', '3+'),
    f('minVersionLevel', 'int16', '3+'),
  ]),
  f('zkMigrationReady', 'bool', '3+', { tag: 3, tagged: '3+', default: 'false' }),
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
