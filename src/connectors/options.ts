/**
 * Option validation shared by connectors and formats, worded like Flink's FactoryUtil so users
 * recognise the messages ("Unsupported options found for 'datagen'", "One or more required
 * options are missing"), plus the table name and a did-you-mean.
 */
import { closestName } from '../common/closest-name.js';
import { ConfigError } from '../common/errors.js';
import type { ConnectorOptions, OptionSpec } from './api.js';

/** `fields.#.kind` matches `fields.price.kind`; the field part may contain dots. */
export function matchesSpec(key: string, spec: string): boolean {
  const hash = spec.indexOf('#');
  if (hash < 0) return key === spec;
  const prefix = spec.slice(0, hash);
  const suffix = spec.slice(hash + 1);
  return key.length > prefix.length + suffix.length && key.startsWith(prefix) && key.endsWith(suffix);
}

/** The closest candidate within a small distance (a 4+ letter prefix counts as close), or undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  return closestName(word, candidates, { prefixes: true });
}

/**
 * Throws a ConfigError when `options` holds a key no spec matches, or lacks a required one.
 * `what` is the connector or format identifier; `table` the table's name.
 */
export function validateOptions(
  what: string,
  table: string,
  options: ConnectorOptions,
  specs: readonly OptionSpec[],
): void {
  const all = [{ key: 'connector' }, ...specs];
  const unknown = Object.keys(options).filter((k) => !all.some((s) => matchesSpec(k, s.key)));
  if (unknown.length > 0) {
    const keys = all.map((s) => s.key).sort();
    const hints = unknown
      .map((u) => [u, closest(u, keys)] as const)
      .filter(([, c]) => c !== undefined)
      .map(([u, c]) => `'${u}' (did you mean '${c}'?)`);
    throw new ConfigError(
      `Unsupported options found for '${what}' in table ${table}: ${unknown.map((u) => `'${u}'`).join(', ')}.` +
        (hints.length > 0 ? ` Unknown: ${hints.join(', ')}.` : '') +
        ` Supported options: ${keys.join(', ')}`,
      { table, options: unknown },
    );
  }
  const missing = specs.filter((s) => s.required && !s.key.includes('#') && options[s.key] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      `One or more required options are missing for '${what}' in table ${table}. Missing required options are: ${missing
        .map((s) => s.key)
        .join(', ')}`,
      { table },
    );
  }
}

/** Typed readers of option values with messages that name the option and the table. */
export class OptionReader {
  constructor(
    readonly table: string,
    readonly options: ConnectorOptions,
  ) {}

  private fail(key: string, expected: string): never {
    throw new ConfigError(
      `Invalid value for option '${key}' of table ${this.table}: '${this.options[key]}' (expected ${expected})`,
      { table: this.table, option: key },
    );
  }

  has(key: string): boolean {
    return this.options[key] !== undefined;
  }

  string(key: string, dflt: string): string;
  string(key: string): string | undefined;
  string(key: string, dflt?: string): string | undefined {
    return this.options[key] ?? dflt;
  }

  /** Java's Boolean parsing as Flink's ConfigOption does it: `true` / `false`, any case. */
  boolean(key: string, dflt: boolean): boolean {
    const v = this.options[key];
    if (v === undefined) return dflt;
    const l = v.trim().toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
    return this.fail(key, 'true or false');
  }

  /** A whole number in [min, max]. */
  integer(key: string, dflt: number, min = -Number.MAX_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.options[key];
    if (v === undefined) return dflt;
    if (!/^\s*[+-]?\d+\s*$/.test(v)) return this.fail(key, 'a whole number');
    const n = Number(v);
    if (n < min || n > max) return this.fail(key, `a whole number from ${min} to ${max}`);
    return n;
  }

  /** A finite decimal number. */
  number(key: string): number | undefined {
    const v = this.options[key];
    if (v === undefined) return undefined;
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isFinite(n)) return this.fail(key, 'a number');
    return n;
  }

  oneOf<T extends string>(key: string, values: readonly T[], dflt: T): T {
    const v = this.options[key];
    if (v === undefined) return dflt;
    const hit = values.find((x) => x.toLowerCase() === v.trim().toLowerCase());
    if (hit === undefined) return this.fail(key, `one of ${values.map((x) => `'${x}'`).join(', ')}`);
    return hit;
  }

  /** A Flink duration (`10 s`, `500ms`, `1 min`, plain number = ms), in milliseconds. */
  duration(key: string, dflt: number): number {
    const v = this.options[key];
    if (v === undefined) return dflt;
    const ms = parseDuration(v);
    if (ms === undefined) return this.fail(key, "a duration such as '10 s' or '500 ms'");
    return ms;
  }

  /** A single character (delimiters, quote and escape characters); accepts Java escapes `\t`. */
  char(key: string, dflt: string): string {
    const v = this.options[key];
    if (v === undefined) return dflt;
    const unescaped = v === '\\t' ? '\t' : v;
    if (unescaped.length !== 1) return this.fail(key, 'a single character');
    return unescaped;
  }
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  nano: 1e-6,
  nanos: 1e-6,
  us: 1e-3,
  micro: 1e-3,
  micros: 1e-3,
  ms: 1,
  milli: 1,
  millis: 1,
  s: 1000,
  sec: 1000,
  secs: 1000,
  second: 1000,
  seconds: 1000,
  min: 60000,
  m: 60000,
  mins: 60000,
  minute: 60000,
  minutes: 60000,
  h: 3600000,
  hour: 3600000,
  hours: 3600000,
  d: 86400000,
  day: 86400000,
  days: 86400000,
};

/** Parses Flink's TimeUtils duration text; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const unit = m[2]!.toLowerCase();
  const factor = unit === '' ? 1 : DURATION_UNITS[unit];
  if (factor === undefined) return undefined;
  return Number(m[1]) * factor;
}
