/** The fuzz oracle accepts clean outcomes and names each kind of bad one. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeOutcome, type CaseOutcome, type SeenError } from './oracle.js';

const sql = 'SELECT 1;\nSELECT prcie FROM t;\n';
const outcome = (o: Partial<CaseOutcome>): CaseOutcome => ({
  sql,
  exitCode: 0,
  stdout: '',
  stderr: '',
  errors: [],
  ms: 1,
  ...o,
});
const err = (e: Partial<SeenError>): SeenError => ({
  name: 'SqlError',
  eddy: true,
  code: 'EDDY_SQL_VALIDATE',
  message: 'x',
  where: 'execute',
  ...e,
});

test('a result, and an SQL error with a position inside the script, are accepted', () => {
  assert.equal(
    judgeOutcome(outcome({ stdout: '{"columns":[]}\n{"op":"+I","row":["1",null]}\n' })),
    undefined,
  );
  const e = err({ message: "Column 'prcie' not found" });
  assert.equal(
    judgeOutcome(outcome({ exitCode: 1, errors: [e], stderr: `eddy: <script>:2:8: ${e.message}\n` })),
    undefined,
  );
  assert.equal(
    judgeOutcome(
      outcome({ exitCode: 2, stderr: 'eddy: the SQL script <script> is empty (no statements)\n' }),
    ),
    undefined,
  );
});

test('internal errors, JS errors, broken messages, positions outside the script and broken rows are refused', () => {
  const bad: [CaseOutcome, RegExp][] = [
    [
      outcome({ exitCode: 1, errors: [err({ code: 'EDDY_INTERNAL' })], stderr: 'eddy: <script>: x\n' }),
      /internal error/,
    ],
    [
      outcome({ exitCode: 1, errors: [err({ name: 'TypeError', eddy: false })], stderr: 'eddy: x\n' }),
      /TypeError reached the user/,
    ],
    [
      outcome({ exitCode: 1, errors: [err({ message: 'Key [object Object] twice' })], stderr: 'eddy: x\n' }),
      /looks broken/,
    ],
    [outcome({ exitCode: 1, errors: [err({ message: 'got NaN' })], stderr: 'eddy: x\n' }), /looks broken/],
    [outcome({ exitCode: 1, errors: [err({})], stderr: 'eddy: <script>:1:95: x\n' }), /outside the script/],
    [outcome({ exitCode: 1, errors: [err({})], stderr: 'eddy: <script>: x\n' }), /without line:column/],
    [outcome({ stdout: '{"op":"+I","row":[{}]}\n' }), /not a string or null/],
    [
      outcome({
        exitCode: 1,
        stderr: 'eddy: unexpected error: boom (this is a bug in Eddy; please report it)\n',
      }),
      /stderr/,
    ],
  ];
  for (const [o, re] of bad) assert.match(judgeOutcome(o) ?? '(accepted)', re);
});
