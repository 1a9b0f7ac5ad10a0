/**
 * FROM-clause items: tables (with hints, `FOR SYSTEM_TIME AS OF`, aliases), subqueries,
 * `LATERAL TABLE(f(…))` and window TVFs `TABLE(TUMBLE(…))`, `UNNEST(…) [WITH ORDINALITY]`,
 * joins and MATCH_RECOGNIZE.
 *
 * @example
 * // FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTE)) gives
 * // { kind: 'TableFunctionRef', lateral: false, call: { kind: 'FunctionCall', name: [TUMBLE], args: [ … ] } }
 */
import type { Expr, FunctionCall } from './expression.js';
import type { MatchRecognize } from './match-recognize.js';
import type { Hint, Identifier, NodeBase, QualifiedName } from './node.js';
import type { Query } from './query.js';

/** Fields shared by FROM items that can be renamed: `AS alias (col1, col2)`. */
export interface Aliased {
  readonly alias?: Identifier;
  readonly columnAliases?: readonly Identifier[];
}

/** `cat.db.t /*+ OPTIONS(…) *\/ [FOR SYSTEM_TIME AS OF expr] [AS alias (cols)]`. */
export interface TableName extends NodeBase, Aliased {
  readonly kind: 'TableName';
  readonly name: QualifiedName;
  readonly hints: readonly Hint[];
  /** The time of a temporal (versioned or lookup) join: `FOR SYSTEM_TIME AS OF o.order_time`. */
  readonly systemTime?: Expr;
}

/** `[LATERAL] (query) [AS alias (cols)]`. */
export interface DerivedTable extends NodeBase, Aliased {
  readonly kind: 'DerivedTable';
  readonly lateral: boolean;
  readonly query: Query;
}

/**
 * `TABLE(f(args))` (window TVFs, PTFs), `f(args)` (PTFs such as TO_CHANGELOG) or
 * `LATERAL TABLE(f(args))` (table functions correlated with the left side of a join).
 */
export interface TableFunctionRef extends NodeBase, Aliased {
  readonly kind: 'TableFunctionRef';
  readonly lateral: boolean;
  readonly call: FunctionCall;
  /** Written `f(args)` without `TABLE( … )`, as Flink 2.x takes process table functions. */
  readonly bare?: boolean;
}

/** `UNNEST(expr, …) [WITH ORDINALITY] [AS alias (cols)]`. */
export interface Unnest extends NodeBase, Aliased {
  readonly kind: 'Unnest';
  readonly exprs: readonly Expr[];
  readonly withOrdinality: boolean;
}

/**
 * Joins. `COMMA` is `FROM a, b`; `CROSS` is `CROSS JOIN`; INNER is written `JOIN` or
 * `INNER JOIN` (`explicitInner`); outer joins may spell OUTER (`LEFT OUTER JOIN`, kept in `outer`).
 */
export interface Join extends NodeBase {
  readonly kind: 'Join';
  readonly type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'CROSS' | 'COMMA';
  readonly natural: boolean;
  readonly explicitInner: boolean;
  readonly outer: boolean;
  readonly left: TableRef;
  readonly right: TableRef;
  readonly on?: Expr;
  readonly using?: readonly Identifier[];
}

export type TableRef = TableName | DerivedTable | TableFunctionRef | Unnest | Join | MatchRecognize;
