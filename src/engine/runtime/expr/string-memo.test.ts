import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPACITY, MAX_KEY_LENGTH, MIN_OFF_WINDOWS, StringMemo, WINDOW, memoCode } from './string-memo.js';

/** `f(s)` through the memo exactly as generated code calls it; counts the computations. */
function memoised(f: (s: string) => unknown): {
  call: (s: string) => unknown;
  memo: StringMemo;
  computed: () => number;
} {
  const memo = new StringMemo();
  let n = 0;
  const code = memoCode('M', 's', 'e', { hit: 'r = e', compute: 'r = f(s)', stored: 'r', result: 'r' });
  const fn = new Function('M', 'f', `let e, r; return (s) => ${code};`) as (
    m: StringMemo,
    f: (s: string) => unknown,
  ) => (s: string) => unknown;
  return {
    call: fn(memo, (s) => {
      n++;
      return f(s);
    }),
    memo,
    computed: () => n,
  };
}

test('a repeated value is computed once; equal content from another string object hits too', () => {
  const { call, computed } = memoised((s) => s.toUpperCase());
  assert.equal(call('abc'), 'ABC');
  // a string with the same content built at run time (not the same object)
  const again = ['a', 'b', 'c'].join('');
  assert.equal(call(again), 'ABC');
  assert.equal(computed(), 1);
  // NULL results are stored as such (undefined is the only "not stored")
  const nul = memoised(() => null);
  assert.equal(nul.call('x'), null);
  assert.equal(nul.call('x'), null);
  assert.equal(nul.computed(), 1);
});

test('distinct values switch the memo off, a later repeating stretch switches it on again', () => {
  const { call, memo, computed } = memoised((s) => s.length);
  let i = 0;
  for (; i < WINDOW; i++) assert.equal(call(`v${i}`), `v${i}`.length);
  assert.equal(memo.on, false, 'no hits in a window: off');
  const size = memo.size;
  // while off: nothing stored, every value computed, for WINDOW * MIN_OFF_WINDOWS rows
  let paused = 0;
  for (; !memo.on; paused++, i++) assert.equal(call(`v${i}`), `v${i}`.length);
  assert.equal(memo.size, size);
  assert.equal(paused, WINDOW * MIN_OFF_WINDOWS - 1, 'probes again after the pause');
  call('r0');
  const before = computed();
  for (let k = 0; k < WINDOW; k++) assert.equal(call(`r${k % 8}`), 2);
  assert.equal(computed() - before, 7, 'r1..r7 computed once each (r0 was stored first)');
  assert.equal(memo.on, true, 'a window with hits keeps it on');
});

test('long keys are computed every time; a full memo starts over', () => {
  const { call, memo, computed } = memoised((s) => s.length);
  const long = 'x'.repeat(MAX_KEY_LENGTH + 1);
  call(long);
  call(long);
  assert.equal(computed(), 2);
  // fill it while keeping the hit rate up (each new key once, a hot key in between)
  for (let k = 0; memo.size < CAPACITY; k++) {
    call(`k${k}`);
    call('hot');
  }
  assert.equal(memo.size, CAPACITY);
  call('one more');
  assert.equal(memo.size, 1);
});

test('a memo of several fields (setFields) reads back each key its own values, across a start-over', () => {
  const memo = new StringMemo();
  let n = 0;
  const code = memoCode('M', 's', 'e', {
    hit: 'a = M.vals[e], b = M.vals[e + 1]',
    compute: 'a = f(s), b = a.length',
    stored: '[a, b]',
    result: 's',
    fields: true,
  });
  const fn = new Function('M', 'f', `let e, a, b; return (s) => (${code}, [a, b]);`) as (
    m: StringMemo,
    f: (s: string) => string,
  ) => (s: string) => [string, number];
  const call = fn(memo, (s) => {
    n++;
    return s.toUpperCase();
  });
  // more keys than CAPACITY, each seen several times, with a hot key between them: every call
  // must give its own key's values, whether computed, hit, or after the memo started over
  for (let k = 0; k < CAPACITY + 500; k++) {
    for (const s of [`k${k}`, 'hot', `k${k >> 1}`]) {
      const copy = [...s].join('');
      assert.deepEqual(call(copy), [s.toUpperCase(), s.length], s);
    }
  }
  assert.ok(n < 2 * (CAPACITY + 500), `computed ${n} times: the memo hit`);
  assert.ok(memo.vals.length === 2 * memo.size, 'two values per entry, none left from before a start-over');
});
