/**
 * Where the registry keeps its records: an append-only log read from the start (the compacted
 * `_schemas` topic in production; an in-memory log for unit tests).
 */
import type { RegistryRecord } from './records.js';

export type RecordHandler = (record: RegistryRecord) => void;

export interface SchemaLogStore {
  /** Read every record from the beginning into `onRecord`; resolves once caught up with the end. */
  start(onRecord: RecordHandler): Promise<void>;
  /** Append records; resolves once they have been delivered to `onRecord` (read your writes). */
  append(records: RegistryRecord[]): Promise<void>;
  /** Resolves once every record appended before the call (by any writer) has been delivered. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** An in-memory log that several stores (registries) can share, like one topic. */
export class MemoryLog {
  readonly records: RegistryRecord[] = [];
  private readonly listeners = new Set<() => void>();

  push(records: RegistryRecord[]): void {
    this.records.push(...structuredClone(records));
    for (const l of this.listeners) l();
  }

  listen(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

export class MemoryStore implements SchemaLogStore {
  private position = 0;
  private handler: RecordHandler | undefined;
  private unlisten: (() => void) | undefined;

  constructor(readonly log: MemoryLog = new MemoryLog()) {}

  async start(onRecord: RecordHandler): Promise<void> {
    this.handler = onRecord;
    this.unlisten = this.log.listen(() => this.drain());
    this.drain();
  }

  private drain(): void {
    while (this.handler && this.position < this.log.records.length) {
      this.handler(structuredClone(this.log.records[this.position++]!));
    }
  }

  async append(records: RegistryRecord[]): Promise<void> {
    this.log.push(records);
    this.drain();
  }

  async sync(): Promise<void> {
    this.drain();
  }

  async close(): Promise<void> {
    this.unlisten?.();
    this.handler = undefined;
  }
}
