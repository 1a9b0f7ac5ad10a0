/**
 * DescribeGroups (API key 15), versions 0-5. Message specs transcribed from Kafka's
 * DescribeGroupsRequest.json / DescribeGroupsResponse.json; the grammar below is the spec's, per version.
 *
 * DescribeGroups Request (Version: 0-2) => [groups]
 *   groups => STRING
 *
 * DescribeGroups Request (Version: 3-4) => [groups] include_authorized_operations
 *   groups => STRING
 *   include_authorized_operations => BOOLEAN
 *
 * DescribeGroups Request (Version: 5) => [groups] include_authorized_operations _tagged_fields
 *   groups => COMPACT_STRING
 *   include_authorized_operations => BOOLEAN
 *
 * DescribeGroups Response (Version: 0) => [groups]
 *   groups => error_code group_id group_state protocol_type protocol_data [members]
 *     error_code => INT16
 *     group_id => STRING
 *     group_state => STRING
 *     protocol_type => STRING
 *     protocol_data => STRING
 *     members => member_id client_id client_host member_metadata member_assignment
 *       member_id => STRING
 *       client_id => STRING
 *       client_host => STRING
 *       member_metadata => BYTES
 *       member_assignment => BYTES
 *
 * DescribeGroups Response (Version: 1-2) => throttle_time_ms [groups]
 *   throttle_time_ms => INT32
 *   groups => error_code group_id group_state protocol_type protocol_data [members]
 *     error_code => INT16
 *     group_id => STRING
 *     group_state => STRING
 *     protocol_type => STRING
 *     protocol_data => STRING
 *     members => member_id client_id client_host member_metadata member_assignment
 *       member_id => STRING
 *       client_id => STRING
 *       client_host => STRING
 *       member_metadata => BYTES
 *       member_assignment => BYTES
 *
 * DescribeGroups Response (Version: 3) => throttle_time_ms [groups]
 *   throttle_time_ms => INT32
 *   groups => error_code group_id group_state protocol_type protocol_data [members] authorized_operations
 *     error_code => INT16
 *     group_id => STRING
 *     group_state => STRING
 *     protocol_type => STRING
 *     protocol_data => STRING
 *     members => member_id client_id client_host member_metadata member_assignment
 *       member_id => STRING
 *       client_id => STRING
 *       client_host => STRING
 *       member_metadata => BYTES
 *       member_assignment => BYTES
 *     authorized_operations => INT32
 *
 * DescribeGroups Response (Version: 4) => throttle_time_ms [groups]
 *   throttle_time_ms => INT32
 *   groups => error_code group_id group_state protocol_type protocol_data [members] authorized_operations
 *     error_code => INT16
 *     group_id => STRING
 *     group_state => STRING
 *     protocol_type => STRING
 *     protocol_data => STRING
 *     members => member_id group_instance_id client_id client_host member_metadata member_assignment
 *       member_id => STRING
 *       group_instance_id => NULLABLE_STRING
 *       client_id => STRING
 *       client_host => STRING
 *       member_metadata => BYTES
 *       member_assignment => BYTES
 *     authorized_operations => INT32
 *
 * DescribeGroups Response (Version: 5) => throttle_time_ms [groups] _tagged_fields
 *   throttle_time_ms => INT32
 *   groups => error_code group_id group_state protocol_type protocol_data [members] authorized_operations _tagged_fields
 *     error_code => INT16
 *     group_id => COMPACT_STRING
 *     group_state => COMPACT_STRING
 *     protocol_type => COMPACT_STRING
 *     protocol_data => COMPACT_STRING
 *     members => member_id group_instance_id client_id client_host member_metadata member_assignment _tagged_fields
 *       member_id => COMPACT_STRING
 *       group_instance_id => COMPACT_NULLABLE_STRING
 *       client_id => COMPACT_STRING
 *       client_host => COMPACT_STRING
 *       member_metadata => COMPACT_BYTES
 *       member_assignment => COMPACT_BYTES
 *     authorized_operations => INT32
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeGroupsRequest', 15, '0-5', '5+', [
  f('groups', '[]string', '0+'),
  f('includeAuthorizedOperations', 'bool', '3+'),
]);

export const response = message('DescribeGroupsResponse', 15, '0-5', '5+', [
  f('throttleTimeMs', 'int32', '1+'),
  f('groups', '[]', '0+', null, [
    f('errorCode', 'int16', '0+'),
    f('groupId', 'string', '0+'),
    f('groupState', 'string', '0+'),
    f('protocolType', 'string', '0+'),
    f('protocolData', 'string', '0+'),
    f('members', '[]', '0+', null, [
      f('memberId', 'string', '0+'),
      f('groupInstanceId', 'string', '4+', { nullable: '4+', default: 'null' }),
      f('clientId', 'string', '0+'),
      f('clientHost', 'string', '0+'),
      f('memberMetadata', 'bytes', '0+'),
      f('memberAssignment', 'bytes', '0+'),
    ]),
    f('authorizedOperations', 'int32', '3+', { default: '-2147483648' }),
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
