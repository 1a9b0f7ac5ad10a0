/**
 * `ackBeforeWrite` (transactional produce): the append answers with its offsets before the bytes
 * are copied to the OS; everything after it on the partition still sees them written, and a
 * copy that fails after the answer makes `flush` (the commit's durability point) fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, type FileHandle } from 'node:fs/promises';
import { KafkaStorageError } from './errors.js';
import type { PartitionLogImpl } from './partition-log.js';
import { batchOf, decode, openManager, tempDir } from './test-support.js';

const RU = { isolation: 'read_uncommitted', minOneBatch: true } as const;
const EARLY = { durable: false, ackBeforeWrite: true } as const;

test('ackBeforeWrite answers before the copy; later appends, flush and reads see the bytes in order', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir);
  try {
    await m.createTopic('t', 1);
    const p = m.partition('t', 0) as unknown as PartitionLogImpl;
    const r1 = await p.append(await batchOf(3, 'a'), EARLY);
    // Answered with its offsets while the copy is still to come: the log end has not moved.
    assert.deepEqual([r1.baseOffset, r1.lastOffset], [0, 2]);
    assert.equal(p.logEndOffset, 0, 'answered before the bytes were written');
    // Queued behind it under the partition lock: an early one, a durable one, a flush.
    const r2 = p.append(await batchOf(2, 'b'), EARLY);
    const r3 = p.append(await batchOf(1, 'c'));
    assert.deepEqual([(await r2).baseOffset, (await r3).baseOffset], [3, 5]);
    await p.flush();
    assert.equal(p.logEndOffset, 6);
    assert.equal(p.highWatermark, 6);
    assert.deepEqual(
      (await decode((await p.read(0, 1 << 20, RU)).records)).map((r) => r[2]),
      ['a-0', 'a-1', 'a-2', 'b-0', 'b-1', 'c-0'],
    );
    // A batch refused before its offsets are assigned rejects as usual (CRC mismatch).
    const corrupt = await batchOf(1, 'bad');
    corrupt[corrupt.length - 1] ^= 1;
    await assert.rejects(
      p.append(corrupt, EARLY),
      (e: unknown) => e instanceof KafkaStorageError && e.errorName === 'CORRUPT_MESSAGE',
    );
    assert.equal(p.logEndOffset, 6);
  } finally {
    await m.close();
    await cleanup();
  }
});

test('a copy that fails after its answer makes flush and later appends fail (no commit can follow)', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir);
  const seg = () =>
    (m.partition('t', 0) as unknown as { active: { fh: FileHandle; logPath: string } }).active;
  let writable: FileHandle | undefined;
  let readOnly: FileHandle | undefined;
  try {
    await m.createTopic('t', 1);
    const p = m.partition('t', 0) as unknown as PartitionLogImpl;
    await p.append(await batchOf(2, 'a'), EARLY);
    await p.flush();
    // The segment's file handle swapped for a read-only one: the next copy fails (EBADF).
    writable = seg().fh;
    readOnly = await open(seg().logPath, 'r');
    seg().fh = readOnly;
    const r = await p.append(await batchOf(2, 'lost'), EARLY);
    assert.equal(r.baseOffset, 2, 'answered before the failing copy');
    const storageError = (e: unknown) =>
      e instanceof KafkaStorageError && e.errorName === 'KAFKA_STORAGE_ERROR';
    await assert.rejects(p.flush(), storageError);
    await assert.rejects(p.append(await batchOf(1, 'after'), EARLY), storageError);
    await assert.rejects(p.append(await batchOf(1, 'after')), storageError);
    assert.equal(p.logEndOffset, 2, 'nothing of the lost batch is visible');
  } finally {
    if (writable) seg().fh = writable;
    await readOnly?.close();
    await m.close();
    await cleanup();
  }
});
