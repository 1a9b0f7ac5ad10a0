/**
 * The session keys of Flink's mini-batch aggregation, read as Flink reads them:
 * `table.exec.mini-batch.enabled` (default false), `table.exec.mini-batch.allow-latency`
 * (a Flink duration, default 0 ms, must be > 0 when enabled: "MiniBatch Latency must be greater
 * than 0 ms."), `table.exec.mini-batch.size` (default -1, must be > 0 when enabled).
 *
 * `table.optimizer.distinct-agg.split.enabled` is accepted and has no effect: Flink's split
 * rewrite spreads a skewed DISTINCT over parallel instances, and Eddy runs an aggregation as one
 * instance (the results are the same either way).
 */
import { ConfigError } from '../../../../common/errors.js';
import type { MiniBatchSpec } from '../../../runtime/plan/plan.js';

export const MINI_BATCH_ENABLED = 'table.exec.mini-batch.enabled';
export const MINI_BATCH_ALLOW_LATENCY = 'table.exec.mini-batch.allow-latency';
export const MINI_BATCH_SIZE = 'table.exec.mini-batch.size';

const UNITS: Record<string, number> = {
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  min: 60_000,
  m: 60_000,
  minute: 60_000,
  minutes: 60_000,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  ms: 1,
  milli: 1,
  millis: 1,
  millisecond: 1,
  milliseconds: 1,
  us: 0.001,
  µs: 0.001,
  micro: 0.001,
  micros: 0.001,
  microsecond: 0.001,
  microseconds: 0.001,
  ns: 0.000001,
  nano: 0.000001,
  nanos: 0.000001,
  nanosecond: 0.000001,
  nanoseconds: 0.000001,
};

function cannotParse(key: string, value: string): ConfigError {
  return new ConfigError(`Could not parse value '${value}' for key '${key}'.`);
}

/** Flink's TimeUtils.parseDuration: digits, optional unit (default ms); whole milliseconds. */
export function parseFlinkDuration(key: string, value: string): number {
  const m = /^\s*(\d+)\s*([a-zµ]*)\s*$/i.exec(value);
  if (m === null) throw cannotParse(key, value);
  const unit = m[2]!.toLowerCase();
  const scale = unit === '' ? 1 : UNITS[unit];
  if (scale === undefined) throw cannotParse(key, value);
  return Math.floor(Number(m[1]) * scale);
}

/** The mini-batch settings of the session, or undefined when mini-batch is off. */
export function miniBatchSpec(config: Readonly<Record<string, string>>): MiniBatchSpec | undefined {
  const enabled = config[MINI_BATCH_ENABLED];
  if (enabled === undefined) return undefined;
  const on = enabled.trim().toLowerCase();
  if (on !== 'true' && on !== 'false') throw cannotParse(MINI_BATCH_ENABLED, enabled);
  if (on === 'false') return undefined;
  const latency = config[MINI_BATCH_ALLOW_LATENCY];
  const intervalMs = latency === undefined ? 0 : parseFlinkDuration(MINI_BATCH_ALLOW_LATENCY, latency);
  if (intervalMs <= 0) throw new ConfigError('MiniBatch Latency must be greater than 0 ms.');
  const sizeText = config[MINI_BATCH_SIZE];
  let size = -1;
  if (sizeText !== undefined) {
    if (!/^\s*[+-]?\d+\s*$/.test(sizeText)) throw cannotParse(MINI_BATCH_SIZE, sizeText);
    size = Number(sizeText);
  }
  if (size <= 0) {
    // Flink prints the option itself (ConfigOption#toString) in this message.
    throw new ConfigError(`Key: '${MINI_BATCH_SIZE}' , default: -1 (fallback keys: []) must be > 0.`);
  }
  return { intervalMs, size };
}
