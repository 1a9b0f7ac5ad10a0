/**
 * Functions with keyword syntax inside the parentheses (SQL standard forms). The plain comma
 * forms (`SUBSTRING(s, 1, 2)`, `POSITION` is keyword-only) stay `FunctionCall`s.
 *
 * @example
 * // parseExpression("TRIM(LEADING 'x' FROM s)") gives
 * // { kind: 'Trim', side: 'LEADING', chars: { kind: 'StringLiteral', value: 'x' }, expr: … }
 */
import type { DataType } from './data-type.js';
import type { Expr, TimeUnit } from './expression.js';
import type { NodeBase } from './node.js';

/** `EXTRACT(unit FROM x)`. */
export interface Extract extends NodeBase {
  readonly kind: 'Extract';
  readonly unit: TimeUnit;
  readonly expr: Expr;
}

/** `POSITION(needle IN haystack [FROM start])`. */
export interface Position extends NodeBase {
  readonly kind: 'Position';
  readonly needle: Expr;
  readonly haystack: Expr;
  readonly from?: Expr;
}

/** `TRIM([BOTH | LEADING | TRAILING] [chars] FROM x)` or `TRIM(x)`. */
export interface Trim extends NodeBase {
  readonly kind: 'Trim';
  readonly side?: 'BOTH' | 'LEADING' | 'TRAILING';
  readonly chars?: Expr;
  readonly expr: Expr;
}

/** `SUBSTRING(x FROM start [FOR length])`. */
export interface Substring extends NodeBase {
  readonly kind: 'Substring';
  readonly expr: Expr;
  readonly from: Expr;
  readonly for?: Expr;
}

/** `OVERLAY(x PLACING y FROM start [FOR length])`. */
export interface Overlay extends NodeBase {
  readonly kind: 'Overlay';
  readonly expr: Expr;
  readonly placing: Expr;
  readonly from: Expr;
  readonly for?: Expr;
}

/** `FLOOR(x TO unit)` / `CEIL(x TO unit)` (CEILING spelled as CEIL). */
export interface FloorCeil extends NodeBase {
  readonly kind: 'FloorCeil';
  readonly fn: 'FLOOR' | 'CEIL';
  readonly expr: Expr;
  readonly unit: TimeUnit;
}

/** A JSON ON EMPTY / ON ERROR behaviour; `default` is set for DEFAULT expr. */
export interface JsonBehavior {
  readonly type: 'NULL' | 'ERROR' | 'DEFAULT' | 'EMPTY ARRAY' | 'EMPTY OBJECT' | 'TRUE' | 'FALSE' | 'UNKNOWN';
  readonly default?: Expr;
}

/** `JSON_VALUE(json, path [RETURNING type] [behaviour ON EMPTY] [behaviour ON ERROR])`. */
export interface JsonValue extends NodeBase {
  readonly kind: 'JsonValue';
  readonly expr: Expr;
  readonly path: Expr;
  readonly returning?: DataType;
  readonly onEmpty?: JsonBehavior;
  readonly onError?: JsonBehavior;
}

/** `JSON_QUERY(json, path [RETURNING type] [wrapper] [… ON EMPTY] [… ON ERROR])`. */
export interface JsonQuery extends NodeBase {
  readonly kind: 'JsonQuery';
  readonly expr: Expr;
  readonly path: Expr;
  readonly returning?: DataType;
  /** As written after normalisation: 'WITHOUT ARRAY', 'WITH CONDITIONAL ARRAY', 'WITH UNCONDITIONAL ARRAY'. */
  readonly wrapper?: 'WITHOUT ARRAY' | 'WITH CONDITIONAL ARRAY' | 'WITH UNCONDITIONAL ARRAY';
  readonly onEmpty?: JsonBehavior;
  readonly onError?: JsonBehavior;
}

/** `JSON_EXISTS(json, path [TRUE | FALSE | UNKNOWN | ERROR ON ERROR])`. */
export interface JsonExists extends NodeBase {
  readonly kind: 'JsonExists';
  readonly expr: Expr;
  readonly path: Expr;
  readonly onError?: JsonBehavior;
}

/**
 * `JSON_OBJECT([KEY] k VALUE v, … [NULL | ABSENT ON NULL])`, or `JSON_OBJECTAGG(…)` when `aggregate`.
 */
export interface JsonObject extends NodeBase {
  readonly kind: 'JsonObject';
  readonly entries: readonly { readonly key: Expr; readonly value: Expr }[];
  readonly onNull?: 'NULL' | 'ABSENT';
  readonly aggregate: boolean;
}

/** `JSON_ARRAY(v, … [NULL | ABSENT ON NULL])`, or `JSON_ARRAYAGG(v [… ON NULL])` when `aggregate`. */
export interface JsonArray extends NodeBase {
  readonly kind: 'JsonArray';
  readonly values: readonly Expr[];
  readonly onNull?: 'NULL' | 'ABSENT';
  readonly aggregate: boolean;
}

/** `x IS [NOT] JSON [VALUE | SCALAR | ARRAY | OBJECT]`. */
export interface IsJson extends NodeBase {
  readonly kind: 'IsJson';
  readonly expr: Expr;
  readonly negated: boolean;
  readonly type?: 'VALUE' | 'SCALAR' | 'ARRAY' | 'OBJECT';
}

export type SpecialCall =
  | Extract
  | Position
  | Trim
  | Substring
  | Overlay
  | FloorCeil
  | JsonValue
  | JsonQuery
  | JsonExists
  | JsonObject
  | JsonArray
  | IsJson;
