/**
 * Scalar expressions: literals, column references, operators, CASE, CAST, function calls and
 * constructors. Parentheses are not nodes: the tree shape is the grouping, and the printer adds
 * parentheses where Calcite's operator precedence needs them.
 *
 * @example
 * // parseExpression('a + 1 > b') gives
 * // { kind: 'Binary', op: '>', left: { kind: 'Binary', op: '+', … }, right: { kind: 'ColumnRef', … } }
 */
import type { DataType } from './data-type.js';
import type { Identifier, NodeBase, QualifiedName } from './node.js';
import type { Query } from './query.js';
import type { SpecialCall } from './special-call.js';
import type { WindowSpec } from './window.js';

/** Units of EXTRACT, TIMESTAMPADD, FLOOR(… TO unit) and interval qualifiers; always singular. */
export type TimeUnit =
  | 'MILLENNIUM'
  | 'CENTURY'
  | 'DECADE'
  | 'YEAR'
  | 'QUARTER'
  | 'MONTH'
  | 'WEEK'
  | 'DAY'
  | 'HOUR'
  | 'MINUTE'
  | 'SECOND'
  | 'MILLISECOND'
  | 'MICROSECOND'
  | 'NANOSECOND'
  | 'DOW'
  | 'DOY'
  | 'ISODOW'
  | 'ISOYEAR'
  | 'EPOCH';

/**
 * `YEAR`, `DAY(2) TO SECOND(3)`, `SECOND(2, 3)`. Plural units (`MINUTES`) are read as singular.
 * `startPrecision` is the leading field precision; `fractionalPrecision` the seconds fraction.
 */
export interface IntervalQualifier {
  readonly start: TimeUnit;
  readonly startPrecision?: number;
  readonly end?: TimeUnit;
  readonly fractionalPrecision?: number;
}

/** An exact (`12`, `1.50`) or approximate (`1.5E3`) number, kept as written. */
export interface NumericLiteral extends NodeBase {
  readonly kind: 'NumericLiteral';
  readonly text: string;
  /** True for the E notation (a DOUBLE in Flink); exact literals are INT/BIGINT/DECIMAL. */
  readonly approximate: boolean;
}

/** A character string; `value` is decoded (`''` → `'`, `U&'\0041'` → `A`, adjacent parts joined). */
export interface StringLiteral extends NodeBase {
  readonly kind: 'StringLiteral';
  readonly value: string;
}

/** `X'0aFF'`; `hex` is the digits as written, upper-cased. */
export interface BinaryLiteral extends NodeBase {
  readonly kind: 'BinaryLiteral';
  readonly hex: string;
}

/** TRUE / FALSE, or UNKNOWN (value `null`: the unknown BOOLEAN). */
export interface BooleanLiteral extends NodeBase {
  readonly kind: 'BooleanLiteral';
  readonly value: boolean | null;
}

export interface NullLiteral extends NodeBase {
  readonly kind: 'NullLiteral';
}

/** `DATE '2024-01-01'`, `TIME '12:00:00'`, `TIMESTAMP '…'`, `TIMESTAMP_LTZ '…'`; value unvalidated. */
export interface TemporalLiteral extends NodeBase {
  readonly kind: 'TemporalLiteral';
  readonly type: 'DATE' | 'TIME' | 'TIMESTAMP' | 'TIMESTAMP_LTZ';
  readonly value: string;
}

/** `INTERVAL '10' MINUTE`, `INTERVAL '1 2:03' DAY TO MINUTE`, `INTERVAL -'1' YEAR` (negative). */
export interface IntervalLiteral extends NodeBase {
  readonly kind: 'IntervalLiteral';
  readonly negative: boolean;
  readonly value: string;
  readonly qualifier: IntervalQualifier;
}

/**
 * A possibly compound name in an expression: `price`, `b.price`, `cat.db.t.col`, `r.addr.city`.
 * Which parts are table, column or field is for the validator to decide.
 */
export interface ColumnRef extends NodeBase {
  readonly kind: 'ColumnRef';
  readonly names: QualifiedName;
}

/** `*` or `t.*` in a select list, `COUNT(*)`. */
export interface Star extends NodeBase {
  readonly kind: 'Star';
  readonly qualifier: QualifiedName;
}

/** `(expr).field`, `f(x).field`: a field of a non-name expression of ROW type. */
export interface FieldAccess extends NodeBase {
  readonly kind: 'FieldAccess';
  readonly expr: Expr;
  readonly field: Identifier;
}

/** `arr[1]`, `m['key']`. */
export interface ItemAccess extends NodeBase {
  readonly kind: 'ItemAccess';
  readonly expr: Expr;
  readonly index: Expr;
}

export type BinaryOperator =
  | 'OR'
  | 'AND'
  | '='
  | '<>'
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '||'
  /** `(start, end) OVERLAPS (start, end)` on periods (comparison precedence). */
  | 'OVERLAPS';

/** An infix operator; `!=` is kept apart from `<>` only so it prints as written. */
export interface Binary extends NodeBase {
  readonly kind: 'Binary';
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
}

/** Prefix `NOT`, `-`, `+`. */
export interface Unary extends NodeBase {
  readonly kind: 'Unary';
  readonly op: 'NOT' | '-' | '+';
  readonly operand: Expr;
}

/** `x IS [NOT] NULL | TRUE | FALSE | UNKNOWN`. */
export interface IsPredicate extends NodeBase {
  readonly kind: 'IsPredicate';
  readonly expr: Expr;
  readonly negated: boolean;
  readonly test: 'NULL' | 'TRUE' | 'FALSE' | 'UNKNOWN';
}

/** `a IS [NOT] DISTINCT FROM b`. */
export interface IsDistinctFrom extends NodeBase {
  readonly kind: 'IsDistinctFrom';
  readonly left: Expr;
  readonly right: Expr;
  readonly negated: boolean;
}

/** `x [NOT] BETWEEN [ASYMMETRIC | SYMMETRIC] low AND high`. */
export interface Between extends NodeBase {
  readonly kind: 'Between';
  readonly expr: Expr;
  readonly low: Expr;
  readonly high: Expr;
  readonly negated: boolean;
  readonly symmetry?: 'SYMMETRIC' | 'ASYMMETRIC';
}

/** `x [NOT] LIKE | SIMILAR TO | ILIKE pattern [ESCAPE e]`. */
export interface Like extends NodeBase {
  readonly kind: 'Like';
  readonly op: 'LIKE' | 'SIMILAR TO' | 'ILIKE';
  readonly expr: Expr;
  readonly pattern: Expr;
  readonly escape?: Expr;
  readonly negated: boolean;
}

/** `x [NOT] IN (a, b, …)`. */
export interface InList extends NodeBase {
  readonly kind: 'InList';
  readonly expr: Expr;
  readonly list: readonly Expr[];
  readonly negated: boolean;
}

/** `x [NOT] IN (SELECT …)`. */
export interface InQuery extends NodeBase {
  readonly kind: 'InQuery';
  readonly expr: Expr;
  readonly query: Query;
  readonly negated: boolean;
}

/** `x > ALL (SELECT …)`, `x = SOME (SELECT …)`. */
export interface QuantifiedComparison extends NodeBase {
  readonly kind: 'QuantifiedComparison';
  readonly op: '=' | '<>' | '!=' | '<' | '<=' | '>' | '>=';
  readonly quantifier: 'ALL' | 'ANY' | 'SOME';
  readonly expr: Expr;
  readonly query: Query;
}

/** `EXISTS (SELECT …)`. */
export interface Exists extends NodeBase {
  readonly kind: 'Exists';
  readonly query: Query;
}

/** `(SELECT …)` used as a value. */
export interface ScalarSubquery extends NodeBase {
  readonly kind: 'ScalarSubquery';
  readonly query: Query;
}

/** `CASE [operand] WHEN … THEN … [ELSE …] END`. */
export interface Case extends NodeBase {
  readonly kind: 'Case';
  readonly operand?: Expr;
  /**
   * `WHEN when THEN then`; a simple CASE (with an operand) may list several values per WHEN
   * (`WHEN 1, 2 THEN …`, Calcite): `when` is the first, `more` the rest.
   */
  readonly whens: readonly { readonly when: Expr; readonly more?: readonly Expr[]; readonly then: Expr }[];
  readonly else?: Expr;
}

/** `CAST(x AS type)`, or `TRY_CAST` when `safe`. */
export interface Cast extends NodeBase {
  readonly kind: 'Cast';
  readonly expr: Expr;
  readonly type: DataType;
  readonly safe: boolean;
}

/**
 * A function call: `f(a, b)`, `COUNT(*)` (args `[Star]`), `COUNT(DISTINCT x)`,
 * `SUM(x) FILTER (WHERE p)`, `ROW_NUMBER() OVER (…)`, `LISTAGG(x) WITHIN GROUP (ORDER BY …)`,
 * `TUMBLE(TABLE t, DESCRIPTOR(ts), …)`, or a niladic function written without parentheses
 * (`CURRENT_TIMESTAMP`; `bare` true). `name` is as written (case preserved; functions resolve
 * case-insensitively).
 */
export interface FunctionCall extends NodeBase {
  readonly kind: 'FunctionCall';
  readonly name: QualifiedName;
  readonly args: readonly Expr[];
  readonly quantifier?: 'DISTINCT' | 'ALL';
  /** ORDER BY inside the argument list: `ARRAY_AGG(x ORDER BY y DESC)`. */
  readonly orderBy?: readonly OrderItem[];
  readonly filter?: Expr;
  readonly withinGroup?: readonly OrderItem[];
  readonly nullTreatment?: 'IGNORE NULLS' | 'RESPECT NULLS';
  /** An inline window, or the name of a window from the WINDOW clause. */
  readonly over?: WindowSpec | Identifier;
  readonly bare: boolean;
}

/** `name => value`, a named argument of a call (window TVFs, PTFs, functions with named params). */
export interface NamedArgument extends NodeBase {
  readonly kind: 'NamedArgument';
  readonly name: Identifier;
  readonly value: Expr;
}

/** `TABLE t [PARTITION BY …] [ORDER BY …]` as an argument of a table function (window TVFs, PTFs). */
export interface TableArgument extends NodeBase {
  readonly kind: 'TableArgument';
  readonly name: QualifiedName;
  readonly partitionBy: readonly Expr[];
  readonly orderBy: readonly OrderItem[];
}

/** `DESCRIPTOR(col, …)`: column names passed to a table function (the window time attribute). */
export interface Descriptor extends NodeBase {
  readonly kind: 'Descriptor';
  readonly columns: readonly Identifier[];
}

/** A time unit keyword in argument position: `TIMESTAMPADD(HOUR, 1, ts)`, `TIMESTAMPDIFF(DAY, a, b)`. */
export interface TimeUnitArg extends NodeBase {
  readonly kind: 'TimeUnitArg';
  readonly unit: TimeUnit;
}

/** `ARRAY[a, b]`. */
export interface ArrayConstructor extends NodeBase {
  readonly kind: 'ArrayConstructor';
  readonly elements: readonly Expr[];
}

/** `MAP[k1, v1, k2, v2]`; `entries` alternate keys and values. */
export interface MapConstructor extends NodeBase {
  readonly kind: 'MapConstructor';
  readonly entries: readonly Expr[];
}

/** `ROW(a, b)` (explicit) or `(a, b)` (implicit, two or more fields). */
export interface RowConstructor extends NodeBase {
  readonly kind: 'RowConstructor';
  readonly fields: readonly Expr[];
  readonly explicit: boolean;
}

/** `expr [ASC | DESC] [NULLS FIRST | NULLS LAST]`. */
export interface OrderItem extends NodeBase {
  readonly kind: 'OrderItem';
  readonly expr: Expr;
  readonly direction?: 'ASC' | 'DESC';
  readonly nulls?: 'FIRST' | 'LAST';
}

export type Literal =
  | NumericLiteral
  | StringLiteral
  | BinaryLiteral
  | BooleanLiteral
  | NullLiteral
  | TemporalLiteral
  | IntervalLiteral;

/** Every scalar expression node. */
export type Expr =
  | Literal
  | ColumnRef
  | Star
  | FieldAccess
  | ItemAccess
  | Binary
  | Unary
  | IsPredicate
  | IsDistinctFrom
  | Between
  | Like
  | InList
  | InQuery
  | QuantifiedComparison
  | Exists
  | ScalarSubquery
  | Case
  | Cast
  | FunctionCall
  | NamedArgument
  | TableArgument
  | Descriptor
  | TimeUnitArg
  | ArrayConstructor
  | MapConstructor
  | RowConstructor
  | SpecialCall;
