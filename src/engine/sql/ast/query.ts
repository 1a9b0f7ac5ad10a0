/**
 * Queries. Every query (a statement, a subquery, a CTE body, the source of INSERT / CREATE
 * TABLE AS / CREATE VIEW) is a `Query`: an optional WITH, a body (SELECT, VALUES, a set
 * operation, or a parenthesised Query that has its own ORDER BY / LIMIT), then ORDER BY,
 * OFFSET and LIMIT / FETCH.
 *
 * @example
 * // parseStatement('SELECT a FROM t ORDER BY a LIMIT 3') gives
 * // { kind: 'Query', body: { kind: 'Select', … }, orderBy: [ … ], limit: { kind: 'NumericLiteral', text: '3' } }
 */
import type { Expr, OrderItem } from './expression.js';
import type { Hint, Identifier, NodeBase } from './node.js';
import type { TableRef } from './table-ref.js';
import type { NamedWindow } from './window.js';

/** `name [(col, …)] AS (query)` in a WITH clause. */
export interface CommonTableExpr extends NodeBase {
  readonly kind: 'CommonTableExpr';
  readonly name: Identifier;
  readonly columns?: readonly Identifier[];
  readonly query: Query;
}

export interface Query extends NodeBase {
  readonly kind: 'Query';
  readonly with?: readonly CommonTableExpr[];
  readonly body: QueryBody;
  readonly orderBy: readonly OrderItem[];
  readonly offset?: Expr;
  readonly limit?: Expr;
  /** How the row limit was written: `LIMIT n` or `FETCH FIRST|NEXT n ROW|ROWS ONLY`. */
  readonly limitStyle?: 'LIMIT' | 'FETCH';
}

/** One select-list entry: an expression (or `*`, `t.*`) with an optional alias. */
export interface SelectItem extends NodeBase {
  readonly kind: 'SelectItem';
  readonly expr: Expr;
  readonly alias?: Identifier;
}

/** `GROUPING SETS (…)`: each element a grouping element. */
export interface GroupingSets extends NodeBase {
  readonly kind: 'GroupingSets';
  readonly sets: readonly GroupingElement[];
}

/** `ROLLUP (a, (b, c))`; a parenthesised group is an implicit RowConstructor. */
export interface Rollup extends NodeBase {
  readonly kind: 'Rollup';
  readonly items: readonly Expr[];
}

/** `CUBE (a, b)`. */
export interface Cube extends NodeBase {
  readonly kind: 'Cube';
  readonly items: readonly Expr[];
}

/** `()`: the empty grouping set. */
export interface EmptyGroupingSet extends NodeBase {
  readonly kind: 'EmptyGroupingSet';
}

/** An entry of GROUP BY; `(a, b)` is an implicit RowConstructor. */
export type GroupingElement = Expr | GroupingSets | Rollup | Cube | EmptyGroupingSet;

export interface Select extends NodeBase {
  readonly kind: 'Select';
  /** Query hints written right after SELECT: `SELECT /*+ STATE_TTL('t' = '1d') *\/ …`. */
  readonly hints: readonly Hint[];
  readonly quantifier?: 'DISTINCT' | 'ALL';
  readonly items: readonly SelectItem[];
  readonly from?: TableRef;
  readonly where?: Expr;
  readonly groupBy?: readonly GroupingElement[];
  readonly groupByQuantifier?: 'DISTINCT' | 'ALL';
  readonly having?: Expr;
  readonly windows: readonly NamedWindow[];
  /** Written `TABLE t` (the explicit table, `SELECT * FROM t`). */
  readonly explicitTable?: boolean;
}

/** `VALUES (1, 'a'), (2, 'b')`; each row lists its values. */
export interface Values extends NodeBase {
  readonly kind: 'Values';
  readonly rows: readonly (readonly Expr[])[];
}

/** `left UNION [ALL | DISTINCT] right` (also INTERSECT, EXCEPT); INTERSECT binds tighter. */
export interface SetOperation extends NodeBase {
  readonly kind: 'SetOperation';
  readonly op: 'UNION' | 'INTERSECT' | 'EXCEPT';
  readonly quantifier?: 'ALL' | 'DISTINCT';
  readonly left: QueryBody;
  readonly right: QueryBody;
}

/**
 * The body of a query. A nested `Query` appears only when a parenthesised operand has its own
 * WITH, ORDER BY, OFFSET or LIMIT; `(SELECT …)` alone is just the Select.
 */
export type QueryBody = Select | Values | SetOperation | Query;
