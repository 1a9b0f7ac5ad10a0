/**
 * Idempotent / transactional producer state of one partition, as Kafka's
 * ProducerStateManager keeps it: per producer id the epoch, the metadata of its last 5
 * batches (for duplicate detection), the first offset of its open transaction; plus the
 * aborted-transaction list for read_committed fetches. Persisted as snapshots
 * (`<offset>.snapshot`) and rebuilt by replaying batch headers written after the snapshot.
 */
import {
  NO_PRODUCER_EPOCH,
  NO_SEQUENCE,
  lastSequenceOf,
  type BatchHeader,
} from '../../kafka/record-batch/index.js';
import { KafkaStorageError } from './errors.js';

/** Kafka keeps this many batches per producer for duplicate detection (max.in.flight ≤ 5). */
export const NUM_BATCHES_TO_RETAIN = 5;

export interface BatchMetadata {
  firstSeq: number;
  lastSeq: number;
  firstOffset: number;
  lastOffset: number;
  timestamp: number;
}

export interface ProducerEntry {
  producerId: number;
  epoch: number;
  batches: BatchMetadata[];
  /** First offset of the open transaction, or -1. */
  txnFirstOffset: number;
  coordinatorEpoch: number;
  lastTimestamp: number;
}

export interface AbortedTxn {
  producerId: number;
  firstOffset: number;
  lastOffset: number;
  lastStableOffset: number;
}

/** What checking one batch decided. */
export type BatchCheck =
  { kind: 'append' } | { kind: 'duplicate'; firstOffset: number; lastOffset: number; timestamp: number };

function inSequence(lastSeq: number, nextSeq: number): boolean {
  return nextSeq === lastSeq + 1 || (nextSeq === 0 && lastSeq === 0x7fffffff);
}

function cloneEntry(e: ProducerEntry): ProducerEntry {
  return { ...e, batches: e.batches.slice() };
}

export class ProducerState {
  readonly producers = new Map<number, ProducerEntry>();
  /** producer id → first offset of its open transaction. */
  private readonly openTxns = new Map<number, number>();
  aborted: AbortedTxn[] = [];

  /**
   * Checks a client batch against the state (plus `pending` updates from earlier batches of
   * the same request). Throws INVALID_PRODUCER_EPOCH / OUT_OF_ORDER_SEQUENCE_NUMBER /
   * INVALID_TXN_STATE like Kafka's ProducerAppendInfo; returns `duplicate` for a retried batch.
   */
  check(
    h: BatchHeader,
    pending: Map<number, ProducerEntry>,
    origin: 'client' | 'coordinator' = 'client',
  ): BatchCheck {
    const current = pending.get(h.producerId) ?? this.producers.get(h.producerId);
    if (!current) return { kind: 'append' }; // unknown producer (or state expired): any sequence is accepted (KIP-360)
    if (h.producerEpoch < current.epoch) {
      throw new KafkaStorageError(
        'INVALID_PRODUCER_EPOCH',
        `epoch ${h.producerEpoch} of producer ${h.producerId} is older than the current epoch ${current.epoch}`,
      );
    }
    // Kafka checks sequences only for client batches; the coordinator's (transactional offset
    // commits) carry no sequence.
    if (origin === 'coordinator') return { kind: 'append' };
    if (h.producerEpoch === current.epoch) {
      const lastSeq = lastSequenceOf(h);
      const dup = current.batches.find((b) => b.firstSeq === h.baseSequence && b.lastSeq === lastSeq);
      if (dup)
        return {
          kind: 'duplicate',
          firstOffset: dup.firstOffset,
          lastOffset: dup.lastOffset,
          timestamp: dup.timestamp,
        };
      const currentLastSeq = current.batches.length
        ? current.batches[current.batches.length - 1]!.lastSeq
        : NO_SEQUENCE;
      if (current.epoch !== NO_PRODUCER_EPOCH && !inSequence(currentLastSeq, h.baseSequence)) {
        throw new KafkaStorageError(
          'OUT_OF_ORDER_SEQUENCE_NUMBER',
          `out of order sequence number for producer ${h.producerId} at epoch ${h.producerEpoch}: ${h.baseSequence} (incoming seq. number), ${currentLastSeq} (current end sequence number)`,
        );
      }
    } else if (h.baseSequence !== 0 && current.epoch !== NO_PRODUCER_EPOCH) {
      throw new KafkaStorageError(
        'OUT_OF_ORDER_SEQUENCE_NUMBER',
        `invalid sequence number for new epoch of producer ${h.producerId}: ${h.producerEpoch} (request epoch), ${h.baseSequence} (seq. number), ${current.epoch} (current producer epoch)`,
      );
    }
    if (!h.isTransactional && current.txnFirstOffset >= 0 && h.producerEpoch === current.epoch) {
      throw new KafkaStorageError(
        'INVALID_TXN_STATE',
        `producer ${h.producerId} wrote a non-transactional batch while its transaction is open`,
      );
    }
    return { kind: 'append' };
  }

  /** Applies a data batch (at its assigned offsets) to `pending` (or to the state when replaying). */
  applyData(h: BatchHeader, target: Map<number, ProducerEntry> = this.producers): void {
    if (h.producerId < 0) return;
    const base = target.get(h.producerId) ?? this.producers.get(h.producerId);
    const e: ProducerEntry = base
      ? cloneEntry(base)
      : {
          producerId: h.producerId,
          epoch: h.producerEpoch,
          batches: [],
          txnFirstOffset: -1,
          coordinatorEpoch: -1,
          lastTimestamp: -1,
        };
    if (h.producerEpoch !== e.epoch) {
      e.epoch = h.producerEpoch;
      e.batches = [];
    }
    if (h.baseSequence !== NO_SEQUENCE) {
      e.batches.push({
        firstSeq: h.baseSequence,
        lastSeq: lastSequenceOf(h),
        firstOffset: h.baseOffset,
        lastOffset: h.baseOffset + h.lastOffsetDelta,
        timestamp: h.maxTimestamp,
      });
      if (e.batches.length > NUM_BATCHES_TO_RETAIN) e.batches.shift();
    }
    if (h.isTransactional && e.txnFirstOffset < 0) e.txnFirstOffset = h.baseOffset;
    e.lastTimestamp = Math.max(e.lastTimestamp, h.maxTimestamp);
    if (target === this.producers) this.put(e);
    else target.set(h.producerId, e);
  }

  /** Stores an entry and keeps the open-transaction index in step (fetches ask for the LSO often). */
  private put(e: ProducerEntry): void {
    this.producers.set(e.producerId, e);
    if (e.txnFirstOffset >= 0) this.openTxns.set(e.producerId, e.txnFirstOffset);
    else this.openTxns.delete(e.producerId);
  }

  /**
   * Applies a commit/abort marker at `offset`: closes the producer's transaction, records an
   * aborted one. `lastStableOffset` is the LSO after this marker (for the aborted index).
   */
  applyMarker(
    producerId: number,
    epoch: number,
    commit: boolean,
    coordinatorEpoch: number,
    offset: number,
    timestamp: number,
  ): AbortedTxn | undefined {
    const base = this.producers.get(producerId);
    const e: ProducerEntry = base
      ? cloneEntry(base)
      : { producerId, epoch, batches: [], txnFirstOffset: -1, coordinatorEpoch, lastTimestamp: timestamp };
    if (epoch !== e.epoch) {
      e.epoch = epoch;
      e.batches = [];
    }
    e.coordinatorEpoch = coordinatorEpoch;
    e.lastTimestamp = Math.max(e.lastTimestamp, timestamp);
    let aborted: AbortedTxn | undefined;
    const first = e.txnFirstOffset;
    e.txnFirstOffset = -1;
    this.put(e);
    if (!commit && first >= 0) {
      aborted = {
        producerId,
        firstOffset: first,
        lastOffset: offset,
        lastStableOffset: this.firstUnstableOffset() ?? offset + 1,
      };
      this.aborted.push(aborted);
    }
    return aborted;
  }

  /** Checks a marker's epoch (the coordinator fences older producers). */
  checkMarker(producerId: number, epoch: number): void {
    const e = this.producers.get(producerId);
    if (e && epoch < e.epoch)
      throw new KafkaStorageError(
        'INVALID_PRODUCER_EPOCH',
        `marker epoch ${epoch} is older than producer ${producerId}'s epoch ${e.epoch}`,
      );
  }

  /** Commits the pending entries of a successful append. */
  commit(pending: Map<number, ProducerEntry>): void {
    for (const e of pending.values()) this.put(e);
  }

  /** First offset of the earliest open transaction, if any. */
  firstUnstableOffset(): number | undefined {
    let min: number | undefined;
    for (const first of this.openTxns.values()) if (min === undefined || first < min) min = first;
    return min;
  }

  /** Aborted transactions overlapping [fetchOffset, upperBound) (Fetch's aborted_transactions). */
  abortedIn(fetchOffset: number, upperBound: number): { producerId: number; firstOffset: number }[] {
    return this.aborted
      .filter((a) => a.lastOffset >= fetchOffset && a.firstOffset < upperBound)
      .map((a) => ({ producerId: a.producerId, firstOffset: a.firstOffset }));
  }

  /** Forgets aborted transactions wholly before the log start, and producers idle past `expireBefore` without open transactions. */
  truncateHead(logStartOffset: number, expireBefore = -Infinity): void {
    this.aborted = this.aborted.filter((a) => a.lastOffset >= logStartOffset);
    for (const [id, e] of this.producers)
      if (e.txnFirstOffset < 0 && e.lastTimestamp < expireBefore) this.producers.delete(id); // never in openTxns
  }

  /** Drops what a log truncation to `offset` removed (recovery after a torn write). */
  reset(): void {
    this.producers.clear();
    this.openTxns.clear();
    this.aborted = [];
  }

  toJSON(offset: number): string {
    return JSON.stringify({
      version: 1,
      offset,
      producers: [...this.producers.values()],
      aborted: this.aborted,
    });
  }

  /** Loads a snapshot; returns the offset it covers (state as of all batches below it). */
  load(text: string): number {
    const snap = JSON.parse(text) as {
      version: number;
      offset: number;
      producers: ProducerEntry[];
      aborted: AbortedTxn[];
    };
    if (snap.version !== 1 || typeof snap.offset !== 'number' || !Array.isArray(snap.producers))
      throw new Error('unknown snapshot format');
    this.reset();
    for (const e of snap.producers) this.put(e);
    this.aborted = snap.aborted ?? [];
    return snap.offset;
  }
}
