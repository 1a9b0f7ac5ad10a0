/**
 * Exploration tool for the SQL fuzz test (not run by `npm test`): runs N cases from a seed,
 * collects every failure and prints them grouped by reason, the shortest script of each group.
 *
 *   [ONLY=<origin part>] [HIST=1] node dist/testing/sql-fuzz/explore.js [N=500] [seed]
 */
import { fuzzCase, judgeRun } from './cases.js';
import { seededRand } from './rand.js';
import { FuzzRunner } from './runner.js';

function key(reason: string): string {
  return reason
    .replace(/'[^']*'/g, "'…'")
    .replace(/\d+/g, 'N')
    .slice(0, 90);
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 500);
  const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
  console.log(`explore: ${n} cases, seed ${seed}`);
  const only = process.env.ONLY; // e.g. ONLY='session 9' runs only the cases of that origin
  const runner = new FuzzRunner(8000, 3000);
  const groups = new Map<string, { count: number; reason: string; sql: string }>();
  const t0 = Date.now();
  const hist = new Map<string, number>();
  let ok = 0;
  let errs = 0;
  for (let i = 0; i < n; i++) {
    const c = fuzzCase(seededRand(seed * 100_000 + i));
    if (only && !c.origin.includes(only)) continue;
    const res = await runner.run(c.sql, c.files);
    const reason = judgeRun(c, res);
    if (res.kind === 'outcome') {
      if (res.outcome.exitCode === 0) ok++;
      else {
        errs++;
        if (process.env.HIST && (only !== undefined || c.origin.startsWith('generated'))) {
          const m = /^eddy: [^ ]*? (.*)$/m.exec(res.outcome.stderr)?.[1] ?? res.outcome.stderr;
          const hk = key(
            m.replace(/^SQL validation failed. From line \d+, column \d+ to line \d+, column \d+: /, ''),
          ).slice(0, 110);
          hist.set(hk, (hist.get(hk) ?? 0) + 1);
        }
      }
    }
    if (reason === undefined) continue;
    const k = key(reason);
    const g = groups.get(k);
    if (!g) groups.set(k, { count: 1, reason, sql: c.sql });
    else {
      g.count++;
      if (c.sql.length < g.sql.length) Object.assign(g, { reason, sql: c.sql });
    }
  }
  await runner.close();
  const ms = Date.now() - t0;
  console.log(
    `explore: ${n} cases in ${ms} ms (${((n * 1000) / ms).toFixed(1)}/s); exit 0: ${ok}, errors: ${errs}; failure groups: ${groups.size}`,
  );
  for (const [k, v] of [...hist].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${String(v).padStart(4)} ${k}`);
  for (const g of [...groups.values()].sort((a, b) => b.count - a.count)) {
    console.log(`\n=== ${g.count}× ${g.reason.slice(0, 600)}\n${g.sql}`);
  }
}

void main();
