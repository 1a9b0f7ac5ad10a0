/**
 * AlterClientQuotas (API key 49), versions 0-1 (flexible from 1). Message specs transcribed
 * from Kafka's AlterClientQuotasRequest.json / AlterClientQuotasResponse.json.
 *
 * AlterClientQuotas Request => [entries] validate_only
 *   entries => [entity] [ops]
 *     entity => entity_type entity_name(null = the default entity)
 *     ops => key value(float64) remove
 *
 * AlterClientQuotas Response => throttle_time_ms [entries]
 *   entries => error_code error_message [entity]
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

const entity = (): ReturnType<typeof f> =>
  f('entity', '[]', '0+', null, [
    f('entityType', 'string', '0+'),
    f('entityName', 'string', '0+', { nullable: '0+' }),
  ]);

export const request = message('AlterClientQuotasRequest', 49, '0-1', '1+', [
  f('entries', '[]', '0+', null, [
    entity(),
    f('ops', '[]', '0+', null, [
      f('key', 'string', '0+'),
      f('value', 'float64', '0+'),
      f('remove', 'bool', '0+'),
    ]),
  ]),
  f('validateOnly', 'bool', '0+'),
]);

export const response = message('AlterClientQuotasResponse', 49, '0-1', '1+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('entries', '[]', '0+', null, [
    f('errorCode', 'int16', '0+'),
    f('errorMessage', 'string', '0+', { nullable: '0+' }),
    entity(),
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
