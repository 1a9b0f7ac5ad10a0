/**
 * The column type connectors see. Until the types module lands this is a structural
 * placeholder; it becomes a re-export of `../types/index.js`'s LogicalType.
 */
export interface LogicalType {
  readonly kind: string;
  readonly nullable?: boolean;
  readonly [k: string]: unknown;
}
