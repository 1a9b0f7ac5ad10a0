/**
 * SaslAuthenticate (API key 36), versions 0-2. Message specs transcribed from Kafka's
 * SaslAuthenticateRequest.json / SaslAuthenticateResponse.json (KIP-152): one SASL token each
 * way per request, after a SaslHandshake v1.
 *
 * SaslAuthenticate Request (Version: 0-1) => auth_bytes
 *   auth_bytes => BYTES
 *
 * SaslAuthenticate Request (Version: 2) => auth_bytes _tagged_fields
 *   auth_bytes => COMPACT_BYTES
 *
 * SaslAuthenticate Response (Version: 0) => error_code error_message auth_bytes
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   auth_bytes => BYTES
 *
 * SaslAuthenticate Response (Version: 1) => error_code error_message auth_bytes session_lifetime_ms
 *   session_lifetime_ms => INT64
 *
 * SaslAuthenticate Response (Version: 2) => error_code error_message auth_bytes session_lifetime_ms _tagged_fields
 *   (compact forms)
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('SaslAuthenticateRequest', 36, '0-2', '2+', [f('authBytes', 'bytes', '0+')]);

export const response = message('SaslAuthenticateResponse', 36, '0-2', '2+', [
  f('errorCode', 'int16', '0+'),
  f('errorMessage', 'string', '0+', { nullable: '0+' }),
  f('authBytes', 'bytes', '0+'),
  f('sessionLifetimeMs', 'int64', '1+', { default: '0' }),
]);

export const api = defineApi(request, response, 0, 2);
