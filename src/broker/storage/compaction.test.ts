import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecordBatch, readBatches, CompressionType } from '../../kafka/record-batch/index.js';
import { compactLog } from './compaction.js';
import { decode, openManager, tempDir } from './test-support.js';

const RU = { isolation: 'read_uncommitted', minOneBatch: true } as const;

async function readAllBatches(p: {
  read: (o: number, m: number, opts: typeof RU) => Promise<{ records: Buffer }>;
  logStartOffset: number;
  highWatermark: number;
}): Promise<Awaited<ReturnType<typeof readBatches>>> {
  const out: Awaited<ReturnType<typeof readBatches>> = [];
  let off = p.logStartOffset;
  while (off < p.highWatermark) {
    const bs = await readBatches((await p.read(off, 1 << 20, RU)).records);
    if (bs.length === 0) break;
    out.push(...bs);
    const last = bs[bs.length - 1]!.header;
    off = last.baseOffset + last.lastOffsetDelta + 1;
  }
  return out;
}

const kv = (k: string, v: string | null, ts = Date.now()) => ({
  key: Buffer.from(k),
  value: v === null ? null : Buffer.from(v),
  timestamp: ts,
});

test('compaction keeps the latest value per key, keeps offsets, removes tombstones after delete.retention.ms', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir);
  try {
    await m.createTopic('c', 1, {
      'cleanup.policy': 'compact',
      'segment.bytes': '300',
      'delete.retention.ms': '1000',
    });
    const p = m.partition('c', 0);
    const log = m.partitionImpl('c', 0);
    const now = Date.now();
    for (let round = 0; round < 5; round++) {
      for (const k of ['a', 'b', 'c'])
        await p.append(
          await buildRecordBatch({
            records: [kv(k, `${k}${round}`, now)],
            compression: round % 2 ? CompressionType.Lz4 : CompressionType.None,
          }),
        );
    }
    await p.append(await buildRecordBatch({ records: [kv('b', null, now)] })); // tombstone for b
    await p.append(await buildRecordBatch({ records: [kv('d', 'd0', now), kv('a', 'a-last', now)] }));
    await p.append(await buildRecordBatch({ records: [kv('e', 'filler', now)] }));
    await log.rollLocked();
    const hw = p.highWatermark;
    const before = log.sizeInBytes();
    const r = await compactLog(log, now, true);
    assert.ok(r && r.recordsRemoved > 0, JSON.stringify(r));
    assert.ok(log.sizeInBytes() < before);
    assert.equal(p.highWatermark, hw);
    const batches = await readAllBatches(p);
    const recs = batches.reduce((n, b) => n + b.records.length, 0);
    const latest = batches.flatMap((b) =>
      b.records.map((x) => [x.offset, x.key!.toString(), x.value?.toString() ?? null]),
    );
    assert.deepEqual(latest, [
      [14, 'c', 'c4'],
      [15, 'b', null],
      [16, 'd', 'd0'],
      [17, 'a', 'a-last'],
      [18, 'e', 'filler'],
    ]);
    assert.equal(recs, 5);
    // the tombstone's batch got a delete horizon; once it passes, the tombstone goes too
    const tomb = batches.find((b) => b.records.some((x) => x.value === null))!;
    assert.ok(tomb.header.hasDeleteHorizon);
    assert.equal(tomb.header.baseTimestamp, now + 1000);
    await compactLog(log, now + 2000, true);
    const after = (await readAllBatches(p)).flatMap((b) => b.records.map((x) => x.key!.toString()));
    assert.deepEqual(after, ['c', 'd', 'a', 'e']);
    // reads from an offset that was compacted away start at the next record
    assert.deepEqual(
      (await decode((await p.read(3, 1 << 20, RU)).records)).filter((x) => x[0] >= 3)[0]![0],
      14,
    );
    // the log survives a restart with the cleaned segments and rebuilt indexes
    await m.close();
    const m2 = await openManager(dir);
    const after2 = (await readAllBatches(m2.partition('c', 0))).flatMap((b) =>
      b.records.map((x) => x.key!.toString()),
    );
    assert.deepEqual(after2, ['c', 'd', 'a', 'e']);
    await m2.close();
  } finally {
    await cleanup();
  }
});

test('compaction drops aborted transactional records, keeps control batches and committed data', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir);
  try {
    await m.createTopic('c', 1, { 'cleanup.policy': 'compact' });
    const p = m.partition('c', 0);
    const log = m.partitionImpl('c', 0);
    const tx = (pid: number, seq: number, k: string, v: string) =>
      buildRecordBatch({
        records: [kv(k, v)],
        producerId: pid,
        producerEpoch: 0,
        baseSequence: seq,
        isTransactional: true,
      });
    await p.append(await tx(1, 0, 'x', 'committed'));
    await p.appendControlMarker({ producerId: 1, producerEpoch: 0, type: 'commit', coordinatorEpoch: 0 });
    await p.append(await tx(2, 0, 'y', 'aborted'));
    await p.appendControlMarker({ producerId: 2, producerEpoch: 0, type: 'abort', coordinatorEpoch: 0 });
    await log.rollLocked();
    await compactLog(log, Date.now(), true);
    const batches = await readAllBatches(p);
    const data = batches
      .filter((b) => !b.header.isControl)
      .flatMap((b) => b.records.map((r) => r.value?.toString()));
    assert.deepEqual(data, ['committed']);
    assert.equal(batches.filter((b) => b.header.isControl).length, 2);
    // producer 2's last batch is kept (empty) so its sequence state survives
    assert.ok(
      batches.some((b) => b.header.producerId === 2 && !b.header.isControl && b.records.length === 0),
    );
  } finally {
    await m.close();
    await cleanup();
  }
});

test('a transaction marker goes once its data is gone and delete.retention.ms has passed', async () => {
  const { dir, cleanup } = await tempDir();
  let m = await openManager(dir);
  try {
    await m.createTopic('cm', 1, { 'cleanup.policy': 'compact', 'delete.retention.ms': '1000' });
    const p = m.partition('cm', 0);
    const log = m.partitionImpl('cm', 0);
    const tx = (pid: number, seq: number, k: string, v: string) =>
      buildRecordBatch({
        records: [kv(k, v)],
        producerId: pid,
        producerEpoch: 0,
        baseSequence: seq,
        isTransactional: true,
      });
    const marker = (pid: number, type: 'commit' | 'abort') =>
      p.appendControlMarker({ producerId: pid, producerEpoch: 0, type, coordinatorEpoch: 0 });
    await p.append(await tx(1, 0, 'x', 'old')); // 0
    await marker(1, 'commit'); // 1: its data is superseded below
    await p.append(await tx(2, 0, 'y', 'aborted')); // 2
    await marker(2, 'abort'); // 3: its data is dropped as aborted
    // five more transactions each: a producer's last five batches stay (empty) for its
    // sequence checks, and with them their markers
    for (let i = 1; i <= 5; i++) {
      await p.append(await tx(1, i, 'x', `x${i}`));
      await marker(1, 'commit');
      await p.append(await tx(2, i, 'z', `z${i}`));
      await marker(2, 'commit');
    }
    await log.rollLocked();
    const markers = async () =>
      (await readAllBatches(p))
        .filter((b) => b.header.isControl)
        .map((b) => `${b.header.baseOffset}${b.header.hasDeleteHorizon ? 'H' : ''}`);
    const later = [5, 7, 9, 11, 13, 15, 17, 19, 21, 23].map(String);
    const now = Date.now();
    await compactLog(log, now, true); // drops offsets 0 and 2; their markers were traversed with them
    assert.deepEqual(await markers(), ['1', '3', ...later]);
    await compactLog(log, now + 10, true); // nothing of their transactions is left: horizons stamped
    assert.deepEqual(await markers(), ['1H', '3H', ...later]);
    await compactLog(log, now + 500, true); // horizon not reached yet
    assert.deepEqual(await markers(), ['1H', '3H', ...later]);
    await compactLog(log, now + 1100, true);
    assert.deepEqual(await markers(), later);
    const data = (await readAllBatches(p)).filter((b) => !b.header.isControl);
    assert.deepEqual(
      data.flatMap((b) => b.records.map((r) => [r.offset, r.value?.toString()])),
      [
        [20, 'x5'],
        [22, 'z5'],
      ],
    );
    // nothing is left open: after a restart the LSO equals the high watermark
    const hw = p.highWatermark;
    await m.close();
    m = await openManager(dir);
    const again = m.partition('cm', 0);
    assert.equal(again.highWatermark, hw);
    assert.equal(again.lastStableOffset, hw);
    const rc = await again.read(0, 1 << 20, { isolation: 'read_committed', minOneBatch: true });
    assert.deepEqual(
      (await readBatches(rc.records))
        .filter((b) => !b.header.isControl)
        .flatMap((b) => b.records.map((r) => r.value?.toString())),
      ['x5', 'z5'],
    );
  } finally {
    await m.close();
    await cleanup();
  }
});

test('retention deletes old segments by time and by size and moves the log start', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir);
  try {
    await m.createTopic('time', 1, { 'segment.bytes': '200', 'retention.ms': '60000' });
    await m.createTopic('size', 1, { 'segment.bytes': '200', 'retention.bytes': '500' });
    const now = Date.now();
    for (let i = 0; i < 10; i++) {
      const old = i < 6 ? now - 120_000 : now;
      await m
        .partition('time', 0)
        .append(await buildRecordBatch({ records: [kv('k', `v${i}`, old), kv('k', `w${i}`, old)] }));
      await m
        .partition('size', 0)
        .append(await buildRecordBatch({ records: [kv('k', `v${i}`), kv('k', `w${i}`)] }));
    }
    await m.runBackground(now);
    const t = m.partition('time', 0);
    assert.equal(t.logStartOffset, 12);
    assert.deepEqual((await decode((await t.read(12, 1 << 20, RU)).records))[0]!.slice(0, 1), [12]);
    const s = m.partitionImpl('size', 0);
    // Kafka's rule: delete the oldest segments while the rest still holds at least retention.bytes
    assert.ok(
      s.sizeInBytes() - s.segments[0]!.size < 500 && s.sizeInBytes() >= 500,
      `size ${s.sizeInBytes()}`,
    );
    assert.ok(s.logStartOffset > 0);
    assert.equal(s.highWatermark, 20);
    // all segments expired: the active one is rolled and deleted too; the log stays writable
    await m.runBackground(now + 1_000_000);
    assert.equal(t.logStartOffset, 20);
    assert.equal((await t.append(await buildRecordBatch({ records: [kv('k', 'new')] }))).baseOffset, 20);
  } finally {
    await m.close();
    await cleanup();
  }
});
