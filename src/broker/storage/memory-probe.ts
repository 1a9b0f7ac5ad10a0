/**
 * Memory probe for the storage (used by memory.test.ts; also runnable by hand for the full-size
 * check of issue 4: 100 partitions holding 1 GB, idle broker under 256 MB RSS):
 *
 *   node --expose-gc dist/broker/storage/memory-probe.js write DIR 100 10240   # 100 × 10 MB = 1 GB
 *   node --expose-gc dist/broker/storage/memory-probe.js open DIR
 *
 * `write` creates topic `mem` with PARTITIONS partitions and appends KB_PER_PARTITION of 1 KB
 * records to each (64 KB batches, 1 MB segments), then closes. `open` opens the data dir as a
 * restarted broker would, reads a batch at the start, middle and end of every partition (so
 * indexes are loaded), waits idle for a moment and prints RSS and heap as JSON.
 */
import { buildRecordBatch } from '../../kafka/record-batch/index.js';
import { LogManagerImpl } from './log-manager.js';

const RU = { isolation: 'read_uncommitted', minOneBatch: true } as const;

async function write(dir: string, partitions: number, kbPerPartition: number): Promise<void> {
  const m = new LogManagerImpl({
    dataDir: dir,
    retentionCheckIntervalMs: 3_600_000,
    brokerConfigs: { 'log.segment.bytes': 1 << 20 },
  });
  await m.open();
  await m.createTopic('mem', partitions);
  const batch = await buildRecordBatch({
    records: Array.from({ length: 64 }, (_, i) => ({
      key: Buffer.from(`k${i}`),
      value: Buffer.alloc(1000, i),
    })),
  });
  const batches = Math.ceil(kbPerPartition / 64);
  for (let b = 0; b < batches; b++) {
    await Promise.all(
      Array.from({ length: partitions }, (_, p) =>
        m.partition('mem', p).append(batch, { durable: b === batches - 1 }),
      ),
    );
  }
  await m.close();
}

async function openIdle(dir: string): Promise<void> {
  const m = new LogManagerImpl({ dataDir: dir, retentionCheckIntervalMs: 3_600_000 });
  await m.open();
  const t = m.getTopic('mem')!;
  let bytes = 0;
  for (let p = 0; p < t.partitions; p++) {
    const log = m.partition('mem', p);
    bytes += log.sizeInBytes();
    for (const off of [log.logStartOffset, Math.floor(log.highWatermark / 2), log.highWatermark - 1])
      await log.read(off, 1 << 20, RU);
    await log.offsetForTimestamp(Date.now() - 1000, 'read_uncommitted');
  }
  await new Promise((r) => setTimeout(r, 300));
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  console.log(
    JSON.stringify({
      partitions: t.partitions,
      bytes,
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      external: mem.external,
      arrayBuffers: mem.arrayBuffers,
    }),
  );
  await m.close();
}

const [mode, dir, partitions, kb] = process.argv.slice(2);
if (!dir || (mode !== 'write' && mode !== 'open')) {
  console.error('usage: memory-probe.js write DIR PARTITIONS KB_PER_PARTITION | open DIR');
  process.exit(2);
}
(mode === 'write' ? write(dir, Number(partitions ?? 100), Number(kb ?? 1024)) : openIdle(dir)).catch(
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
