import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readdir, readFile, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KafkaStorageError } from './errors.js';
import { batchOf, decode, openManager, tempDir } from './test-support.js';

const RU = { isolation: 'read_uncommitted', minOneBatch: true } as const;

async function readAll(
  m: Awaited<ReturnType<typeof openManager>>,
  topic: string,
): Promise<[number, string | null, string | null][]> {
  const p = m.partition(topic, 0);
  const out: [number, string | null, string | null][] = [];
  let off = p.logStartOffset;
  while (off < p.highWatermark) {
    const recs = (await decode((await p.read(off, 1 << 20, RU)).records)).filter((r) => r[0] >= off);
    if (recs.length === 0) break;
    out.push(...recs);
    off = recs[recs.length - 1]![0] + 1;
  }
  return out;
}

test('a torn write at the end of the active segment is truncated; acknowledged batches survive', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const m1 = await openManager(dir);
    await m1.createTopic('t', 1);
    for (let i = 0; i < 5; i++) await m1.partition('t', 0).append(await batchOf(2, `b${i}`));
    const logFile = join(dir, 't-0', '00000000000000000000.log');
    const goodSize = (await stat(logFile)).size;
    // crash: no close; half of a sixth batch reached the disk
    const sixth = await batchOf(2, 'torn');
    await appendFile(logFile, sixth.subarray(0, 40));
    const m2 = await openManager(dir);
    assert.equal((await stat(logFile)).size, goodSize);
    const p = m2.partition('t', 0);
    assert.equal(p.highWatermark, 10);
    assert.equal((await p.append(await batchOf(1, 'after'))).baseOffset, 10);
    const all = await readAll(m2, 't');
    assert.equal(all.length, 11);
    assert.equal(all[10]![2], 'after-0');
    await m2.close();
  } finally {
    await cleanup();
  }
});

test('a corrupt batch (CRC mismatch) at the tail is cut off with everything after it', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const m1 = await openManager(dir);
    await m1.createTopic('t', 1);
    const sizes: number[] = [];
    for (let i = 0; i < 4; i++) {
      await m1.partition('t', 0).append(await batchOf(3, `b${i}`));
      sizes.push(m1.partitionImpl('t', 0).active.size);
    }
    const logFile = join(dir, 't-0', '00000000000000000000.log');
    const bytes = await readFile(logFile);
    bytes[sizes[2]! + 70]! ^= 0x55; // inside the 4th batch's records
    await writeFile(logFile, bytes);
    const m2 = await openManager(dir);
    assert.equal(m2.partition('t', 0).highWatermark, 9);
    assert.equal((await stat(logFile)).size, sizes[2]);
    assert.deepEqual(
      (await readAll(m2, 't')).map((r) => r[0]),
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
    );
    await m2.close();
  } finally {
    await cleanup();
  }
});

test('missing or wrong index files are rebuilt', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const m1 = await openManager(dir);
    await m1.createTopic('t', 1, { 'segment.bytes': '1000', 'index.interval.bytes': '50' });
    for (let i = 0; i < 40; i++)
      await m1.partition('t', 0).append(await batchOf(2, `b${i}`, {}, 1_000_000 + i));
    const before = await readAll(m1, 't');
    await m1.close();
    const files = await readdir(join(dir, 't-0'));
    const indexes = files.filter((f) => f.endsWith('.index')).sort();
    assert.ok(indexes.length >= 3);
    await unlink(join(dir, 't-0', indexes[0]!));
    await writeFile(join(dir, 't-0', indexes[1]!), Buffer.from([0, 0, 0, 9, 0, 0, 0, 1])); // points into the middle of a batch
    await truncate(join(dir, 't-0', indexes[2]!.replace('.index', '.timeindex')), 5);
    const m2 = await openManager(dir);
    assert.deepEqual(await readAll(m2, 't'), before);
    assert.equal(
      (await m2.partition('t', 0).offsetForTimestamp(1_000_000 + 17, 'read_uncommitted')).offset,
      34,
    );
    assert.ok((await readdir(join(dir, 't-0'))).includes(indexes[0]!), 'the missing index was written again');
    await m2.close();
  } finally {
    await cleanup();
  }
});

test('idempotent producer state survives a clean restart and a crash', async () => {
  for (const crash of [false, true]) {
    const { dir, cleanup } = await tempDir();
    try {
      const m1 = await openManager(dir);
      await m1.createTopic('t', 1, { 'segment.bytes': '300' });
      const pb = (seq: number): Promise<Buffer> =>
        batchOf(2, `s${seq}`, { producerId: 3, producerEpoch: 1, baseSequence: seq });
      for (let seq = 0; seq < 20; seq += 2) await m1.partition('t', 0).append(await pb(seq));
      if (!crash) await m1.close();
      const m2 = await openManager(dir);
      const p = m2.partition('t', 0);
      const dup = await p.append(await pb(18));
      assert.deepEqual([dup.baseOffset, dup.duplicate], [18, true], `crash=${crash}`);
      await assert.rejects(
        p.append(await pb(30)),
        (e: unknown) => e instanceof KafkaStorageError && e.errorName === 'OUT_OF_ORDER_SEQUENCE_NUMBER',
      );
      assert.equal((await p.append(await pb(20))).baseOffset, 20);
      await m2.close();
    } finally {
      await cleanup();
    }
  }
});

test('cluster id, node id, topic ids, configs and producer ids are kept in the data dir', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const m1 = await openManager(dir, { nodeId: 5 });
    const t = await m1.createTopic('orders', 3, { 'retention.ms': '1000' });
    const pid1 = await m1.allocateProducerId();
    const pid2 = await m1.allocateProducerId();
    assert.notEqual(pid1, pid2);
    const cluster = m1.clusterId;
    assert.match(cluster, /^[A-Za-z0-9_-]{22}$/);
    // crash (no close), then restart
    const m2 = await openManager(dir, { nodeId: 9 });
    assert.equal(m2.clusterId, cluster);
    assert.equal(m2.nodeId, 5);
    const again = m2.getTopic('orders')!;
    assert.equal(again.topicId, t.topicId);
    assert.equal(again.topicIdBytes.length, 16);
    assert.equal(m2.getTopicById(t.topicId)?.name, 'orders');
    assert.equal(again.partitions, 3);
    assert.deepEqual(again.configs, { 'retention.ms': '1000' });
    assert.equal(again.effectiveConfigs['cleanup.policy'], 'delete');
    assert.equal(again.partitions, 3);
    assert.ok((await m2.allocateProducerId()) > pid2);
    assert.equal(m2.partition('orders', 2).leaderEpoch, 0);
    await m2.close();
  } finally {
    await cleanup();
  }
});

test('after a crash the aborted-transaction list and the last stable offset are rebuilt from the log', async () => {
  for (const roll of [false, true]) {
    const { dir, cleanup } = await tempDir();
    try {
      const m1 = await openManager(dir);
      await m1.createTopic('t', 1);
      const p1 = m1.partition('t', 0);
      const tx = (pid: number, seq: number): Promise<Buffer> =>
        batchOf(2, `p${pid}`, {
          producerId: pid,
          producerEpoch: 0,
          baseSequence: seq,
          isTransactional: true,
        });
      await p1.append(await tx(1, 0)); // 0-1
      await p1.appendControlMarker({ producerId: 1, producerEpoch: 0, type: 'abort', coordinatorEpoch: 3 }); // 2
      if (roll) await m1.partitionImpl('t', 0).rollLocked(); // the snapshot now carries the aborted txn
      await p1.append(await tx(2, 0)); // 3-4, left open
      await p1.append(await batchOf(1, 'plain')); // 5
      // crash
      const m2 = await openManager(dir);
      const p = m2.partition('t', 0);
      assert.equal(p.highWatermark, 6, `roll=${roll}`);
      assert.equal(p.lastStableOffset, 3);
      const rc = await p.read(0, 1 << 20, { isolation: 'read_committed', minOneBatch: true });
      assert.deepEqual(rc.abortedTransactions, [{ producerId: 1, firstOffset: 0 }]);
      await p.appendControlMarker({ producerId: 2, producerEpoch: 0, type: 'commit', coordinatorEpoch: 3 });
      assert.equal(p.lastStableOffset, 7);
      await m2.close();
    } finally {
      await cleanup();
    }
  }
});
