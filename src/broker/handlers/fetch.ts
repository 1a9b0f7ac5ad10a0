/**
 * Fetch: stored batches are sent as they are on disk (no re-encoding). Long poll: when fewer
 * than `min_bytes` are available the response waits up to `max_wait_ms`, woken by appends.
 * KIP-74: `max_bytes` and per-partition limits are soft for the first batch of the first
 * partition with data, so a record larger than the limits never stalls a consumer.
 * Fetch sessions (KIP-227) are declined by answering session id 0, which the protocol allows:
 * clients then keep sending full fetch requests.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { BrokerContext, Handler } from '../context.js';
import type { IsolationLevel, PartitionLog } from '../storage/types.js';
import { errorCodeOf } from '../topic-admin.js';
import { uuidText } from './metadata.js';

interface Target {
  topicKey: string | Buffer;
  partition: number;
  fetchOffset: number;
  maxBytes: number;
  currentLeaderEpoch: number;
  log: PartitionLog | null;
  errorCode: number;
}

interface RequestTopic {
  topic: string;
  topicId: Buffer;
  partitions: {
    partition: number;
    currentLeaderEpoch: number;
    fetchOffset: bigint;
    partitionMaxBytes: number;
  }[];
}

function resolve(broker: BrokerContext, topics: RequestTopic[], byId: boolean): Target[] {
  const out: Target[] = [];
  for (const t of topics) {
    const info = byId ? broker.logs.getTopicById(uuidText(t.topicId)) : broker.logs.getTopic(t.topic);
    for (const p of t.partitions) {
      const target: Target = {
        topicKey: byId ? t.topicId : t.topic,
        partition: p.partition,
        fetchOffset: Number(p.fetchOffset),
        maxBytes: p.partitionMaxBytes,
        currentLeaderEpoch: p.currentLeaderEpoch,
        log: null,
        errorCode: 0,
      };
      if (!info) {
        target.errorCode = byId ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
      } else {
        try {
          target.log = broker.logs.partition(info.name, p.partition);
          const epoch = target.log.leaderEpoch;
          if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch < epoch)
            target.errorCode = ErrorCode.FENCED_LEADER_EPOCH;
          else if (p.currentLeaderEpoch > epoch) target.errorCode = ErrorCode.UNKNOWN_LEADER_EPOCH;
        } catch (err) {
          target.errorCode = errorCodeOf(err);
        }
      }
      out.push(target);
    }
  }
  return out;
}

/**
 * What an errored partition carries: Kafka answers MemoryRecords.EMPTY (size 0), never a null
 * record set — librdkafka 2.0.2 reads the size before the error code and treats -1 as a parse
 * failure, retrying forever instead of resetting an out-of-range offset.
 */
const NO_RECORDS = Buffer.alloc(0);

interface ReadOutcome {
  partitions: Map<Target, Struct>;
  bytes: number;
  errors: boolean;
}

async function readAll(targets: Target[], maxBytes: number, isolation: IsolationLevel): Promise<ReadOutcome> {
  const partitions = new Map<Target, Struct>();
  let remaining = maxBytes;
  let bytes = 0;
  let errors = false;
  let first = true;
  for (const t of targets) {
    const base = { partitionIndex: t.partition, preferredReadReplica: -1 };
    if (t.errorCode !== 0 || !t.log) {
      errors = true;
      partitions.set(t, {
        ...base,
        errorCode: t.errorCode,
        highWatermark: -1n,
        lastStableOffset: -1n,
        logStartOffset: -1n,
        abortedTransactions: null,
        records: NO_RECORDS,
      });
      continue;
    }
    const limit = Math.max(0, Math.min(t.maxBytes, remaining));
    try {
      const r =
        limit > 0 || first
          ? await t.log.read(t.fetchOffset, limit, { isolation, minOneBatch: first })
          : await t.log.read(t.fetchOffset, 0, { isolation, minOneBatch: false });
      if (r.records.length > 0) {
        first = false;
        remaining -= r.records.length;
        bytes += r.records.length;
      }
      partitions.set(t, {
        ...base,
        errorCode: 0,
        highWatermark: BigInt(r.highWatermark),
        lastStableOffset: BigInt(r.lastStableOffset),
        logStartOffset: BigInt(r.logStartOffset),
        abortedTransactions:
          isolation === 'read_committed'
            ? r.abortedTransactions.map((a) => ({
                producerId: BigInt(a.producerId),
                firstOffset: BigInt(a.firstOffset),
              }))
            : null,
        records: r.records,
      });
    } catch (err) {
      errors = true;
      partitions.set(t, {
        ...base,
        errorCode: errorCodeOf(err),
        highWatermark: BigInt(t.log.highWatermark),
        lastStableOffset: BigInt(t.log.lastStableOffset),
        logStartOffset: BigInt(t.log.logStartOffset),
        abortedTransactions: null,
        records: NO_RECORDS,
      });
    }
  }
  return { partitions, bytes, errors };
}

/** Waits until one of the logs advances, the timeout passes or the connection closes. */
function waitForData(logs: PartitionLog[], timeoutMs: number, closed: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const unsubs: (() => void)[] = [];
    const done = () => {
      clearTimeout(timer);
      closed.removeEventListener('abort', done);
      for (const u of unsubs) u();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    closed.addEventListener('abort', done);
    for (const log of new Set(logs)) unsubs.push(log.subscribe(done));
  });
}

export const handleFetch: Handler = async (broker, req, ctx) => {
  const version = ctx.header.apiVersion;
  const byId = version >= 13;
  if (typeof req.rackId === 'string' && req.rackId !== '') ctx.connection.rack = req.rackId;
  const isolation: IsolationLevel = req.isolationLevel === 1 ? 'read_committed' : 'read_uncommitted';
  const targets = resolve(broker, req.topics as RequestTopic[], byId);
  // v3+ carries max_bytes (default 0x7fffffff); 0 still returns the first batch whole (KIP-74).
  const maxBytes = Math.max(0, req.maxBytes as number);
  const minBytes = req.minBytes as number;
  const deadline = Date.now() + Math.max(0, req.maxWaitMs as number);
  let outcome = await readAll(targets, maxBytes, isolation);
  while (
    !outcome.errors &&
    outcome.bytes < minBytes &&
    targets.length > 0 &&
    !ctx.connection.closed.aborted
  ) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    await waitForData(
      targets.map((t) => t.log!),
      left,
      ctx.connection.closed,
    );
    outcome = await readAll(targets, maxBytes, isolation);
    if (Date.now() >= deadline) break;
  }
  // Group the partitions back under their topics, in request order.
  const responses: Struct[] = [];
  let current: Struct | null = null;
  for (const t of targets) {
    if (!current || current.key !== t.topicKey) {
      current = {
        key: t.topicKey,
        topic: byId ? '' : t.topicKey,
        topicId: byId ? t.topicKey : Buffer.alloc(16),
        partitions: [],
      };
      responses.push(current);
    }
    (current.partitions as Struct[]).push(outcome.partitions.get(t)!);
  }
  return { throttleTimeMs: 0, errorCode: 0, sessionId: 0, responses };
};
