/**
 * Fetch (API key 1), versions 4-17. Message specs transcribed from Kafka's
 * FetchRequest.json / FetchResponse.json; the grammar below is the spec's, per version.
 *
 * Fetch Request (Version: 4) => replica_id max_wait_ms min_bytes max_bytes isolation_level [topics]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition fetch_offset partition_max_bytes
 *       partition => INT32
 *       fetch_offset => INT64
 *       partition_max_bytes => INT32
 *
 * Fetch Request (Version: 5-6) => replica_id max_wait_ms min_bytes max_bytes isolation_level [topics]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition fetch_offset log_start_offset partition_max_bytes
 *       partition => INT32
 *       fetch_offset => INT64
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *
 * Fetch Request (Version: 7-8) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition fetch_offset log_start_offset partition_max_bytes
 *       partition => INT32
 *       fetch_offset => INT64
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *
 * Fetch Request (Version: 9-10) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data]
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition current_leader_epoch fetch_offset log_start_offset partition_max_bytes
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *
 * Fetch Request (Version: 11) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic [partitions]
 *     topic => STRING
 *     partitions => partition current_leader_epoch fetch_offset log_start_offset partition_max_bytes
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *   rack_id => STRING
 *
 * Fetch Request (Version: 12) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id _tagged_fields
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => partition current_leader_epoch fetch_offset last_fetched_epoch log_start_offset partition_max_bytes _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       last_fetched_epoch => INT32
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => INT32
 *   rack_id => COMPACT_STRING
 *
 * Fetch Request (Version: 13-14) => replica_id max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id _tagged_fields
 *   replica_id => INT32
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition current_leader_epoch fetch_offset last_fetched_epoch log_start_offset partition_max_bytes _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       last_fetched_epoch => INT32
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => INT32
 *   rack_id => COMPACT_STRING
 *
 * Fetch Request (Version: 15-17) => max_wait_ms min_bytes max_bytes isolation_level session_id session_epoch [topics] [forgotten_topics_data] rack_id _tagged_fields
 *   max_wait_ms => INT32
 *   min_bytes => INT32
 *   max_bytes => INT32
 *   isolation_level => INT8
 *   session_id => INT32
 *   session_epoch => INT32
 *   topics => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition current_leader_epoch fetch_offset last_fetched_epoch log_start_offset partition_max_bytes _tagged_fields
 *       partition => INT32
 *       current_leader_epoch => INT32
 *       fetch_offset => INT64
 *       last_fetched_epoch => INT32
 *       log_start_offset => INT64
 *       partition_max_bytes => INT32
 *   forgotten_topics_data => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => INT32
 *   rack_id => COMPACT_STRING
 *
 * Fetch Response (Version: 4) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset [aborted_transactions] records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       aborted_transactions => producer_id first_offset
 *         producer_id => INT64
 *         first_offset => INT64
 *       records => RECORDS
 *
 * Fetch Response (Version: 5-6) => throttle_time_ms [responses]
 *   throttle_time_ms => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset
 *         producer_id => INT64
 *         first_offset => INT64
 *       records => RECORDS
 *
 * Fetch Response (Version: 7-10) => throttle_time_ms error_code session_id [responses]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset
 *         producer_id => INT64
 *         first_offset => INT64
 *       records => RECORDS
 *
 * Fetch Response (Version: 11) => throttle_time_ms error_code session_id [responses]
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic [partitions]
 *     topic => STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] preferred_read_replica records
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset
 *         producer_id => INT64
 *         first_offset => INT64
 *       preferred_read_replica => INT32
 *       records => RECORDS
 *
 * Fetch Response (Version: 12) => throttle_time_ms error_code session_id [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic [partitions] _tagged_fields
 *     topic => COMPACT_STRING
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] preferred_read_replica records _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset _tagged_fields
 *         producer_id => INT64
 *         first_offset => INT64
 *       preferred_read_replica => INT32
 *       records => COMPACT_RECORDS
 *
 * Fetch Response (Version: 13-17) => throttle_time_ms error_code session_id [responses] _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   session_id => INT32
 *   responses => topic_id [partitions] _tagged_fields
 *     topic_id => UUID
 *     partitions => partition_index error_code high_watermark last_stable_offset log_start_offset [aborted_transactions] preferred_read_replica records _tagged_fields
 *       partition_index => INT32
 *       error_code => INT16
 *       high_watermark => INT64
 *       last_stable_offset => INT64
 *       log_start_offset => INT64
 *       aborted_transactions => producer_id first_offset _tagged_fields
 *         producer_id => INT64
 *         first_offset => INT64
 *       preferred_read_replica => INT32
 *       records => COMPACT_RECORDS
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('FetchRequest', 1, '0-17', '12+', [
  f('clusterId', 'string', '12+', { nullable: '12+', tag: 0, tagged: '12+', default: 'null' }),
  f('replicaId', 'int32', '0-14', { default: '-1' }),
  f('replicaState', 'struct', '15+', { tag: 1, tagged: '15+' }, [
    f('replicaId', 'int32', '15+', { default: '-1' }),
    f('replicaEpoch', 'int64', '15+', { default: '-1' }),
  ]),
  f('maxWaitMs', 'int32', '0+'),
  f('minBytes', 'int32', '0+'),
  f('maxBytes', 'int32', '3+', { default: '0x7fffffff' }),
  f('isolationLevel', 'int8', '4+', { default: '0' }),
  f('sessionId', 'int32', '7+', { default: '0' }),
  f('sessionEpoch', 'int32', '7+', { default: '-1' }),
  f('topics', '[]', '0+', null, [
    f('topic', 'string', '0-12'),
    f('topicId', 'uuid', '13+'),
    f('partitions', '[]', '0+', null, [
      f('partition', 'int32', '0+'),
      f('currentLeaderEpoch', 'int32', '9+', { default: '-1' }),
      f('fetchOffset', 'int64', '0+'),
      f('lastFetchedEpoch', 'int32', '12+', { default: '-1' }),
      f('logStartOffset', 'int64', '5+', { default: '-1' }),
      f('partitionMaxBytes', 'int32', '0+'),
      f('replicaDirectoryId', 'uuid', '17+', { tag: 0, tagged: '17+' }),
    ]),
  ]),
  f('forgottenTopicsData', '[]', '7+', null, [
    f('topic', 'string', '7-12'),
    f('topicId', 'uuid', '13+'),
    f('partitions', '[]int32', '7+'),
  ]),
  f('rackId', 'string', '11+', { default: '' }),
]);

export const response = message('FetchResponse', 1, '0-17', '12+', [
  f('throttleTimeMs', 'int32', '1+'),
  f('errorCode', 'int16', '7+'),
  f('sessionId', 'int32', '7+', { default: '0' }),
  f('responses', '[]', '0+', null, [
    f('topic', 'string', '0-12'),
    f('topicId', 'uuid', '13+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('errorCode', 'int16', '0+'),
      f('highWatermark', 'int64', '0+'),
      f('lastStableOffset', 'int64', '4+', { default: '-1' }),
      f('logStartOffset', 'int64', '5+', { default: '-1' }),
      f('divergingEpoch', 'struct', '12+', { tag: 0, tagged: '12+' }, [
        f('epoch', 'int32', '12+', { default: '-1' }),
        f('endOffset', 'int64', '12+', { default: '-1' }),
      ]),
      f('currentLeader', 'struct', '12+', { tag: 1, tagged: '12+' }, [
        f('leaderId', 'int32', '12+', { default: '-1' }),
        f('leaderEpoch', 'int32', '12+', { default: '-1' }),
      ]),
      f('snapshotId', 'struct', '12+', { tag: 2, tagged: '12+' }, [
        f('endOffset', 'int64', '0+', { default: '-1' }),
        f('epoch', 'int32', '0+', { default: '-1' }),
      ]),
      f('abortedTransactions', '[]', '4+', { nullable: '4+' }, [
        f('producerId', 'int64', '4+'),
        f('firstOffset', 'int64', '4+'),
      ]),
      f('preferredReadReplica', 'int32', '11+', { default: '-1' }),
      f('records', 'records', '0+', { nullable: '0+' }),
    ]),
  ]),
  f('nodeEndpoints', '[]', '16+', { tag: 0, tagged: '16+' }, [
    f('nodeId', 'int32', '16+'),
    f('host', 'string', '16+'),
    f('port', 'int32', '16+'),
    f('rack', 'string', '16+', { nullable: '16+', default: 'null' }),
  ]),
]);

export const api = defineApi(request, response, 4, 17);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
