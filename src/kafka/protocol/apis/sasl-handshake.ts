/**
 * SaslHandshake (API key 17), versions 0-1. Message specs transcribed from Kafka's
 * SaslHandshakeRequest.json / SaslHandshakeResponse.json. Version 1 means SASL tokens follow in
 * SaslAuthenticate requests; after version 0 they follow as raw size-prefixed frames (KIP-43).
 *
 * SaslHandshake Request (Version: 0-1) => mechanism
 *   mechanism => STRING
 *
 * SaslHandshake Response (Version: 0-1) => error_code [mechanisms]
 *   error_code => INT16
 *   mechanisms => STRING
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('SaslHandshakeRequest', 17, '0-1', 'none', [f('mechanism', 'string', '0+')]);

export const response = message('SaslHandshakeResponse', 17, '0-1', 'none', [
  f('errorCode', 'int16', '0+'),
  f('mechanisms', '[]string', '0+'),
]);

export const api = defineApi(request, response, 0, 1);
