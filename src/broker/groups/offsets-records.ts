/**
 * The records of `__consumer_offsets`, in Kafka's own formats (OffsetCommitKey v1 /
 * OffsetCommitValue v3, GroupMetadataKey v2 / GroupMetadataValue v3), so the topic reads the
 * way Kafka's does. A null value is a tombstone (offset deleted / group deleted); the topic is
 * compacted, so the latest record per key is the state.
 */
import { Reader } from '../../kafka/protocol/reader.js';
import { Writer } from '../../kafka/protocol/writer.js';

export interface CommittedOffset {
  offset: number;
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: number;
}

export interface StoredMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  subscription: Buffer;
  assignment: Buffer;
}

export interface StoredGroup {
  protocolType: string;
  generationId: number;
  protocolName: string | null;
  leaderId: string | null;
  currentStateTimestamp: number;
  members: StoredMember[];
}

export type OffsetsRecordKey =
  { kind: 'offset'; group: string; topic: string; partition: number } | { kind: 'group'; group: string };

export function encodeOffsetKey(group: string, topic: string, partition: number): Buffer {
  return new Writer(64).int16(1).string(group, false).string(topic, false).int32(partition).toBuffer();
}

export function encodeGroupKey(group: string): Buffer {
  return new Writer(32).int16(2).string(group, false).toBuffer();
}

export function encodeOffsetValue(v: CommittedOffset): Buffer {
  return new Writer(64)
    .int16(3)
    .int64(BigInt(v.offset))
    .int32(v.leaderEpoch)
    .string(v.metadata, false)
    .int64(BigInt(v.commitTimestamp))
    .toBuffer();
}

export function encodeGroupValue(g: StoredGroup): Buffer {
  const w = new Writer(256)
    .int16(3)
    .string(g.protocolType, false)
    .int32(g.generationId)
    .nullableString(g.protocolName, false)
    .nullableString(g.leaderId, false)
    .int64(BigInt(g.currentStateTimestamp))
    .int32(g.members.length);
  for (const m of g.members) {
    w.string(m.memberId, false)
      .nullableString(m.groupInstanceId, false)
      .string(m.clientId, false)
      .string(m.clientHost, false)
      .int32(m.rebalanceTimeoutMs)
      .int32(m.sessionTimeoutMs)
      .nullableBytes(m.subscription, false)
      .nullableBytes(m.assignment, false);
  }
  return w.toBuffer();
}

/** Decodes a key; null for key versions this broker does not know (skipped on load). */
export function decodeKey(key: Buffer): OffsetsRecordKey | null {
  const r = new Reader(key);
  const version = r.int16();
  if (version === 0 || version === 1)
    return { kind: 'offset', group: r.string(false), topic: r.string(false), partition: r.int32() };
  if (version === 2) return { kind: 'group', group: r.string(false) };
  return null;
}

export function decodeOffsetValue(value: Buffer): CommittedOffset {
  const r = new Reader(value);
  const version = r.int16();
  const offset = Number(r.int64());
  const leaderEpoch = version >= 3 ? r.int32() : -1;
  const metadata = r.string(version >= 4);
  const commitTimestamp = Number(r.int64());
  return { offset, leaderEpoch, metadata, commitTimestamp };
}

export function decodeGroupValue(value: Buffer): StoredGroup {
  const r = new Reader(value);
  const version = r.int16();
  const flexible = version >= 4;
  const protocolType = r.string(flexible);
  const generationId = r.int32();
  const protocolName = r.nullableString(flexible);
  const leaderId = r.nullableString(flexible);
  const currentStateTimestamp = version >= 2 ? Number(r.int64()) : -1;
  const n = r.arrayLength(flexible);
  const members: StoredMember[] = [];
  for (let i = 0; i < n; i++) {
    const memberId = r.string(flexible);
    const groupInstanceId = version >= 3 ? r.nullableString(flexible) : null;
    const clientId = r.string(flexible);
    const clientHost = r.string(flexible);
    const rebalanceTimeoutMs = version >= 1 ? r.int32() : -1;
    const sessionTimeoutMs = r.int32();
    const subscription = r.nullableBytes(flexible) ?? Buffer.alloc(0);
    const assignment = r.nullableBytes(flexible) ?? Buffer.alloc(0);
    if (flexible) r.taggedFields();
    members.push({
      memberId,
      groupInstanceId,
      clientId,
      clientHost,
      rebalanceTimeoutMs,
      sessionTimeoutMs,
      subscription,
      assignment,
    });
  }
  return { protocolType, generationId, protocolName, leaderId, currentStateTimestamp, members };
}

/** Java's `Utils.abs(groupId.hashCode()) % partitions`: the group's partition of __consumer_offsets. */
export function partitionForGroup(groupId: string, partitions: number): number {
  let h = 0;
  for (let i = 0; i < groupId.length; i++) h = (Math.imul(h, 31) + groupId.charCodeAt(i)) | 0;
  return (h & 0x7fffffff) % partitions;
}
