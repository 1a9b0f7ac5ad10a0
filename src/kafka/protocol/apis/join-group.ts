/**
 * JoinGroup (API key 11), versions 0-9. Message specs transcribed from Kafka's
 * JoinGroupRequest.json / JoinGroupResponse.json; the grammar below is the spec's, per version.
 *
 * JoinGroup Request (Version: 0) => group_id session_timeout_ms member_id protocol_type [protocols]
 *   group_id => STRING
 *   session_timeout_ms => INT32
 *   member_id => STRING
 *   protocol_type => STRING
 *   protocols => name metadata
 *     name => STRING
 *     metadata => BYTES
 *
 * JoinGroup Request (Version: 1-4) => group_id session_timeout_ms rebalance_timeout_ms member_id protocol_type [protocols]
 *   group_id => STRING
 *   session_timeout_ms => INT32
 *   rebalance_timeout_ms => INT32
 *   member_id => STRING
 *   protocol_type => STRING
 *   protocols => name metadata
 *     name => STRING
 *     metadata => BYTES
 *
 * JoinGroup Request (Version: 5) => group_id session_timeout_ms rebalance_timeout_ms member_id group_instance_id protocol_type [protocols]
 *   group_id => STRING
 *   session_timeout_ms => INT32
 *   rebalance_timeout_ms => INT32
 *   member_id => STRING
 *   group_instance_id => NULLABLE_STRING
 *   protocol_type => STRING
 *   protocols => name metadata
 *     name => STRING
 *     metadata => BYTES
 *
 * JoinGroup Request (Version: 6-7) => group_id session_timeout_ms rebalance_timeout_ms member_id group_instance_id protocol_type [protocols] _tagged_fields
 *   group_id => COMPACT_STRING
 *   session_timeout_ms => INT32
 *   rebalance_timeout_ms => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   protocol_type => COMPACT_STRING
 *   protocols => name metadata _tagged_fields
 *     name => COMPACT_STRING
 *     metadata => COMPACT_BYTES
 *
 * JoinGroup Request (Version: 8-9) => group_id session_timeout_ms rebalance_timeout_ms member_id group_instance_id protocol_type [protocols] reason _tagged_fields
 *   group_id => COMPACT_STRING
 *   session_timeout_ms => INT32
 *   rebalance_timeout_ms => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   protocol_type => COMPACT_STRING
 *   protocols => name metadata _tagged_fields
 *     name => COMPACT_STRING
 *     metadata => COMPACT_BYTES
 *   reason => COMPACT_NULLABLE_STRING
 *
 * JoinGroup Response (Version: 0-1) => error_code generation_id protocol_name leader member_id [members]
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_name => STRING
 *   leader => STRING
 *   member_id => STRING
 *   members => member_id metadata
 *     member_id => STRING
 *     metadata => BYTES
 *
 * JoinGroup Response (Version: 2-4) => throttle_time_ms error_code generation_id protocol_name leader member_id [members]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_name => STRING
 *   leader => STRING
 *   member_id => STRING
 *   members => member_id metadata
 *     member_id => STRING
 *     metadata => BYTES
 *
 * JoinGroup Response (Version: 5) => throttle_time_ms error_code generation_id protocol_name leader member_id [members]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_name => STRING
 *   leader => STRING
 *   member_id => STRING
 *   members => member_id group_instance_id metadata
 *     member_id => STRING
 *     group_instance_id => NULLABLE_STRING
 *     metadata => BYTES
 *
 * JoinGroup Response (Version: 6) => throttle_time_ms error_code generation_id protocol_name leader member_id [members] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_name => COMPACT_STRING
 *   leader => COMPACT_STRING
 *   member_id => COMPACT_STRING
 *   members => member_id group_instance_id metadata _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     metadata => COMPACT_BYTES
 *
 * JoinGroup Response (Version: 7-8) => throttle_time_ms error_code generation_id protocol_type protocol_name leader member_id [members] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_type => COMPACT_NULLABLE_STRING
 *   protocol_name => COMPACT_NULLABLE_STRING
 *   leader => COMPACT_STRING
 *   member_id => COMPACT_STRING
 *   members => member_id group_instance_id metadata _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     metadata => COMPACT_BYTES
 *
 * JoinGroup Response (Version: 9) => throttle_time_ms error_code generation_id protocol_type protocol_name leader skip_assignment member_id [members] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   generation_id => INT32
 *   protocol_type => COMPACT_NULLABLE_STRING
 *   protocol_name => COMPACT_NULLABLE_STRING
 *   leader => COMPACT_STRING
 *   skip_assignment => BOOLEAN
 *   member_id => COMPACT_STRING
 *   members => member_id group_instance_id metadata _tagged_fields
 *     member_id => COMPACT_STRING
 *     group_instance_id => COMPACT_NULLABLE_STRING
 *     metadata => COMPACT_BYTES
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('JoinGroupRequest', 11, '0-9', '6+', [
  f('groupId', 'string', '0+'),
  f('sessionTimeoutMs', 'int32', '0+'),
  f('rebalanceTimeoutMs', 'int32', '1+', { default: '-1' }),
  f('memberId', 'string', '0+'),
  f('groupInstanceId', 'string', '5+', { nullable: '5+', default: 'null' }),
  f('protocolType', 'string', '0+'),
  f('protocols', '[]', '0+', null, [f('name', 'string', '0+'), f('metadata', 'bytes', '0+')]),
  f('reason', 'string', '8+', { nullable: '8+', default: 'null' }),
]);

export const response = message('JoinGroupResponse', 11, '0-9', '6+', [
  f('throttleTimeMs', 'int32', '2+'),
  f('errorCode', 'int16', '0+'),
  f('generationId', 'int32', '0+', { default: '-1' }),
  f('protocolType', 'string', '7+', { nullable: '7+', default: 'null' }),
  f('protocolName', 'string', '0+', { nullable: '7+' }),
  f('leader', 'string', '0+'),
  f('skipAssignment', 'bool', '9+', { default: 'false' }),
  f('memberId', 'string', '0+'),
  f('members', '[]', '0+', null, [
    f('memberId', 'string', '0+'),
    f('groupInstanceId', 'string', '5+', { nullable: '5+', default: 'null' }),
    f('metadata', 'bytes', '0+'),
  ]),
]);

export const api = defineApi(request, response, 0, 9);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
