/**
 * The Flink SQL AST: every node type, and `AstNode`, the union of all of them (its `kind`s are
 * the single list of node types; passes switch on `kind` and end in `assertNever`).
 *
 * @example
 * import type { Statement } from './ast/index.js';
 * function describe(s: Statement): string {
 *   switch (s.kind) { case 'Query': return 'query'; default: return s.kind; }
 * }
 */
export * from './node.js';
export * from './data-type.js';
export * from './expression.js';
export * from './special-call.js';
export * from './window.js';
export * from './query.js';
export * from './table-ref.js';
export * from './match-recognize.js';
export * from './ddl.js';
export * from './catalog-ddl.js';
export * from './statement.js';
export * from './admin.js';

import type { DataType, RowTypeField } from './data-type.js';
import type { ColumnDef, CreateTable, LikeClause, Distribution, PrimaryKey, Watermark } from './ddl.js';
import type { Expr, OrderItem } from './expression.js';
import type { MatchMeasure, PatternTerm } from './match-recognize.js';
import type { Hint, Identifier, Property } from './node.js';
import type {
  CommonTableExpr,
  Cube,
  EmptyGroupingSet,
  GroupingSets,
  QueryBody,
  Rollup,
  SelectItem,
} from './query.js';
import type { Statement } from './statement.js';
import type { TableRef } from './table-ref.js';
import type { NamedWindow, WindowSpec } from './window.js';

/** Every AST node type. */
export type AstNode =
  | Statement
  | CreateTable
  | QueryBody
  | CommonTableExpr
  | SelectItem
  | GroupingSets
  | Rollup
  | Cube
  | EmptyGroupingSet
  | TableRef
  | Expr
  | OrderItem
  | WindowSpec
  | NamedWindow
  | DataType
  | RowTypeField
  | ColumnDef
  | Watermark
  | PrimaryKey
  | Distribution
  | LikeClause
  | PatternTerm
  | MatchMeasure
  | Identifier
  | Property
  | Hint;

/** All node kinds. */
export type AstNodeKind = AstNode['kind'];
