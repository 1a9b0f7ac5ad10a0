import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LazyRetry } from './lazy-retry.js';

test('made once and shared; a failed making is tried again on the next get', async () => {
  let calls = 0;
  const lazy = new LazyRetry(async () => {
    calls++;
    if (calls === 1) throw new Error('not yet');
    return { n: calls };
  });
  await assert.rejects(lazy.get(), /not yet/);
  const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
  assert.equal(a, b);
  assert.equal(calls, 2);
  assert.equal(await lazy.get(), a);
  assert.equal(calls, 2);
});
