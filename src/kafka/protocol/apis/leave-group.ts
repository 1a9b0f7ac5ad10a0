/**
 * LeaveGroup (API key 13), versions 0-5. Message specs transcribed from Kafka's
 * LeaveGroupRequest.json / LeaveGroupResponse.json; the grammar below is the spec's, per version.
 *
 * LeaveGroup Request (Version: 0-2) => group_id member_id
 *   group_id => STRING
 *   member_id => STRING
 *
 * LeaveGroup Request (Version: 3) => group_id [members]
 *   group_id => STRING
 *   members => member_id group_instance_id
 *     member_id => STRING
 *     group_instance_id => NULLABLE_STRING
 *
 * LeaveGroup Request (Version: 4) => group_id [members] _tagged_fields
 *   group_id => COMPACT_STRING
 *   members => member_id group_instance_id _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *
 * LeaveGroup Request (Version: 5) => group_id [members] _tagged_fields
 *   group_id => COMPACT_STRING
 *   members => member_id group_instance_id reason _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     reason => COMPACT_NULLABLE_STRING
 *
 * LeaveGroup Response (Version: 0) => error_code
 *   error_code => INT16
 *
 * LeaveGroup Response (Version: 1-2) => throttle_time_ms error_code
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *
 * LeaveGroup Response (Version: 3) => throttle_time_ms error_code [members]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   members => member_id group_instance_id error_code
 *     member_id => STRING
 *     group_instance_id => NULLABLE_STRING
 *     error_code => INT16
 *
 * LeaveGroup Response (Version: 4-5) => throttle_time_ms error_code [members] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   members => member_id group_instance_id error_code _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     error_code => INT16
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('LeaveGroupRequest', 13, '0-5', '4+', [
  f('groupId', 'string', '0+'),
  f('memberId', 'string', '0-2'),
  f('members', '[]', '3+', null, [
    f('memberId', 'string', '3+'),
    f('groupInstanceId', 'string', '3+', { nullable: '3+', default: 'null' }),
    f('reason', 'string', '5+', { nullable: '5+', default: 'null' }),
  ]),
]);

export const response = message('LeaveGroupResponse', 13, '0-5', '4+', [
  f('throttleTimeMs', 'int32', '1+'),
  f('errorCode', 'int16', '0+'),
  f('members', '[]', '3+', null, [
    f('memberId', 'string', '3+'),
    f('groupInstanceId', 'string', '3+', { nullable: '3+' }),
    f('errorCode', 'int16', '3+'),
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
