/**
 * Memory does not grow with data size (issue 4). The full check (100 partitions, 1 GB, idle
 * broker under 256 MB RSS) takes a while; see memory-probe.ts to run it by hand. This fast
 * variant opens the same 100 partitions holding 20 MB and 80 MB and checks that the idle
 * heap barely differs and RSS stays far under the limit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir } from './test-support.js';

const PROBE = fileURLToPath(new URL('./memory-probe.js', import.meta.url));

interface Probe {
  bytes: number;
  rss: number;
  heapUsed: number;
}

function probe(args: string[]): string {
  return execFileSync(process.execPath, ['--expose-gc', PROBE, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

test(
  'an idle storage with 100 partitions uses memory independent of data size',
  { timeout: 180_000 },
  async () => {
    const started = Date.now();
    const small = await tempDir('eddy-mem-');
    const large = await tempDir('eddy-mem-');
    try {
      probe(['write', small.dir, '100', '200']);
      probe(['write', large.dir, '100', '800']);
      const a = JSON.parse(probe(['open', small.dir])) as Probe;
      const b = JSON.parse(probe(['open', large.dir])) as Probe;
      const mb = (n: number): string => (n / 1e6).toFixed(1);
      console.log(
        `memory: ${mb(a.bytes)} MB stored → RSS ${mb(a.rss)} MB heap ${mb(a.heapUsed)} MB; ${mb(b.bytes)} MB stored → RSS ${mb(b.rss)} MB heap ${mb(b.heapUsed)} MB (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      assert.ok(b.bytes > 3 * a.bytes);
      assert.ok(b.rss < 256e6, `RSS ${mb(b.rss)} MB`);
      assert.ok(
        b.heapUsed - a.heapUsed < 8e6,
        `heap grew from ${mb(a.heapUsed)} to ${mb(b.heapUsed)} MB with 4× the data`,
      );
    } finally {
      await small.cleanup();
      await large.cleanup();
    }
  },
);
