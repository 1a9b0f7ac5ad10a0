/**
 * Common-subexpression elimination for generated code: structural keys of deterministic
 * sub-expressions, and which of them occur more than once in what one generated function
 * evaluates (Nexmark q21 computes `lower(channel)` eight times per row without it).
 */
import type { RexExpr } from '../plan/expr.js';
import type { FunctionRegistry } from './function-api.js';

/** Special forms the compiler expands itself; all deterministic except PROCTIME. */
const SPECIAL_FORMS: ReadonlySet<string> = new Set([
  'AND',
  'OR',
  'NOT',
  'IS NULL',
  'IS NOT NULL',
  'IS TRUE',
  'IS NOT TRUE',
  'IS FALSE',
  'IS NOT FALSE',
  'CASE',
  'FIELD',
  'COALESCE',
]);

/** Structural keys of sub-expressions (null: not deterministic, never shared). */
export class SubexpressionKeys {
  private readonly keys = new WeakMap<RexExpr, string | null>();
  private readonly counts = new Map<string, number>();

  constructor(private readonly registry: FunctionRegistry) {}

  /**
   * The key of `e`: equal keys mean the same value for the same row. Literals include their
   * type (the same JSON value may stand for different SQL values); calls their result type.
   */
  key(e: RexExpr): string | null {
    const known = this.keys.get(e);
    if (known !== undefined) return known;
    let k: string | null;
    if (e.k === 'ref') k = `$${e.index}`;
    else if (e.k === 'lit') k = `L${JSON.stringify(e.value)}:${JSON.stringify(e.type)}`;
    else if (!this.deterministic(e.op)) k = null;
    else {
      const args: string[] = [];
      k = null;
      let ok = true;
      for (const a of e.args) {
        const ak = this.key(a);
        if (ak === null) {
          ok = false;
          break;
        }
        args.push(ak);
      }
      if (ok) k = `${e.op}:${JSON.stringify(e.type)}(${args.join(',')})`;
    }
    this.keys.set(e, k);
    return k;
  }

  private deterministic(op: string): boolean {
    if (SPECIAL_FORMS.has(op)) return true;
    if (op === 'PROCTIME') return false;
    return this.registry.scalar(op)?.deterministic === true;
  }

  /**
   * Counts every call in `e` (the expressions one generated function evaluates). A repeated
   * occurrence is not descended into: its parts are computed once, with its first occurrence.
   */
  count(e: RexExpr): void {
    if (e.k !== 'call') return;
    const k = this.key(e);
    if (k !== null) {
      const n = this.counts.get(k) ?? 0;
      this.counts.set(k, n + 1);
      if (n > 0) return;
    }
    for (const a of e.args) this.count(a);
  }

  /** True when `e` occurs more than once among the counted expressions. */
  shared(e: RexExpr): boolean {
    if (e.k !== 'call') return false;
    const k = this.key(e);
    return k !== null && (this.counts.get(k) ?? 0) > 1;
  }
}
