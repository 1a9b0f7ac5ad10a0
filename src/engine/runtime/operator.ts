import type { Batch } from './batch.js';
import type { KeyedStateBackend, StateTableSpec } from './state/keyed-state.js';

/** Watermarks are event-time milliseconds since the epoch; MAX_WATERMARK ends event time. */
export const MAX_WATERMARK = Number.MAX_SAFE_INTEGER;
export const MIN_WATERMARK = Number.MIN_SAFE_INTEGER;

/** Where an operator sends its output (the next operators, or a sink). */
export interface Output {
  /** Delivers a batch downstream, synchronously. */
  emit(batch: Batch): void;
  /** Delivers a watermark downstream (only ever increasing). */
  emitWatermark(watermark: number): void;
}

/** Counters an operator may bump; the runtime reports them (e.g. numLateRecordsDropped). */
export interface OperatorMetrics {
  inc(name: string, by?: number): void;
  get(name: string): number;
}

/** Everything an operator gets when it opens. */
export interface OperatorContext {
  readonly output: Output;
  readonly state: KeyedStateBackend;
  readonly metrics: OperatorMetrics;
  /** The operator's id in the plan: state tables are namespaced by it. */
  readonly operatorId: string;
  /** Asks the driver to stop the query as complete (LIMIT on an unbounded input). */
  requestFinish(): void;
}

/**
 * The one interface every runtime operator implements (STYLE.md #11). The driver calls `open`
 * once, then `processBatch` / `onWatermark` any number of times from a single thread, then
 * `finish` when every input has ended, then `close`.
 */
export interface Operator {
  /** Short name shown in metrics and errors (`GroupAggregate`, `Calc` …). */
  readonly name: string;
  /** The keyed state tables this operator keeps; a durable backend backs each with a changelog topic. */
  stateTables(): StateTableSpec[];
  /** Prepares state handles and compiled code; must not emit. */
  open(ctx: OperatorContext): void;
  /** Consumes one batch from input `input` (0 for single-input operators); may emit synchronously. */
  processBatch(batch: Batch, input: number): void;
  /**
   * Receives the combined watermark of input `input`; fires what it makes complete, then forwards
   * a watermark no greater than it (after the output it caused).
   */
  onWatermark(watermark: number, input: number): void;
  /** All inputs ended (after the final watermark): flush anything held back. */
  finish(): void;
  /** Rebuilds in-memory structures from the state backend after a restore. */
  restore(): void;
  /** Releases resources; called once, also after a failure. */
  close(): void;
  /** One line for EXPLAIN and logs. */
  display(): string;
}

/** In-memory counters. */
export class SimpleMetrics implements OperatorMetrics {
  private readonly counters = new Map<string, number>();
  inc(name: string, by = 1): void {
    this.counters.set(name, (this.counters.get(name) ?? 0) + by);
  }
  get(name: string): number {
    return this.counters.get(name) ?? 0;
  }
  /** A snapshot of every counter. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }
}

/**
 * Tracks the combined watermark of several inputs (the minimum), forwarding only increases.
 * Used by multi-input operators and by the driver for source splits.
 */
export class WatermarkCombiner {
  private readonly marks: number[];
  private current = MIN_WATERMARK;

  constructor(inputs: number) {
    this.marks = new Array<number>(inputs).fill(MIN_WATERMARK);
  }

  /** Records input `i`'s watermark; returns the new combined watermark, or null if unchanged. */
  update(i: number, watermark: number): number | null {
    if (watermark > this.marks[i]!) this.marks[i] = watermark;
    let min = MAX_WATERMARK;
    for (const m of this.marks) if (m < min) min = m;
    if (min > this.current) {
      this.current = min;
      return min;
    }
    return null;
  }

  get value(): number {
    return this.current;
  }
}
