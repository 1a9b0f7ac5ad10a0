/**
 * Produce: each partition's record batch goes to storage as received (storage validates and
 * assigns offsets); all partitions append concurrently so their fsyncs are shared (group
 * commit). acks=0 gets no response at all.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { txnCycles, txnPhaseTimings } from '../txn/phase-timings.js';
import { DeferredTxnError } from '../txn/txn-coordinator.js';
import { errorCodeOf, errorMessageOf, invalidTopicName } from '../topic-admin.js';
import { holdProduceFrame, produceFramePool } from '../server/frame-pool.js';

const ZSTD = 4;
/** Record-batch attributes bit 4: the batch belongs to a transaction. */
const TRANSACTIONAL = 0x10;

/** Kafka's ProduceRequest.validateRecords (v3+): exactly one magic-2 batch; zstd needs v7+. */
function checkRecords(
  records: Buffer | null,
  version: number,
  transactionalId: string | null,
): { code: number; message: string } | null {
  if (records === null || records.length === 0) {
    return {
      code: ErrorCode.INVALID_RECORD,
      message: 'produce requests must have exactly one record batch per partition',
    };
  }
  if (records.length < 61)
    return { code: ErrorCode.CORRUPT_MESSAGE, message: 'record batch shorter than its header' };
  const magic = records.readInt8(16);
  if (magic !== 2) {
    return {
      code: ErrorCode.INVALID_RECORD,
      message: `produce v${version} allows only record batches with magic 2, got ${magic}`,
    };
  }
  const batchLength = records.readInt32BE(8);
  if (batchLength + 12 < records.length) {
    return {
      code: ErrorCode.INVALID_RECORD,
      message: 'produce requests must have exactly one record batch per partition',
    };
  }
  const attributes = records.readInt16BE(21);
  if (attributes & TRANSACTIONAL && transactionalId === null) {
    return {
      code: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
      message: 'transactional records without a transactional id',
    };
  }
  const codec = attributes & 7;
  if (codec === ZSTD && version < 7) {
    return {
      code: ErrorCode.UNSUPPORTED_COMPRESSION_TYPE,
      message: 'zstd compression needs Produce v7 or later',
    };
  }
  return null;
}

export const handleProduce: Handler = async (broker, req, ctx) => {
  const version = ctx.header.apiVersion;
  const acks = req.acks as number;
  const topicData = req.topicData as {
    name: string;
    partitionData: { index: number; records: Buffer | null }[];
  }[];
  const now = Date.now();
  const badAcks = acks !== 0 && acks !== 1 && acks !== -1;
  const responses = await Promise.all(
    topicData.map(async (t) => {
      const fail = (index: number, code: number, message: string | null = null): Struct => ({
        index,
        errorCode: code,
        baseOffset: -1n,
        logAppendTimeMs: -1n,
        logStartOffset: -1n,
        recordErrors: [],
        errorMessage: message,
      });
      let topicError = 0;
      if (badAcks) topicError = ErrorCode.INVALID_REQUIRED_ACKS;
      else if (invalidTopicName(t.name)) topicError = ErrorCode.INVALID_TOPIC_EXCEPTION;
      else if (t.name.startsWith('__') && broker.logs.getTopic(t.name)?.internal)
        topicError = ErrorCode.INVALID_TOPIC_EXCEPTION;
      // An existing topic is looked up synchronously: every partition's append is then called
      // in request order (storage keeps that order per partition), with no await in between.
      if (topicError === 0 && !broker.logs.getTopic(t.name)) {
        try {
          const info = await broker.topics.ensure(t.name, broker.topics.autoCreate);
          if (!info) topicError = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
        } catch (err) {
          topicError = errorCodeOf(err);
        }
      }
      const partitionResponses = await Promise.all(
        t.partitionData.map(async (p): Promise<Struct> => {
          if (topicError !== 0) return fail(p.index, topicError);
          const bad = checkRecords(p.records, version, (req.transactionalId as string | null) ?? null);
          if (bad) return fail(p.index, bad.code, bad.message);
          const txnId = (req.transactionalId as string | null) ?? null;
          if (txnId !== null && p.records!.readInt16BE(21) & TRANSACTIONAL) {
            // The transaction's Ongoing record must be durable before any of its data is (the
            // coordinator answered AddPartitionsToTxn before that fsync). Waiters resume in
            // arrival order, and a request that finds nothing to wait for comes after them.
            const ongoing = broker.txns.ongoingDurable(txnId);
            if (ongoing) {
              try {
                await txnPhaseTimings.time('produce.ongoingWait', () => ongoing);
              } catch (err) {
                // An early-answered AddPartitionsToTxn whose checks failed: verifyProduce says why.
                if (!(err instanceof DeferredTxnError))
                  return fail(p.index, errorCodeOf(err), 'cannot make the transaction state durable');
              }
            }
            // KIP-890 verification: the partition must be in this producer's ongoing transaction,
            // so no batch can open a transaction the coordinator will never end.
            const code = broker.txns.verifyProduce(
              txnId,
              Number(p.records!.readBigInt64BE(43)),
              p.records!.readInt16BE(51),
              t.name,
              p.index,
            );
            if (code !== 0) return fail(p.index, code, 'the partition is not part of an ongoing transaction');
          }
          // Partition.appendRecordsToLeader: acks=all needs min.insync.replicas in the ISR, and
          // this node's ISR is itself alone — a topic asking for 2 or more refuses such writes,
          // as a one-broker Kafka does (retriable for the client; acks=1 still succeeds).
          if (acks === -1) {
            const minIsr = Number(broker.logs.getTopic(t.name)?.effectiveConfigs['min.insync.replicas'] ?? 1);
            if (minIsr > 1)
              return fail(
                p.index,
                ErrorCode.NOT_ENOUGH_REPLICAS,
                `The size of the current ISR Set(${broker.node.nodeId}) is insufficient to satisfy the min.isr requirement of ${minIsr} for partition ${t.name}-${p.index}`,
              );
          }
          try {
            const log = broker.logs.partition(t.name, p.index);
            // A batch inside a transaction is acknowledged once its offsets are assigned, before
            // it is copied to the OS and fsynced: it is invisible to read_committed readers until
            // the commit marker, and the coordinator fsyncs every partition of the transaction
            // before PrepareCommit (README, Durability). librdkafka waits for this answer before
            // it sends the partition's next request, so the copy overlaps that instead.
            const inTxn = txnId !== null && (p.records!.readInt16BE(21) & TRANSACTIONAL) !== 0;
            const r = await log.append(p.records!, {
              now,
              durable: acks !== 0 && !inTxn,
              ackBeforeWrite: inTxn,
              // records is a view of the request's frame, which may be a pooled buffer: it is
              // reused only once storage has written these bytes (after this answer, in a txn).
              retainRecords: (until) => holdProduceFrame(p.records!, until),
              batchCrc: produceFramePool.batchCrc(p.records!),
            });
            if (inTxn) txnCycles.answered(txnId);
            return {
              index: p.index,
              errorCode: 0,
              baseOffset: BigInt(r.baseOffset),
              logAppendTimeMs: BigInt(r.logAppendTime),
              logStartOffset: BigInt(r.logStartOffset),
              recordErrors: [],
              errorMessage: null,
            };
          } catch (err) {
            const code = errorCodeOf(err);
            if (code === ErrorCode.UNKNOWN_SERVER_ERROR)
              broker.logger.error({ err, topic: t.name, partition: p.index }, 'append failed');
            return fail(p.index, code, errorMessageOf(err));
          }
        }),
      );
      return { name: t.name, partitionResponses };
    }),
  );
  if (acks === 0) {
    // Kafka closes the connection when an acks=0 produce fails: the only way the producer
    // learns of it (it then refreshes metadata and reconnects).
    if (responses.some((t) => t.partitionResponses.some((p) => p.errorCode !== 0)))
      ctx.connection.closeAfterPending();
    return null;
  }
  return { responses, throttleTimeMs: 0 };
};
