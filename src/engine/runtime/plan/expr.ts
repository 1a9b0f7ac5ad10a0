/**
 * Typed scalar expressions of a physical plan (Flink's RexNode): what the validator produces and
 * the expression compiler turns into JavaScript. Plain JSON-able objects: they are part of the
 * compiled plan. Literal values are stored in their JSON encoding (see `encodeValue`).
 */
import type { Span } from '../../../common/errors.js';
import type { LogicalType } from '../../../types/index.js';

/** A reference to input column `index`. */
export interface InputRef {
  readonly k: 'ref';
  readonly index: number;
  readonly type: LogicalType;
}

/** A constant. `value` is the JSON encoding of the JS value (see encode-value.ts). */
export interface Literal {
  readonly k: 'lit';
  readonly value: unknown;
  readonly type: LogicalType;
}

/**
 * A call of a built-in operator or function. `op` is the registry name (`+`, `=`, `AND`,
 * `UPPER`, `CAST`, `CASE` …); `text` is the SQL the user wrote, for error messages (division by
 * zero names it).
 */
export interface Call {
  readonly k: 'call';
  readonly op: string;
  readonly args: readonly RexExpr[];
  readonly type: LogicalType;
  readonly text?: string;
  /** Where the call is in the statement's script, for run-time error messages. */
  readonly span?: Span;
}

export type RexExpr = InputRef | Literal | Call;

/** A Rex input reference. */
export const ref = (index: number, type: LogicalType): InputRef => ({ k: 'ref', index, type });
/** A Rex literal (value already JSON-encoded). */
export const lit = (value: unknown, type: LogicalType): Literal => ({ k: 'lit', value, type });
/** A Rex call. */
export const call = (op: string, args: readonly RexExpr[], type: LogicalType, text?: string): Call =>
  text === undefined ? { k: 'call', op, args, type } : { k: 'call', op, args, type, text };

/** Calls every sub-expression (pre-order). */
export function visitRex(e: RexExpr, f: (e: RexExpr) => void): void {
  f(e);
  if (e.k === 'call') for (const a of e.args) visitRex(a, f);
}

/**
 * True when a Calc's projections or condition call CURRENT_WATERMARK, whose value is the watermark the evaluating Calc has
 * received: such a Calc stays a Calc (it is not pushed into, or fused with, its scan).
 */
export function usesCurrentWatermark(calc: {
  readonly projects: readonly RexExpr[];
  readonly condition: RexExpr | null;
}): boolean {
  let found = false;
  const visit = (e: RexExpr): void =>
    visitRex(e, (x) => {
      if (x.k === 'call' && x.op === 'CURRENT_WATERMARK') found = true;
    });
  calc.projects.forEach(visit);
  if (calc.condition !== null) visit(calc.condition);
  return found;
}

/** Rewrites input references (used by rules that move expressions across projections). */
export function mapRefs(e: RexExpr, f: (r: InputRef) => RexExpr): RexExpr {
  if (e.k === 'ref') return f(e);
  if (e.k === 'lit') return e;
  return { ...e, args: e.args.map((a) => mapRefs(a, f)) };
}

/** Flink-style text of an expression for EXPLAIN: `+($0, 1)`, or with names `+(a, 1)`. */
export function rexToString(e: RexExpr, names?: readonly string[]): string {
  switch (e.k) {
    case 'ref':
      return names?.[e.index] ?? `$${e.index}`;
    case 'lit':
      return literalText(e);
    case 'call':
      return `${e.op}(${e.args.map((a) => rexToString(a, names)).join(', ')})`;
  }
}

function literalText(e: Literal): string {
  const v = e.value;
  if (v === null) return 'null:' + e.type.kind;
  if (typeof v === 'string') return `_UTF-16LE'${v}'`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('bigint' in o) return String(o['bigint']);
    if ('decimal' in o) return String(o['decimal']);
    return JSON.stringify(v);
  }
  return String(v);
}

/** The `SOURCE_WATERMARK()` call of a watermark declaration: the source emits watermarks itself. */
export const SOURCE_WATERMARK = 'SOURCE_WATERMARK';

/** True for the `SOURCE_WATERMARK()` marker expression (see {@link SOURCE_WATERMARK}). */
export function isSourceWatermark(e: RexExpr): boolean {
  return e.k === 'call' && e.op === SOURCE_WATERMARK && e.args.length === 0;
}
