/**
 * DescribeUserScramCredentials (API key 50), version 0 (flexible). Message specs transcribed
 * from Kafka's DescribeUserScramCredentialsRequest.json / …Response.json (KIP-554).
 *
 * DescribeUserScramCredentials Request => [users]
 *   users (nullable: every user) => name
 *
 * DescribeUserScramCredentials Response => throttle_time_ms error_code error_message [results]
 *   results => user error_code error_message [credential_infos]
 *     credential_infos => mechanism iterations   (mechanism 1 = SCRAM-SHA-256, 2 = SCRAM-SHA-512)
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeUserScramCredentialsRequest', 50, '0', '0+', [
  f('users', '[]', '0+', { nullable: '0+', default: 'null' }, [f('name', 'string', '0+')]),
]);

export const response = message('DescribeUserScramCredentialsResponse', 50, '0', '0+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
  f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
  f('results', '[]', '0+', null, [
    f('user', 'string', '0+'),
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
    f('credentialInfos', '[]', '0+', null, [f('mechanism', 'int8', '0+'), f('iterations', 'int32', '0+')]),
  ]),
]);

export const api = defineApi(request, response, 0, 0);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
