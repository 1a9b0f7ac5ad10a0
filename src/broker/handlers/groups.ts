/**
 * The group APIs (JoinGroup, SyncGroup, Heartbeat, LeaveGroup, OffsetCommit, OffsetFetch,
 * OffsetDelete, ListGroups, DescribeGroups, DeleteGroups): wire shapes ↔ the coordinator.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { authorizedOperations } from './authorized-ops.js';
import { hasPendingTxnOffset } from '../groups/txn-offsets.js';
import {
  commitOffsets,
  deleteGroup,
  deleteOffsets,
  describeGroup,
  fetchOffsets,
  listGroups,
  type FetchedOffset,
} from '../groups/group-offsets.js';

function host(remote: string): string {
  const i = remote.lastIndexOf(':');
  return `/${i > 0 ? remote.slice(0, i) : remote}`;
}

export const handleJoinGroup: Handler = async (broker, req, ctx) => {
  const v = ctx.header.apiVersion;
  const sessionTimeoutMs = req.sessionTimeoutMs as number;
  const r = await broker.groups.join({
    groupId: req.groupId as string,
    sessionTimeoutMs,
    rebalanceTimeoutMs: v >= 1 ? (req.rebalanceTimeoutMs as number) : sessionTimeoutMs,
    memberId: req.memberId as string,
    groupInstanceId: (req.groupInstanceId as string | null) ?? null,
    protocolType: req.protocolType as string,
    protocols: req.protocols as { name: string; metadata: Buffer }[],
    clientId: ctx.header.clientId ?? '',
    clientHost: host(ctx.connection.remoteAddress),
    requireKnownMemberId: v >= 4,
    supportsSkipAssignment: v >= 9,
  });
  return {
    throttleTimeMs: 0,
    ...r,
    // Before v7 the protocol name is not nullable.
    protocolName: v < 7 ? (r.protocolName ?? '') : r.protocolName,
  };
};

export const handleSyncGroup: Handler = async (broker, req) => {
  const r = await broker.groups.sync({
    groupId: req.groupId as string,
    generationId: req.generationId as number,
    memberId: req.memberId as string,
    groupInstanceId: (req.groupInstanceId as string | null) ?? null,
    protocolType: (req.protocolType as string | null) ?? null,
    protocolName: (req.protocolName as string | null) ?? null,
    assignments: req.assignments as { memberId: string; assignment: Buffer }[],
  });
  return { throttleTimeMs: 0, ...r };
};

export const handleHeartbeat: Handler = async (broker, req) => {
  const errorCode = await broker.groups.heartbeat(
    req.groupId as string,
    req.generationId as number,
    req.memberId as string,
    (req.groupInstanceId as string | null) ?? null,
  );
  return { throttleTimeMs: 0, errorCode };
};

export const handleLeaveGroup: Handler = async (broker, req, ctx) => {
  if (ctx.header.apiVersion < 3) {
    const [code] = await broker.groups.leave(req.groupId as string, [
      { memberId: req.memberId as string, groupInstanceId: null },
    ]);
    return { throttleTimeMs: 0, errorCode: code, members: [] };
  }
  const members = req.members as { memberId: string; groupInstanceId: string | null }[];
  const codes = await broker.groups.leave(req.groupId as string, members);
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    members: members.map((m, i) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      errorCode: codes[i],
    })),
  };
};

/** An OffsetCommit / TxnOffsetCommit request's topic. */
export interface CommitTopic {
  name: string;
  partitions: {
    partitionIndex: number;
    committedOffset: bigint;
    committedLeaderEpoch: number;
    committedMetadata: string | null;
  }[];
}

export const handleOffsetCommit: Handler = async (broker, req) => {
  const topics = req.topics as CommitTopic[];
  const entries = topics.flatMap((t) =>
    t.partitions.map((p) => ({
      topic: t.name,
      partition: p.partitionIndex,
      offset: Number(p.committedOffset),
      leaderEpoch: p.committedLeaderEpoch,
      metadata: p.committedMetadata,
    })),
  );
  const codes = await commitOffsets(broker.groups, {
    groupId: req.groupId as string,
    generationId: req.generationIdOrMemberEpoch as number,
    memberId: req.memberId as string,
    groupInstanceId: (req.groupInstanceId as string | null) ?? null,
    entries,
  });
  let i = 0;
  return {
    throttleTimeMs: 0,
    topics: topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: codes[i++] })),
    })),
  };
};

/**
 * With `unstable` (OffsetFetch v7+ require_stable, KIP-447), partitions whose offset an open
 * transaction is committing answer UNSTABLE_OFFSET_COMMIT (retriable) with offset -1, as Kafka.
 */
function groupTopics(
  offsets: FetchedOffset[],
  unstable?: (topic: string, partition: number) => boolean,
): Struct[] {
  const byTopic = new Map<string, Struct[]>();
  for (const o of offsets) {
    let list = byTopic.get(o.topic);
    if (!list) byTopic.set(o.topic, (list = []));
    const pending = unstable?.(o.topic, o.partition) ?? false;
    list.push({
      partitionIndex: o.partition,
      committedOffset: pending ? -1n : BigInt(o.offset),
      committedLeaderEpoch: pending ? -1 : o.leaderEpoch,
      metadata: pending ? '' : o.metadata,
      errorCode: pending ? ErrorCode.UNSTABLE_OFFSET_COMMIT : 0,
    });
  }
  return [...byTopic].map(([name, partitions]) => ({ name, partitions }));
}

type FetchTopics = { name: string; partitionIndexes: number[] }[] | null;
const toQuery = (t: FetchTopics) => t?.map((x) => ({ name: x.name, partitions: x.partitionIndexes })) ?? null;

export const handleOffsetFetch: Handler = async (broker, req, ctx) => {
  const stable = req.requireStable === true;
  const unstable = (groupId: string) =>
    stable ? (topic: string, p: number) => hasPendingTxnOffset(broker.groups, groupId, topic, p) : undefined;
  if (ctx.header.apiVersion >= 8) {
    const groups = req.groups as { groupId: string; topics: FetchTopics }[];
    return {
      throttleTimeMs: 0,
      groups: await Promise.all(
        groups.map(async (g) => ({
          groupId: g.groupId,
          topics: groupTopics(
            await fetchOffsets(broker.groups, g.groupId, toQuery(g.topics)),
            unstable(g.groupId),
          ),
          errorCode: 0,
        })),
      ),
    };
  }
  const offsets = await fetchOffsets(
    broker.groups,
    req.groupId as string,
    toQuery(req.topics as FetchTopics),
  );
  return { throttleTimeMs: 0, topics: groupTopics(offsets, unstable(req.groupId as string)), errorCode: 0 };
};

export const handleOffsetDelete: Handler = async (broker, req) => {
  const topics = req.topics as { name: string; partitions: { partitionIndex: number }[] }[];
  const r = await deleteOffsets(
    broker.groups,
    req.groupId as string,
    topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => p.partitionIndex) })),
  );
  return {
    errorCode: r.errorCode,
    throttleTimeMs: 0,
    topics:
      r.errorCode !== 0
        ? []
        : topics.map((t, i) => ({
            name: t.name,
            partitions: t.partitions.map((p, j) => ({
              partitionIndex: p.partitionIndex,
              errorCode: r.codes[i]![j],
            })),
          })),
  };
};

export const handleListGroups: Handler = async (broker, req) => {
  const groups = await listGroups(
    broker.groups,
    (req.statesFilter as string[]) ?? [],
    (req.typesFilter as string[]) ?? [],
  );
  return { throttleTimeMs: 0, errorCode: 0, groups };
};

export const handleDescribeGroups: Handler = async (broker, req) => {
  const ids = req.groups as string[];
  const ops = authorizedOperations('group', req.includeAuthorizedOperations);
  const groups = await Promise.all(ids.map((id) => describeGroup(broker.groups, id)));
  return { throttleTimeMs: 0, groups: groups.map((g) => ({ ...g, authorizedOperations: ops })) };
};

export const handleDeleteGroups: Handler = async (broker, req) => {
  const ids = req.groupsNames as string[];
  const results: Struct[] = [];
  for (const id of ids)
    results.push({
      groupId: id,
      errorCode: id === '' ? ErrorCode.INVALID_GROUP_ID : await deleteGroup(broker.groups, id),
    });
  return { throttleTimeMs: 0, results };
};
