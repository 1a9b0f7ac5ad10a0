/**
 * Durability: 1,000 schemas across 100 subjects, configs, modes and soft deletions, then
 * SIGKILL of the whole `eddy up` process and a restart on the same data dir: everything is as
 * before (the registry rebuilds from `_schemas`, which the broker kept on disk).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { http } from './test/harness.js';
import { killEddy, startEddy, type EddyProcess } from './test/eddy-process.js';

const SUBJECTS = 100;
const VERSIONS = 10;

let dir: string | undefined;
let proc: EddyProcess | undefined;
after(async () => {
  if (proc) await killEddy(proc);
  if (dir) await rm(dir, { recursive: true, force: true });
});

function schemaFor(s: number, v: number): string {
  // Each version adds an optional field: BACKWARD compatible with every earlier version.
  const fields = [{ name: 'id', type: 'long' }];
  for (let i = 1; i < v; i++)
    fields.push({ name: `f${i}`, type: 'string', default: '' } as { name: string; type: string });
  return JSON.stringify({ type: 'record', name: `R${s}`, namespace: 'restart', fields });
}

async function dump(url: string): Promise<unknown> {
  const subjects = (await http(url, 'GET', '/subjects?deleted=true')).body as string[];
  const out: Record<string, unknown> = {
    config: (await http(url, 'GET', '/config')).body,
    mode: (await http(url, 'GET', '/mode')).body,
    live: (await http(url, 'GET', '/subjects')).body,
  };
  // Subjects in parallel (8 at a time), each subject's reads in parallel too.
  const queue = [...subjects];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
        const versions = (await http(url, 'GET', `/subjects/${s}/versions?deleted=true`)).body as number[];
        const [live, config, mode, ...details] = await Promise.all([
          http(url, 'GET', `/subjects/${s}/versions`),
          http(url, 'GET', `/config/${s}`),
          http(url, 'GET', `/mode/${s}`),
          ...versions.map((v) => http(url, 'GET', `/subjects/${s}/versions/${v}?deleted=true`)),
        ]);
        out[s] = {
          versions,
          live: live!.status === 200 ? live!.body : live!.status,
          details: details.map((d) => d.body),
          config: config!.body,
          mode: mode!.body,
        };
      }
    }),
  );
  return out;
}

it(
  'keeps every id, version, config, mode and soft deletion across SIGKILL',
  { timeout: 180_000 },
  async () => {
    const started = Date.now();
    dir = await mkdtemp(join(tmpdir(), 'eddy-restart-'));
    proc = await startEddy(dir, 60_000);
    const url = proc.registryUrl;
    const ids = new Map<string, number>();
    const t0 = Date.now();
    // 8 clients in parallel, each subject's versions in order.
    const queue = Array.from({ length: SUBJECTS }, (_, s) => s);
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
          for (let v = 1; v <= VERSIONS; v++) {
            const res = await http(url, 'POST', `/subjects/sub-${s}/versions`, { schema: schemaFor(s, v) });
            assert.equal(res.status, 200, res.text);
            ids.set(`sub-${s}/${v}`, (res.body as { id: number }).id);
          }
        }
      }),
    );
    const regMs = Date.now() - t0;
    assert.equal(new Set(ids.values()).size, SUBJECTS * VERSIONS);
    assert.equal((await http(url, 'PUT', '/config', { compatibility: 'FULL_TRANSITIVE' })).status, 200);
    for (let s = 0; s < 10; s++)
      assert.equal((await http(url, 'PUT', `/config/sub-${s}`, { compatibility: 'NONE' })).status, 200);
    for (let s = 10; s < 15; s++)
      assert.equal((await http(url, 'PUT', `/mode/sub-${s}`, { mode: 'READONLY' })).status, 200);
    for (let s = 20; s < 25; s++)
      assert.equal((await http(url, 'DELETE', `/subjects/sub-${s}/versions/3`)).status, 200);
    for (let s = 30; s < 33; s++) assert.equal((await http(url, 'DELETE', `/subjects/sub-${s}`)).status, 200);
    assert.equal((await http(url, 'DELETE', '/subjects/sub-33')).status, 200);
    assert.equal((await http(url, 'DELETE', '/subjects/sub-33?permanent=true')).status, 200);
    let t = Date.now();
    const before = await dump(url);
    const dumpMs = Date.now() - t;

    await killEddy(proc);
    t = Date.now();
    proc = await startEddy(dir, 60_000);
    const restartMs = Date.now() - t;
    const afterDump = await dump(proc.registryUrl);
    assert.deepEqual(afterDump, before);
    // New ids continue after the highest one; nothing is reused.
    const next = await http(proc.registryUrl, 'POST', '/subjects/new-one/versions', { schema: '"string"' });
    assert.equal((next.body as { id: number }).id, SUBJECTS * VERSIONS + 1);
    console.log(
      `restart test: ${SUBJECTS * VERSIONS} registrations in ${regMs} ms (${Math.round((SUBJECTS * VERSIONS * 1000) / regMs)}/s), restart ${restartMs} ms, dump ${dumpMs} ms, total ${Date.now() - started} ms`,
    );
  },
);
