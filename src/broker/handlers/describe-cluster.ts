/** DescribeCluster: this node, as the only broker and the controller. */
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { authorizedOperations } from './authorized-ops.js';

export const handleDescribeCluster: Handler = async (broker, req) => {
  // v1 endpoint type 2 asks for controllers (KIP-919), which only a KRaft controller answers.
  if (req.endpointType === 2) {
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.UNSUPPORTED_ENDPOINT_TYPE,
      errorMessage: 'this node is a broker',
      endpointType: 2,
      clusterId: broker.clusterId,
      controllerId: -1,
      brokers: [],
    };
  }
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: broker.clusterId,
    controllerId: broker.node.nodeId,
    brokers: [{ brokerId: broker.node.nodeId, host: broker.node.host, port: broker.node.port, rack: null }],
    clusterAuthorizedOperations: authorizedOperations('cluster', req.includeClusterAuthorizedOperations),
  };
};
