import { test } from 'node:test';
import assert from 'node:assert/strict';
import { booleanType, doubleType, intType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from './expr.js';
import { fuseCalcIntoScan } from './fuse-calc.js';
import type { CalcNode, PlanNode } from './plan.js';

type ScanNode = Extract<PlanNode, { node: 'TableSourceScan' }>;
const I = intType(true);
const D = doubleType(false);

/** A scan computing `column` from physical column 0, and a Calc using it twice. */
function plan(column: RexExpr): { scan: ScanNode; calc: CalcNode } {
  const fields = [{ name: 'x', type: column.type }];
  const scan = {
    node: 'TableSourceScan',
    id: 1,
    fields,
    changelogMode: { kinds: ['I'] },
    table: ['t'],
    options: {},
    physical: [{ name: 'a', type: I }],
    metadata: [],
    projects: [column],
    condition: null,
    watermark: null,
    idleTimeoutMs: 0,
  } as unknown as ScanNode;
  const x = ref(0, column.type);
  const calc = {
    node: 'Calc',
    id: 2,
    fields: [...fields, ...fields],
    changelogMode: { kinds: ['I'] },
    input: scan,
    projects: [x, x],
    condition: call('IS NOT NULL', [x], booleanType(false)),
  } as unknown as CalcNode;
  return { scan, calc };
}

test('a deterministic column used twice is fused (computed once per row by the compiled loop)', () => {
  const { scan, calc } = plan(call('*', [ref(0, I), lit(2, intType(false))], I));
  const fused = fuseCalcIntoScan(scan, calc, BUILTIN_FUNCTIONS);
  assert.ok(fused !== null);
  assert.equal(fused.projects!.length, 2);
  assert.equal(fuseCalcIntoScan(scan, calc), null, 'without the registry only cheap columns repeat');
});

test('a non-deterministic column used twice is not fused (each use would draw anew)', () => {
  const { scan, calc } = plan(call('RAND', [], D));
  assert.equal(fuseCalcIntoScan(scan, calc, BUILTIN_FUNCTIONS), null);
});
