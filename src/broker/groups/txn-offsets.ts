/**
 * Transactional offset commits (TxnOffsetCommit, KIP-98 / KIP-447): the offsets are written to
 * the group's `__consumer_offsets` partition as a transactional batch of the producer and held
 * as pending; the transaction's commit marker makes them the group's committed offsets, an
 * abort marker drops them (Kafka's GroupMetadata.pendingTransactionalOffsetCommits).
 */
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { GroupCoordinator } from './group-coordinator.js';
import { offsetKey } from './offsets-log.js';
import { decodeKey, decodeOffsetValue, type CommittedOffset } from './offsets-records.js';
import { offsetCommitRecords, type CommitEntry } from './group-offsets.js';

export interface TxnCommitRequest {
  groupId: string;
  producerId: number;
  producerEpoch: number;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  entries: CommitEntry[];
}

function pendingFor(c: GroupCoordinator, producerId: number, groupId: string): Map<string, CommittedOffset> {
  let byGroup = c.pendingTxnOffsets.get(producerId);
  if (!byGroup) c.pendingTxnOffsets.set(producerId, (byGroup = new Map()));
  let offsets = byGroup.get(groupId);
  if (!offsets) byGroup.set(groupId, (offsets = new Map()));
  return offsets;
}

/** Returns one error code per entry, in order. */
export async function commitTxnOffsets(c: GroupCoordinator, req: TxnCommitRequest): Promise<number[]> {
  await c.ready();
  const all = (code: number) => req.entries.map(() => code);
  if (req.groupId === '') return all(ErrorCode.INVALID_GROUP_ID);
  const g = c.groups.get(req.groupId) ?? c.getOrCreate(req.groupId);
  if (g.state === 'Dead') return all(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  // KIP-447: with a member id / generation the commit must come from the current generation.
  if (c.fenced(g, req.groupInstanceId, req.memberId)) return all(ErrorCode.FENCED_INSTANCE_ID);
  if (req.memberId !== '' && !g.members.has(req.memberId)) return all(ErrorCode.UNKNOWN_MEMBER_ID);
  if (req.generationId >= 0 && req.generationId !== g.generationId) return all(ErrorCode.ILLEGAL_GENERATION);
  const { codes, records, accepted } = offsetCommitRecords(c, req.groupId, req.entries);
  try {
    await c.store.write(req.groupId, records, {
      producerId: req.producerId,
      producerEpoch: req.producerEpoch,
    });
  } catch (err) {
    const name = (err as { errorName?: string }).errorName;
    const code =
      name === 'INVALID_PRODUCER_EPOCH'
        ? ErrorCode.INVALID_PRODUCER_EPOCH
        : ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (code !== ErrorCode.INVALID_PRODUCER_EPOCH)
      c.logger.error({ err, group: req.groupId }, 'cannot store transactional offsets');
    return codes.map((x) => (x === 0 ? code : x));
  }
  const pending = pendingFor(c, req.producerId, req.groupId);
  for (const [k, v] of accepted) pending.set(k, v);
  return codes;
}

/** The transaction's marker reached `__consumer_offsets`: apply (commit) or drop (abort) its offsets. */
export function completeTxnOffsets(c: GroupCoordinator, producerId: number, commit: boolean): void {
  const byGroup = c.pendingTxnOffsets.get(producerId);
  if (!byGroup) return;
  c.pendingTxnOffsets.delete(producerId);
  if (!commit) return;
  for (const [groupId, offsets] of byGroup) {
    const g = c.getOrCreate(groupId);
    for (const [k, v] of offsets) g.offsets.set(k, v);
  }
}

/** Replay: transactional offset records without a marker yet become pending again. */
export function restorePendingTxn(
  c: GroupCoordinator,
  producerId: number,
  records: { key: Buffer; value: Buffer | null }[],
): void {
  for (const rec of records) {
    const key = decodeKey(rec.key);
    if (!key || key.kind !== 'offset' || rec.value === null) continue;
    pendingFor(c, producerId, key.group).set(
      offsetKey(key.topic, key.partition),
      decodeOffsetValue(rec.value),
    );
  }
}

/** Whether an open transaction holds an offset commit for this group and partition (OffsetFetch require_stable). */
export function hasPendingTxnOffset(
  c: GroupCoordinator,
  groupId: string,
  topic: string,
  partition: number,
): boolean {
  const key = offsetKey(topic, partition);
  for (const byGroup of c.pendingTxnOffsets.values()) if (byGroup.get(groupId)?.has(key)) return true;
  return false;
}
