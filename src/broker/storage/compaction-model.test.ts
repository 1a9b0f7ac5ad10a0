/**
 * Property test of compaction against a model: after any mix of writes (values and
 * tombstones, all codecs), rolls and compaction passes, reading the log gives, for every key,
 * its latest value; every surviving record is one that was written at that offset; a
 * tombstone disappears only after its delete horizon; a restart changes nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildRecordBatch, readBatches } from '../../kafka/record-batch/index.js';
import { compactLog } from './compaction.js';
import { openManager, tempDir } from './test-support.js';

type Op =
  | { kind: 'write'; keys: number[]; tombstone: boolean[]; codec: 0 | 1 | 2 | 3 | 4 }
  | { kind: 'roll' }
  | { kind: 'compact'; advanceMs: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc.record({
        kind: fc.constant('write' as const),
        keys: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
        tombstone: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        codec: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const),
      }),
    ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('roll' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('compact' as const), advanceMs: fc.constantFrom(0, 500, 5000) }),
  },
);

test('compaction keeps the latest value of every key (property)', { timeout: 120_000 }, async () => {
  const seed = Number(process.env.EDDY_COMPACTION_SEED ?? Date.now() % 1_000_000);
  console.log(`compaction model seed ${seed}`);
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 3, maxLength: 30 }), async (ops) => {
      const { dir, cleanup } = await tempDir('eddy-cmodel-');
      let m = await openManager(dir);
      try {
        await m.createTopic('c', 1, {
          'cleanup.policy': 'compact',
          'delete.retention.ms': '1000',
          'segment.bytes': '100000',
        });
        let now = 1_800_000_000_000;
        const written: (string | null)[] = []; // value by offset ("key=value" or null for a tombstone)
        const keyAt: number[] = [];
        const tombstoneHorizon = new Map<number, number>(); // offset → earliest time it may go
        for (const op of ops) {
          const log = m.partitionImpl('c', 0);
          if (op.kind === 'write') {
            const records = op.keys.map((k, i) => {
              const offset = written.length + i;
              return {
                key: Buffer.from(`k${k}`),
                value: op.tombstone[i] ? null : Buffer.from(`k${k}=${offset}`),
                timestamp: now,
              };
            });
            await log.append(await buildRecordBatch({ records, compression: op.codec }), { now });
            op.keys.forEach((k, i) => {
              written.push(op.tombstone[i] ? null : `k${k}=${written.length}`);
              keyAt.push(k);
            });
          } else if (op.kind === 'roll') {
            await log.rollLocked();
          } else {
            now += op.advanceMs;
            const cleanable = log.segments.slice(0, -1).map((s) => s.nextOffset);
            const end = cleanable.length ? cleanable[cleanable.length - 1]! : 0;
            await compactLog(log, now, true);
            for (let o = 0; o < end; o++)
              if (written[o] === null && !tombstoneHorizon.has(o)) tombstoneHorizon.set(o, now + 1000);
          }
        }
        if (ops.length % 2 === 0) {
          await m.close();
          m = await openManager(dir);
        }
        const p = m.partition('c', 0);
        assert.equal(p.highWatermark, written.length);
        const seen = new Map<number, { offset: number; value: string | null }>();
        let off = 0;
        let last = -1;
        while (off < p.highWatermark) {
          const batches = await readBatches(
            (await p.read(off, 1 << 20, { isolation: 'read_uncommitted', minOneBatch: true })).records,
          );
          if (batches.length === 0) break;
          for (const b of batches) {
            for (const r of b.records) {
              if (r.offset < off) continue;
              assert.ok(r.offset > last, 'offsets increase');
              last = r.offset;
              const value = r.value?.toString() ?? null;
              assert.equal(value, written[r.offset], `record at ${r.offset} is the one written there`);
              assert.equal(r.key!.toString(), `k${keyAt[r.offset]}`);
              seen.set(keyAt[r.offset]!, { offset: r.offset, value });
            }
            off = b.header.baseOffset + b.header.lastOffsetDelta + 1;
          }
        }
        // every key's latest write survives, unless it is a tombstone whose horizon passed
        for (let k = 0; k <= 6; k++) {
          const latest = keyAt.lastIndexOf(k);
          if (latest < 0) continue;
          const horizon = tombstoneHorizon.get(latest);
          if (written[latest] === null && horizon !== undefined && horizon <= now) continue;
          if (written[latest] === null && seen.get(k) === undefined) {
            assert.fail(`tombstone of k${k} at ${latest} vanished before its horizon`);
          }
          assert.equal(seen.get(k)?.offset, latest, `latest write of k${k}`);
        }
      } finally {
        await m.close();
        await cleanup();
      }
    }),
    { numRuns: 30, seed },
  );
});
