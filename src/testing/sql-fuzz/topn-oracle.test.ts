/**
 * The Top-N oracle: the final rows of `Q ORDER BY … LIMIT n OFFSET m` must be rows m..m+n of
 * Q's final rows under that sort; without ORDER BY, any min(n, |Q| - m) of them. Also: the main
 * oracle accepts BigDecimal's "Division undefined" (0 / 0) but still refuses a bare undefined.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeOutcome, type CaseOutcome } from './oracle.js';
import { topNCheck } from './topn-gen.js';

const outcome = (stdout: string, o: Partial<CaseOutcome> = {}): CaseOutcome => ({
  sql: '',
  exitCode: 0,
  stdout,
  stderr: '',
  errors: [],
  ms: 1,
  ...o,
});
const head = '{"columns":[{"name":"k","type":"STRING"},{"name":"c","type":"BIGINT"}]}';
const ch = (op: string, ...v: (string | null)[]): string => JSON.stringify({ op, row: v });
/** Q's final rows: a=3, b=1 (after an update), c=NULL, d=2 (e inserted then deleted). */
const q = [
  head,
  ch('+I', 'a', '3'),
  ch('+I', 'b', '5'),
  ch('-U', 'b', '5'),
  ch('+U', 'b', '1'),
  ch('+I', 'c', null),
  ch('+I', 'd', '2'),
  ch('+I', 'e', '9'),
  ch('-D', 'e', '9'),
];
const byC = (desc: boolean, nullsFirst: boolean) => [
  { col: 1, desc, nullsFirst },
  { col: 0, desc: false, nullsFirst: false },
];

test('top-n: the sorted slice of the final table passes, another slice fails', () => {
  const top = [head, ch('+I', 'a', '3'), ch('+I', 'b', '5'), ch('-D', 'b', '5'), ch('+I', 'd', '2')];
  const p = { sorts: byC(true, false), n: 2, m: 0, numericKey: false };
  assert.equal(topNCheck(outcome([...q, ...top].join('\n')), 9, p), undefined);
  const wrong = [head, ch('+I', 'a', '3'), ch('+I', 'e', '9')];
  assert.match(topNCheck(outcome([...q, ...wrong].join('\n')), 9, p) ?? '', /final rows differ/);
  // NULLS FIRST ascending with OFFSET 1: c=NULL, b=1, d=2, a=3 → d, a
  const off = [head, ch('+I', 'd', '2'), ch('+I', 'a', '3')];
  const p2 = { sorts: byC(false, true), n: 5, m: 2, numericKey: false };
  assert.equal(topNCheck(outcome([...q, ...off].join('\n')), 9, p2), undefined);
});

test('top-n: without ORDER BY any rows of the final table of the right count pass', () => {
  const p = { sorts: [], n: 2, m: 1, numericKey: false };
  const ok = [head, ch('+I', 'c', null), ch('+I', 'b', '1')];
  assert.equal(topNCheck(outcome([...q, ...ok].join('\n')), 9, p), undefined);
  assert.match(topNCheck(outcome([...q, head, ch('+I', 'b', '1')].join('\n')), 9, p) ?? '', /gave 1/);
  assert.match(
    topNCheck(outcome([...q, head, ch('+I', 'e', '9')].join('\n')), 9, p) ?? '',
    /not a final row/,
  );
});

test('top-n: failing only with LIMIT is reported', () => {
  const p = { sorts: [], n: 2, m: 0, numericKey: false };
  const fail = (line: number): CaseOutcome =>
    outcome(head, { exitCode: 1, stderr: `eddy: <script>:${line}:1: not supported\n` });
  assert.match(topNCheck(fail(9), 9, p) ?? '', /failed with it/);
  assert.equal(topNCheck(fail(8), 9, p), undefined);
});

test('oracle: "Division undefined" is a message, a bare undefined is not', () => {
  const err = (message: string): CaseOutcome =>
    outcome('', {
      exitCode: 1,
      stderr: `eddy: ${message}\n`,
      errors: [{ name: 'ExecutionError', eddy: true, code: 'EDDY_EXECUTION', message, where: 'results' }],
    });
  assert.equal(judgeOutcome(err('Division by zero in expression 0 / 0 (Division undefined)')), undefined);
  assert.match(judgeOutcome(err('value undefined in x')) ?? '', /looks broken/);
});

test('oracle: the print connector rows on stdout pass, other text does not', () => {
  assert.equal(judgeOutcome(outcome('+I[1, {a=1, b=A}]\nsink> -U[2, null]\n')), undefined);
  assert.match(judgeOutcome(outcome('hello\n')) ?? '', /not JSON/);
});
