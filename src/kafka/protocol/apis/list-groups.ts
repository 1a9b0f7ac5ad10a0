/**
 * ListGroups (API key 16), versions 0-5. Message specs transcribed from Kafka's
 * ListGroupsRequest.json / ListGroupsResponse.json; the grammar below is the spec's, per version.
 *
 * ListGroups Request (Version: 0-2) =>
 *
 * ListGroups Request (Version: 3) => _tagged_fields
 *
 * ListGroups Request (Version: 4) => [states_filter] _tagged_fields
 *   states_filter => COMPACT_STRING
 *
 * ListGroups Request (Version: 5) => [states_filter] [types_filter] _tagged_fields
 *   states_filter => COMPACT_STRING
 *   types_filter => COMPACT_STRING
 *
 * ListGroups Response (Version: 0) => error_code [groups]
 *   error_code => INT16
 *   groups => group_id protocol_type
 *     group_id => STRING
 *     protocol_type => STRING
 *
 * ListGroups Response (Version: 1-2) => throttle_time_ms error_code [groups]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   groups => group_id protocol_type
 *     group_id => STRING
 *     protocol_type => STRING
 *
 * ListGroups Response (Version: 3) => throttle_time_ms error_code [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   groups => group_id protocol_type _tagged_fields
 *     group_id => COMPACT_STRING
 *     protocol_type => COMPACT_STRING
 *
 * ListGroups Response (Version: 4) => throttle_time_ms error_code [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   groups => group_id protocol_type group_state _tagged_fields
 *     group_id => COMPACT_STRING
 *     protocol_type => COMPACT_STRING
 *     group_state => COMPACT_STRING
 *
 * ListGroups Response (Version: 5) => throttle_time_ms error_code [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   groups => group_id protocol_type group_state group_type _tagged_fields
 *     group_id => COMPACT_STRING
 *     protocol_type => COMPACT_STRING
 *     group_state => COMPACT_STRING
 *     group_type => COMPACT_STRING
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('ListGroupsRequest', 16, '0-5', '3+', [
  f('statesFilter', '[]string', '4+'),
  f('typesFilter', '[]string', '5+'),
]);

export const response = message('ListGroupsResponse', 16, '0-5', '3+', [
  f('throttleTimeMs', 'int32', '1+'),
  f('errorCode', 'int16', '0+'),
  f('groups', '[]', '0+', null, [
    f('groupId', 'string', '0+'),
    f('protocolType', 'string', '0+'),
    f('groupState', 'string', '4+'),
    f('groupType', 'string', '5+'),
  ]),
]);

export const api = defineApi(request, response, 0, 5);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
