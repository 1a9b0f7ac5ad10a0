/**
 * Round-trip corpus (STYLE.md #6): every line of identity.sql parses and prints back
 * unchanged; every `input;` / `expected;` pair of normalize.sql prints as expected, and the
 * expected text is itself stable.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStatement } from '../parser/index.js';
import { printStatement } from '../printer/index.js';
import { fixtureLines, fixtureStatements, readFixture, stripSpans } from './ast-utils.js';

test('identity.sql: each statement prints back unchanged and reparses to the same AST', () => {
  const lines = fixtureLines(readFixture('identity.sql'));
  assert.ok(lines.length >= 150, `identity.sql has ${lines.length} statements`);
  const failures: string[] = [];
  for (const { line, sql } of lines) {
    try {
      const ast = parseStatement(sql);
      const printed = printStatement(ast);
      if (printed !== sql) {
        failures.push(`identity.sql:${line}\n  input:   ${sql}\n  printed: ${printed}`);
        continue;
      }
      assert.deepEqual(stripSpans(parseStatement(printed)), stripSpans(ast));
    } catch (err) {
      failures.push(`identity.sql:${line}: ${(err as Error).message}`);
    }
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});

test('normalize.sql: each input prints as its expected form', () => {
  const lines = fixtureStatements(readFixture('normalize.sql'));
  assert.equal(lines.length % 2, 0, 'normalize.sql must hold input/expected pairs');
  assert.ok(lines.length >= 40, `normalize.sql has ${lines.length / 2} pairs`);
  const failures: string[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const input = lines[i]!;
    const expected = lines[i + 1]!;
    const strip = (s: string): string => s.replace(/;\s*$/, '');
    try {
      const printed = printStatement(parseStatement(input.sql));
      if (printed !== strip(expected.sql)) {
        failures.push(
          `normalize.sql:${input.line}\n  expected: ${strip(expected.sql)}\n  printed:  ${printed}`,
        );
        continue;
      }
      assert.equal(printStatement(parseStatement(printed)), printed);
    } catch (err) {
      failures.push(`normalize.sql:${input.line}: ${(err as Error).message}`);
    }
  }
  assert.equal(failures.length, 0, failures.join('\n'));
});
