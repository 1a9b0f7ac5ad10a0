/**
 * OVER windows: `OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)`,
 * `OVER w` with `WINDOW w AS (…)`.
 *
 * @example
 * // 'SUM(x) OVER (ORDER BY ts RANGE INTERVAL '1' HOUR PRECEDING)' → FunctionCall.over =
 * // { kind: 'WindowSpec', orderBy: [...], frame: { unit: 'RANGE', start: { type: 'PRECEDING', offset: … } } }
 */
import type { Expr, OrderItem } from './expression.js';
import type { Identifier, NodeBase } from './node.js';

/** One bound of a frame. `offset` is set for `n PRECEDING` / `n FOLLOWING`. */
export interface FrameBound {
  readonly type: 'UNBOUNDED PRECEDING' | 'PRECEDING' | 'CURRENT ROW' | 'FOLLOWING' | 'UNBOUNDED FOLLOWING';
  readonly offset?: Expr;
}

/** `ROWS | RANGE start` or `ROWS | RANGE BETWEEN start AND end`. */
export interface WindowFrame {
  readonly unit: 'ROWS' | 'RANGE';
  readonly start: FrameBound;
  readonly end?: FrameBound;
}

/** The window of an OVER clause or a WINDOW-clause entry; `base` refers to another named window. */
export interface WindowSpec extends NodeBase {
  readonly kind: 'WindowSpec';
  readonly base?: Identifier;
  readonly partitionBy: readonly Expr[];
  readonly orderBy: readonly OrderItem[];
  readonly frame?: WindowFrame;
}

/** `WINDOW name AS (spec)` entry of a SELECT. */
export interface NamedWindow extends NodeBase {
  readonly kind: 'NamedWindow';
  readonly name: Identifier;
  readonly spec: WindowSpec;
}
