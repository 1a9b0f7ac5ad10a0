/**
 * DescribeAcls (API key 29), versions 0-3 (flexible 2+). Message specs transcribed from Kafka's
 * DescribeAclsRequest.json / DescribeAclsResponse.json.
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeAclsRequest', 29, '0-3', '2+', [
  f('resourceTypeFilter', 'int8', '0+'),
  f('resourceNameFilter', 'string', '0+', { nullable: '0+' }),
  f('patternTypeFilter', 'int8', '1+', { default: '3' }),
  f('principalFilter', 'string', '0+', { nullable: '0+' }),
  f('hostFilter', 'string', '0+', { nullable: '0+' }),
  f('operation', 'int8', '0+'),
  f('permissionType', 'int8', '0+'),
]);

export const response = message('DescribeAclsResponse', 29, '0-3', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
  f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
  f('resources', '[]', '0+', null, [
    f('resourceType', 'int8', '0+'),
    f('resourceName', 'string', '0+'),
    f('patternType', 'int8', '1+', { default: '3' }),
    f('acls', '[]', '0+', null, [
      f('principal', 'string', '0+'),
      f('host', 'string', '0+'),
      f('operation', 'int8', '0+'),
      f('permissionType', 'int8', '0+'),
    ]),
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
