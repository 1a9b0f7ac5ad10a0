/**
 * The fuzz test's second oracles: the three-valued-logic comparison of a predicate's forms and
 * the mini-batch on / off comparison of final rows name each kind of disagreement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logicCheck, type Pred, type Row } from './logic-gen.js';
import { miniBatchCheck } from './minibatch-gen.js';
import type { CaseOutcome } from './oracle.js';

const outcome = (stdout: string, o: Partial<CaseOutcome> = {}): CaseOutcome => ({
  sql: '',
  exitCode: 0,
  stdout,
  stderr: '',
  errors: [],
  ms: 1,
  ...o,
});
const head = (n: number): string => `{"columns":[${'{"name":"x","type":"INT"},'.repeat(n).slice(0, -1)}]}`;
const row = (...v: (string | null)[]): string => JSON.stringify({ op: '+I', row: v });

/** Rows 0, 1, 2 whose b0 is TRUE, FALSE, NULL; P = b0. */
const rows: Row[] = [true, false, null].map((b0, id) => ({ id, b0, b1: null, i0: null, s0: null }));
const p: Pred = { sql: 'b0', ev: (x) => x.b0 };

/** The six result sets of a logic case, from P's value on rows 0..2 and the WHERE P rows. */
function logicOut(values: (string | null)[], whereP: string[]): string {
  const mark = (v: string | null): string => (v === 'TRUE' ? 'T' : v === 'FALSE' ? 'F' : 'U');
  const ids = (f: (v: string | null) => boolean): string[] =>
    values.flatMap((v, i) => (f(v) ? [row(String(i))] : []));
  return [
    head(2),
    ...values.map((v, i) => row(String(i), v)),
    head(1),
    ...whereP.map((i) => row(i)),
    head(1),
    ...ids((v) => v === 'FALSE'),
    head(1),
    ...ids((v) => v === null),
    head(2),
    ...values.map((v, i) => row(String(i), mark(v))),
    head(1),
    ...ids((v) => v !== 'TRUE'),
  ].join('\n');
}

test('logic: consistent forms that agree with three-valued logic pass', () => {
  assert.equal(logicCheck(outcome(logicOut(['TRUE', 'FALSE', null], ['0'])), rows, p), undefined);
});

test('logic: a value form against three-valued logic, and WHERE P against the value form, fail', () => {
  assert.match(
    logicCheck(outcome(logicOut(['TRUE', 'FALSE', 'FALSE'], ['0'])), rows, p) ?? '',
    /P as a value is false on row 2, three-valued logic says null/,
  );
  assert.match(
    logicCheck(outcome(logicOut(['TRUE', 'FALSE', null], ['0', '2'])), rows, p) ?? '',
    /WHERE P gives rows \[0,2\], P as a value says \[0\]/,
  );
});

test('logic: a condition form failing where the value form ran fails; the value form failing passes', () => {
  const fail = (line: number): CaseOutcome =>
    outcome(head(2), { exitCode: 1, stderr: `eddy: <script>:${line}:1: division by zero\n` });
  assert.equal(logicCheck(fail(2), rows, p), undefined);
  assert.match(logicCheck(fail(4), rows, p) ?? '', /condition form failed/);
});

test('mini-batch: final rows are compared after the changelog is applied', () => {
  const off = [head(1), row('1'), JSON.stringify({ op: '-U', row: ['1'] }), row('2')];
  const on = [head(1), row('2')];
  assert.equal(miniBatchCheck(outcome([...off, ...on].join('\n')), 9), undefined);
  assert.match(miniBatchCheck(outcome([...off, head(1), row('3')].join('\n')), 9) ?? '', /final rows differ/);
  assert.match(
    miniBatchCheck(outcome(off.join('\n'), { exitCode: 1, stderr: 'eddy: <script>:9:1: boom\n' }), 9) ?? '',
    /failed with it/,
  );
  assert.equal(
    miniBatchCheck(outcome(head(1), { exitCode: 1, stderr: 'eddy: <script>:3:1: boom\n' }), 9),
    undefined,
  );
});
