/**
 * Fuzz: mutated statements (tokens dropped, duplicated, swapped, truncated, random junk) and
 * deep nesting never crash the parser: parseScript returns diagnostics, parseStatement throws
 * only SqlError, and nothing takes long. Prints its seed; rerun with FC_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SqlError } from '../../../common/errors.js';
import { tokenize } from '../lexer/lexer.js';
import { fixtureLines, readFixture } from '../test/ast-utils.js';
import { printStatement } from '../printer/index.js';
import { parseScript, parseStatement } from './index.js';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 1_000_000;
console.log(`# fuzz seed: ${seed}`);

const corpus = fixtureLines(readFixture('identity.sql')).map((l) =>
  tokenize(l.sql)
    .filter((t) => t.type !== 'eof')
    .map((t) => t.text),
);
const junk = [
  '(',
  ')',
  ',',
  ';',
  "'",
  '`',
  'SELECT',
  'FROM',
  'NOT',
  'AS',
  '/*+',
  '*/',
  '--',
  '.',
  '[',
  'END',
  'BEGIN',
  'CASE',
  '=>',
];

const mutated = fc
  .record({
    line: fc.nat({ max: corpus.length - 1 }),
    ops: fc.array(
      fc.record({
        kind: fc.constantFrom('drop', 'dup', 'swap', 'junk', 'cut'),
        at: fc.nat(),
        junk: fc.constantFrom(...junk),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ line, ops }) => {
    const toks = [...corpus[line]!];
    for (const op of ops) {
      const i = toks.length ? op.at % toks.length : 0;
      if (op.kind === 'drop') toks.splice(i, 1);
      else if (op.kind === 'dup') toks.splice(i, 0, toks[i] ?? 'x');
      else if (op.kind === 'swap' && i + 1 < toks.length) [toks[i], toks[i + 1]] = [toks[i + 1]!, toks[i]!];
      else if (op.kind === 'junk') toks.splice(i, 0, op.junk);
      else if (op.kind === 'cut') toks.length = i;
    }
    return toks.join(' ');
  });

test('mutated statements give SqlErrors or parse, never crash', () => {
  fc.assert(
    fc.property(mutated, (sql) => {
      const r = parseScript(`${sql};\nSELECT 1`);
      for (const d of r.diagnostics) {
        assert.ok(
          d.line >= 1 && d.column >= 1 && typeof d.description === 'string' && d.description.length > 0,
        );
      }
      try {
        parseStatement(sql);
      } catch (err) {
        if (!(err instanceof SqlError)) throw err;
        assert.equal(err.code, 'EDDY_SQL_PARSE');
      }
    }),
    { seed, numRuns: 1500, includeErrorInReport: true },
  );
});

test('long flat operator chains parse and print without deep recursion', () => {
  const sql = 'SELECT ' + Array.from({ length: 20000 }, (_, i) => `a = ${i}`).join(' OR ');
  const stmt = parseStatement(sql);
  assert.equal(printStatement(stmt), sql);
  const sum = 'SELECT ' + Array.from({ length: 20000 }, (_, i) => String(i)).join(' + ');
  assert.equal(printStatement(parseStatement(sum)), sum);
  const unions = Array.from({ length: 5000 }, (_, i) => `SELECT ${i}`).join(' UNION ALL ');
  assert.equal(printStatement(parseStatement(unions)), unions);
});

test('deep nesting is refused with a parse error, not a stack overflow', () => {
  const deep = `SELECT ${'('.repeat(5000)}1${')'.repeat(5000)}`;
  assert.throws(
    () => parseStatement(deep),
    (e: unknown) => e instanceof SqlError && /nested too deeply/.test(e.message),
  );
  const deepQuery = `${'(SELECT * FROM '.repeat(3000)}t${')'.repeat(3000)}`;
  assert.throws(() => parseStatement(deepQuery), SqlError);
  for (const sql of [
    `SELECT CAST(a AS ${'ARRAY<'.repeat(3000)}INT${'>'.repeat(3000)})`,
    `SELECT * FROM ${'('.repeat(3000)}t${')'.repeat(3000)}`,
    `SELECT * FROM t MATCH_RECOGNIZE (ORDER BY ts PATTERN (${'('.repeat(3000)}A${')'.repeat(3000)}) DEFINE A AS TRUE)`,
    `SELECT ${'-'.repeat(3000)}1`,
    `SELECT ${'NOT '.repeat(3000)}a`,
  ])
    assert.throws(() => parseStatement(sql), SqlError);
  const ok = `SELECT ${'('.repeat(50)}1${')'.repeat(50)} + ${'-'.repeat(1)}1`;
  assert.equal(parseStatement(ok).kind, 'Query');
  const t0 = Date.now();
  const nestedSubqueries = `SELECT ${'((SELECT 1) + '.repeat(40)}1${')'.repeat(40)}`;
  assert.equal(parseStatement(nestedSubqueries).kind, 'Query');
  assert.ok(Date.now() - t0 < 2000, 'nested ((subquery) + …) parses quickly');
});
