/**
 * SyncGroup (API key 14), versions 0-5. Message specs transcribed from Kafka's
 * SyncGroupRequest.json / SyncGroupResponse.json; the grammar below is the spec's, per version.
 *
 * SyncGroup Request (Version: 0-2) => group_id generation_id member_id [assignments]
 *   group_id => STRING
 *   generation_id => INT32
 *   member_id => STRING
 *   assignments => member_id assignment
 *     member_id => STRING
 *     assignment => BYTES
 *
 * SyncGroup Request (Version: 3) => group_id generation_id member_id group_instance_id [assignments]
 *   group_id => STRING
 *   generation_id => INT32
 *   member_id => STRING
 *   group_instance_id => NULLABLE_STRING
 *   assignments => member_id assignment
 *     member_id => STRING
 *     assignment => BYTES
 *
 * SyncGroup Request (Version: 4) => group_id generation_id member_id group_instance_id [assignments] _tagged_fields
 *   group_id => COMPACT_STRING
 *   generation_id => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   assignments => member_id assignment _tagged_fields
 *     member_id => COMPACT_STRING
 *     assignment => COMPACT_BYTES
 *
 * SyncGroup Request (Version: 5) => group_id generation_id member_id group_instance_id protocol_type protocol_name [assignments] _tagged_fields
 *   group_id => COMPACT_STRING
 *   generation_id => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *   protocol_type => COMPACT_NULLABLE_STRING
 *   protocol_name => COMPACT_NULLABLE_STRING
 *   assignments => member_id assignment _tagged_fields
 *     member_id => COMPACT_STRING
 *     assignment => COMPACT_BYTES
 *
 * SyncGroup Response (Version: 0) => error_code assignment
 *   error_code => INT16
 *   assignment => BYTES
 *
 * SyncGroup Response (Version: 1-3) => throttle_time_ms error_code assignment
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   assignment => BYTES
 *
 * SyncGroup Response (Version: 4) => throttle_time_ms error_code assignment _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   assignment => COMPACT_BYTES
 *
 * SyncGroup Response (Version: 5) => throttle_time_ms error_code protocol_type protocol_name assignment _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   protocol_type => COMPACT_NULLABLE_STRING
 *   protocol_name => COMPACT_NULLABLE_STRING
 *   assignment => COMPACT_BYTES
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('SyncGroupRequest', 14, '0-5', '4+', [
  f('groupId', 'string', '0+'),
  f('generationId', 'int32', '0+'),
  f('memberId', 'string', '0+'),
  f('groupInstanceId', 'string', '3+', { nullable: '3+', default: 'null' }),
  f('protocolType', 'string', '5+', { nullable: '5+', default: 'null' }),
  f('protocolName', 'string', '5+', { nullable: '5+', default: 'null' }),
  f('assignments', '[]', '0+', null, [f('memberId', 'string', '0+'), f('assignment', 'bytes', '0+')]),
]);

export const response = message('SyncGroupResponse', 14, '0-5', '4+', [
  f('throttleTimeMs', 'int32', '1+'),
  f('errorCode', 'int16', '0+'),
  f('protocolType', 'string', '5+', { nullable: '5+', default: 'null' }),
  f('protocolName', 'string', '5+', { nullable: '5+', default: 'null' }),
  f('assignment', 'bytes', '0+'),
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
