/**
 * Small durable-file helpers: atomic replace (write temp, fsync, rename, fsync dir) and the
 * file names Kafka uses inside a partition folder (20-digit zero-padded base offsets).
 */
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** `00000000000000000042` for offset 42, as Kafka names segment files. */
export function offsetFileName(offset: number, suffix: string): string {
  return String(offset).padStart(20, '0') + suffix;
}

/** Parses `<20 digits><suffix>` back to the offset, or undefined when the name does not match. */
export function parseOffsetFileName(name: string, suffix: string): number | undefined {
  if (!name.endsWith(suffix)) return undefined;
  const stem = name.slice(0, -suffix.length);
  return /^\d{20}$/.test(stem) ? Number(stem) : undefined;
}

/** fsync a directory so that creates, renames and deletes inside it survive a crash. */
export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Replaces `path` atomically and durably with `data`. */
export async function atomicWrite(path: string, data: string | Buffer): Promise<void> {
  const tmp = `${path}.tmp`;
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  try {
    await fsyncDir(dirname(path));
  } catch (err) {
    if (typeof err === 'object' && err !== null) afterRename.add(err);
    throw err;
  }
}

const afterRename = new WeakSet<object>();

/**
 * Whether an {@link atomicWrite} failed after its rename (the folder's fsync): the new content
 * may then be what the next start reads. Before the rename, the old content is still in place.
 */
export function failedAfterRename(err: unknown): boolean {
  return typeof err === 'object' && err !== null && afterRename.has(err);
}

/** Deletes a file if it exists. */
export async function unlinkIfExists(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** Folder of one partition: `<dataDir>/<topic>-<partition>`, like Kafka. */
export function partitionDir(dataDir: string, topic: string, partition: number): string {
  return join(dataDir, `${topic}-${partition}`);
}
