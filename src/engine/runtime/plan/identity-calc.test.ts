import { test } from 'node:test';
import assert from 'node:assert/strict';
import { booleanType, intType } from '../../../types/index.js';
import { isIdentityCalc } from './build.js';
import { call, lit, ref } from './expr.js';
import type { CalcNode, PlanNode } from './plan.js';

const I = intType(true);
const input = {
  node: 'Values',
  id: 1,
  fields: [
    { name: 'a', type: I },
    { name: 'b', type: I },
  ],
  changelogMode: { kinds: ['I'] },
  rows: [],
} as unknown as PlanNode;
const calc = (projects: CalcNode['projects'], condition: CalcNode['condition'] = null): CalcNode =>
  ({
    node: 'Calc',
    id: 2,
    fields: input.fields,
    changelogMode: input.changelogMode,
    input,
    projects,
    condition,
  }) as CalcNode;

test('only a Calc that keeps every column in place and filters nothing is skipped', () => {
  assert.equal(isIdentityCalc(calc([ref(0, I), ref(1, I)])), true);
  assert.equal(isIdentityCalc(calc([ref(0, I), ref(1, I)], lit(true, booleanType(false)))), true);
  assert.equal(isIdentityCalc(calc([ref(1, I), ref(0, I)])), false, 'reordered');
  assert.equal(isIdentityCalc(calc([ref(0, I)])), false, 'narrower');
  assert.equal(isIdentityCalc(calc([ref(0, I), ref(1, I), ref(1, I)])), false, 'wider');
  const gt = call('>', [ref(0, I), lit(1, I)], booleanType(true));
  assert.equal(isIdentityCalc(calc([ref(0, I), ref(1, I)], gt)), false, 'filters');
  assert.equal(isIdentityCalc(calc([ref(0, I), call('+', [ref(1, I), lit(1, I)], I)])), false, 'computes');
});
