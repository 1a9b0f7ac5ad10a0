/**
 * Helpers for the storage tests (not used by the broker): temp data dirs, building produce
 * payloads, decoding read results.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildRecordBatch,
  readBatches,
  type BatchOptions,
  type RecordInput,
} from '../../kafka/record-batch/index.js';
import { LogManagerImpl } from './log-manager.js';
import type { LogManagerOptions } from './types.js';

export async function tempDir(
  prefix = 'eddy-storage-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function openManager(
  dir: string,
  options: Partial<LogManagerOptions> = {},
): Promise<LogManagerImpl> {
  const m = new LogManagerImpl({ dataDir: dir, retentionCheckIntervalMs: 3_600_000, ...options });
  await m.open();
  return m;
}

/** A batch of `n` records with values `${prefix}-${i}` and keys `k${i}`. */
export function batchOf(
  n: number,
  prefix = 'v',
  extra: Partial<BatchOptions> = {},
  ts = Date.now(),
): Promise<Buffer> {
  const records: RecordInput[] = [];
  for (let i = 0; i < n; i++)
    records.push({ key: Buffer.from(`k${i}`), value: Buffer.from(`${prefix}-${i}`), timestamp: ts });
  return buildRecordBatch({ records, ...extra });
}

/** Decodes a read result into [offset, key, value] triples. */
export async function decode(buf: Buffer): Promise<[number, string | null, string | null][]> {
  const out: [number, string | null, string | null][] = [];
  for (const b of await readBatches(buf))
    for (const r of b.records) out.push([r.offset, r.key?.toString() ?? null, r.value?.toString() ?? null]);
  return out;
}

/** A printable pseudo-random string of `n` lowercase letters. */
export function randomLetters(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(97 + Math.floor(Math.random() * 26));
  return s;
}
