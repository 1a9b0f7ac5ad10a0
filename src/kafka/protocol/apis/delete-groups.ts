/**
 * DeleteGroups (API key 42), versions 0-2. Message specs transcribed from Kafka's
 * DeleteGroupsRequest.json / DeleteGroupsResponse.json; the grammar below is the spec's, per version.
 *
 * DeleteGroups Request (Version: 0-1) => [groups_names]
 *   groups_names => STRING
 *
 * DeleteGroups Request (Version: 2) => [groups_names] _tagged_fields
 *   groups_names => COMPACT_STRING
 *
 * DeleteGroups Response (Version: 0-1) => throttle_time_ms [results]
 *   throttle_time_ms => INT32
 *   results => group_id error_code
 *     group_id => STRING
 *     error_code => INT16
 *
 * DeleteGroups Response (Version: 2) => throttle_time_ms [results] _tagged_fields
 *   throttle_time_ms => INT32
 *   results => group_id error_code _tagged_fields
 *     group_id => COMPACT_STRING
 *     error_code => INT16
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DeleteGroupsRequest', 42, '0-2', '2+', [f('groupsNames', '[]string', '0+')]);

export const response = message('DeleteGroupsResponse', 42, '0-2', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('results', '[]', '0+', null, [f('groupId', 'string', '0+'), f('errorCode', 'int16', '0+')]),
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
