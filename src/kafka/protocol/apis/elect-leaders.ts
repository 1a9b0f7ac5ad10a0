/**
 * ElectLeaders (API key 43), versions 0-2 (flexible 2+). Message specs transcribed from Kafka's
 * ElectLeadersRequest.json / ElectLeadersResponse.json (v1: election type, KIP-460, and the
 * top-level error code).
 *
 * ElectLeaders Request => election_type(1+) [topic_partitions] timeout_ms
 *   topic_partitions (nullable: every partition) => topic [partition_id]
 *
 * ElectLeaders Response => throttle_time_ms error_code(1+) [replica_election_results]
 *   replica_election_results => topic [partition_result]
 *     partition_result => partition_id error_code error_message
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('ElectLeadersRequest', 43, '0-2', '2+', [
  f('electionType', 'int8', '1+'),
  f('topicPartitions', '[]', '0+', { nullable: '0+', default: 'null' }, [
    f('topic', 'string', '0+'),
    f('partitionId', '[]int32', '0+'),
  ]),
  f('timeoutMs', 'int32', '0+', { default: '60000' }),
]);

export const response = message('ElectLeadersResponse', 43, '0-2', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '1+'),
  f('replicaElectionResults', '[]', '0+', null, [
    f('topic', 'string', '0+'),
    f('partitionResult', '[]', '0+', null, [
      f('partitionId', 'int32', '0+'),
      f('errorCode', 'int16', '0+'),
      f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
    ]),
  ]),
]);

export const api = defineApi(request, response, 0, 2);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
