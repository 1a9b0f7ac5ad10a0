/**
 * The transaction coordinator (Kafka's TransactionCoordinator + TransactionStateManager, one
 * node): per transactional id the producer id, epoch, timeout, state and partitions, durable in
 * `__transaction_state` before any answer depends on it. Transactional batches are acknowledged
 * before their fsync; a commit fsyncs every partition of the transaction before PrepareCommit,
 * and transactions still Ongoing when the broker starts are aborted (their data may be
 * incomplete after a crash). Ending a transaction writes the
 * commit/abort control batch to every partition of it in-process (WriteTxnMarkers semantics)
 * between the Prepare* and Complete* records, so a restart in between completes it again.
 * Ongoing transactions older than their timeout are aborted with a bumped epoch (fencing the
 * zombie), and Prepare* left by failed marker writes completed, every `abortScanIntervalMs`.
 */
import type { Logger } from '../../common/logger.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { LogManager } from '../storage/types.js';
import { txnCycles, txnPhaseTimings as timings } from './phase-timings.js';
import { TxnLog, type Durability } from './txn-log.js';
import type { StoredTxn, TxnState } from './txn-records.js';

/** Kafka bumps to a new producer id instead of reaching Short.MaxValue. */
const MAX_EPOCH = 32766;

export interface TxnSettings {
  maxTimeoutMs: number;
  abortScanIntervalMs: number;
  logPartitions: number;
  /** transactional.id.expiration.ms: an id idle this long (no transaction open) is removed. */
  idExpirationMs: number;
  /** How often expired ids are looked for. */
  removeExpiredIntervalMs: number;
}

export interface TxnMetadata extends StoredTxn {
  readonly transactionalId: string;
}

export type MarkerListener = (topic: string, partition: number, producerId: number, commit: boolean) => void;

/** Error code plus, for InitProducerId, the producer id and epoch. */
export interface InitResult {
  errorCode: number;
  producerId: number;
  producerEpoch: number;
}

/** An AddPartitionsToTxn answered early whose checks, run once the id was free, failed. */
export class DeferredTxnError extends Error {
  constructor(readonly errorCode: number) {
    super(`the transaction could not be extended (error code ${errorCode})`);
  }
}

export class TxnCoordinator {
  readonly txns = new Map<string, TxnMetadata>();
  private readonly log: TxnLog;
  private readonly locks = new Map<string, Promise<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private expiryTimer: NodeJS.Timeout | null = null;
  private scanning = false;
  /** Ids whose markers and Complete* record are being written after EndTxn was answered. */
  private readonly finishing = new Set<string>();
  /** Ids whose EndTxn(commit) is flushing partitions before PrepareCommit. */
  private readonly committing = new Set<string>();
  /** Per id, the fsync of its latest Ongoing record while it runs (see {@link ongoingDurable}). */
  private readonly ongoingSyncs = new Map<string, Promise<void>>();

  constructor(
    private readonly logs: LogManager,
    readonly settings: TxnSettings,
    private readonly logger: Logger,
    private readonly onMarker: MarkerListener = () => {},
  ) {
    this.log = new TxnLog(logs, settings.logPartitions, logger);
  }

  /** Loads the state and finishes what a crash interrupted (Prepare* → markers → Complete*). */
  async start(): Promise<void> {
    for (const [id, t] of await this.log.load()) this.txns.set(id, { ...t, transactionalId: id });
    for (const t of this.txns.values()) {
      if (t.state === 'PrepareCommit' || t.state === 'PrepareAbort') {
        await this.locked(t.transactionalId, () => this.complete(t, t.state === 'PrepareCommit'));
      } else if (t.state === 'PrepareEpochFence') {
        await this.locked(t.transactionalId, () => this.complete(t, false));
      } else if (t.state === 'Ongoing') {
        // Its batches were acknowledged before their fsync, so a crash may have lost some of
        // them: it must never commit. Aborted as a timed-out one is (epoch bumped: the producer
        // is fenced and re-initialises).
        await this.locked(t.transactionalId, async () => {
          this.logger.info(
            { transactionalId: t.transactionalId, producerId: t.producerId, producerEpoch: t.producerEpoch },
            'aborting a transaction left open by the previous broker run',
          );
          await this.fenceAndAbort(t);
        });
      }
    }
    this.timer = setInterval(() => void this.abortTimedOut(), this.settings.abortScanIntervalMs);
    this.timer.unref();
    this.expiryTimer = setInterval(() => void this.removeExpired(), this.settings.removeExpiredIntervalMs);
    this.expiryTimer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.expiryTimer) clearInterval(this.expiryTimer);
    this.timer = null;
    this.expiryTimer = null;
    await Promise.allSettled([...this.locks.values()]);
  }

  /** FindCoordinator key type 1: the state topic must exist before clients are sent here. */
  async ready(): Promise<void> {
    await this.log.ensureTopic();
  }

  /** Runs `fn` after every earlier operation on the same transactional id. */
  private locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(id) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => {});
    this.locks.set(id, tail);
    void tail.then(() => {
      if (this.locks.get(id) === tail) this.locks.delete(id);
    });
    return next;
  }

  private async persist(
    t: TxnMetadata,
    next: Partial<StoredTxn>,
    durability: Durability = 'fsync',
  ): Promise<void> {
    const updated: StoredTxn = {
      producerId: next.producerId ?? t.producerId,
      producerEpoch: next.producerEpoch ?? t.producerEpoch,
      timeoutMs: next.timeoutMs ?? t.timeoutMs,
      state: next.state ?? t.state,
      partitions: next.partitions ?? t.partitions,
      lastUpdateMs: Date.now(),
      startMs: next.startMs ?? t.startMs,
    };
    // Durable first: a state only counts once it is in the log (Kafka's appendTransactionToLog).
    await this.log.write(t.transactionalId, updated, durability);
    Object.assign(t, updated);
  }

  /** InitProducerId with a transactional id (KIP-98, KIP-360 epoch checks). */
  initProducerId(
    id: string,
    timeoutMs: number,
    expectedProducerId: number,
    expectedEpoch: number,
  ): Promise<InitResult> {
    const fail = (errorCode: number): InitResult => ({ errorCode, producerId: -1, producerEpoch: -1 });
    if (id === '') return Promise.resolve(fail(ErrorCode.INVALID_REQUEST));
    if (timeoutMs <= 0 || timeoutMs > this.settings.maxTimeoutMs)
      return Promise.resolve(fail(ErrorCode.INVALID_TRANSACTION_TIMEOUT));
    return this.locked(id, async () => {
      let t = this.txns.get(id);
      if (!t) {
        const producerId = await this.logs.allocateProducerId();
        t = {
          transactionalId: id,
          producerId,
          producerEpoch: -1,
          timeoutMs,
          state: 'Empty',
          partitions: new Map(),
          lastUpdateMs: Date.now(),
          startMs: -1,
        };
        this.txns.set(id, t);
      } else if (expectedProducerId >= 0) {
        // KIP-360: a producer re-initialising must name the id/epoch it has; anything else is a zombie.
        if (expectedProducerId !== t.producerId || expectedEpoch !== t.producerEpoch)
          return fail(ErrorCode.PRODUCER_FENCED);
      }
      if (t.state === 'PrepareCommit' || t.state === 'PrepareAbort' || t.state === 'PrepareEpochFence')
        return fail(ErrorCode.CONCURRENT_TRANSACTIONS);
      if (t.state === 'Ongoing') {
        // A new instance fences the old one: abort its transaction under a bumped epoch.
        await this.fenceAndAbort(t);
      }
      let producerId = t.producerId;
      let producerEpoch = t.producerEpoch + 1;
      if (producerEpoch > MAX_EPOCH) {
        producerId = await this.logs.allocateProducerId();
        producerEpoch = 0;
      }
      await this.persist(t, {
        producerId,
        producerEpoch,
        timeoutMs,
        state: 'Empty',
        partitions: new Map(),
        startMs: -1,
      });
      return { errorCode: 0, producerId, producerEpoch };
    });
  }

  /** Checks the caller's producer id/epoch against the stored ones (Kafka's order of errors). */
  private check(t: TxnMetadata | undefined, producerId: number, epoch: number): number {
    if (!t || t.producerId !== producerId) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    if (t.producerEpoch !== epoch) return ErrorCode.PRODUCER_FENCED;
    if (t.state === 'PrepareCommit' || t.state === 'PrepareAbort' || t.state === 'PrepareEpochFence')
      return ErrorCode.CONCURRENT_TRANSACTIONS;
    if (t.state === 'Dead') return ErrorCode.INVALID_TXN_STATE;
    return 0;
  }

  /**
   * AddPartitionsToTxn / AddOffsetsToTxn: one error code for the whole request.
   *
   * While the previous transaction's markers are being made durable (after its EndTxn was
   * answered, id still locked), a request that will pass the checks once they are done (same
   * producer id and epoch: completing changes neither) is answered at once, before its Ongoing
   * record is even written: the producer's first batch travels while the markers' fsync runs.
   * That batch, like every batch and offset commit of the transaction, is appended only once
   * the Ongoing record is durable ({@link ongoingDurable}, which rejects with the error code if
   * the deferred checks fail after all). README "Durability" has the crash argument.
   */
  addPartitions(
    id: string,
    producerId: number,
    epoch: number,
    partitions: { topic: string; partition: number }[],
  ): Promise<number> {
    const called = performance.now();
    const run = (track: boolean) =>
      this.locked(id, async () => {
        timings.record(
          track ? 'addPartitions.lockWait' : 'addPartitions.earlyLockWait',
          performance.now() - called,
        );
        return this.addPartitionsLocked(id, producerId, epoch, partitions, track);
      });
    const t = this.txns.get(id);
    if (this.finishing.has(id) && t && t.producerId === producerId && t.producerEpoch === epoch) {
      const written = run(false).then((code) => {
        if (code !== 0) throw new DeferredTxnError(code);
      });
      this.trackOngoingSync(id, written);
      return Promise.resolve(0);
    }
    return run(true);
  }

  private async addPartitionsLocked(
    id: string,
    producerId: number,
    epoch: number,
    partitions: { topic: string; partition: number }[],
    track: boolean,
  ): Promise<number> {
    const t = this.txns.get(id);
    const code = this.check(t, producerId, epoch);
    if (code !== 0 || !t) return code;
    const merged = new Map<string, number[]>();
    if (t.state === 'Ongoing') for (const [k, v] of t.partitions) merged.set(k, v.slice());
    let added = false;
    for (const { topic, partition } of partitions) {
      const list = merged.get(topic) ?? [];
      if (!list.includes(partition)) {
        list.push(partition);
        added = true;
      }
      merged.set(topic, list);
    }
    if (t.state === 'Ongoing' && !added) return 0;
    // Answered once written, before its fsync: the producer's first batch travels meanwhile.
    // No data of the transaction is appended before this record is durable (produce and
    // TxnOffsetCommit wait for ongoingDurable), so a crash that loses it leaves no batch of
    // a transaction the coordinator does not know (which would hold the LSO back for ever).
    await timings.time('addPartitions.write', () =>
      this.persist(
        t,
        { state: 'Ongoing', partitions: merged, startMs: t.state === 'Ongoing' ? t.startMs : Date.now() },
        'background',
      ),
    );
    if (track) this.trackOngoingSync(id);
    return 0;
  }

  /**
   * Starts the fsync of `id`'s latest Ongoing record. Chained after the previous one, so
   * waiters resume in the order they started waiting (pipelined produce requests of one
   * partition must reach storage in order).
   */
  private trackOngoingSync(id: string, written?: Promise<void>): void {
    const prev = this.ongoingSyncs.get(id);
    const sync: Promise<void> = (prev ? prev.catch(() => undefined) : Promise.resolve())
      .then(() => written)
      .then(() => timings.time('ongoing.fsync', () => this.log.flush(id)))
      .finally(() => {
        if (this.ongoingSyncs.get(id) === sync) this.ongoingSyncs.delete(id);
      });
    sync.catch((err: unknown) => {
      if (!(err instanceof DeferredTxnError))
        this.logger.error({ err, transactionalId: id }, 'cannot fsync the transaction state');
    });
    this.ongoingSyncs.set(id, sync);
  }

  /**
   * While the latest AddPartitionsToTxn / AddOffsetsToTxn record of `id` is not yet durable,
   * the promise of its fsync (rejects if it fails); otherwise undefined. A transactional batch
   * or offset commit is appended only after it.
   */
  ongoingDurable(id: string): Promise<void> | undefined {
    return this.ongoingSyncs.get(id);
  }

  /**
   * EndTxn: commit or abort. Answers once Prepare* is durable (as Kafka does); the markers and
   * Complete* follow while the transactional id stays locked, so the producer's next request
   * (AddPartitionsToTxn, InitProducerId) waits for them instead of failing.
   */
  endTxn(id: string, producerId: number, epoch: number, commit: boolean): Promise<number> {
    txnCycles.ended(id);
    let answer!: (code: number) => void;
    const result = new Promise<number>((resolve) => (answer = resolve));
    const work = this.locked(id, async () => {
      const t = this.txns.get(id);
      if (!t || t.producerId !== producerId) return answer(ErrorCode.INVALID_PRODUCER_ID_MAPPING);
      if (t.producerEpoch !== epoch) return answer(ErrorCode.PRODUCER_FENCED);
      switch (t.state) {
        case 'Ongoing':
          // The transaction's durability point: its batches were acknowledged without their
          // own fsync, so they must be on disk before the decision to commit is.
          if (commit) {
            // From here on no batch may join (verifyProduce): it could miss the fsync.
            this.committing.add(id);
            try {
              await timings.time('endTxn.flushPartitions', () => this.flushPartitions(t));
              await timings.time('endTxn.prepareCommit', () => this.persist(t, { state: 'PrepareCommit' }));
            } finally {
              this.committing.delete(id);
            }
          } else await this.persist(t, { state: 'PrepareAbort' });
          answer(0);
          this.finishing.add(id);
          try {
            await this.complete(t, commit);
          } finally {
            this.finishing.delete(id);
          }
          return;
        case 'CompleteCommit': // a retry of the same request succeeds again
          return answer(commit ? 0 : ErrorCode.INVALID_TXN_STATE);
        case 'CompleteAbort':
          return answer(commit ? ErrorCode.INVALID_TXN_STATE : 0);
        case 'PrepareCommit':
          return answer(commit ? ErrorCode.CONCURRENT_TRANSACTIONS : ErrorCode.INVALID_TXN_STATE);
        case 'PrepareAbort':
          return answer(commit ? ErrorCode.INVALID_TXN_STATE : ErrorCode.CONCURRENT_TRANSACTIONS);
        default:
          return answer(ErrorCode.INVALID_TXN_STATE);
      }
    });
    // Before the answer: the Prepare* record could not be written (retriable for the client).
    // After it: the markers failed; the state stays Prepare* and the periodic scan retries.
    work.catch((err: unknown) => {
      this.logger.error({ err, transactionalId: id }, 'cannot end the transaction');
      answer(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    });
    return result;
  }

  /** Whether a transactional batch may be appended to this partition now (KIP-890 verification). */
  verifyProduce(id: string, producerId: number, epoch: number, topic: string, partition: number): number {
    const t = this.txns.get(id);
    if (!t || t.producerId !== producerId) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    if (epoch < t.producerEpoch) return ErrorCode.INVALID_PRODUCER_EPOCH;
    if (
      t.state !== 'Ongoing' ||
      this.committing.has(id) ||
      !(t.partitions.get(topic) ?? []).includes(partition)
    )
      return ErrorCode.INVALID_TXN_STATE;
    return 0;
  }

  /** Whether `producerId` at `epoch` has this partition in its ongoing transaction (TxnOffsetCommit). */
  inTransaction(id: string, producerId: number, epoch: number, topic: string, partition: number): number {
    const t = this.txns.get(id);
    if (!t || t.producerId !== producerId) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    if (t.producerEpoch !== epoch) return ErrorCode.PRODUCER_FENCED;
    if (t.state !== 'Ongoing' || !(t.partitions.get(topic) ?? []).includes(partition))
      return ErrorCode.INVALID_TXN_STATE;
    return 0;
  }

  /** fsyncs every partition of the transaction, in parallel (one group-commit round each). */
  private async flushPartitions(t: TxnMetadata): Promise<void> {
    const flushes: Promise<void>[] = [];
    for (const [topic, parts] of t.partitions) {
      for (const partition of parts) {
        let log;
        try {
          log = this.logs.partition(topic, partition);
        } catch {
          continue; // the topic was deleted: nothing left to make durable
        }
        flushes.push(log.flush());
      }
    }
    await Promise.all(flushes);
  }

  /** Bumps the epoch (fencing the current producer) and aborts its transaction. Caller holds the lock. */
  private async fenceAndAbort(t: TxnMetadata): Promise<void> {
    if (t.producerEpoch < MAX_EPOCH) await this.persist(t, { producerEpoch: t.producerEpoch + 1 });
    await this.complete(t, false);
  }

  /** Prepare → markers on every partition → Complete. Caller holds the lock. */
  private async complete(t: TxnMetadata, commit: boolean): Promise<void> {
    const prepare: TxnState = commit ? 'PrepareCommit' : 'PrepareAbort';
    if (t.state !== prepare) await this.persist(t, { state: prepare });
    const marker = {
      producerId: t.producerId,
      producerEpoch: t.producerEpoch,
      type: commit ? ('commit' as const) : ('abort' as const),
      coordinatorEpoch: 0,
    };
    const writes: Promise<void>[] = [];
    for (const [topic, parts] of t.partitions) {
      for (const partition of parts) {
        writes.push(
          (async () => {
            let log;
            try {
              log = this.logs.partition(topic, partition);
            } catch {
              return; // the topic was deleted: nothing to mark (Kafka drops such markers too)
            }
            await log.appendControlMarker(marker);
            this.onMarker(topic, partition, t.producerId, commit);
          })(),
        );
      }
    }
    const results = await timings.time('complete.markers', () => Promise.allSettled(writes));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      // Stay in Prepare*: the next restart (or a retry) writes the markers again.
      this.logger.error({ err: failed.reason, transactionalId: t.transactionalId }, 'cannot write markers');
      throw failed.reason;
    }
    // Not waiting for the fsync of Complete* (Kafka writes it after answering, too): if a crash
    // loses it, the state read back is Prepare* and the markers are written again at start. Nor
    // starting one: the next transaction's Ongoing record follows within milliseconds and its
    // fsync, which that transaction's first batch waits for, would otherwise queue behind this
    // one (two fsyncs in a row instead of one, measured below in README "Durability").
    await timings.time('complete.write', () =>
      this.persist(
        t,
        { state: commit ? 'CompleteCommit' : 'CompleteAbort', partitions: new Map() },
        'deferred',
      ),
    );
  }

  /**
   * Forgets transactional ids without an open transaction (Empty, CompleteCommit,
   * CompleteAbort) whose last update is older than transactional.id.expiration.ms, as Kafka's
   * TransactionStateManager.removeExpiredTransactionalIds: a tombstone in `__transaction_state`
   * first, then the id is dropped. Its next InitProducerId starts afresh (new producer id,
   * epoch 0); the old producer gets INVALID_PRODUCER_ID_MAPPING.
   */
  async removeExpired(now = Date.now()): Promise<number> {
    let removed = 0;
    const expired = (t: TxnMetadata) =>
      (t.state === 'Empty' || t.state === 'CompleteCommit' || t.state === 'CompleteAbort') &&
      t.lastUpdateMs + this.settings.idExpirationMs <= now;
    for (const t of [...this.txns.values()]) {
      if (!expired(t)) continue;
      await this.locked(t.transactionalId, async () => {
        if (this.txns.get(t.transactionalId) !== t || !expired(t)) return; // used meanwhile
        await this.log.write(t.transactionalId, null);
        this.txns.delete(t.transactionalId);
        removed++;
        this.logger.info(
          { transactionalId: t.transactionalId, producerId: t.producerId },
          'removed an expired transactional id',
        );
      }).catch((err: unknown) => this.logger.error({ err }, 'cannot remove an expired transactional id'));
    }
    return removed;
  }

  /** Aborts ongoing transactions past their timeout (Kafka's abortTimedOutTransactions). */
  async abortTimedOut(now = Date.now()): Promise<void> {
    if (this.scanning) return;
    this.scanning = true;
    try {
      for (const t of [...this.txns.values()]) {
        if (t.state === 'PrepareCommit' || t.state === 'PrepareAbort') {
          const commit = t.state === 'PrepareCommit';
          await this.locked(t.transactionalId, async () => {
            if (t.state === (commit ? 'PrepareCommit' : 'PrepareAbort')) await this.complete(t, commit);
          }).catch((err: unknown) => this.logger.error({ err }, 'cannot complete a prepared transaction'));
          continue;
        }
        if (t.state !== 'Ongoing' || t.startMs + t.timeoutMs > now) continue;
        const { producerId, producerEpoch } = t;
        await this.locked(t.transactionalId, async () => {
          if (t.state !== 'Ongoing' || t.producerId !== producerId || t.producerEpoch !== producerEpoch)
            return;
          this.logger.info(
            { transactionalId: t.transactionalId, producerId, producerEpoch },
            'aborting a timed-out transaction',
          );
          await this.fenceAndAbort(t);
        }).catch((err: unknown) => this.logger.error({ err }, 'cannot abort a timed-out transaction'));
      }
    } finally {
      this.scanning = false;
    }
  }
}
