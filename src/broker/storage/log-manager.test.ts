import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, open, readdir, readFile, rmdir, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../common/errors.js';
import { KafkaStorageError } from './errors.js';
import { PartitionLogImpl } from './partition-log.js';
import { batchOf, openManager, tempDir } from './test-support.js';

function code(name: string): (e: unknown) => boolean {
  return (e: unknown) => e instanceof KafkaStorageError && e.errorName === name;
}

test('topic admin: names, partitions, configs, deletion, re-creation', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir, {
    brokerConfigs: { 'log.retention.ms': 1234, 'log.segment.bytes': 1 << 20 },
  });
  try {
    await assert.rejects(m.createTopic('bad name', 1), code('INVALID_TOPIC_EXCEPTION'));
    await assert.rejects(m.createTopic('..', 1), code('INVALID_TOPIC_EXCEPTION'));
    await assert.rejects(m.createTopic('x'.repeat(250), 1), code('INVALID_TOPIC_EXCEPTION'));
    await assert.rejects(m.createTopic('t', 0), code('INVALID_PARTITIONS'));
    await assert.rejects(m.createTopic('t', 1, { 'cleanup.policy': 'nope' }), code('INVALID_CONFIG'));
    await assert.rejects(m.createTopic('t', 1, { 'no.such.config': '1' }), code('INVALID_CONFIG'));
    await assert.rejects(m.createTopic('t', 1, { 'retention.ms': 'abc' }), code('INVALID_CONFIG'));
    const v = await m.createTopic('t', 2, {}, { validateOnly: true });
    assert.equal(v.partitions, 2);
    assert.equal(m.getTopic('t'), undefined);
    const t = await m.createTopic('a.b', 2, { 'cleanup.policy': 'compact,delete' });
    assert.equal(t.effectiveConfigs['retention.ms'], '1234');
    assert.equal(t.effectiveConfigs['segment.bytes'], String(1 << 20));
    await assert.rejects(m.createTopic('a.b', 1), code('TOPIC_ALREADY_EXISTS'));
    await assert.rejects(m.createTopic('a_b', 1), code('INVALID_TOPIC_EXCEPTION'));
    await assert.rejects(m.addPartitions('a.b', 2), code('INVALID_PARTITIONS'));
    assert.equal((await m.addPartitions('a.b', 4)).partitions, 4);
    await m.partition('a.b', 3).append(await batchOf(1));
    let info = await m.alterConfigs('a.b', [
      { name: 'cleanup.policy', op: 'subtract', value: 'delete' },
      { name: 'retention.ms', op: 'set', value: '5' },
    ]);
    assert.deepEqual(info.configs, { 'cleanup.policy': 'compact', 'retention.ms': '5' });
    info = await m.alterConfigs('a.b', [{ name: 'retention.ms', op: 'delete' }]);
    assert.deepEqual(info.configs, { 'cleanup.policy': 'compact' });
    info = await m.alterConfigs('a.b', [{ name: 'max.message.bytes', op: 'set', value: '100' }], {
      replace: true,
    });
    assert.deepEqual(info.configs, { 'max.message.bytes': '100' });
    await assert.rejects(m.partition('a.b', 0).append(await batchOf(5)), code('MESSAGE_TOO_LARGE'));
    await assert.rejects(
      m.alterConfigs('a.b', [{ name: 'retention.ms', op: 'append', value: '1' }]),
      code('INVALID_CONFIG'),
    );
    await assert.rejects(m.alterConfigs('nope', []), code('UNKNOWN_TOPIC_OR_PARTITION'));
    assert.throws(() => m.partition('a.b', 4), code('UNKNOWN_TOPIC_OR_PARTITION'));
    await m.deleteTopic('a.b');
    assert.equal(m.getTopic('a.b'), undefined);
    assert.deepEqual(
      (await readdir(dir)).filter((n) => n.startsWith('a.b')),
      [],
    );
    await assert.rejects(m.deleteTopic('a.b'), code('UNKNOWN_TOPIC_OR_PARTITION'));
    const again = await m.createTopic('a.b', 1);
    assert.notEqual(again.topicId, t.topicId);
    assert.equal(m.partition('a.b', 0).highWatermark, 0);
    assert.deepEqual(
      m.listTopics().map((x) => x.name),
      ['a.b'],
    );
  } finally {
    await m.close();
    await cleanup();
  }
});

test('group commit: concurrent appends share fsyncs', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir);
  try {
    await m.createTopic('t', 2);
    const batches = await Promise.all(Array.from({ length: 100 }, (_, i) => batchOf(1, `v${i}`)));
    const results = await Promise.all(batches.map((b, i) => m.partition('t', i % 2).append(b)));
    const offsets = results.map((r) => r.baseOffset);
    assert.deepEqual([...new Set(offsets.filter((_, i) => i % 2 === 0))].length, 50);
    const s = m.groupCommit.stats;
    assert.equal(s.waiters, 100);
    assert.ok(s.syncs < 100, `fsyncs ${s.syncs} for 100 appends`);
    assert.equal(m.partition('t', 0).highWatermark, 50);
  } finally {
    await m.close();
    await cleanup();
  }
});

test('interval flushing acknowledges before fsync and publishes at once', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir, { flush: { mode: 'interval', intervalMs: 50 } });
  try {
    await m.createTopic('t', 1);
    await m.partition('t', 0).append(await batchOf(3));
    assert.equal(m.partition('t', 0).highWatermark, 3);
    assert.equal(m.groupCommit.stats.syncs, 0);
  } finally {
    await m.close();
    await cleanup();
  }
});

test('a second broker on the same data dir is refused', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir);
  try {
    const { spawnSync } = await import('node:child_process');
    const url = new URL('./test-support.js', import.meta.url).href;
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { openManager } from '${url}'; try { await openManager(${JSON.stringify(dir)}); console.log('opened'); } catch (e) { console.log(e.message); }`,
      ],
      { encoding: 'utf8' },
    );
    assert.match(r.stdout, /is in use by process/);
  } finally {
    await m.close();
    await cleanup();
  }
});

test('a 50-partition topic and CreatePartitions, created in batches, keep each partition in its place', async () => {
  const { dir, cleanup } = await tempDir();
  let m = await openManager(dir);
  try {
    await m.createTopic('many', 50);
    await m.addPartitions('many', 70);
    // Partition p gets p + 1 records: a log in the wrong slot shows as a wrong high watermark.
    for (let p = 0; p < 70; p++) await m.partition('many', p).append(await batchOf(p + 1, `p${p}`));
    await m.close();
    m = await openManager(dir);
    for (let p = 0; p < 70; p++) assert.equal(m.partition('many', p).highWatermark, p + 1, `partition ${p}`);
    assert.equal(
      (await readdir(dir)).filter((n) => n.startsWith('many-')).length,
      70,
      'one folder per partition',
    );
  } finally {
    await m.close();
    await cleanup();
  }
});

test('setBrokerConfigs: topics without an override follow; a bad value changes nothing', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir, { brokerConfigs: { 'log.retention.ms': 1000 } });
  try {
    await m.createTopic('plain', 1);
    await m.createTopic('own', 1, { 'retention.ms': '7' });
    await m.setBrokerConfigs({ 'log.retention.ms': 5000, 'message.max.bytes': 2000 });
    assert.equal(m.getTopic('plain')!.effectiveConfigs['retention.ms'], '5000');
    assert.equal(m.getTopic('plain')!.effectiveConfigs['max.message.bytes'], '2000');
    assert.equal(m.getTopic('own')!.effectiveConfigs['retention.ms'], '7');
    await assert.rejects(
      m.partition('plain', 0).append(await batchOf(100, 'x'.repeat(40))),
      code('MESSAGE_TOO_LARGE'),
    );
    await assert.rejects(m.setBrokerConfigs({ 'log.retention.ms': 'soon' }), code('INVALID_CONFIG'));
    assert.equal(m.getTopic('plain')!.effectiveConfigs['retention.ms'], '5000');
  } finally {
    await m.close();
    await cleanup();
  }
});

test('a damaged topics.json fails the start naming the file, and is left as it was', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const m = await openManager(dir);
    await m.createTopic('t', 1);
    await m.close();
    const file = join(dir, 'topics.json');
    for (const text of ['{"topics": [', '{"version": 1}', '{"topics": [{"name": "t", "partitions": 0}]}']) {
      await writeFile(file, text);
      await assert.rejects(openManager(dir), (e: unknown) => {
        assert.ok(e instanceof ConfigError, String(e));
        assert.match(e.message, /topics\.json is damaged/);
        return true;
      });
      assert.equal(await readFile(file, 'utf8'), text);
    }
  } finally {
    await cleanup();
  }
});

/** Makes opening partition `failing` of any topic fail (a disk error), until the returned undo. */
function failOpening(failing: number): { opened: PartitionLogImpl[]; undo: () => void } {
  const open = PartitionLogImpl.open.bind(PartitionLogImpl);
  const opened: PartitionLogImpl[] = [];
  PartitionLogImpl.open = async (ctx, opts) => {
    if (ctx.partition === failing) throw Object.assign(new Error('EIO: i/o error, mkdir'), { code: 'EIO' });
    const log = await open(ctx, opts);
    opened.push(log);
    return log;
  };
  return { opened, undo: () => void (PartitionLogImpl.open = open) };
}

test('CreatePartitions / CreateTopics that fail midway leave nothing behind (all or none, as Kafka)', async () => {
  const { dir, cleanup } = await tempDir();
  let m = await openManager(dir);
  try {
    await m.createTopic('t', 2);
    await m.partition('t', 1).append(await batchOf(2));
    // 2 -> 40: the first batch of 16 is made, the second fails at partition 20.
    let inject = failOpening(20);
    try {
      await assert.rejects(m.addPartitions('t', 40), /EIO/);
      await assert.rejects(m.createTopic('u', 30), /EIO/);
    } finally {
      inject.undo();
    }
    assert.ok(inject.opened.length >= 16, `partitions opened before the failure: ${inject.opened.length}`);
    assert.equal(m.getTopic('t')?.partitions, 2);
    assert.equal(m.getTopic('u'), undefined);
    assert.throws(() => m.partition('t', 2), code('UNKNOWN_TOPIC_OR_PARTITION'));
    assert.deepEqual((await readdir(dir)).filter((n) => /^(t|u)-\d+$/.test(n)).sort(), ['t-0', 't-1']);
    // Each log opened before the failure was closed: appending to one is refused.
    for (const log of inject.opened) await assert.rejects(log.append(await batchOf(1)));
    // Nothing half-made is in the way of a retry, nor of a restart.
    assert.equal((await m.addPartitions('t', 40)).partitions, 40);
    await m.partition('t', 39).append(await batchOf(1));
    await m.close();
    m = await openManager(dir);
    assert.equal(m.getTopic('t')?.partitions, 40);
    assert.equal(m.partition('t', 1).highWatermark, 2);
    inject = failOpening(5);
    try {
      await assert.rejects(m.createTopic('u', 8), /EIO/);
    } finally {
      inject.undo();
    }
    assert.equal((await m.createTopic('u', 8)).partitions, 8);
  } finally {
    await m.close();
    await cleanup();
  }
});

test('a topic or partitions are listed only once topics.json holds them; a failed write leaves none behind', async () => {
  const { dir, cleanup } = await tempDir();
  const m = await openManager(dir);
  // What a metadata request would see while topics.json is being written.
  const manager = m as unknown as { saveTopics: (...a: unknown[]) => Promise<void> };
  const save = manager.saveTopics.bind(m);
  const seen: (number | undefined)[] = [];
  manager.saveTopics = (...a) => {
    seen.push(m.getTopic('u')?.partitions ?? -1, m.getTopic('t')?.partitions);
    return save(...a);
  };
  try {
    await m.createTopic('t', 2);
    await m.createTopic('u', 3);
    await m.addPartitions('t', 4);
    assert.deepEqual(seen, [-1, undefined, -1, 2, 3, 2]);
    // topics.json cannot be written (its temporary file's name is taken by a folder).
    const blocker = join(dir, 'topics.json.tmp');
    await mkdir(blocker);
    await assert.rejects(m.createTopic('v', 3), /EISDIR/);
    await assert.rejects(m.addPartitions('t', 6), /EISDIR/);
    assert.equal(m.getTopic('v'), undefined);
    assert.equal(m.getTopic('t')?.partitions, 4);
    assert.throws(() => m.partition('t', 4), code('UNKNOWN_TOPIC_OR_PARTITION'));
    assert.deepEqual((await readdir(dir)).filter((n) => /^(t|v)-\d+$/.test(n)).sort(), [
      't-0',
      't-1',
      't-2',
      't-3',
    ]);
    await rmdir(blocker);
    assert.equal((await m.addPartitions('t', 6)).partitions, 6);
    assert.equal((await m.createTopic('v', 3)).partitions, 3);
    const saved = JSON.parse(await readFile(join(dir, 'topics.json'), 'utf8')) as {
      topics: { name: string; partitions: number }[];
    };
    assert.deepEqual(
      saved.topics.map((t) => [t.name, t.partitions]),
      [
        ['t', 6],
        ['u', 3],
        ['v', 3],
      ],
    );
  } finally {
    await m.close();
    await cleanup();
  }
});

/**
 * Makes the next `n` fsyncs of folder `dir` fail (EIO), as a disk may after topics.json's rename;
 * `then` runs at each failure. FileHandle#sync is patched for the test's duration.
 */
async function failFolderSync(
  dir: string,
  n: number,
  then: () => Promise<void> = async () => undefined,
): Promise<{ undo: () => void; failed: () => number }> {
  const probe = await open(dir, 'r');
  const proto = Object.getPrototypeOf(probe) as { sync: (this: FileHandle) => Promise<void> };
  await probe.close();
  const { ino } = await stat(dir);
  const sync = proto.sync;
  let failed = 0;
  proto.sync = async function (this: FileHandle) {
    if (failed < n && (await this.stat()).ino === ino) {
      failed++;
      await then();
      throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    }
    return sync.call(this);
  };
  return { undo: () => void (proto.sync = sync), failed: () => failed };
}

test('a folder fsync failing after the topics.json rename: the file and the partition folders agree at the next start', async () => {
  const { dir, cleanup } = await tempDir();
  let m = await openManager(dir);
  const listed = async (): Promise<[string, number][]> =>
    (
      JSON.parse(await readFile(join(dir, 'topics.json'), 'utf8')) as {
        topics: { name: string; partitions: number }[];
      }
    ).topics.map((t) => [t.name, t.partitions]);
  const folders = async (): Promise<string[]> =>
    (await readdir(dir)).filter((n) => /^(t|v|w)-\d+$/.test(n)).sort();
  try {
    await m.createTopic('t', 2);
    await m.partition('t', 1).append(await batchOf(2));
    // The write back without the new partitions succeeds: then their folders go.
    let inject = await failFolderSync(dir, 1);
    await assert.rejects(m.createTopic('v', 3), /EIO/);
    inject.undo();
    inject = await failFolderSync(dir, 1);
    await assert.rejects(m.addPartitions('t', 5), /EIO/);
    inject.undo();
    assert.equal(m.getTopic('v'), undefined);
    assert.equal(m.getTopic('t')?.partitions, 2);
    assert.deepEqual(await listed(), [['t', 2]]);
    assert.deepEqual(await folders(), ['t-0', 't-1']);
    // The write back fails too (before its rename): the file lists the new topic, so its
    // folders stay, and the next start serves it whole.
    const blocker = join(dir, 'topics.json.tmp');
    inject = await failFolderSync(dir, 1, () => mkdir(blocker));
    await assert.rejects(m.createTopic('w', 2), /EIO/);
    inject.undo();
    assert.equal(m.getTopic('w'), undefined);
    assert.deepEqual(await listed(), [
      ['t', 2],
      ['w', 2],
    ]);
    assert.deepEqual(await folders(), ['t-0', 't-1', 'w-0', 'w-1']);
    await rmdir(blocker);
    await m.close();
    m = await openManager(dir);
    assert.equal(m.getTopic('v'), undefined);
    assert.equal(m.getTopic('t')?.partitions, 2);
    assert.equal(m.partition('t', 1).highWatermark, 2);
    assert.equal(m.getTopic('w')?.partitions, 2);
    await m.partition('w', 1).append(await batchOf(1));
    assert.equal(m.partition('w', 1).highWatermark, 1);
    assert.deepEqual(await folders(), ['t-0', 't-1', 'w-0', 'w-1']);
  } finally {
    await m.close();
    await cleanup();
  }
});

test('a DeleteTopics whose topics.json write fails keeps the data that the file may still list', async () => {
  const { dir, cleanup } = await tempDir();
  let m = await openManager(dir);
  const folders = async (): Promise<string[]> =>
    (await readdir(dir)).filter((n) => /^d[12]-\d+$/.test(n)).sort();
  try {
    await m.createTopic('d1', 1);
    await m.createTopic('d2', 1);
    await m.partition('d1', 0).append(await batchOf(2));
    await m.partition('d2', 0).append(await batchOf(3));
    // Before the rename (the temporary file's name is taken): nothing changed, d1 is served again.
    const blocker = join(dir, 'topics.json.tmp');
    await mkdir(blocker);
    await assert.rejects(m.deleteTopic('d1'), /EISDIR/);
    await rmdir(blocker);
    assert.equal(m.partition('d1', 0).highWatermark, 2);
    // After the rename (the folder's fsync fails): d2 is gone from the file and no longer
    // served, but its folder stays until a start that reads the file without it.
    const inject = await failFolderSync(dir, 1);
    await assert.rejects(m.deleteTopic('d2'), /EIO/);
    inject.undo();
    assert.equal(m.getTopic('d2'), undefined);
    assert.deepEqual(await folders(), ['d1-0', 'd2-0']);
    await m.close();
    m = await openManager(dir);
    assert.equal(m.partition('d1', 0).highWatermark, 2);
    assert.equal(m.getTopic('d2'), undefined);
    assert.deepEqual(await folders(), ['d1-0']);
  } finally {
    await m.close();
    await cleanup();
  }
});

test('an AlterConfigs whose topics.json write fails changes nothing, in memory or in the file', async () => {
  const { dir, cleanup } = await tempDir();
  let m = await openManager(dir);
  const saved = async (): Promise<unknown> =>
    (JSON.parse(await readFile(join(dir, 'topics.json'), 'utf8')) as { topics: { configs: unknown }[] })
      .topics[0]!.configs;
  try {
    await m.createTopic('c', 1, { 'retention.ms': '1000' });
    const blocker = join(dir, 'topics.json.tmp');
    await mkdir(blocker);
    await assert.rejects(m.alterConfigs('c', [{ name: 'retention.ms', op: 'set', value: '2000' }]), /EISDIR/);
    await rmdir(blocker);
    const inject = await failFolderSync(dir, 1);
    await assert.rejects(m.alterConfigs('c', [{ name: 'retention.ms', op: 'set', value: '3000' }]), /EIO/);
    inject.undo();
    assert.deepEqual(m.getTopic('c')?.configs, { 'retention.ms': '1000' });
    assert.deepEqual(await saved(), { 'retention.ms': '1000' });
    await m.close();
    m = await openManager(dir);
    assert.deepEqual(m.getTopic('c')?.configs, { 'retention.ms': '1000' });
  } finally {
    await m.close();
    await cleanup();
  }
});
