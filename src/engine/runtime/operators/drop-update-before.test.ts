import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE } from '../batch.js';
import { DropUpdateBeforeOperator } from './drop-update-before.js';
import { openCollecting } from './test-support.js';

test('DropUpdateBefore forwards every change but -U, in order, and the watermarks', () => {
  const op = new DropUpdateBeforeOperator();
  const c = openCollecting(op);
  op.processBatch({ rows: [['a'], ['b']], kinds: null });
  op.processBatch({
    rows: [['a'], ['a2'], ['b'], ['c']],
    kinds: [UPDATE_BEFORE, UPDATE_AFTER, DELETE, INSERT],
  });
  op.processBatch({ rows: [['c']], kinds: [UPDATE_BEFORE] });
  op.onWatermark(5);
  assert.deepEqual(c.out, [
    ['+I', ['a']],
    ['+I', ['b']],
    ['+U', ['a2']],
    ['-D', ['b']],
    ['+I', ['c']],
  ]);
  assert.deepEqual(c.watermarks, [5]);
});
