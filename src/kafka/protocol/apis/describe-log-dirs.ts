/**
 * DescribeLogDirs (API key 35), versions 1-4 (flexible 2+). Message specs transcribed from
 * Kafka's DescribeLogDirsRequest.json / DescribeLogDirsResponse.json (v0 is deprecated and
 * identical to v1; v3 adds the top-level error code, v4 the directory's total and usable bytes,
 * KIP-827).
 *
 * DescribeLogDirs Request => [topics]
 *   topics (nullable: all topics) => topic [partitions]
 *     topic => STRING
 *     partitions => INT32
 *
 * DescribeLogDirs Response => throttle_time_ms error_code(3+) [results]
 *   results => error_code log_dir [topics] total_bytes(4+) usable_bytes(4+)
 *     topics => name [partitions]
 *       partitions => partition_index partition_size offset_lag is_future_key
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeLogDirsRequest', 35, '0-4', '2+', [
  f('topics', '[]', '0+', { nullable: '0+', default: 'null' }, [
    f('topic', 'string', '0+'),
    f('partitions', '[]int32', '0+'),
  ]),
]);

export const response = message('DescribeLogDirsResponse', 35, '0-4', '2+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '3+'),
  f('results', '[]', '0+', null, [
    f('errorCode', 'int16', '0+'),
    f('logDir', 'string', '0+'),
    f('topics', '[]', '0+', null, [
      f('name', 'string', '0+'),
      f('partitions', '[]', '0+', null, [
        f('partitionIndex', 'int32', '0+'),
        f('partitionSize', 'int64', '0+'),
        f('offsetLag', 'int64', '0+'),
        f('isFutureKey', 'bool', '0+'),
      ]),
    ]),
    f('totalBytes', 'int64', '4+', { default: '-1' }),
    f('usableBytes', 'int64', '4+', { default: '-1' }),
  ]),
]);

export const api = defineApi(request, response, 1, 4);
export const {
  apiKey,
  minVersion,
  maxVersion,
  decodeRequest,
  encodeResponse,
  encodeRequest,
  decodeResponse,
} = api;
