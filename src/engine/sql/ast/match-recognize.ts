/**
 * `t MATCH_RECOGNIZE (PARTITION BY … ORDER BY … MEASURES … ONE ROW PER MATCH AFTER MATCH SKIP …
 * PATTERN (A B+ C?) WITHIN INTERVAL … DEFINE A AS …) [AS alias]` (Flink's "Pattern Recognition").
 *
 * @example
 * // PATTERN (A B*? C) gives
 * // { kind: 'PatternConcat', items: [A, { kind: 'PatternQuantified', min: 0, reluctant: true, … }, C] }
 */
import type { Expr, IntervalLiteral, OrderItem } from './expression.js';
import type { Identifier, NodeBase } from './node.js';
import type { Aliased, TableRef } from './table-ref.js';

/** A pattern variable. */
export interface PatternVar extends NodeBase {
  readonly kind: 'PatternVar';
  readonly name: Identifier;
}

/** Sequence `A B C`. */
export interface PatternConcat extends NodeBase {
  readonly kind: 'PatternConcat';
  readonly items: readonly PatternTerm[];
}

/** Alternation `A | B`. */
export interface PatternAlternation extends NodeBase {
  readonly kind: 'PatternAlternation';
  readonly alternatives: readonly PatternTerm[];
}

/**
 * A quantified term. `*` is {0,∞}, `+` {1,∞}, `?` {0,1}; `{n}`, `{n,}`, `{n,m}`, `{,m}` as
 * written (`written` keeps the operator form for printing); `reluctant` for a trailing `?`.
 */
export interface PatternQuantified extends NodeBase {
  readonly kind: 'PatternQuantified';
  readonly term: PatternTerm;
  readonly min: number;
  readonly max?: number;
  readonly written: '*' | '+' | '?' | '{}';
  readonly reluctant: boolean;
}

/** A parenthesised group `( … )`. */
export interface PatternGroup extends NodeBase {
  readonly kind: 'PatternGroup';
  readonly pattern: PatternTerm;
}

export type PatternTerm = PatternVar | PatternConcat | PatternAlternation | PatternQuantified | PatternGroup;

/** `expr AS name` in MEASURES, or `name AS condition` in DEFINE. */
export interface MatchMeasure extends NodeBase {
  readonly kind: 'MatchMeasure';
  readonly expr: Expr;
  readonly name: Identifier;
}

export type AfterMatchSkip =
  | { readonly type: 'PAST LAST ROW' | 'TO NEXT ROW' }
  | { readonly type: 'TO FIRST' | 'TO LAST' | 'TO'; readonly variable: Identifier };

export interface MatchRecognize extends NodeBase, Aliased {
  readonly kind: 'MatchRecognize';
  readonly input: TableRef;
  readonly partitionBy: readonly Expr[];
  readonly orderBy: readonly OrderItem[];
  readonly measures: readonly MatchMeasure[];
  readonly rowsPerMatch?: 'ONE ROW PER MATCH' | 'ALL ROWS PER MATCH';
  readonly afterMatch?: AfterMatchSkip;
  readonly pattern: PatternTerm;
  readonly within?: IntervalLiteral;
  readonly define: readonly MatchMeasure[];
}
