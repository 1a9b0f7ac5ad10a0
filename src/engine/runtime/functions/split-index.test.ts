import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intType, stringType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from './registry.js';
import { SplitScan, splitIndex } from './split-index.js';

const S = stringType(true);
const I = intType(true);

/** Flink's SPLIT_INDEX: every token kept (commons-lang splitByWholeSeparatorPreserveAllTokens; '' has no fields). */
const reference = splitIndex;

test('SPLIT_INDEX gives every field, whatever order call sites ask for them on one value', () => {
  const f = BUILTIN_FUNCTIONS.scalar('SPLIT_INDEX')!.implement([S, S, I], S, {
    timeZone: 'UTC',
    exprText: 'SPLIT_INDEX',
  });
  const values = [
    '',
    'a',
    '/',
    '//',
    'a/b',
    'a/b/',
    '/a/b',
    'a//b',
    'a/bc/def/g',
    'x::y::z',
    ':::',
    'a::b:::c',
  ];
  const delimiters = ['/', '::', ':', 'b'];
  // the same value asked for fields out of order (the separators are found lazily and kept)
  const orders = [
    [5, 0, 3, 1, -1],
    [0, 5, 2, 2],
    [2, 1, 0, 4, 3],
  ];
  for (const order of orders) {
    for (const s of values) {
      for (const d of delimiters) {
        for (const i of order) assert.equal(f(s, d, i), reference(s, d, i), JSON.stringify([s, d, i]));
      }
    }
  }
  const url = 'https://www.nexmark.com/abc/def/ghi/item.htm?query=1';
  assert.deepEqual(
    [5, 3, 4].map((i) => f(url, '/', i)),
    ['ghi', 'abc', 'def'],
  );
});

test('SplitScan stops after the largest index asked for and still gives the last field whole', () => {
  const scan = new SplitScan('/', 1);
  scan.scan('a/b/c/d');
  assert.deepEqual([scan.field(0), scan.field(1)], ['a', 'b']);
  scan.scan('a/bc');
  assert.deepEqual([scan.field(0), scan.field(1)], ['a', 'bc']);
  scan.scan('abc');
  assert.deepEqual([scan.field(0), scan.field(1)], ['abc', null]);
  scan.scan('');
  assert.deepEqual([scan.field(0), scan.field(1)], [null, null]);
  const multi = new SplitScan('::', 3);
  multi.scan(':::a::::b');
  assert.deepEqual(
    [0, 1, 2, 3].map((k) => multi.field(k)),
    [0, 1, 2, 3].map((k) => splitIndex(':::a::::b', '::', k)),
  );
  assert.throws(() => new SplitScan('', 1));
});
