/**
 * Fuzz: at least 100,000 random and mutated frames (valid requests of every API and version
 * with bytes flipped, truncated, lengths changed; and pure noise) sent over many connections.
 * The broker must answer or close those connections, never crash, and afterwards real
 * clients (kcat) must still produce and consume. Seed printed; budget 30 s.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { connect, type Socket } from 'node:net';
import { test } from 'node:test';
import { writeRequestHeader } from '../kafka/protocol/headers.js';
import { Writer } from '../kafka/protocol/writer.js';
import { buildRecordBatch } from '../kafka/record-batch/index.js';
import { requireTool } from '../testing/tools.js';
import { APIS } from './protocol/registry.js';
import { startTestBroker } from './test-support/harness.js';
import { makeRandom, sample } from './test-support/sample.js';

const FRAMES = 100_000;
const BUDGET_MS = 30_000;
const seed = Number(process.env.EDDY_TEST_SEED ?? Date.now() % 1_000_000);

function frame(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(body.length + 4);
  out.writeInt32BE(body.length, 0);
  body.copy(out, 4);
  return out;
}

async function corpus(rand: (n: number) => number): Promise<Buffer[]> {
  const validBatch = await buildRecordBatch({
    records: [{ key: Buffer.from('k'), value: Buffer.from('v') }],
  });
  const out: Buffer[] = [];
  for (const api of APIS) {
    for (let v = api.minVersion; v <= api.maxVersion; v++) {
      for (let i = 0; i < 6; i++) {
        const body = sample(rand, api.request.fields, v);
        if (api.apiKey === 0 && i % 2 === 0) {
          body.topicData = [{ name: 'fuzz', partitionData: [{ index: 0, records: validBatch }] }];
        }
        // Keep long polls short so ordered responses are not held back for the whole run.
        if (api.apiKey === 1) body.maxWaitMs = rand(20);
        if (api.apiKey === 11) body.rebalanceTimeoutMs = rand(50);
        const w = new Writer();
        writeRequestHeader(
          w,
          { apiKey: api.apiKey, apiVersion: v, correlationId: rand(1 << 30), clientId: 'fuzz' },
          api.isFlexible(v) ? 2 : 1,
        );
        api.encodeRequest(w, v, body);
        out.push(w.toBuffer());
      }
    }
  }
  return out;
}

function mutate(rand: (n: number) => number, base: Buffer): Buffer {
  const b = Buffer.from(base);
  switch (rand(6)) {
    case 0: {
      // Flip a few bytes.
      const n = 1 + rand(4);
      for (let i = 0; i < n && b.length > 0; i++) b[rand(b.length)] = rand(256);
      return b;
    }
    case 1:
      return b.subarray(0, rand(b.length + 1));
    case 2: {
      // Overwrite an int32 with an extreme value (lengths, counts).
      if (b.length >= 4) b.writeInt32BE([0x7fffffff, -1, -2, 0x10000, 1 << 24][rand(5)]!, rand(b.length - 3));
      return b;
    }
    case 3:
      return Buffer.concat([b, Buffer.from(Array.from({ length: rand(64) }, () => rand(256)))]);
    case 4: {
      // Unknown API key or version.
      if (b.length >= 4) {
        b.writeInt16BE(rand(2) ? rand(32768) : b.readInt16BE(0), 0);
        b.writeInt16BE(rand(2) ? rand(100) - 10 : b.readInt16BE(2), 2);
      }
      return b;
    }
    default:
      return Buffer.from(Array.from({ length: 8 + rand(200) }, () => rand(256)));
  }
}

test('fuzzed frames never take the broker down', { timeout: 90_000 }, async () => {
  console.log(`fuzz seed=${seed}`);
  const rand = makeRandom(seed);
  const tb = await startTestBroker({ 'socket.request.max.bytes': 1024 * 1024 });
  const started = Date.now();
  try {
    const base = await corpus(rand);
    let sent = 0;
    let closedByBroker = 0;
    let answered = 0;
    const worker = async () => {
      while (sent < FRAMES && Date.now() - started < BUDGET_MS) {
        const socket: Socket = connect(tb.port, '127.0.0.1');
        // Keep the connection until the broker closes it or has been quiet for 50 ms.
        let idle: NodeJS.Timeout | undefined;
        const quiet = () => {
          clearTimeout(idle);
          idle = setTimeout(() => socket.destroy(), 50);
        };
        socket.on('data', (d: Buffer) => {
          answered += d.length;
          quiet();
        });
        await new Promise<void>((resolve) => {
          socket.on('error', () => resolve());
          socket.on('close', () => {
            closedByBroker++;
            resolve();
          });
          socket.on('connect', () => {
            // Pipeline a burst of frames on this connection; the broker may close it at any one.
            const burst: Buffer[] = [];
            for (let i = 0; i < 1 + rand(80) && sent < FRAMES; i++, sent++) {
              const body = rand(3) === 0 ? base[rand(base.length)]! : mutate(rand, base[rand(base.length)]!);
              // Occasionally lie about the frame length too.
              const f = frame(body);
              if (rand(1000) === 0) f.writeInt32BE(rand(2) ? 0x7fffffff : rand(16), 0);
              burst.push(f);
            }
            socket.write(Buffer.concat(burst));
            quiet();
          });
        });
      }
    };
    await Promise.all(Array.from({ length: 24 }, worker));
    const elapsed = Date.now() - started;
    console.log(
      `fuzz: ${sent} frames in ${elapsed} ms over ${closedByBroker} connections; ${answered} response bytes`,
    );
    assert.ok(sent >= FRAMES, `only ${sent} frames sent within the budget`);

    // Normal clients still work.
    const kcat = requireTool('kcat');
    // (Asynchronously: the broker runs in this process.)
    const run = promisify(execFile);
    const meta = await run(kcat, ['-b', tb.bootstrap, '-L', '-m', '10'], { timeout: 20_000 });
    assert.match(meta.stdout, /1 brokers:/);
    const producer = run(kcat, ['-b', tb.bootstrap, '-t', 'after-fuzz', '-P', '-K:', '-m', '10'], {
      timeout: 20_000,
    });
    producer.child.stdin!.end('a:1\nb:2\n');
    await producer;
    const out = await run(
      kcat,
      ['-b', tb.bootstrap, '-t', 'after-fuzz', '-C', '-e', '-f', '%k=%s\n', '-m', '10'],
      { timeout: 20_000 },
    );
    assert.equal(out.stdout, 'a=1\nb=2\n');
  } finally {
    await tb.stop();
  }
});
