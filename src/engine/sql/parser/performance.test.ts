/**
 * Time budget: a 1,000-line script (identity.sql's statements, repeated) parses in well under
 * 100 ms. Prints the cold (first) and warm (best of 5) times.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureLines, readFixture } from '../test/ast-utils.js';
import { parseScript } from './index.js';

test('a 1,000-line script parses in under 100 ms', () => {
  const lines = fixtureLines(readFixture('identity.sql')).map((l) => l.sql + ';');
  const script: string[] = [];
  for (let i = 0; script.length < 1000; i++) script.push(lines[i % lines.length]!);
  const text = script.join('\n');
  // CPU time of this process, so that a loaded machine (many test processes) does not skew it.
  const time = (): number => {
    const t0 = process.cpuUsage();
    const r = parseScript(text);
    const d = process.cpuUsage(t0);
    const ms = (d.user + d.system) / 1000;
    assert.equal(r.diagnostics.length, 0);
    assert.equal(r.statements.length, 1000);
    return ms;
  };
  const cold = time();
  let warm = Infinity;
  for (let i = 0; i < 5; i++) warm = Math.min(warm, time());
  console.log(
    `# 1000 lines, ${text.length} chars: CPU time cold ${cold.toFixed(1)} ms, warm ${warm.toFixed(1)} ms`,
  );
  assert.ok(warm < 100, `warm parse took ${warm.toFixed(1)} ms`);
  // The first run includes JIT compilation; only a gross regression should fail it.
  assert.ok(cold < 1000, `cold parse took ${cold.toFixed(1)} ms`);
});
