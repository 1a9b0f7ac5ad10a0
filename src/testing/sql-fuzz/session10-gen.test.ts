/**
 * The session-10 fuzz cases' own answers: generated cases of each kind run clean through the
 * engine, and a result with a row taken away or changed is caught by the retract and window checks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseOutcome } from './oracle.js';
import { seededRand } from './rand.js';
import { FuzzRunner } from './runner.js';
import { retractCase, windowCase, foldCase, type Session10Case } from './session10-gen.js';

/** The outcome without its last result row (a row the engine would have lost). */
function dropLastRow(o: CaseOutcome): CaseOutcome | undefined {
  const lines = o.stdout.trimEnd().split('\n');
  const last = lines.at(-1);
  if (last === undefined || !last.includes('"+I"')) return undefined;
  return { ...o, stdout: `${lines.slice(0, -1).join('\n')}\n` };
}

test('session-10 cases run clean, and a lost row is caught', { timeout: 120_000 }, async () => {
  const runner = new FuzzRunner(8000, 3000);
  try {
    const makers: [string, (seed: number) => Session10Case][] = [
      ['retract', (s) => retractCase(seededRand(s))],
      ['window', (s) => windowCase(seededRand(s))],
      ['fold', (s) => foldCase(seededRand(s))],
    ];
    for (const [name, make] of makers) {
      let caught = 0;
      for (let seed = 1; seed <= 12; seed++) {
        const c = make(seed);
        const res = await runner.run(c.sql, c.files);
        assert.equal(res.kind, 'outcome', `${name} ${seed}: ${res.kind}`);
        if (res.kind !== 'outcome') continue;
        assert.equal(c.check(res.outcome), undefined, `${name} ${seed}:\n${c.sql}`);
        const lost = name === 'fold' ? undefined : dropLastRow(res.outcome);
        if (lost && c.check(lost) !== undefined) caught++;
      }
      if (name !== 'fold') assert.ok(caught > 0, `${name}: no lost row was caught`);
    }
  } finally {
    await runner.close();
  }
});
