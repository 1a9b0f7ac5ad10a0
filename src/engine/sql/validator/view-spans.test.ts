/** A view's positions point at its reference in the script (found by the SQL fuzz test). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqlError, type Span } from '../../../common/errors.js';
import type { Rel } from './context.js';
import { validationError } from './errors.js';
import { translateView } from './view-spans.js';

const at = (line: number, column: number): Span => ({
  start: { line, column, offset: 0 },
  end: { line, column: column + 2, offset: 2 },
});

test('spans inside a translated view become the span of its reference', () => {
  const inner = {
    node: { kind: 'Calc', exprs: [{ kind: 'call', span: at(1, 95), text: '10 / x' }] },
    columns: [],
  };
  const rel = translateView('v', at(7, 15), () => inner as unknown as Rel) as unknown as typeof inner;
  assert.deepEqual(rel.node.exprs[0]!.span, at(7, 15));
  assert.equal(rel.node.exprs[0]!.text, '10 / x', 'the expression text stays the view text');
  assert.deepEqual(inner.node.exprs[0]!.span, at(1, 95), 'the input is not changed');
});

test('a validation error inside a view names the view and points at its reference', () => {
  assert.throws(
    () =>
      translateView('v', at(3, 15), () => {
        throw validationError("Column 'prcie' not found", at(1, 40));
      }),
    (e: unknown) =>
      e instanceof SqlError &&
      /View 'v' is invalid: Column 'prcie' not found/.test(e.message) &&
      e.diagnostics[0]!.span!.start.line === 3,
  );
});

test('side lists the translation appends to (non-deterministic calls) get the reference span too', () => {
  const side = [{ name: 'NOW', span: at(2, 1) }];
  translateView(
    'v',
    at(9, 15),
    () => {
      side.push({ name: 'LOCALTIME', span: at(1, 9) });
      return { node: {}, columns: [] } as unknown as Rel;
    },
    side,
  );
  assert.deepEqual(side[0]!.span, at(2, 1), 'entries from before the view keep their span');
  assert.deepEqual(side[1], { name: 'LOCALTIME', span: at(9, 15) });
});
