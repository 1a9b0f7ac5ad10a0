/**
 * Property: for generated ASTs (expressions, data types, queries and every statement kind),
 * print → parse gives the same tree (spans aside). Prints its seed; rerun a failure with
 * FC_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDataType, parseExpression, parseStatement } from '../parser/index.js';
import { dataType, expr } from '../test/ast-arbitraries.js';
import { catalogStatement, query, statement } from '../test/query-arbitraries.js';
import { stripSpans } from '../test/ast-utils.js';
import { printDataType, printExpression, printStatement } from './index.js';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 1_000_000;
console.log(`# round-trip property seed: ${seed}`);

function check<T>(
  arb: fc.Arbitrary<T>,
  print: (x: T) => string,
  parse: (s: string) => unknown,
  runs: number,
): void {
  fc.assert(
    fc.property(arb, (ast) => {
      const text = print(ast);
      let reparsed: unknown;
      try {
        reparsed = parse(text);
      } catch (err) {
        throw new Error(`printed text does not parse: ${text}\n${(err as Error).message}`);
      }
      assert.deepEqual(stripSpans(reparsed), stripSpans(ast), `printed: ${text}`);
    }),
    { seed, numRuns: runs, includeErrorInReport: true },
  );
}

test('data types: print → parse round trip', () => {
  check(dataType, printDataType, parseDataType, 300);
});

test('expressions: print → parse round trip', () => {
  check(expr, printExpression, parseExpression, 600);
});

test('queries: print → parse round trip', () => {
  check(query, printStatement, parseStatement, 300);
});

test('statements of every kind: print → parse round trip', () => {
  check(statement, printStatement, parseStatement, 500);
});

test('catalog, database, function, view and module statements: print → parse round trip', () => {
  check(catalogStatement, printStatement, parseStatement, 400);
});
