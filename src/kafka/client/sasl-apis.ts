/**
 * SaslHandshake (API key 17, v0-1) and SaslAuthenticate (API key 36, v0-2) as the light client
 * speaks them: transcribed from Kafka's SaslHandshakeRequest.json / SaslAuthenticateRequest.json
 * and their responses. Kept beside the client (not in the shared registry) because the light
 * path loads only the specs it speaks.
 *
 * SaslHandshake Request (Version: 0-1) => mechanism
 *   mechanism => STRING
 * SaslHandshake Response (Version: 0-1) => error_code [mechanisms]
 *   error_code => INT16
 *   mechanisms => STRING
 *
 * SaslAuthenticate Request (Version: 0-1) => auth_bytes
 *   auth_bytes => BYTES
 * SaslAuthenticate Request (Version: 2) => auth_bytes _tagged_fields
 *   auth_bytes => COMPACT_BYTES
 * SaslAuthenticate Response (Version: 0) => error_code error_message auth_bytes
 *   error_code => INT16
 *   error_message => NULLABLE_STRING
 *   auth_bytes => BYTES
 * SaslAuthenticate Response (Version: 1-2) => error_code error_message auth_bytes session_lifetime_ms
 *   session_lifetime_ms => INT64   (compact types and tagged fields in v2)
 */
import { defineApi } from '../protocol/api.js';
import { f, message } from '../protocol/schema.js';

export const SASL_HANDSHAKE = 17;
export const SASL_AUTHENTICATE = 36;

export const saslHandshakeApi = defineApi(
  message('SaslHandshakeRequest', SASL_HANDSHAKE, '0-1', 'none', [f('mechanism', 'string', '0+')]),
  message('SaslHandshakeResponse', SASL_HANDSHAKE, '0-1', 'none', [
    f('errorCode', 'int16', '0+'),
    f('mechanisms', '[]string', '0+'),
  ]),
  0,
  1,
);

export const saslAuthenticateApi = defineApi(
  message('SaslAuthenticateRequest', SASL_AUTHENTICATE, '0-2', '2+', [f('authBytes', 'bytes', '0+')]),
  message('SaslAuthenticateResponse', SASL_AUTHENTICATE, '0-2', '2+', [
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '0+', { nullable: '0+' }),
    f('authBytes', 'bytes', '0+'),
    f('sessionLifetimeMs', 'int64', '1+', { default: '0' }),
  ]),
  0,
  2,
);
