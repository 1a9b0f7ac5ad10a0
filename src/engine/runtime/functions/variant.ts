/**
 * VARIANT functions (Flink 2.1, FLIP-521): PARSE_JSON, TRY_PARSE_JSON, and access into a variant
 * with `v['key']` / `v[index]` (ITEM on a VARIANT; other ITEM calls go to the collection ITEM).
 * Values are `Variant` trees from src/types (variant.ts); the JSON reading follows Flink's
 * BinaryVariantInternalBuilder.parseJson (variant-json.ts).
 */
import { ExecutionError } from '../../../common/errors.js';
import {
  Variant,
  VariantJsonError,
  formatType,
  parseVariantJson,
  variantType,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import { isChar, isInt, scalar, validationError, type BuiltinScalar } from './define.js';

function parseJsonSpec(name: 'PARSE_JSON' | 'TRY_PARSE_JSON'): BuiltinScalar {
  const tryMode = name === 'TRY_PARSE_JSON';
  return scalar({
    names: [name],
    category: 'json',
    nullStrict: false,
    infer: (args) => {
      const ok =
        (args.length === 1 || args.length === 2) &&
        isChar(args[0]!) &&
        (args.length === 1 || args[1]!.kind === 'BOOLEAN' || args[1]!.kind === 'NULL');
      // Flink's or(sequence(CHARACTER_STRING), sequence(CHARACTER_STRING, BOOLEAN)) message
      if (!ok)
        return (
          `Invalid function call:\n${name}(${args.map((a) => formatType(a)).join(', ')})\n` +
          `Invalid input arguments. Expected signatures are:\n${name}(<CHARACTER_STRING>)\n${name}(<CHARACTER_STRING>, <BOOLEAN>)`
        );
      // TRY_ gives NULL on bad input, so it is always nullable
      return variantType(tryMode || args.some((a) => a.nullable));
    },
    implement: () => (json: SqlValue, allowDuplicates?: SqlValue) => {
      if (json === null) return null;
      const text = json as string;
      try {
        return parseVariantJson(text, allowDuplicates === true);
      } catch (e) {
        if (tryMode) return null;
        if (e instanceof VariantJsonError)
          throw new ExecutionError(`Failed to parse json string: ${text}`, { cause: e });
        throw e;
      }
    },
  });
}

/** A 1-based array position or an object key, both giving NULL when absent (or of the other kind). */
function variantItem(v: Variant, sel: SqlValue): Variant | null {
  if (typeof sel === 'string') return v.field(sel) ?? null;
  const i = typeof sel === 'bigint' ? Number(sel) : (sel as number);
  return v.element(i - 1) ?? null;
}

/**
 * ITEM extended for VARIANT: `v['k']` / `v[1]` return a nullable VARIANT; any other collection
 * goes to `base` (the collection library's ITEM).
 */
export function variantAwareItem(base: BuiltinScalar): BuiltinScalar {
  return {
    ...base,
    inferType(args, literals) {
      if (args.length !== 2 || args[0]!.kind !== 'VARIANT') return base.inferType(args, literals);
      const k = args[1]!;
      if (!isInt(k) && !isChar(k))
        throw validationError(
          `Cannot apply 'ITEM' to arguments of type 'ITEM(<VARIANT>, <${formatType(k)}>)'. ` +
            `A VARIANT is accessed by a CHARACTER_STRING key or an INTEGER_NUMERIC 1-based index.`,
        );
      return variantType(true);
    },
    implement(args, result, ctx) {
      if (args[0]!.kind !== 'VARIANT') return base.implement(args, result, ctx);
      return (v: unknown, sel: unknown) =>
        v === null || sel === null ? null : variantItem(v as Variant, sel as SqlValue);
    },
  };
}

/** The VARIANT functions registered next to the others. */
export const VARIANT_FUNCTIONS: BuiltinScalar[] = [
  parseJsonSpec('PARSE_JSON'),
  parseJsonSpec('TRY_PARSE_JSON'),
];

/** True when a type is VARIANT (for the validator's comparison / ordering checks). */
export const isVariant = (t: LogicalType): boolean => t.kind === 'VARIANT';

/**
 * JSON_STRING extended for VARIANT: the variant's JSON text (BinaryVariant.toJson), so a string
 * scalar stays quoted (`CAST(v AS STRING)` unquotes it); other arguments go to `base`.
 */
export function variantAwareJsonString(base: BuiltinScalar): BuiltinScalar {
  return {
    ...base,
    implement(args, result, ctx) {
      if (args[0]?.kind !== 'VARIANT') return base.implement(args, result, ctx);
      return (v: unknown) => (v === null ? null : (v as Variant).toJson());
    },
  };
}
