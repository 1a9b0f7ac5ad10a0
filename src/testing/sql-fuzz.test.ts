/**
 * SQL fuzz over the whole engine path (`eddy sql --output jsonl`, in process): scripts drawn
 * from a grammar of what Eddy supports (src/testing/sql-fuzz/: tables from VALUES, datagen and
 * JSON files; queries with typed random expressions over every type; GROUP BY / GROUPING SETS,
 * window TVFs, set operations, UNNEST, subqueries; DDL, SHOW, DESCRIBE, EXPLAIN, SET, INSERT,
 * CTAS) and mutations of generated and golden scripts. Every run must end in a result or an
 * EddyError that says what is wrong (SQL errors with a line:column inside the script): never an
 * internal error, a JS error, a stack trace, a broken message, a hang or a crash.
 *
 * Budget: 30 s of cases (EDDY_FUZZ_BUDGET_MS), or exactly EDDY_FUZZ_RUNS cases for a longer
 * run. Prints its seed; rerun a failure with EDDY_FUZZ_SEED=<seed> (FC_SEED works too); see
 * CI_SEED for why CI's seed is fixed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fuzzCase, judgeRun } from './sql-fuzz/cases.js';
import { randFromGen } from './sql-fuzz/rand.js';
import { FuzzRunner } from './sql-fuzz/runner.js';

/**
 * CI runs a fixed seed whose first 12 000 cases were checked clean (more than 30 s covers on
 * any machine here), so a rare new finding cannot fail an unrelated change; a fresh exploration
 * is EDDY_FUZZ_SEED=random (or `node dist/testing/sql-fuzz/explore.js N seed`), and each finding
 * gets fixed with a unit or golden case of its own. Move this seed forward after such sweeps.
 * Session 9 (session-9 constructs, Top-N oracle, session-9 keys in mini-batch cases): 778359, 12 000 clean.
 * Session 10 (session-10 cases with their own answers, one case in ten): 778359 again, 6 000 clean.
 */
const CI_SEED = 778359;
const seedText = process.env.EDDY_FUZZ_SEED ?? process.env.FC_SEED;
const seed =
  seedText === undefined ? CI_SEED : seedText === 'random' ? Date.now() % 1_000_000 : Number(seedText);
const runs = process.env.EDDY_FUZZ_RUNS ? Number(process.env.EDDY_FUZZ_RUNS) : undefined;
const budgetMs = Number(process.env.EDDY_FUZZ_BUDGET_MS ?? 30_000);
console.log(`# sql fuzz seed: ${seed} (${runs !== undefined ? `${runs} runs` : `budget ${budgetMs} ms`})`);

test(
  'SQL fuzz: every script gives a result or a clear EddyError',
  { timeout: runs ? Infinity : budgetMs + 90_000 },
  async () => {
    const runner = new FuzzRunner(8000, 3000);
    const t0 = Date.now();
    let n = 0;
    let ok = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.gen(), async (g) => {
          const c = fuzzCase(randFromGen(g));
          const res = await runner.run(c.sql, c.files);
          n++;
          if (res.kind === 'outcome' && res.outcome.exitCode === 0) ok++;
          const why = judgeRun(c, res);
          if (why !== undefined) {
            const out = res.kind === 'outcome' ? `\n--- stderr:\n${res.outcome.stderr}` : '';
            throw new Error(`${why}\n--- script (${c.origin}):\n${c.sql}${out}`);
          }
        }),
        runs !== undefined
          ? { seed, numRuns: runs, includeErrorInReport: true }
          : {
              seed,
              numRuns: 1_000_000,
              interruptAfterTimeLimit: budgetMs,
              markInterruptAsFailure: false,
              includeErrorInReport: true,
            },
      );
    } finally {
      await runner.close();
      const s = (Date.now() - t0) / 1000;
      console.log(
        `# sql fuzz: ${n} scripts in ${s.toFixed(1)} s (${(n / s).toFixed(1)}/s), ${ok} ran to the end, ${n - ok} failed cleanly`,
      );
    }
    assert.ok(n > 0, 'no script ran');
  },
);
