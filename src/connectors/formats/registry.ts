/** Format factories keyed by the `format` option. */
import type { FormatFactory } from './api.js';

const FORMATS = new Map<string, FormatFactory>();

/** Adds (or replaces) a format. */
export function registerFormat(f: FormatFactory): void {
  FORMATS.set(f.identifier, f);
}

export function getFormat(name: string): FormatFactory | undefined {
  return FORMATS.get(name);
}

/** The registered identifiers, sorted. */
export function formatNames(): string[] {
  return [...FORMATS.keys()].sort();
}

/** Whether `name` is a registered changelog format (debezium-json, canal-json, …). */
export function isChangelogFormat(name: string | undefined): boolean {
  return name !== undefined && FORMATS.get(name)?.changelog === true;
}
