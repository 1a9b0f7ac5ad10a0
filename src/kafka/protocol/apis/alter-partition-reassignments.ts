/**
 * AlterPartitionReassignments (API key 45), version 0 (flexible). Message specs transcribed
 * from Kafka's AlterPartitionReassignmentsRequest.json / AlterPartitionReassignmentsResponse.json.
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('AlterPartitionReassignmentsRequest', 45, '0', '0+', [
  f('timeoutMs', 'int32', '0+', { default: '60000' }),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('replicas', '[]int32', '0+', { nullable: '0+', default: 'null' }),
    ]),
  ]),
]);

export const response = message('AlterPartitionReassignmentsResponse', 45, '0', '0+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
  f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
  f('responses', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('errorCode', 'int16', '0+'),
      f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
    ]),
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
