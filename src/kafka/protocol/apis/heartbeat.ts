/**
 * Heartbeat (API key 12), versions 0-4. Message specs transcribed from Kafka's
 * HeartbeatRequest.json / HeartbeatResponse.json; the grammar below is the spec's, per version.
 *
 * Heartbeat Request (Version: 0-2) => group_id generation_id member_id
 *   group_id => STRING
 *   generation_id => INT32
 *   member_id => STRING
 *
 * Heartbeat Request (Version: 3) => group_id generation_id member_id group_instance_id
 *   group_id => STRING
 *   generation_id => INT32
 *   member_id => STRING
 *   group_instance_id => NULLABLE_STRING
 *
 * Heartbeat Request (Version: 4) => group_id generation_id member_id group_instance_id _tagged_fields
 *   group_id => COMPACT_STRING
 *   generation_id => INT32
 *   member_id => COMPACT_STRING
 *   group_instance_id => COMPACT_NULLABLE_STRING
 *
 * Heartbeat Response (Version: 0) => error_code
 *   error_code => INT16
 *
 * Heartbeat Response (Version: 1-3) => throttle_time_ms error_code
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *
 * Heartbeat Response (Version: 4) => throttle_time_ms error_code _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('HeartbeatRequest', 12, '0-4', '4+', [
  f('groupId', 'string', '0+'),
  f('generationId', 'int32', '0+'),
  f('memberId', 'string', '0+'),
  f('groupInstanceId', 'string', '3+', { nullable: '3+', default: 'null' }),
]);

export const response = message('HeartbeatResponse', 12, '0-4', '4+', [
  f('throttleTimeMs', 'int32', '1+'),
  f('errorCode', 'int16', '0+'),
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
