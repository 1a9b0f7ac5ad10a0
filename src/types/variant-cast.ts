/**
 * Casting rules for VARIANT as Flink 2.3 has them, called by cast-rules.ts / cast.ts. In 2.3 the
 * only rule is the original VariantToStringCastRule (FLIP-521): input VARIANT, target exactly
 * STRING (`VarCharType.STRING_TYPE`), value `variant.toString()`, i.e. BinaryVariant#toJson, so a
 * string scalar keeps its quotes (`"abc"`). Casts to CHAR(n) / VARCHAR(n), to other types, and to
 * VARIANT came to Flink's master after the 2.3.0 release (FLINK-37925 / 37926 / 40493 / 40580 /
 * 40826, July–October 2026; README "VARIANT") and are refused here.
 */
import { MAX_LENGTH, type LogicalType } from './logical-type.js';
import type { SqlValue } from './values.js';
import type { Variant } from './variant.js';

/** Whether a cast involving VARIANT is allowed; undefined when neither side is VARIANT. */
export function variantCasting(
  source: LogicalType,
  target: LogicalType,
  allowExplicit: boolean,
): boolean | undefined {
  if (source.kind !== 'VARIANT' && target.kind !== 'VARIANT') return undefined;
  if (source.kind === 'VARIANT' && target.kind === 'VARIANT') return true;
  if (source.kind === 'VARIANT')
    return allowExplicit && target.kind === 'VARCHAR' && target.length === MAX_LENGTH;
  return false;
}

/**
 * The VARIANT → STRING cast: the variant's JSON text. A non-finite DOUBLE cannot be written as
 * JSON; `onError` reports it (CAST fails, TRY_CAST gives NULL through the caller).
 */
export function variantToString(onError: (v: SqlValue, why: string) => never): (v: SqlValue) => SqlValue {
  return (v) => {
    try {
      return (v as Variant).toJson();
    } catch (e) {
      return onError(v, (e as Error).message);
    }
  };
}
