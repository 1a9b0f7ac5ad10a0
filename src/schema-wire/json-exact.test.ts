import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  JsonNumber,
  mayHoldLongNumber,
  needsExactText,
  parseJsonExact,
  stringifyJsonExact,
  withPlainNumbers,
} from './json-exact.js';
import { decodeValue, encodeValue } from './codec.js';
import { parseJsonSchema } from './json-schema.js';

test('numbers beyond 15 significant digits keep their text', () => {
  const v = parseJsonExact(
    '{"a": 9007199254740993, "b": [-9223372036854775808, 1.5], "c": 12345678901234567890.123456789012345678, "d": "9007199254740993"}',
  ) as Record<string, unknown>;
  assert.ok(v['a'] instanceof JsonNumber);
  assert.equal((v['a'] as JsonNumber).text, '9007199254740993');
  assert.deepEqual(
    (v['b'] as unknown[]).map((x) => String(x)),
    ['-9223372036854775808', '1.5'],
  );
  assert.equal((v['b'] as unknown[])[1], 1.5);
  assert.equal((v['c'] as JsonNumber).text, '12345678901234567890.123456789012345678');
  // Inside a string a long digit run is text, not a number.
  assert.equal(v['d'], '9007199254740993');
});

test('the exact reader agrees with JSON.parse on everything else', () => {
  const texts = [
    '{"s": "a\\"b\\\\c\\u00e9\\n", "t": true, "f": false, "n": null, "e": [], "o": {}, "x": 1e3, "y": -0.25, "z": 0.0000000000000001}',
    '[ 1 , [ 2 , { "k" : "v" } ] , "1234567890123456" ]',
    '{"__proto__": 1, "long": 12345678901234567}',
  ];
  for (const text of texts) {
    const plain = withPlainNumbers(parseJsonExact(text));
    assert.deepEqual(plain, JSON.parse(text), text);
  }
  for (const bad of [
    '{"a": 01234567890123456}',
    '[1234567890123456,]',
    '{"a" 12345678901234567}',
    '12345678901234567 x',
    '"\u0001 1234567890123456"',
  ])
    assert.throws(() => parseJsonExact(bad), SyntaxError, bad);
});

test('the long-number pre-check finds every run of 16 digits and points, wherever it starts', () => {
  for (let pad = 0; pad < 40; pad++) {
    const head = ' '.repeat(pad);
    assert.equal(mayHoldLongNumber(`${head}1234567890.12345,`), true, `pad ${pad}`);
    assert.equal(mayHoldLongNumber(`${head}1234567890.1234,`), false, `pad ${pad}`);
    assert.equal(mayHoldLongNumber(`${head}[123456789012345,1]`), false, `pad ${pad}`);
  }
  assert.equal(mayHoldLongNumber('1234567890123456'), true);
  assert.equal(mayHoldLongNumber(''), false);
});

test('15 significant digits stay doubles; leading zeros and the exponent do not count', () => {
  assert.equal(needsExactText('123456789012345'), false);
  assert.equal(needsExactText('1234567890123456'), true);
  assert.equal(needsExactText('-0.000123456789012345'), false);
  assert.equal(needsExactText('1.23456789012345e300'), false);
  assert.equal(needsExactText('1.234567890123456e3'), true);
});

test('writing: JsonNumber and bigint as their digits, the rest as JSON.stringify', () => {
  const v = {
    a: new JsonNumber('9007199254740993'),
    b: 9223372036854775807n,
    c: [1.5, null, 'x'],
    d: undefined,
    e: { f: true },
  };
  assert.equal(
    stringifyJsonExact(v),
    '{"a":9007199254740993,"b":9223372036854775807,"c":[1.5,null,"x"],"e":{"f":true}}',
  );
  assert.equal(JSON.stringify({ a: new JsonNumber('9007199254740993') }), '{"a":9007199254740992}');
});

test('framed JSON values round-trip long numbers exactly and are validated', () => {
  const schema = parseJsonSchema(
    '{"type":"object","properties":{"id":{"type":"number","connect.type":"int64"}}}',
  );
  const bytes = encodeValue(
    7,
    schema,
    { id: new JsonNumber('-9223372036854775807') },
    { exactNumbers: true },
  );
  assert.equal(bytes.subarray(5).toString(), '{"id":-9223372036854775807}');
  const { value } = decodeValue(bytes, () => schema);
  assert.equal(((value as Record<string, unknown>)['id'] as JsonNumber).text, '-9223372036854775807');
  assert.throws(
    () => encodeValue(7, schema, { id: 'x' }, { exactNumbers: true }),
    /does not match the JSON schema/,
  );
});
