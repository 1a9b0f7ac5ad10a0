/**
 * Lexer: token kinds, decoding of quoted forms, comments and hints, positions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './lexer.js';
import { LineMap } from './positions.js';
import { isReserved } from './keywords.js';

const kinds = (sql: string): string[] => tokenize(sql).map((t) => `${t.type}:${t.value}`);

test('words keep their case; upper is for keyword tests', () => {
  const [t] = tokenize('SeLeCt');
  assert.equal(t!.type, 'word');
  assert.equal(t!.value, 'SeLeCt');
  assert.equal(t!.upper, 'SELECT');
});

test('quoted identifiers: doubled backticks, $, spaces, keywords', () => {
  assert.deepEqual(kinds('`a``b` `$rowtime` `my col` `select`'), [
    'quoted:a`b',
    'quoted:$rowtime',
    'quoted:my col',
    'quoted:select',
    'eof:',
  ]);
  assert.deepEqual(kinds('a$b $rowtime'), ['word:a$b', 'word:$rowtime', 'eof:']);
});

test("strings: '' escapes, U& escapes with UESCAPE, binary strings", () => {
  assert.deepEqual(kinds("'it''s' ''"), ["string:it's", 'string:', 'eof:']);
  assert.deepEqual(kinds("U&'\\0041\\+01F600\\\\x'"), ['string:A\u{1F600}\\x', 'eof:']);
  assert.deepEqual(kinds("u&'#0041b' UESCAPE '#'"), ['string:Ab', 'eof:']);
  assert.deepEqual(kinds("X'0a ff' x''"), ['binary:0AFF', 'binary:', 'eof:']);
});

test('numbers: exact, decimal, approximate; a dot after a name is a symbol', () => {
  assert.deepEqual(kinds('1 1.5 .5 1e3 2.5E-3 t1.c'), [
    'number:1',
    'number:1.5',
    'number:.5',
    'number:1e3',
    'number:2.5E-3',
    'word:t1',
    'symbol:.',
    'word:c',
    'eof:',
  ]);
});

test('operators and punctuation', () => {
  assert.deepEqual(
    tokenize('<> <= >= != || => ( ) [ ] , ; . * / % + - = < > { } ? |').map((t) => t.text),
    [
      '<>',
      '<=',
      '>=',
      '!=',
      '||',
      '=>',
      '(',
      ')',
      '[',
      ']',
      ',',
      ';',
      '.',
      '*',
      '/',
      '%',
      '+',
      '-',
      '=',
      '<',
      '>',
      '{',
      '}',
      '?',
      '|',
      '',
    ],
  );
});

test('comments are skipped; hints become hintStart … hintEnd', () => {
  assert.deepEqual(kinds('a -- x\n/* y */ b'), ['word:a', 'word:b', 'eof:']);
  const ts = tokenize("SELECT /*+ OPTIONS('a'='b') */ 1");
  assert.deepEqual(
    ts.map((t) => t.type),
    [
      'word',
      'hintStart',
      'word',
      'symbol',
      'string',
      'symbol',
      'string',
      'symbol',
      'hintEnd',
      'number',
      'eof',
    ],
  );
  assert.equal(ts[9]!.spaceBefore, true);
});

test('errors become error tokens, never exceptions', () => {
  const bad = tokenize("'abc");
  assert.equal(bad[0]!.type, 'error');
  assert.match(bad[0]!.value, /unterminated string/);
  assert.match(tokenize('"x"')[0]!.value, /backticks/);
  assert.match(tokenize('/*+ a')[2]!.value, /unterminated hint/);
});

test('LineMap positions are 1-based lines and columns', () => {
  const m = new LineMap('ab\ncd\r\nef');
  assert.deepEqual(m.position(0), { line: 1, column: 1, offset: 0 });
  assert.deepEqual(m.position(4), { line: 2, column: 2, offset: 4 });
  assert.deepEqual(m.position(7), { line: 3, column: 1, offset: 7 });
  assert.equal(m.lineText(2), 'cd');
});

test('reserved words follow Calcite/Flink (value, timestamp, user reserved; name, data not)', () => {
  for (const w of ['value', 'TIMESTAMP', 'user', 'count', 'year', 'table', 'string'])
    assert.ok(isReserved(w), w);
  for (const w of ['name', 'data', 'key', 'comment', 'watermark', 'status', 'type', 'first'])
    assert.ok(!isReserved(w), w);
});
