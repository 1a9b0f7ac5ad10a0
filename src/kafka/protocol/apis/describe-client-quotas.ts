/**
 * DescribeClientQuotas (API key 48), versions 0-1 (flexible from 1). Message specs
 * transcribed from Kafka's DescribeClientQuotasRequest.json / DescribeClientQuotasResponse.json.
 *
 * DescribeClientQuotas Request => [components] strict
 *   components => entity_type match_type(int8: 0 exact, 1 default, 2 any specified) match
 *
 * DescribeClientQuotas Response => throttle_time_ms error_code error_message [entries](nullable)
 *   entries => [entity] [values]
 *     entity => entity_type entity_name(null = the default entity)
 *     values => key value(float64)
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeClientQuotasRequest', 48, '0-1', '1+', [
  f('components', '[]', '0+', null, [
    f('entityType', 'string', '0+'),
    f('matchType', 'int8', '0+'),
    f('match', 'string', '0+', { nullable: '0+' }),
  ]),
  f('strict', 'bool', '0+'),
]);

export const response = message('DescribeClientQuotasResponse', 48, '0-1', '1+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
  f('errorMessage', 'string', '0+', { nullable: '0+' }),
  f('entries', '[]', '0+', { nullable: '0+' }, [
    f('entity', '[]', '0+', null, [
      f('entityType', 'string', '0+'),
      f('entityName', 'string', '0+', { nullable: '0+' }),
    ]),
    f('values', '[]', '0+', null, [f('key', 'string', '0+'), f('value', 'float64', '0+')]),
  ]),
]);

export const api = defineApi(request, response, 0, 1);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
