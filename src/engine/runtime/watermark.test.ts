import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_WATERMARK } from './operator.js';
import { SourceWatermarks } from './watermark.js';

test('split watermarks combine by minimum; finished splits stop holding back', () => {
  const w = new SourceWatermarks(0);
  w.addSplit('a', 0);
  w.addSplit('b', 0);
  w.observe('a', 100, 0);
  assert.equal(w.advance(), null); // b has no watermark yet
  w.observe('b', 50, 0);
  assert.equal(w.advance(), 50);
  w.observe('b', 200, 0);
  assert.equal(w.advance(), 100);
  w.finish('a');
  assert.equal(w.advance(), 200);
  w.finish('b');
  assert.equal(w.advance(), MAX_WATERMARK);
  assert.equal(w.allFinished, true);
});

test('an idle split is left out of the minimum after the idle timeout', () => {
  const w = new SourceWatermarks(1000);
  w.addSplit('a', 0);
  w.addSplit('b', 0);
  w.observe('a', 100, 10);
  assert.equal(w.advance(), null);
  w.nothing('b', 500);
  assert.equal(w.advance(), null); // not idle yet
  w.nothing('b', 1500);
  assert.equal(w.advance(), 100); // b idle: a alone decides
  w.observe('b', 50, 1600); // b active again, but the watermark never goes back
  w.observe('a', 300, 1600);
  assert.equal(w.advance(), null);
  w.observe('b', 400, 1700);
  assert.equal(w.advance(), 300);
});

test('without an idle timeout a silent split holds the watermark back', () => {
  const w = new SourceWatermarks(0);
  w.addSplit('a', 0);
  w.addSplit('b', 0);
  w.observe('a', 100, 0);
  w.nothing('b', 1e9);
  assert.equal(w.advance(), null);
});
