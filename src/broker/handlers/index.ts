/** Every API key's handler. A key without a handler here is not served (and not advertised: see registry.ts). */
import { handleAlterPartitionReassignments, handleListPartitionReassignments } from './reassignments.js';
import { handleCreateAcls, handleDeleteAcls, handleDescribeAcls } from './acls.js';
import { handleAlterClientQuotas, handleDescribeClientQuotas } from './client-quotas.js';
import { handleDescribeProducers } from './describe-producers.js';
import type { Handler } from '../context.js';
import { handleAlterConfigs, handleIncrementalAlterConfigs } from './alter-configs.js';
import { handleApiVersions } from './api-versions.js';
import { handleCreatePartitions } from './create-partitions.js';
import { handleCreateTopics } from './create-topics.js';
import { handleDeleteRecords } from './delete-records.js';
import { handleDeleteTopics } from './delete-topics.js';
import { handleDescribeCluster } from './describe-cluster.js';
import { handleDescribeConfigs } from './describe-configs.js';
import { handleDescribeLogDirs } from './describe-log-dirs.js';
import { handleDescribeUserScramCredentials } from './describe-scram-credentials.js';
import { handleElectLeaders } from './elect-leaders.js';
import { handleFetch } from './fetch.js';
import { handleFindCoordinator } from './find-coordinator.js';
import {
  handleDeleteGroups,
  handleDescribeGroups,
  handleHeartbeat,
  handleJoinGroup,
  handleLeaveGroup,
  handleListGroups,
  handleOffsetCommit,
  handleOffsetDelete,
  handleOffsetFetch,
  handleSyncGroup,
} from './groups.js';
import { handleInitProducerId } from './init-producer-id.js';
import { handleListOffsets } from './list-offsets.js';
import { handleMetadata } from './metadata.js';
import { handleOffsetForLeaderEpoch } from './offset-for-leader-epoch.js';
import { handleProduce } from './produce.js';
import { handleSaslAuthenticate, handleSaslHandshake } from './sasl.js';
import {
  handleAddOffsetsToTxn,
  handleAddPartitionsToTxn,
  handleDescribeTransactions,
  handleEndTxn,
  handleListTransactions,
  handleTxnOffsetCommit,
} from './transactions.js';

export const HANDLERS: ReadonlyMap<number, Handler> = new Map<number, Handler>([
  [0, handleProduce],
  [1, handleFetch],
  [2, handleListOffsets],
  [3, handleMetadata],
  [8, handleOffsetCommit],
  [9, handleOffsetFetch],
  [10, handleFindCoordinator],
  [11, handleJoinGroup],
  [12, handleHeartbeat],
  [13, handleLeaveGroup],
  [14, handleSyncGroup],
  [15, handleDescribeGroups],
  [16, handleListGroups],
  [17, handleSaslHandshake],
  [18, handleApiVersions],
  [19, handleCreateTopics],
  [20, handleDeleteTopics],
  [21, handleDeleteRecords],
  [22, handleInitProducerId],
  [23, handleOffsetForLeaderEpoch],
  [24, handleAddPartitionsToTxn],
  [25, handleAddOffsetsToTxn],
  [26, handleEndTxn],
  [28, handleTxnOffsetCommit],
  [29, handleDescribeAcls],
  [30, handleCreateAcls],
  [31, handleDeleteAcls],
  [32, handleDescribeConfigs],
  [33, handleAlterConfigs],
  [35, handleDescribeLogDirs],
  [36, handleSaslAuthenticate],
  [37, handleCreatePartitions],
  [42, handleDeleteGroups],
  [43, handleElectLeaders],
  [44, handleIncrementalAlterConfigs],
  [45, handleAlterPartitionReassignments],
  [46, handleListPartitionReassignments],
  [47, handleOffsetDelete],
  [48, handleDescribeClientQuotas],
  [49, handleAlterClientQuotas],
  [50, handleDescribeUserScramCredentials],
  [60, handleDescribeCluster],
  [61, handleDescribeProducers],
  [65, handleDescribeTransactions],
  [66, handleListTransactions],
]);
