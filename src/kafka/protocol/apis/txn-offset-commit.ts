/**
 * TxnOffsetCommit (API key 28), versions 0-4 (v4: TRANSACTION_ABORTABLE may be returned; same wire format). Message specs transcribed from Kafka's
 * TxnOffsetCommitRequest.json / TxnOffsetCommitResponse.json.
 *
 * TxnOffsetCommit Request (Version: 0-4) => transactional_id group_id producer_id producer_epoch
 *     generation_id(3+) member_id(3+) group_instance_id(3+) [topics]
 *   topics => name [partitions]
 *     partitions => partition_index committed_offset committed_leader_epoch(2+) committed_metadata
 *
 * TxnOffsetCommit Response (Version: 0-4) => throttle_time_ms [topics]
 *   topics => name [partitions]; partitions => partition_index error_code
 *
 * Version 3 (KIP-447) adds the consumer group generation and member; 3+ are flexible.
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('TxnOffsetCommitRequest', 28, '0-4', '3+', [
  f('transactionalId', 'string', '0+'),
  f('groupId', 'string', '0+'),
  f('producerId', 'int64', '0+'),
  f('producerEpoch', 'int16', '0+'),
  f('generationId', 'int32', '3+', { default: '-1' }),
  f('memberId', 'string', '3+', { default: '' }),
  f('groupInstanceId', 'string', '3+', { nullable: '3+', default: 'null' }),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [
      f('partitionIndex', 'int32', '0+'),
      f('committedOffset', 'int64', '0+'),
      f('committedLeaderEpoch', 'int32', '2+', { default: '-1' }),
      f('committedMetadata', 'string', '0+', { nullable: '0+' }),
    ]),
  ]),
]);

export const response = message('TxnOffsetCommitResponse', 28, '0-4', '3+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('topics', '[]', '0+', null, [
    f('name', 'string', '0+'),
    f('partitions', '[]', '0+', null, [f('partitionIndex', 'int32', '0+'), f('errorCode', 'int16', '0+')]),
  ]),
]);

export const api = defineApi(request, response, 0, 4);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
