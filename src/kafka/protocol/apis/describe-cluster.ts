/**
 * DescribeCluster (API key 60), versions 0-1. Message specs transcribed from Kafka's
 * DescribeClusterRequest.json / DescribeClusterResponse.json; the grammar below is the spec's, per version.
 *
 * DescribeCluster Request (Version: 0) => include_cluster_authorized_operations _tagged_fields
 *   include_cluster_authorized_operations => BOOLEAN
 *
 * DescribeCluster Request (Version: 1) => include_cluster_authorized_operations endpoint_type _tagged_fields
 *   include_cluster_authorized_operations => BOOLEAN
 *   endpoint_type => INT8
 *
 * DescribeCluster Response (Version: 0) => throttle_time_ms error_code error_message cluster_id controller_id [brokers] cluster_authorized_operations _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   cluster_id => COMPACT_STRING
 *   controller_id => INT32
 *   brokers => broker_id host port rack _tagged_fields
 *     broker_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 *   cluster_authorized_operations => INT32
 *
 * DescribeCluster Response (Version: 1) => throttle_time_ms error_code error_message endpoint_type cluster_id controller_id [brokers] cluster_authorized_operations _tagged_fields
 *   throttle_time_ms => INT32
 *   error_code => INT16
 *   error_message => COMPACT_NULLABLE_STRING
 *   endpoint_type => INT8
 *   cluster_id => COMPACT_STRING
 *   controller_id => INT32
 *   brokers => broker_id host port rack _tagged_fields
 *     broker_id => INT32
 *     host => COMPACT_STRING
 *     port => INT32
 *     rack => COMPACT_NULLABLE_STRING
 *   cluster_authorized_operations => INT32
 */
import { f, message } from '../schema.js';
import { defineApi } from '../api.js';

export const request = message('DescribeClusterRequest', 60, '0-1', '0+', [
  f('includeClusterAuthorizedOperations', 'bool', '0+'),
  f('endpointType', 'int8', '1+', { default: '1' }),
]);

export const response = message('DescribeClusterResponse', 60, '0-1', '0+', [
  f('throttleTimeMs', 'int32', '0+'),
  f('errorCode', 'int16', '0+'),
  f('errorMessage', 'string', '0+', { nullable: '0+', default: 'null' }),
  f('endpointType', 'int8', '1+', { default: '1' }),
  f('clusterId', 'string', '0+'),
  f('controllerId', 'int32', '0+', { default: '-1' }),
  f('brokers', '[]', '0+', null, [
    f('brokerId', 'int32', '0+'),
    f('host', 'string', '0+'),
    f('port', 'int32', '0+'),
    f('rack', 'string', '0+', { nullable: '0+', default: 'null' }),
  ]),
  f('clusterAuthorizedOperations', 'int32', '0+', { default: '-2147483648' }),
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
