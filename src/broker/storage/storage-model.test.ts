/**
 * Model-based property test: random appends (all codecs, several sizes), reads, clean
 * restarts and crashes with torn tails, checked against an in-memory model of the log.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildRecordBatch } from '../../kafka/record-batch/index.js';
import { decode, openManager, randomLetters, tempDir } from './test-support.js';

type Cmd =
  | { kind: 'append'; n: number; size: number; codec: 0 | 1 | 2 | 3 | 4 }
  | { kind: 'reopen'; clean: boolean; torn: number }
  | { kind: 'read'; at: number; maxBytes: number };

const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('append' as const),
      n: fc.integer({ min: 1, max: 6 }),
      size: fc.integer({ min: 0, max: 300 }),
      codec: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reopen' as const),
      clean: fc.boolean(),
      torn: fc.integer({ min: 0, max: 80 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('read' as const),
      at: fc.nat(),
      maxBytes: fc.integer({ min: 0, max: 2000 }),
    }),
  },
);

test(
  'the log matches a model across appends, reads, restarts and torn writes (property)',
  { timeout: 120_000 },
  async () => {
    const seed = Number(process.env.EDDY_MODEL_SEED ?? Date.now() % 1_000_000);
    console.log(`storage model seed ${seed}`);
    await fc.assert(
      fc.asyncProperty(fc.array(cmdArb, { minLength: 5, maxLength: 40 }), async (cmds) => {
        const { dir, cleanup } = await tempDir('eddy-model-');
        let m = await openManager(dir);
        try {
          await m.createTopic('t', 1, { 'segment.bytes': '700', 'index.interval.bytes': '120' });
          const model: string[] = [];
          const ts: number[] = [];
          let clock = 1_700_000_000_000;
          for (const c of cmds) {
            const p = m.partition('t', 0);
            if (c.kind === 'append') {
              const values = Array.from(
                { length: c.n },
                (_, i) => `${model.length + i}:${randomLetters(c.size)}`,
              );
              clock += 10;
              const r = await p.append(
                await buildRecordBatch({
                  records: values.map((v) => ({
                    key: Buffer.from('k'),
                    value: Buffer.from(v),
                    timestamp: clock,
                  })),
                  compression: c.codec,
                }),
              );
              assert.equal(r.baseOffset, model.length);
              model.push(...values);
              values.forEach(() => ts.push(clock));
            } else if (c.kind === 'read') {
              const at = model.length ? c.at % (model.length + 1) : 0;
              const res = await p.read(at, c.maxBytes, { isolation: 'read_uncommitted', minOneBatch: true });
              const got = (await decode(res.records)).filter((r) => r[0] >= at);
              if (at < model.length) assert.ok(got.length > 0, `read at ${at} returned nothing`);
              for (const [o, , v] of got) assert.equal(v, model[o]);
            } else {
              if (c.clean) await m.close();
              else if (c.torn > 0) {
                const logs = (await readdir(join(dir, 't-0'))).filter((f) => f.endsWith('.log')).sort();
                await appendFile(join(dir, 't-0', logs[logs.length - 1]!), Buffer.alloc(c.torn, 0x42));
              }
              m = await openManager(dir);
            }
          }
          const p = m.partition('t', 0);
          assert.equal(p.highWatermark, model.length);
          const all: string[] = [];
          let off = 0;
          while (off < model.length) {
            const got = (
              await decode(
                (await p.read(off, 1500, { isolation: 'read_uncommitted', minOneBatch: true })).records,
              )
            ).filter((r) => r[0] >= off);
            all.push(...got.map((r) => r[2]!));
            off += got.length;
          }
          assert.deepEqual(all, model);
          if (model.length) {
            const i = Math.floor(model.length / 2);
            const found = await p.offsetForTimestamp(ts[i]!, 'read_uncommitted');
            assert.equal(found.offset, ts.indexOf(ts[i]!));
          }
        } finally {
          await m.close();
          await cleanup();
        }
      }),
      { numRuns: 25, seed },
    );
  },
);
