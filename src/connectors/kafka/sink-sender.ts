/**
 * Sends queued messages one produce request at a time (an idempotent producer's sequence numbers
 * must reach each partition in order), each request taking everything queued meanwhile up to
 * {@link MAX_REQUEST_BYTES}: small batches of the runtime coalesce into large requests while one
 * is in flight, the way a client's linger does. Errors are kept and rethrown by the next call.
 */
import type { KafkaClient } from '../../kafka/client/index.js';

type Producer = Awaited<ReturnType<KafkaClient['producer']>>;
export type Message = Parameters<Producer['send']>[0]['messages'][number];

/** One produce request stays well below the broker's max.message.bytes (1 MiB default). */
export const MAX_REQUEST_BYTES = 512 * 1024;
/** Queued bytes above which `enqueue` waits (back-pressure on the statement). */
const HIGH_WATER = 8 * 1024 * 1024;
/** Below it a waiting `enqueue` resumes: close to HIGH_WATER, so the statement stalls briefly. */
const LOW_WATER = 6 * 1024 * 1024;

/**
 * The widest timestamp spread within one partition's batch of a request: @platformatic/kafka
 * (1.35) writes a record's timestampDelta as a varint that is only right within the int32
 * range (2^31 ms is read back as -1), so records written with `timestamp` metadata more than
 * ~24 days apart go in separate requests.
 */
const MAX_TIMESTAMP_DELTA = 2 ** 31 - 1;

const sizeOf = (m: Message): number => (m.key?.length ?? 0) + (m.value?.length ?? 0) + 64;

/** The sink's in-order sender. */
export class SinkSender {
  private queue: Message[] = [];
  private head = 0;
  private queuedBytes = 0;
  private sending: Promise<void> | undefined;
  private drained: (() => void)[] = [];
  /** The first send failure (already mapped by `mapError`). */
  failure: unknown;

  constructor(
    private readonly producer: Producer,
    private readonly mapError: (err: unknown) => unknown,
  ) {}

  /** Queues messages; resolves at once unless too much is queued. */
  async enqueue(messages: readonly Message[]): Promise<void> {
    if (this.failure) throw this.failure;
    for (const m of messages) {
      this.queue.push(m);
      this.queuedBytes += sizeOf(m);
    }
    this.pump();
    while (this.queuedBytes > HIGH_WATER && !this.failure)
      await new Promise<void>((r) => this.drained.push(r));
    if (this.failure) throw this.failure;
  }

  /** Resolves when everything queued is acknowledged (an explicit commit point). */
  async flush(): Promise<void> {
    while (this.sending) await this.sending;
    if (this.failure) throw this.failure;
  }

  private pump(): void {
    if (this.sending || this.head === this.queue.length || this.failure) return;
    this.sending = this.loop().finally(() => {
      this.sending = undefined;
      this.wakeAll();
    });
  }

  private async loop(): Promise<void> {
    while (this.head < this.queue.length && !this.failure) {
      let size = 0;
      let end = this.head;
      // Each partition's first timestamp in this request (records without one: about now).
      const now = Date.now();
      const first = new Map<number, number>();
      while (end < this.queue.length) {
        const m = this.queue[end]!;
        const s = sizeOf(m);
        if (end > this.head && size + s > MAX_REQUEST_BYTES) break;
        const ts = m.timestamp === undefined ? now : Number(m.timestamp);
        const f = first.get(m.partition ?? -1);
        if (f === undefined) first.set(m.partition ?? -1, ts);
        else if (Math.abs(ts - f) > MAX_TIMESTAMP_DELTA) break;
        size += s;
        end++;
      }
      const chunk = this.queue.slice(this.head, end);
      this.head = end;
      if (this.head === this.queue.length) {
        this.queue = [];
        this.head = 0;
      } else if (this.head > 65_536) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      try {
        await this.producer.send({ messages: chunk });
      } catch (err) {
        this.failure ??= this.mapError(err);
      }
      this.queuedBytes -= size;
      if (this.queuedBytes < LOW_WATER) this.wakeAll();
    }
  }

  private wakeAll(): void {
    const w = this.drained;
    this.drained = [];
    for (const r of w) r();
  }
}
