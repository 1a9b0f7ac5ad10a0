/**
 * The broker as users start it: `eddy up --components broker --kafka-port 0` in a child
 * process. Checks endpoints.json, kcat round trips, and that cluster id, node id, leader
 * epochs, topics and committed offsets survive a clean stop and a SIGKILL.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import type { Struct } from '../kafka/protocol/codec.js';
import { requireTool } from '../testing/tools.js';
import { RawClient } from './test-support/raw-client.js';
import { run } from './test-support/run.js';

const EDDY = fileURLToPath(new URL('../../bin/eddy.js', import.meta.url));
const children: ChildProcess[] = [];
let dataDir = '';

after(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function up(dir: string): Promise<{ child: ChildProcess; port: number }> {
  await rm(join(dir, 'endpoints.json'), { force: true });
  const child = spawn(
    process.execPath,
    [EDDY, 'up', '--components', 'broker', '--kafka-port', '0', '--data-dir', dir, '--log-level', 'warn'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const ep = JSON.parse(await readFile(join(dir, 'endpoints.json'), 'utf8')) as {
        components: { broker: { port: number } };
      };
      return { child, port: ep.components.broker.port };
    } catch {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`eddy up did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
}

async function describe(port: number): Promise<{ clusterId: string; nodeId: number; epoch: number }> {
  const c = await RawClient.connect(port);
  const r = await c.request(3, 9, {
    topics: [{ name: 'proc', topicId: Buffer.alloc(16) }],
    allowAutoTopicCreation: false,
  });
  c.close();
  const t = (r.topics as Struct[])[0]!;
  return {
    clusterId: r.clusterId as string,
    nodeId: (r.brokers as Struct[])[0]!.nodeId as number,
    epoch: (t.partitions as Struct[])[0]!.leaderEpoch as number,
  };
}

test(
  'eddy up serves Kafka; ids, data and offsets survive a clean stop and a SIGKILL',
  { timeout: 90_000 },
  async () => {
    const kcat = requireTool('kcat');
    dataDir = await mkdtemp(join(tmpdir(), 'eddy-broker-proc-'));
    let { child, port } = await up(dataDir);
    const k = (args: string[], input?: string) =>
      run(kcat, ['-b', `127.0.0.1:${port}`, ...args], { input, timeoutMs: 30_000 });
    await k(['-P', '-t', 'proc', '-K:'], 'a:1\nb:2\nc:3\n');
    const c = await RawClient.connect(port);
    const commit = await c.request(8, 2, {
      groupId: 'proc-simple',
      generationIdOrMemberEpoch: -1,
      memberId: '',
      retentionTimeMs: -1n,
      topics: [
        { name: 'proc', partitions: [{ partitionIndex: 0, committedOffset: 2n, committedMetadata: 'm' }] },
      ],
    });
    c.close();
    assert.equal(((commit.topics as Struct[])[0]!.partitions as Struct[])[0]!.errorCode, 0);
    const before = await describe(port);

    child.kill('SIGTERM');
    await exited(child);
    ({ child, port } = await up(dataDir));
    assert.deepStrictEqual(await describe(port), before, 'cluster id, node id and leader epoch are stable');
    await k(['-P', '-t', 'proc', '-K:'], 'd:4\n');

    child.kill('SIGKILL');
    await exited(child);
    ({ child, port } = await up(dataDir));
    assert.deepStrictEqual(await describe(port), before);
    const { stdout } = await k(['-C', '-t', 'proc', '-e', '-f', '%k=%s\n']);
    assert.equal(stdout, 'a=1\nb=2\nc=3\nd=4\n');
    const c2 = await RawClient.connect(port);
    const fetched = await c2.request(9, 3, {
      groupId: 'proc-simple',
      topics: [{ name: 'proc', partitionIndexes: [0] }],
    });
    c2.close();
    const p = ((fetched.topics as Struct[])[0]!.partitions as Struct[])[0]!;
    assert.equal(p.committedOffset, 2n);
    assert.equal(p.metadata, 'm');
    child.kill('SIGTERM');
    await exited(child);
  },
);
