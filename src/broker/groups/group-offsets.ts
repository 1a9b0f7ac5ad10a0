/**
 * Offset commits and fetches, OffsetDelete, ListGroups, DescribeGroups and DeleteGroups on
 * top of the {@link GroupCoordinator}. Commits are acknowledged once their records are
 * durable in `__consumer_offsets`.
 */
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import { Reader } from '../../kafka/protocol/reader.js';
import type { GroupCoordinator } from './group-coordinator.js';
import type { Group } from './group.js';
import { offsetKey } from './offsets-log.js';
import {
  encodeGroupKey,
  encodeOffsetKey,
  encodeOffsetValue,
  type CommittedOffset,
} from './offsets-records.js';

export interface CommitEntry {
  topic: string;
  partition: number;
  offset: number;
  leaderEpoch: number;
  metadata: string | null;
}

export interface CommitRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  entries: CommitEntry[];
}

/**
 * The `__consumer_offsets` records of a commit (plain or transactional): one error code per
 * entry (unknown partition, metadata too large, else 0), the records to write, and the
 * accepted offsets by `topic/partition` key.
 */
export function offsetCommitRecords(
  c: GroupCoordinator,
  groupId: string,
  entries: readonly CommitEntry[],
): { codes: number[]; records: { key: Buffer; value: Buffer }[]; accepted: [string, CommittedOffset][] } {
  const now = Date.now();
  const codes: number[] = [];
  const records: { key: Buffer; value: Buffer }[] = [];
  const accepted: [string, CommittedOffset][] = [];
  for (const e of entries) {
    const topic = c.logs.getTopic(e.topic);
    if (!topic || e.partition < 0 || e.partition >= topic.partitions) {
      codes.push(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      continue;
    }
    const metadata = e.metadata ?? '';
    if (Buffer.byteLength(metadata) > c.settings.offsetMetadataMaxBytes) {
      codes.push(ErrorCode.OFFSET_METADATA_TOO_LARGE);
      continue;
    }
    const value: CommittedOffset = {
      offset: e.offset,
      leaderEpoch: e.leaderEpoch,
      metadata,
      commitTimestamp: now,
    };
    records.push({
      key: encodeOffsetKey(groupId, e.topic, e.partition),
      value: encodeOffsetValue(value),
    });
    accepted.push([offsetKey(e.topic, e.partition), value]);
    codes.push(0);
  }
  return { codes, records, accepted };
}

/** Returns one error code per entry, in order. */
export async function commitOffsets(c: GroupCoordinator, req: CommitRequest): Promise<number[]> {
  await c.ready();
  const all = (code: number) => req.entries.map(() => code);
  if (req.groupId === '') return all(ErrorCode.INVALID_GROUP_ID);
  let g = c.groups.get(req.groupId);
  if (!g) {
    // No group: only a "simple" consumer (no group management, generation < 0) may commit.
    if (req.generationId >= 0) return all(ErrorCode.ILLEGAL_GENERATION);
    g = c.getOrCreate(req.groupId);
  } else if (g.state === 'Dead') {
    return all(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  } else if (!(req.generationId < 0 && g.state === 'Empty')) {
    if (c.fenced(g, req.groupInstanceId, req.memberId)) return all(ErrorCode.FENCED_INSTANCE_ID);
    const m = g.members.get(req.memberId);
    if (!m) return all(ErrorCode.UNKNOWN_MEMBER_ID);
    if (req.generationId !== g.generationId) return all(ErrorCode.ILLEGAL_GENERATION);
    if (g.state === 'CompletingRebalance') return all(ErrorCode.REBALANCE_IN_PROGRESS);
    m.deadline = Date.now() + m.sessionTimeoutMs;
  }
  const { codes, records, accepted } = offsetCommitRecords(c, req.groupId, req.entries);
  try {
    await c.store.write(req.groupId, records);
  } catch (err) {
    c.logger.error({ err, group: req.groupId }, 'cannot store offsets');
    return codes.map((code) => (code === 0 ? ErrorCode.COORDINATOR_NOT_AVAILABLE : code));
  }
  for (const [k, v] of accepted) g.offsets.set(k, v);
  return codes;
}

export interface FetchedOffset {
  topic: string;
  partition: number;
  offset: number;
  leaderEpoch: number;
  metadata: string;
}

/** Committed offsets of a group; `topics` null means every committed partition. Missing ones get offset -1. */
export async function fetchOffsets(
  c: GroupCoordinator,
  groupId: string,
  topics: { name: string; partitions: number[] }[] | null,
): Promise<FetchedOffset[]> {
  await c.ready();
  const g = c.groups.get(groupId);
  const out: FetchedOffset[] = [];
  if (topics === null) {
    for (const [k, v] of g?.offsets ?? []) {
      const [topic, p] = k.split('\0');
      out.push({
        topic: topic!,
        partition: Number(p),
        offset: v.offset,
        leaderEpoch: v.leaderEpoch,
        metadata: v.metadata,
      });
    }
    return out;
  }
  for (const t of topics) {
    for (const p of t.partitions) {
      const v = g?.offsets.get(offsetKey(t.name, p));
      out.push({
        topic: t.name,
        partition: p,
        offset: v?.offset ?? -1,
        leaderEpoch: v?.leaderEpoch ?? -1,
        metadata: v?.metadata ?? '',
      });
    }
  }
  return out;
}

/** Topics in a consumer-protocol subscription (ConsumerProtocolSubscription: version, topics, …). */
function subscribedTopics(metadata: Buffer): string[] {
  try {
    const r = new Reader(metadata);
    r.int16();
    const n = r.arrayLength(false);
    const topics: string[] = [];
    for (let i = 0; i < n; i++) topics.push(r.string(false));
    return topics;
  } catch {
    return [];
  }
}

function groupSubscribes(g: Group, topic: string): boolean {
  if (g.state === 'Empty' || g.protocolType !== 'consumer') return false;
  for (const m of g.members.values()) if (subscribedTopics(g.metadataOf(m)).includes(topic)) return true;
  return false;
}

/** OffsetDelete: top-level error, then one code per partition. */
export async function deleteOffsets(
  c: GroupCoordinator,
  groupId: string,
  topics: { name: string; partitions: number[] }[],
): Promise<{ errorCode: number; codes: number[][] }> {
  await c.ready();
  const g = c.groups.get(groupId);
  if (!g || g.state === 'Dead')
    return { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, codes: topics.map((t) => t.partitions.map(() => 0)) };
  if (g.protocolType !== null && g.protocolType !== 'consumer' && g.state !== 'Empty') {
    return { errorCode: ErrorCode.NON_EMPTY_GROUP, codes: topics.map((t) => t.partitions.map(() => 0)) };
  }
  const records: { key: Buffer; value: null }[] = [];
  const removed: string[] = [];
  const codes = topics.map((t) => {
    const subscribed = groupSubscribes(g, t.name);
    return t.partitions.map((p) => {
      if (subscribed) return ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC;
      if (!c.logs.getTopic(t.name)) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      if (g.offsets.has(offsetKey(t.name, p))) {
        records.push({ key: encodeOffsetKey(groupId, t.name, p), value: null });
        removed.push(offsetKey(t.name, p));
      }
      return 0;
    });
  });
  await c.store.write(groupId, records);
  for (const k of removed) g.offsets.delete(k);
  return { errorCode: 0, codes };
}

export interface GroupListing {
  groupId: string;
  protocolType: string;
  groupState: string;
  groupType: string;
}

export async function listGroups(
  c: GroupCoordinator,
  states: string[],
  types: string[],
): Promise<GroupListing[]> {
  await c.ready();
  const wantStates = new Set(states.map((s) => s.toLowerCase()));
  const wantTypes = new Set(types.map((s) => s.toLowerCase()));
  const out: GroupListing[] = [];
  for (const g of c.groups.values()) {
    if (g.state === 'Dead') continue;
    if (wantStates.size > 0 && !wantStates.has(g.state.toLowerCase())) continue;
    if (wantTypes.size > 0 && !wantTypes.has('classic')) continue;
    out.push({
      groupId: g.groupId,
      protocolType: g.protocolType ?? '',
      groupState: g.state,
      groupType: 'classic',
    });
  }
  return out;
}

export interface GroupDescription {
  groupId: string;
  errorCode: number;
  groupState: string;
  protocolType: string;
  protocolData: string;
  members: {
    memberId: string;
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    memberMetadata: Buffer;
    memberAssignment: Buffer;
  }[];
}

/** Kafka's GroupSummary: metadata and assignments only for a Stable group; unknown groups are Dead. */
export async function describeGroup(c: GroupCoordinator, groupId: string): Promise<GroupDescription> {
  await c.ready();
  const g = c.groups.get(groupId);
  if (!g)
    return { groupId, errorCode: 0, groupState: 'Dead', protocolType: '', protocolData: '', members: [] };
  const stable = g.state === 'Stable';
  return {
    groupId,
    errorCode: 0,
    groupState: g.state,
    protocolType: g.protocolType ?? '',
    protocolData: stable ? (g.protocolName ?? '') : '',
    members: [...g.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      memberMetadata: stable ? g.metadataOf(m) : Buffer.alloc(0),
      memberAssignment: stable ? m.assignment : Buffer.alloc(0),
    })),
  };
}

/** DeleteGroups: only groups without members; their offsets and metadata get tombstones. */
export async function deleteGroup(c: GroupCoordinator, groupId: string): Promise<number> {
  await c.ready();
  const g = c.groups.get(groupId);
  if (!g || g.state === 'Dead') return ErrorCode.GROUP_ID_NOT_FOUND;
  if (g.members.size > 0 || g.state !== 'Empty') return ErrorCode.NON_EMPTY_GROUP;
  const records: { key: Buffer; value: null }[] = [];
  for (const k of g.offsets.keys()) {
    const [topic, p] = k.split('\0');
    records.push({ key: encodeOffsetKey(groupId, topic!, Number(p)), value: null });
  }
  records.push({ key: encodeGroupKey(groupId), value: null });
  g.transition('Dead');
  try {
    await c.store.write(groupId, records);
  } catch (err) {
    g.transition('Empty');
    c.logger.error({ err, group: groupId }, 'cannot delete group');
    return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  }
  c.groups.delete(groupId);
  return 0;
}

/** After a topic is deleted: its committed offsets go too, in every group (as Kafka cleans them up). */
export async function forgetTopic(c: GroupCoordinator, topic: string): Promise<void> {
  if (!c.store.exists) return;
  await c.ready();
  for (const g of c.groups.values()) {
    const records: { key: Buffer; value: null }[] = [];
    for (const k of [...g.offsets.keys()]) {
      const [t, p] = k.split('\0');
      if (t !== topic) continue;
      records.push({ key: encodeOffsetKey(g.groupId, topic, Number(p)), value: null });
      g.offsets.delete(k);
    }
    if (records.length > 0) await c.store.write(g.groupId, records);
  }
}
