/**
 * CreateAcls (API key 30), versions 0-3 (flexible 2+). Message specs transcribed from Kafka's
 * CreateAclsRequest.json / CreateAclsResponse.json.
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('CreateAclsRequest', 30, '0-3', '2+', [
  f('creations', '[]', '0+', null, [
    f('resourceType', 'int8', '0+'),
    f('resourceName', 'string', '0+'),
    f('resourcePatternType', 'int8', '1+', { default: '3' }),
    f('principal', 'string', '0+'),
    f('host', 'string', '0+'),
    f('operation', 'int8', '0+'),
    f('permissionType', 'int8', '0+'),
  ]),
]);

export const response = message('CreateAclsResponse', 30, '0-3', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('results', '[]', '0+', null, [
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
  ]),
]);

export const api = defineApi(request, response, 0, 3);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
