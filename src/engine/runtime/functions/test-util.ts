/** Test helper: calls a built-in the way the expression compiler does. */
import assert from 'node:assert/strict';
import { formatType, type LogicalType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from './registry.js';

/** Infers the type (with literal values given for the arguments), implements and applies. */
export function callFn(name: string, types: LogicalType[], args: unknown[], timeZone = 'UTC'): unknown {
  const def = BUILTIN_FUNCTIONS.scalar(name);
  assert.ok(def, `no function ${name}`);
  const rt = def.inferType(types, args);
  const f = def.implement(types, rt, { timeZone, exprText: `${name}(...)` });
  if (def.nullStrict && args.some((a) => a === null)) return null;
  return f(...args);
}

/** The inferred result type, formatted. */
export function typeOfFn(name: string, types: LogicalType[], literals: unknown[] = []): string {
  return formatType(BUILTIN_FUNCTIONS.scalar(name)!.inferType(types, literals));
}
