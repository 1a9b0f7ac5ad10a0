/**
 * A small built-in set (comparison, logic-free arithmetic on INT/BIGINT/DOUBLE, string
 * concatenation, COUNT/SUM/MIN/MAX/AVG) used only where the function library
 * (src/engine/runtime/functions) has no entry, so the engine runs before and independently of
 * it. The library's definitions always win (function-registry.ts).
 */
import {
  bigintType,
  booleanType,
  doubleType,
  intType,
  stringType,
  withNullable,
  type LogicalType,
} from '../../../types/index.js';
import { ExecutionError } from '../../../common/errors.js';
import type { AggregateImpl } from '../operators/aggregate-api.js';
import type { AggregateFunctionDef, FunctionRegistry, ScalarFunctionDef } from './function-api.js';

const anyNullable = (ts: readonly LogicalType[]): boolean => ts.some((t) => t.nullable);
const RANK: Record<string, number> = { TINYINT: 1, SMALLINT: 2, INT: 3, BIGINT: 4, FLOAT: 5, DOUBLE: 6 };

function numericResult(ts: readonly LogicalType[]): LogicalType {
  let best: LogicalType = ts[0]!;
  for (const t of ts) {
    if (RANK[t.kind] === undefined) throw new Error(`Cannot apply arithmetic to type ${t.kind}`);
    if (RANK[t.kind]! > RANK[best.kind]!) best = t;
  }
  const r: LogicalType =
    RANK[best.kind]! <= 3 ? intType() : best.kind === 'BIGINT' ? bigintType() : doubleType();
  return withNullable(r, anyNullable(ts));
}

function toKind(v: unknown, kind: string): unknown {
  if (kind === 'BIGINT') return typeof v === 'bigint' ? v : BigInt(v as number);
  if (kind === 'DOUBLE' || kind === 'FLOAT') return Number(v);
  return typeof v === 'bigint' ? Number(BigInt.asIntN(32, v)) : v;
}

function arith(name: string, f: (a: never, b: never) => unknown): ScalarFunctionDef {
  return {
    name,
    deterministic: true,
    nullStrict: true,
    inferType: numericResult,
    implement: (argTypes, rt, ctx) => {
      const k = rt.kind;
      const wrap =
        k === 'INT'
          ? (x: number) => x | 0
          : k === 'BIGINT'
            ? (x: bigint) => BigInt.asIntN(64, x)
            : (x: number) => x;
      const div = name === '/' || name === '%';
      return (a: unknown, b: unknown) => {
        const x = toKind(a, k);
        const y = toKind(b, k);
        if (div && k !== 'DOUBLE' && k !== 'FLOAT' && (y === 0 || y === 0n)) {
          throw new ExecutionError(`Division by zero in expression '${ctx.exprText}'`);
        }
        let r = f(x as never, y as never);
        if (name === '/' && k === 'INT') r = Math.trunc(r as number);
        return (wrap as (v: unknown) => unknown)(r);
      };
    },
  };
}

function cmp(a: unknown, b: unknown): number {
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const x = BigInt(a as bigint);
    const y = BigInt(b as bigint);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function comparison(name: string, test: (c: number) => boolean): ScalarFunctionDef {
  return {
    name,
    deterministic: true,
    nullStrict: true,
    inferType: (ts) => booleanType(anyNullable(ts)),
    implement: () => (a: unknown, b: unknown) => test(cmp(a, b)),
  };
}

const SCALARS: ScalarFunctionDef[] = [
  arith('+', (a: number, b: number) => a + b),
  arith('-', (a: number, b: number) => a - b),
  arith('*', (a: number, b: number) => a * b),
  arith('/', (a: number, b: number) => a / b),
  arith('%', (a: number, b: number) => a % b),
  comparison('=', (c) => c === 0),
  comparison('<>', (c) => c !== 0),
  comparison('<', (c) => c < 0),
  comparison('<=', (c) => c <= 0),
  comparison('>', (c) => c > 0),
  comparison('>=', (c) => c >= 0),
  {
    name: '||',
    deterministic: true,
    nullStrict: true,
    inferType: (ts) => stringType(anyNullable(ts)),
    implement: () => (a: unknown, b: unknown) => String(a) + String(b),
  },
];

class Sum implements AggregateImpl {
  readonly supportsRetract = true;
  constructor(private readonly big: boolean) {}
  create(): unknown {
    return { sum: this.big ? 0n : 0, n: 0 };
  }
  accumulate(acc: unknown, args: readonly unknown[]): unknown {
    const a = acc as { sum: number | bigint; n: number };
    const v = args[0];
    if (v === null) return a;
    a.sum = this.big
      ? BigInt.asIntN(64, (a.sum as bigint) + (v as bigint))
      : (a.sum as number) + (v as number);
    a.n++;
    return a;
  }
  retract(acc: unknown, args: readonly unknown[]): unknown {
    const a = acc as { sum: number | bigint; n: number };
    const v = args[0];
    if (v === null) return a;
    a.sum = this.big
      ? BigInt.asIntN(64, (a.sum as bigint) - (v as bigint))
      : (a.sum as number) - (v as number);
    a.n--;
    return a;
  }
  getValue(acc: unknown): unknown {
    const a = acc as { sum: number | bigint; n: number };
    return a.n === 0 ? null : a.sum;
  }
}

const COUNT: AggregateImpl = {
  supportsRetract: true,
  create: () => 0n,
  accumulate: (acc, args) => (args.length > 0 && args[0] === null ? acc : (acc as bigint) + 1n),
  retract: (acc, args) => (args.length > 0 && args[0] === null ? acc : (acc as bigint) - 1n),
  getValue: (acc) => acc,
};

/** MIN/MAX with retraction: a count per value, so retracting the extreme is exact. */
function extreme(max: boolean): AggregateImpl {
  return {
    supportsRetract: true,
    create: () => new Map<unknown, number>(),
    accumulate(acc, args) {
      const m = acc as Map<unknown, number>;
      const v = args[0];
      if (v !== null) m.set(v, (m.get(v) ?? 0) + 1);
      return m;
    },
    retract(acc, args) {
      const m = acc as Map<unknown, number>;
      const v = args[0];
      if (v === null) return m;
      const n = (m.get(v) ?? 0) - 1;
      if (n <= 0) m.delete(v);
      else m.set(v, n);
      return m;
    },
    getValue(acc) {
      let best: unknown = null;
      for (const k of (acc as Map<unknown, number>).keys()) {
        if (best === null || (max ? cmp(k, best) > 0 : cmp(k, best) < 0)) best = k;
      }
      return best;
    },
  };
}

const AGGREGATES: AggregateFunctionDef[] = [
  { name: 'COUNT', inferType: () => bigintType(false), create: () => COUNT },
  {
    name: 'SUM',
    inferType: (ts) => withNullable(numericResult(ts), true),
    create: (_ts, rt) => new Sum(rt.kind === 'BIGINT'),
  },
  { name: 'MIN', inferType: (ts) => withNullable(ts[0]!, true), create: () => extreme(false) },
  { name: 'MAX', inferType: (ts) => withNullable(ts[0]!, true), create: () => extreme(true) },
];

/** The fallback registry. */
export const CORE_FUNCTIONS: FunctionRegistry = {
  scalar: (name) => SCALARS.find((f) => f.name === name),
  aggregate: (name) => AGGREGATES.find((f) => f.name === name),
  names: () => [...SCALARS.map((f) => f.name), ...AGGREGATES.map((f) => f.name)],
};

/** Prefers `primary`, falling back to `fallback` per name. */
export function layeredRegistry(
  primary: FunctionRegistry | undefined,
  fallback: FunctionRegistry,
): FunctionRegistry {
  if (primary === undefined) return fallback;
  return {
    scalar: (n) => primary.scalar(n) ?? fallback.scalar(n),
    aggregate: (n) => primary.aggregate(n) ?? fallback.aggregate(n),
    names: () => [...new Set([...primary.names(), ...fallback.names()])].sort(),
  };
}
