import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonSyntaxError, readJson } from './json-text.js';

const asText = { number: (t: string): unknown => ({ n: t }), plainObjects: true };

test('numbers become what the caller makes of their text; the rest as JSON.parse', () => {
  assert.deepEqual(readJson(' {"a": [1.50, -2e3, "x\\u00e9\\n"], "b": {"c": null, "d": true}} ', asText), {
    a: [{ n: '1.50' }, { n: '-2e3' }, 'x\u00e9\n'],
    b: { c: null, d: true },
  });
  const texts = [
    '{"s": "a\\"b\\\\c\\/\\b\\f\\r\\t", "e": [], "o": {}}',
    '[ 1 , [ 2 , { "k" : "v" } ] ]',
    '"\\ud83d\\ude00"',
  ];
  for (const t of texts)
    assert.deepEqual(readJson(t, { number: Number, plainObjects: true }), JSON.parse(t), t);
});

test('a repeated key keeps its last value; objects have no prototype unless plainObjects', () => {
  const o = readJson('{"k": 1, "toString": 2, "k": 3}', { number: Number }) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(o), null);
  assert.deepEqual({ ...o }, { k: 3, toString: 2 });
  const p = readJson('{"__proto__": {"x": 1}}', { number: Number, plainObjects: true }) as Record<
    string,
    unknown
  >;
  assert.equal(Object.getPrototypeOf(p), Object.prototype);
  assert.deepEqual(Object.keys(p), ['__proto__']);
  assert.equal((p as { x?: unknown }).x, undefined);
});

test('errors name what is wrong and the offset where it is', () => {
  const cases: [string, string][] = [
    ['[1,]', "unexpected character ']' at position 3"],
    ['{"a" 1}', "expected ':' at position 5"],
    ['{"a": 1 x', "expected ',' or '}' at position 8"],
    ['{1: 2}', 'expected a field name at position 1'],
    ['[1 2]', "expected ',' or ']' at position 3"],
    ['"ab', 'unterminated string at position 3'],
    ['"a\\x"', 'bad escape at position 2'],
    ['"\\u12g4"', 'bad unicode escape at position 1'],
    ['tru', 'unexpected token at position 0'],
    ['01', 'unexpected trailing characters at position 1'],
    ['1 2', 'unexpected trailing characters at position 2'],
    ['', 'unexpected end of input at position 0'],
    ['"a\u0001"', 'unescaped control character in string at position 2'],
  ];
  for (const [text, message] of cases) {
    assert.throws(
      () => readJson(text, { number: Number }),
      (e: unknown) => e instanceof JsonSyntaxError && e instanceof SyntaxError && e.message === message,
      text,
    );
  }
});

test('controlCharacters keeps raw control characters; allowTrailing reads the first value only', () => {
  assert.equal(readJson('"a\u0001\tb"', { number: Number, controlCharacters: true }), 'a\u0001\tb');
  assert.deepEqual(
    { ...(readJson('{"a": 1} {"b": 2}', { number: Number, allowTrailing: true }) as object) },
    { a: 1 },
  );
  assert.deepEqual(
    { ...(readJson('{"a": 1}x', { number: Number, allowTrailing: true }) as object) },
    { a: 1 },
  );
});
