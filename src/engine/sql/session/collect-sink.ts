/**
 * The `collect` sink: queues a query's batches for the client, with back-pressure (the driver
 * waits while the client is behind) and end / error signalling for the async iterators.
 */
import { ROW_KIND_TEXT, type Batch } from '../../runtime/batch.js';
import type { PipelineSink } from '../../runtime/driver.js';
import type { Change } from './results.js';

const HIGH_WATER = 8192;

/** Queue between the driver and the result iterators. */
export class CollectSink implements PipelineSink {
  private queue: Change[][] = [];
  private queued = 0;
  private ended = false;
  private error: unknown = undefined;
  private wakeConsumer: (() => void) | null = null;
  private wakeProducer: (() => void) | null = null;

  accept(batch: Batch): void {
    const { rows, kinds } = batch;
    const out = new Array<Change>(rows.length);
    for (let i = 0; i < rows.length; i++)
      out[i] = { op: ROW_KIND_TEXT[kinds === null ? 0 : kinds[i]!], row: rows[i]! };
    this.queue.push(out);
    this.queued += out.length;
    this.wake();
  }

  async flush(): Promise<void> {
    while (this.queued > HIGH_WATER && !this.ended) {
      await new Promise<void>((r) => (this.wakeProducer = r));
    }
  }

  close(): Promise<void> {
    this.end();
    return Promise.resolve();
  }

  /** Ends the stream (normally, or with `error`). */
  end(error?: unknown): void {
    if (error !== undefined && this.error === undefined) this.error = error;
    this.ended = true;
    this.wake();
    this.wakeProducer?.();
  }

  private wake(): void {
    const w = this.wakeConsumer;
    this.wakeConsumer = null;
    w?.();
  }

  /** The next batch, or null at the end; throws the query's error. */
  async next(): Promise<Change[] | null> {
    for (;;) {
      const b = this.queue.shift();
      if (b !== undefined) {
        this.queued -= b.length;
        if (this.queued <= HIGH_WATER) {
          const p = this.wakeProducer;
          this.wakeProducer = null;
          p?.();
        }
        return b;
      }
      if (this.ended) {
        if (this.error !== undefined) throw this.error;
        return null;
      }
      await new Promise<void>((r) => (this.wakeConsumer = r));
    }
  }
}
