/**
 * Adapts a connector sink writer to the driver's synchronous PipelineSink: batches are queued
 * when accepted and written at the next flush (the I/O edge).
 */
import type { SinkWriter } from '../../../connectors/api.js';
import type { Batch } from '../batch.js';
import type { PipelineSink } from '../driver.js';

/** Buffers batches for a connector writer. */
export class WriterSink implements PipelineSink {
  private pending: Batch[] = [];
  private closed = false;

  constructor(private readonly writer: SinkWriter) {}

  accept(batch: Batch): void {
    this.pending.push(batch);
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const p = this.pending;
    this.pending = [];
    for (const b of p) await this.writer.write(b);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flush();
    await this.writer.close();
  }
}
