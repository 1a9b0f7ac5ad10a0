/**
 * Transaction APIs: InitProducerId with a transactional id, AddPartitionsToTxn,
 * AddOffsetsToTxn, EndTxn, TxnOffsetCommit, DescribeTransactions, ListTransactions. The
 * coordinator (`../txn/txn-coordinator.ts`) decides; this maps requests and, like KafkaApis,
 * answers INVALID_PRODUCER_EPOCH instead of PRODUCER_FENCED to versions that predate it.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import type { CommitTopic } from './groups.js';
import { commitTxnOffsets } from '../groups/txn-offsets.js';
import { OFFSETS_TOPIC } from '../groups/offsets-log.js';
import { DeferredTxnError } from '../txn/txn-coordinator.js';
import { TXN_STATES } from '../txn/txn-records.js';

/** PRODUCER_FENCED (KIP-588) exists from these versions on; older clients get INVALID_PRODUCER_EPOCH. */
function fencedFor(code: number, version: number, since: number): number {
  return code === ErrorCode.PRODUCER_FENCED && version < since ? ErrorCode.INVALID_PRODUCER_EPOCH : code;
}

export const handleTxnInitProducerId: Handler = async (broker, req, ctx) => {
  const r = await broker.txns.initProducerId(
    req.transactionalId as string,
    req.transactionTimeoutMs as number,
    Number(req.producerId as bigint),
    req.producerEpoch as number,
  );
  return {
    throttleTimeMs: 0,
    errorCode: fencedFor(r.errorCode, ctx.header.apiVersion, 4),
    producerId: BigInt(r.producerId),
    producerEpoch: r.producerEpoch,
  };
};

export const handleAddPartitionsToTxn: Handler = async (broker, req, ctx) => {
  const topics = req.v3AndBelowTopics as { name: string; partitions: number[] }[];
  // Kafka validates every partition first: one unknown partition fails the request, the rest
  // are reported as OPERATION_NOT_ATTEMPTED.
  const unknown = new Set<string>();
  for (const t of topics) {
    const info = broker.logs.getTopic(t.name);
    for (const p of t.partitions) if (!info || p < 0 || p >= info.partitions) unknown.add(`${t.name}\0${p}`);
  }
  let code = 0;
  if (unknown.size === 0) {
    code = await broker.txns.addPartitions(
      req.v3AndBelowTransactionalId as string,
      Number(req.v3AndBelowProducerId as bigint),
      req.v3AndBelowProducerEpoch as number,
      topics.flatMap((t) => t.partitions.map((partition) => ({ topic: t.name, partition }))),
    );
    code = fencedFor(code, ctx.header.apiVersion, 2);
  }
  return {
    throttleTimeMs: 0,
    resultsByTopicV3AndBelow: topics.map((t) => ({
      name: t.name,
      resultsByPartition: t.partitions.map((p) => ({
        partitionIndex: p,
        partitionErrorCode:
          unknown.size === 0
            ? code
            : unknown.has(`${t.name}\0${p}`)
              ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
              : ErrorCode.OPERATION_NOT_ATTEMPTED,
      })),
    })),
  };
};

export const handleAddOffsetsToTxn: Handler = async (broker, req, ctx) => {
  const groupId = req.groupId as string;
  let partition: number;
  try {
    await broker.groups.ready();
    partition = await broker.groups.store.partitionOf(groupId);
  } catch {
    return { throttleTimeMs: 0, errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE };
  }
  const code = await broker.txns.addPartitions(
    req.transactionalId as string,
    Number(req.producerId as bigint),
    req.producerEpoch as number,
    [{ topic: OFFSETS_TOPIC, partition }],
  );
  return { throttleTimeMs: 0, errorCode: fencedFor(code, ctx.header.apiVersion, 2) };
};

export const handleEndTxn: Handler = async (broker, req, ctx) => {
  const code = await broker.txns.endTxn(
    req.transactionalId as string,
    Number(req.producerId as bigint),
    req.producerEpoch as number,
    req.committed as boolean,
  );
  return { throttleTimeMs: 0, errorCode: fencedFor(code, ctx.header.apiVersion, 2) };
};

export const handleTxnOffsetCommit: Handler = async (broker, req, ctx) => {
  const topics = req.topics as CommitTopic[];
  const groupId = req.groupId as string;
  const producerId = Number(req.producerId as bigint);
  const producerEpoch = req.producerEpoch as number;
  const answer = (codes: number[]): Struct => {
    let i = 0;
    return {
      throttleTimeMs: 0,
      topics: topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: codes[i++] ?? 0,
        })),
      })),
    };
  };
  const count = topics.reduce((n, t) => n + t.partitions.length, 0);
  let partition: number;
  try {
    await broker.groups.ready();
    partition = await broker.groups.store.partitionOf(groupId);
  } catch {
    return answer(new Array<number>(count).fill(ErrorCode.COORDINATOR_NOT_AVAILABLE));
  }
  // The transaction's Ongoing record must be durable before its offsets batch (see produce.ts);
  // AddOffsetsToTxn may have been answered before that record was even written (coordinator).
  const ongoing = broker.txns.ongoingDurable(req.transactionalId as string);
  if (ongoing) {
    try {
      await ongoing;
    } catch (err) {
      // Checks that failed once the id was free are reported by inTransaction below.
      if (!(err instanceof DeferredTxnError))
        return answer(new Array<number>(count).fill(ErrorCode.COORDINATOR_NOT_AVAILABLE));
    }
  }
  // The group's partition must be in the ongoing transaction (AddOffsetsToTxn first), else the
  // transactional batch would open a transaction nobody ends.
  const state = broker.txns.inTransaction(
    req.transactionalId as string,
    producerId,
    producerEpoch,
    OFFSETS_TOPIC,
    partition,
  );
  if (state !== 0) return answer(new Array<number>(count).fill(fencedFor(state, ctx.header.apiVersion, 3)));
  const codes = await commitTxnOffsets(broker.groups, {
    groupId,
    producerId,
    producerEpoch,
    generationId: req.generationId as number,
    memberId: req.memberId as string,
    groupInstanceId: (req.groupInstanceId as string | null) ?? null,
    entries: topics.flatMap((t) =>
      t.partitions.map((p) => ({
        topic: t.name,
        partition: p.partitionIndex,
        offset: Number(p.committedOffset),
        leaderEpoch: p.committedLeaderEpoch,
        metadata: p.committedMetadata,
      })),
    ),
  });
  return answer(codes);
};

export const handleDescribeTransactions: Handler = async (broker, req) => {
  const ids = req.transactionalIds as string[];
  return {
    throttleTimeMs: 0,
    transactionStates: ids.map((id) => {
      const t = broker.txns.txns.get(id);
      if (!t || t.state === 'Dead')
        return {
          errorCode: ErrorCode.TRANSACTIONAL_ID_NOT_FOUND,
          transactionalId: id,
          transactionState: '',
          transactionTimeoutMs: 0,
          transactionStartTimeMs: -1n,
          producerId: -1n,
          producerEpoch: -1,
          topics: [],
        };
      return {
        errorCode: 0,
        transactionalId: id,
        transactionState: t.state,
        transactionTimeoutMs: t.timeoutMs,
        transactionStartTimeMs: BigInt(t.startMs),
        producerId: BigInt(t.producerId),
        producerEpoch: t.producerEpoch,
        topics: [...t.partitions].map(([topic, partitions]) => ({ topic, partitions })),
      };
    }),
  };
};

export const handleListTransactions: Handler = async (broker, req) => {
  const stateFilters = req.stateFilters as string[];
  const pidFilters = new Set((req.producerIdFilters as bigint[]).map(Number));
  const duration = Number(req.durationFilter as bigint);
  const known = new Set<string>(TXN_STATES);
  const unknownStateFilters = stateFilters.filter((s) => !known.has(s));
  const states = new Set(stateFilters);
  const now = Date.now();
  const transactionStates: Struct[] = [];
  for (const t of broker.txns.txns.values()) {
    if (states.size > 0 && !states.has(t.state)) continue;
    if (pidFilters.size > 0 && !pidFilters.has(t.producerId)) continue;
    if (duration >= 0 && (t.state !== 'Ongoing' || now - t.startMs < duration)) continue;
    transactionStates.push({
      transactionalId: t.transactionalId,
      producerId: BigInt(t.producerId),
      transactionState: t.state,
    });
  }
  return { throttleTimeMs: 0, errorCode: 0, unknownStateFilters, transactionStates };
};
