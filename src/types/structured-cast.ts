/**
 * Casting rules for STRUCTURED types, called by cast-rules.ts / cast.ts (Flink's
 * LogicalTypeCasts#supportsConstructedCasting / #supportsStructuredCasting and RowToRowCastRule):
 * a ROW casts to a structured type and back, and a structured type to one of the same class, when
 * both have the same number of fields and every field casts (implicitly for an implicit cast),
 * matched by position (field names are not compared). A structured value casts to CHAR / VARCHAR explicitly
 * (StructuredToStringCastRule, text `{a=1, b=Bob}` from format-value.ts). Nothing else converts.
 */
import type { LogicalType } from './logical-type.js';
import type { SqlValue } from './values.js';

type Supports = (source: LogicalType, target: LogicalType, allowExplicit: boolean) => boolean;

const isFieldsKind = (t: LogicalType): boolean => t.kind === 'ROW' || t.kind === 'STRUCTURED';

/**
 * Whether `source` casts to `target` when either is STRUCTURED; undefined when neither is (the
 * caller's rules decide). `supports` checks the fields' casts.
 */
export function structuredCasting(
  source: LogicalType,
  target: LogicalType,
  allowExplicit: boolean,
  supports: Supports,
): boolean | undefined {
  if (source.kind !== 'STRUCTURED' && target.kind !== 'STRUCTURED') return undefined;
  if (source.kind === 'STRUCTURED' && (target.kind === 'CHAR' || target.kind === 'VARCHAR'))
    return allowExplicit;
  if (!isFieldsKind(source) || !isFieldsKind(target)) return false;
  // LogicalTypeCasts#supportsStructuredCasting: between two structured types only within one class
  if (source.kind === 'STRUCTURED' && target.kind === 'STRUCTURED' && source.className !== target.className)
    return false;
  const sf = (source as { fields: readonly { type: LogicalType }[] }).fields;
  const tf = (target as { fields: readonly { type: LogicalType }[] }).fields;
  if (sf.length !== tf.length) return false;
  return sf.every((f, i) => supports(f.type, tf[i]!.type, allowExplicit));
}

/**
 * The runtime cast between ROW / STRUCTURED values (both arrays of field values), field by field
 * with `fieldCast` (null-safe); undefined when neither side is STRUCTURED or it is not such a cast.
 */
export function structuredCast(
  from: LogicalType,
  to: LogicalType,
  fieldCast: (from: LogicalType, to: LogicalType) => (v: SqlValue) => SqlValue,
): ((v: SqlValue) => SqlValue) | undefined {
  if (from.kind !== 'STRUCTURED' && to.kind !== 'STRUCTURED') return undefined;
  if (!isFieldsKind(from) || !isFieldsKind(to)) return undefined;
  const sf = (from as { fields: readonly { type: LogicalType }[] }).fields;
  const tf = (to as { fields: readonly { type: LogicalType }[] }).fields;
  const fs = sf.map((f, i) => fieldCast(f.type, tf[i]!.type));
  return (v) => {
    const row = v as SqlValue[];
    const out = new Array<SqlValue>(fs.length);
    for (let i = 0; i < fs.length; i++) out[i] = fs[i]!(row[i] ?? null);
    return out;
  };
}
