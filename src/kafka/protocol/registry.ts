/**
 * Every API Kafka's wire protocol defines that Eddy speaks, by API key: pure data (message specs
 * and version ranges), shared by the embedded broker (which serves them and builds ApiVersions
 * from this list) and Eddy's own light client (which picks versions from it).
 */
import type { ApiDefinition } from './api.js';
import * as addOffsetsToTxn from './apis/add-offsets-to-txn.js';
import * as addPartitionsToTxn from './apis/add-partitions-to-txn.js';
import * as alterConfigs from './apis/alter-configs.js';
import * as apiVersions from './apis/api-versions.js';
import * as createPartitions from './apis/create-partitions.js';
import * as createTopics from './apis/create-topics.js';
import * as deleteGroups from './apis/delete-groups.js';
import * as deleteRecords from './apis/delete-records.js';
import * as deleteTopics from './apis/delete-topics.js';
import * as alterPartitionReassignments from './apis/alter-partition-reassignments.js';
import * as createAcls from './apis/create-acls.js';
import * as deleteAcls from './apis/delete-acls.js';
import * as describeAcls from './apis/describe-acls.js';
import * as describeCluster from './apis/describe-cluster.js';
import * as describeConfigs from './apis/describe-configs.js';
import * as describeGroups from './apis/describe-groups.js';
import * as describeTransactions from './apis/describe-transactions.js';
import * as describeProducers from './apis/describe-producers.js';
import * as describeClientQuotas from './apis/describe-client-quotas.js';
import * as alterClientQuotas from './apis/alter-client-quotas.js';
import * as endTxn from './apis/end-txn.js';
import * as fetch from './apis/fetch.js';
import * as findCoordinator from './apis/find-coordinator.js';
import * as heartbeat from './apis/heartbeat.js';
import * as incrementalAlterConfigs from './apis/incremental-alter-configs.js';
import * as initProducerId from './apis/init-producer-id.js';
import * as joinGroup from './apis/join-group.js';
import * as listPartitionReassignments from './apis/list-partition-reassignments.js';
import * as describeLogDirs from './apis/describe-log-dirs.js';
import * as electLeaders from './apis/elect-leaders.js';
import * as describeUserScramCredentials from './apis/describe-user-scram-credentials.js';
import * as leaveGroup from './apis/leave-group.js';
import * as listGroups from './apis/list-groups.js';
import * as listOffsets from './apis/list-offsets.js';
import * as listTransactions from './apis/list-transactions.js';
import * as metadata from './apis/metadata.js';
import * as offsetCommit from './apis/offset-commit.js';
import * as offsetDelete from './apis/offset-delete.js';
import * as offsetFetch from './apis/offset-fetch.js';
import * as offsetForLeaderEpoch from './apis/offset-for-leader-epoch.js';
import * as produce from './apis/produce.js';
import * as saslAuthenticate from './apis/sasl-authenticate.js';
import * as saslHandshake from './apis/sasl-handshake.js';
import * as syncGroup from './apis/sync-group.js';
import * as txnOffsetCommit from './apis/txn-offset-commit.js';

export const APIS: readonly ApiDefinition[] = [
  produce.api,
  fetch.api,
  listOffsets.api,
  metadata.api,
  offsetCommit.api,
  offsetFetch.api,
  findCoordinator.api,
  joinGroup.api,
  heartbeat.api,
  leaveGroup.api,
  syncGroup.api,
  describeGroups.api,
  listGroups.api,
  apiVersions.api,
  createTopics.api,
  deleteTopics.api,
  deleteRecords.api,
  initProducerId.api,
  offsetForLeaderEpoch.api,
  describeConfigs.api,
  alterConfigs.api,
  createPartitions.api,
  deleteGroups.api,
  incrementalAlterConfigs.api,
  offsetDelete.api,
  describeCluster.api,
  describeAcls.api,
  createAcls.api,
  deleteAcls.api,
  alterPartitionReassignments.api,
  listPartitionReassignments.api,
  describeLogDirs.api,
  electLeaders.api,
  describeUserScramCredentials.api,
  addPartitionsToTxn.api,
  addOffsetsToTxn.api,
  endTxn.api,
  txnOffsetCommit.api,
  describeTransactions.api,
  describeProducers.api,
  describeClientQuotas.api,
  alterClientQuotas.api,
  listTransactions.api,
  saslHandshake.api,
  saslAuthenticate.api,
]
  .slice()
  .sort((a, b) => a.apiKey - b.apiKey);

const BY_KEY = new Map(APIS.map((a) => [a.apiKey, a]));

export function apiByKey(key: number): ApiDefinition | undefined {
  return BY_KEY.get(key);
}

/** The ApiVersions `api_keys` list, built from the registry. */
export function advertisedVersions(): { apiKey: number; minVersion: number; maxVersion: number }[] {
  return APIS.map((a) => ({ apiKey: a.apiKey, minVersion: a.minVersion, maxVersion: a.maxVersion }));
}
