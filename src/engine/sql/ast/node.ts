/**
 * Shared pieces of the Flink SQL AST: the node base, identifiers, `'k' = 'v'` properties and
 * `/*+ … *\/` hints. Every node is a plain, readonly object discriminated on `kind` and carries
 * the `span` of the source text it came from (STYLE.md #3).
 *
 * @example
 * import { isKind } from './node.js';
 * if (isKind(expr, 'ColumnRef')) console.log(expr.names.map((n) => n.value).join('.'));
 */
import type { Span } from '../../../common/errors.js';

export type { Span };

/** Fields every AST node has. */
export interface NodeBase {
  readonly kind: string;
  /** Where the node is in the parsed text (1-based line/column, 0-based offset; end exclusive). */
  readonly span: Span;
}

/**
 * A name as written. Identifiers are case-sensitive (Flink keeps the case of unquoted names);
 * `quoted` records whether it was written in backticks, so the printer can reproduce it.
 */
export interface Identifier extends NodeBase {
  readonly kind: 'Identifier';
  readonly value: string;
  readonly quoted: boolean;
}

/** A possibly qualified object name: `t`, `db.t`, `cat.db.t`. */
export type QualifiedName = readonly Identifier[];

/** One `'key' = 'value'` entry of a WITH (…) / SET / ALTER TABLE … SET (…) list. */
export interface Property extends NodeBase {
  readonly kind: 'Property';
  readonly key: string;
  readonly value: string;
}

/**
 * A hint from a `/*+ NAME(…), … *\/` comment, e.g. `OPTIONS('k' = 'v')` (kvOptions) or
 * `BROADCAST(t1, t2)` (listOptions). A hint with no parentheses has neither.
 */
export interface Hint extends NodeBase {
  readonly kind: 'Hint';
  readonly name: Identifier;
  readonly kvOptions?: readonly HintKeyValue[];
  readonly listOptions?: readonly string[];
}

/** One `key = 'value'` option of a hint; `key` is written as an identifier or a string. */
export interface HintKeyValue {
  readonly key: string;
  readonly value: string;
}

/** Narrow any AST node by its kind. */
export function isKind<N extends NodeBase, K extends N['kind']>(
  node: N | undefined,
  kind: K,
): node is Extract<N, { kind: K }> {
  return node !== undefined && node.kind === kind;
}
