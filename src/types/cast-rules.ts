/**
 * Which casts Flink allows (LogicalTypeCasts): implicit casts widen without losing information and
 * drive common-type finding; explicit casts are what `CAST(x AS t)` accepts. `castValidationError`
 * gives Flink's message for a refused CAST.
 */
import { formatType } from './format-type.js';
import {
  MAX_LENGTH,
  isApproxKind,
  isIntegerKind,
  withNullable,
  type LogicalType,
  type TypeKind,
} from './logical-type.js';
import { structuredCasting } from './structured-cast.js';
import { variantCasting } from './variant-cast.js';

type Family =
  | 'CHARACTER_STRING'
  | 'BINARY_STRING'
  | 'NUMERIC'
  | 'EXACT_NUMERIC'
  | 'INTEGER_NUMERIC'
  | 'DATETIME'
  | 'TIME'
  | 'TIMESTAMP'
  | 'INTERVAL'
  | 'CONSTRUCTED'
  | 'PREDEFINED';

const FAMILIES: Record<TypeKind, readonly Family[]> = {
  BOOLEAN: ['PREDEFINED'],
  TINYINT: ['PREDEFINED', 'NUMERIC', 'EXACT_NUMERIC', 'INTEGER_NUMERIC'],
  SMALLINT: ['PREDEFINED', 'NUMERIC', 'EXACT_NUMERIC', 'INTEGER_NUMERIC'],
  INT: ['PREDEFINED', 'NUMERIC', 'EXACT_NUMERIC', 'INTEGER_NUMERIC'],
  BIGINT: ['PREDEFINED', 'NUMERIC', 'EXACT_NUMERIC', 'INTEGER_NUMERIC'],
  DECIMAL: ['PREDEFINED', 'NUMERIC', 'EXACT_NUMERIC'],
  FLOAT: ['PREDEFINED', 'NUMERIC'],
  DOUBLE: ['PREDEFINED', 'NUMERIC'],
  CHAR: ['PREDEFINED', 'CHARACTER_STRING'],
  VARCHAR: ['PREDEFINED', 'CHARACTER_STRING'],
  BINARY: ['PREDEFINED', 'BINARY_STRING'],
  VARBINARY: ['PREDEFINED', 'BINARY_STRING'],
  DATE: ['PREDEFINED', 'DATETIME'],
  TIME: ['PREDEFINED', 'DATETIME', 'TIME'],
  TIMESTAMP: ['PREDEFINED', 'DATETIME', 'TIMESTAMP'],
  TIMESTAMP_LTZ: ['PREDEFINED', 'DATETIME', 'TIMESTAMP'],
  INTERVAL_YEAR_MONTH: ['PREDEFINED', 'INTERVAL'],
  INTERVAL_DAY_TIME: ['PREDEFINED', 'INTERVAL'],
  ARRAY: ['CONSTRUCTED'],
  MULTISET: ['CONSTRUCTED'],
  MAP: ['CONSTRUCTED'],
  ROW: ['CONSTRUCTED'],
  STRUCTURED: [],
  VARIANT: [],
  BITMAP: [],
  NULL: [],
};

const ALL_KINDS = Object.keys(FAMILIES) as TypeKind[];
const kindsOf = (...fams: Family[]): TypeKind[] =>
  ALL_KINDS.filter((k) => fams.some((f) => FAMILIES[k].includes(f)));

interface Rule {
  implicit: Set<TypeKind>;
  explicit: Set<TypeKind>;
}
const RULES = new Map<TypeKind, Rule>();
function castTo(target: TypeKind, implicit: TypeKind[], explicit: TypeKind[]): void {
  RULES.set(target, { implicit: new Set([target, ...implicit]), explicit: new Set(explicit) });
}

const TS_KINDS: TypeKind[] = ['TIMESTAMP', 'TIMESTAMP_LTZ'];
castTo('CHAR', [], [...kindsOf('PREDEFINED', 'CONSTRUCTED')]);
castTo('VARCHAR', kindsOf('CHARACTER_STRING'), [...kindsOf('PREDEFINED', 'CONSTRUCTED')]);
castTo('BOOLEAN', [], kindsOf('CHARACTER_STRING', 'NUMERIC'));
castTo('BINARY', [], [...kindsOf('CHARACTER_STRING'), 'VARBINARY']);
castTo('VARBINARY', kindsOf('BINARY_STRING'), [...kindsOf('CHARACTER_STRING'), 'BINARY']);
castTo('DECIMAL', kindsOf('NUMERIC'), [...kindsOf('CHARACTER_STRING', 'INTERVAL'), 'BOOLEAN', ...TS_KINDS]);
for (const [k, imp] of [
  ['TINYINT', []],
  ['SMALLINT', ['TINYINT']],
  ['INT', ['TINYINT', 'SMALLINT']],
  ['BIGINT', ['TINYINT', 'SMALLINT', 'INT']],
] as [TypeKind, TypeKind[]][]) {
  castTo(k, imp, [...kindsOf('NUMERIC', 'CHARACTER_STRING', 'INTERVAL'), 'BOOLEAN', ...TS_KINDS]);
}
castTo(
  'FLOAT',
  ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'DECIMAL'],
  [...kindsOf('NUMERIC', 'CHARACTER_STRING'), 'BOOLEAN', ...TS_KINDS],
);
castTo('DOUBLE', kindsOf('NUMERIC'), [...kindsOf('CHARACTER_STRING'), 'BOOLEAN', ...TS_KINDS]);
castTo('DATE', ['TIMESTAMP'], kindsOf('TIMESTAMP', 'CHARACTER_STRING', 'BINARY_STRING'));
castTo('TIME', ['TIMESTAMP'], kindsOf('TIME', 'TIMESTAMP', 'CHARACTER_STRING', 'BINARY_STRING'));
castTo('TIMESTAMP', ['TIMESTAMP_LTZ'], kindsOf('DATETIME', 'CHARACTER_STRING', 'BINARY_STRING', 'NUMERIC'));
castTo('TIMESTAMP_LTZ', ['TIMESTAMP'], kindsOf('DATETIME', 'CHARACTER_STRING', 'BINARY_STRING', 'NUMERIC'));
castTo('INTERVAL_YEAR_MONTH', [], kindsOf('EXACT_NUMERIC', 'CHARACTER_STRING'));
castTo('INTERVAL_DAY_TIME', [], kindsOf('EXACT_NUMERIC', 'CHARACTER_STRING'));
for (const k of ['ARRAY', 'MULTISET', 'MAP', 'ROW', 'STRUCTURED', 'VARIANT', 'BITMAP', 'NULL'] as TypeKind[])
  castTo(k, [], []);

const hasFamily = (t: LogicalType, f: Family): boolean => FAMILIES[t.kind].includes(f);

function isSingleFieldInterval(t: LogicalType): boolean {
  if (t.kind === 'INTERVAL_YEAR_MONTH') return t.resolution !== 'YEAR_TO_MONTH';
  if (t.kind === 'INTERVAL_DAY_TIME') return !t.resolution.includes('_TO_');
  return false;
}

function children(t: LogicalType): LogicalType[] {
  switch (t.kind) {
    case 'ARRAY':
    case 'MULTISET':
      return [t.element];
    case 'MAP':
      return [t.key, t.value];
    case 'ROW':
      return t.fields.map((f) => f.type);
    default:
      return [];
  }
}

function sameIgnoringNullability(a: LogicalType, b: LogicalType): boolean {
  return (
    JSON.stringify({ ...a, nullable: true, timeAttribute: undefined }) ===
    JSON.stringify({ ...b, nullable: true, timeAttribute: undefined })
  );
}

function supportsCasting(source: LogicalType, target: LogicalType, allowExplicit: boolean): boolean {
  // a NOT NULL type cannot store a NULL type, but an explicit cast may know better
  if (source.nullable && !target.nullable && !allowExplicit) return false;
  if (sameIgnoringNullability(source, target)) return true;
  if (source.kind === 'NULL') return true;
  const structured = structuredCasting(source, target, allowExplicit, supportsCasting);
  if (structured !== undefined) return structured;
  // VARIANT → STRING only, explicit (Flink 2.3's VariantToStringCastRule; variant-cast.ts)
  const variant = variantCasting(source, target, allowExplicit);
  if (variant !== undefined) return variant;
  // FLIP-556: BITMAP → CHAR / VARCHAR (its toString text), nothing else, and nothing → BITMAP
  // BitmapToStringCastRule (→ CHAR / VARCHAR) and BitmapToBinaryCastRule (→ BYTES only, as trimming
  // or padding would corrupt the serialized bitmap)
  if (source.kind === 'BITMAP')
    return (
      allowExplicit &&
      (hasFamily(target, 'CHARACTER_STRING') || (target.kind === 'VARBINARY' && target.length === MAX_LENGTH))
    );
  if (target.kind === 'BITMAP') return false;
  if (hasFamily(source, 'INTERVAL') && hasFamily(target, 'EXACT_NUMERIC'))
    return isSingleFieldInterval(source);
  if (hasFamily(source, 'EXACT_NUMERIC') && hasFamily(target, 'INTERVAL'))
    return isSingleFieldInterval(target);
  if (hasFamily(source, 'CONSTRUCTED') && hasFamily(target, 'CHARACTER_STRING')) return allowExplicit;
  if (hasFamily(source, 'CONSTRUCTED') || hasFamily(target, 'CONSTRUCTED')) {
    if (source.kind !== target.kind) return false;
    const sc = children(source);
    const tc = children(target);
    if (sc.length !== tc.length) return false;
    return sc.every((c, i) => supportsCasting(c, tc[i]!, allowExplicit));
  }
  const rule = RULES.get(target.kind)!;
  if (rule.implicit.has(source.kind)) return true;
  return allowExplicit && rule.explicit.has(source.kind);
}

/** True when `source` widens to `target` implicitly (no information lost). */
export function supportsImplicitCast(source: LogicalType, target: LogicalType): boolean {
  return supportsCasting(source, target, false);
}

/** True when `CAST(source AS target)` is valid syntax-wise (it may still fail at run time). */
export function supportsExplicitCast(source: LogicalType, target: LogicalType): boolean {
  return castValidationError(source, target) === undefined;
}

/**
 * Why `CAST(source AS target)` is refused, in Flink's words, or undefined when it is allowed.
 *
 * @example
 * castValidationError(intType(), timestampType(3));
 * // "The cast from NUMERIC type to TIMESTAMP type is not allowed. It's recommended to use …"
 */
export function castValidationError(source: LogicalType, target: LogicalType): string | undefined {
  const numeric = isIntegerKind(source.kind) || isApproxKind(source.kind) || source.kind === 'DECIMAL';
  if (numeric && target.kind === 'TIMESTAMP') {
    return (
      "The cast from NUMERIC type to TIMESTAMP type is not allowed. It's recommended to use " +
      'TO_TIMESTAMP(FROM_UNIXTIME(numeric_col)) instead, note the numeric is in seconds.'
    );
  }
  if (numeric && target.kind === 'TIMESTAMP_LTZ') {
    return (
      "The cast from NUMERIC type to TIMESTAMP_LTZ type is not allowed. It's recommended to use " +
      'TO_TIMESTAMP_LTZ(numeric_col, precision) instead.'
    );
  }
  const targetNumeric = isIntegerKind(target.kind) || isApproxKind(target.kind) || target.kind === 'DECIMAL';
  if (targetNumeric && source.kind === 'TIMESTAMP') {
    return (
      "The cast from TIMESTAMP type to NUMERIC type is not allowed. It's recommended to use " +
      'UNIX_TIMESTAMP(CAST(timestamp_col AS STRING)) instead.'
    );
  }
  if (targetNumeric && source.kind === 'TIMESTAMP_LTZ') {
    return 'The cast from TIMESTAMP_LTZ type to NUMERIC type is not allowed.';
  }
  if (supportsCasting(source, target, true)) return undefined;
  return `Cast function cannot convert value of type ${calciteText(source, false)} to type ${calciteText(target, false)}`;
}

/**
 * A type as Calcite's RelDataType#toString prints it, the text of the message of Flink's
 * SqlCastFunction (RESOURCE.cannotCastValue(validatedNodeType.toString(), returnType.toString())):
 * no NOT NULL at the top (DecimalCastTest: "… of type DECIMAL(38, 2) to type" for a NOT NULL
 * literal), Calcite's names (INTEGER, VARCHAR(2147483647), TIMESTAMP_WITH_LOCAL_TIME_ZONE(p),
 * `INTEGER ARRAY`, `(K, V) MAP`, `RecordType(INTEGER i, …)`); nested types as getFullTypeString,
 * with their NOT NULL.
 */
function calciteText(t: LogicalType, full: boolean): string {
  const nn = full && !t.nullable ? ' NOT NULL' : '';
  switch (t.kind) {
    case 'ARRAY':
      return `${calciteText(t.element, true)} ARRAY${nn}`;
    case 'MULTISET':
      return `${calciteText(t.element, true)} MULTISET${nn}`;
    case 'MAP':
      return `(${calciteText(t.key, true)}, ${calciteText(t.value, true)}) MAP${nn}`;
    case 'ROW':
      return `RecordType(${t.fields.map((f) => `${calciteText(f.type, true)} ${f.name}`).join(', ')})${nn}`;
    case 'INT':
      return `INTEGER${nn}`;
    case 'VARCHAR':
    case 'VARBINARY':
      return `${t.kind}(${t.length})${nn}`;
    case 'TIMESTAMP_LTZ':
      return (
        formatType(withNullable(t, true)).replace(/^TIMESTAMP_LTZ/, 'TIMESTAMP_WITH_LOCAL_TIME_ZONE') + nn
      );
    default:
      return formatType(withNullable(t, true)) + nn;
  }
}

/**
 * The type of `CAST(x AS target)` / `TRY_CAST`: the target with the source's nullability; TRY_CAST
 * is always nullable (Flink's SqlTryCastFunction.inferReturnType and FlinkConvertletTable
 * .convertTryCast make the type nullable whatever the cast; CastFunctionMiscITCase:
 * TRY_CAST(TIME NOT NULL AS STRING) is STRING, nullable). A nullable ROW result has every field
 * nullable, nested rows included, as Calcite's createTypeWithNullability makes it
 * (CastFunctionMiscITCase: CAST of a nullable row AS ROW<r ROW<s STRING NOT NULL, …>, …> is
 * ROW<r ROW<s STRING, …>, …>).
 */
export function castResultType(source: LogicalType, target: LogicalType, tryCast: boolean): LogicalType {
  const nullable = source.nullable || tryCast;
  return nullable ? deepNullable(target) : withNullable(target, false);
}

function deepNullable(t: LogicalType): LogicalType {
  if (t.kind !== 'ROW') return withNullable(t, true);
  return { ...t, nullable: true, fields: t.fields.map((f) => ({ ...f, type: deepNullable(f.type) })) };
}
