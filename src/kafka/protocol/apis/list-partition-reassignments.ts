/**
 * ListPartitionReassignments (API key 46), version 0 (flexible). Message specs transcribed
 * from Kafka's ListPartitionReassignmentsRequest.json / ListPartitionReassignmentsResponse.json.
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('ListPartitionReassignmentsRequest', 46, '0', '0+', [
  f('timeoutMs', 'int32', '0+', { default: '60000' }),
  f('topics', '[]', '0+', { nullable: '0+', default: 'null' }, [
    f('name', 'string', '0+'),
    f('partitionIndexes', '[]int32', '0+'),
  ]),
]);

export const response = message('ListPartitionReassignmentsResponse', 46, '0', '0+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
  f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('replicas', '[]int32', '0+'),
      f('addingReplicas', '[]int32', '0+'),
      f('removingReplicas', '[]int32', '0+'),
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
