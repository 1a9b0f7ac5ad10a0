/**
 * The common type of several expressions (CASE branches, COALESCE, VALUES rows, UNION inputs),
 * following Flink's LogicalTypeMerging in the cases the engine needs: numeric widening
 * (integers < DECIMAL < FLOAT < DOUBLE), CHAR/VARCHAR to the longest (VARCHAR when lengths
 * differ), same-kind types with the larger precision, NULL adopting the other type. Returns
 * undefined when the types have no common type.
 */
import {
  MAX_LENGTH,
  decimalType,
  exactPrecisionScale,
  isApproxKind,
  isCharacterString,
  isExactNumeric,
  isIntegerKind,
  withNullable,
  type LogicalType,
} from '../../../types/index.js';

const INT_RANK: Record<string, number> = { TINYINT: 1, SMALLINT: 2, INT: 3, BIGINT: 4 };

function mergeTwo(a: LogicalType, b: LogicalType): LogicalType | undefined {
  if (a.kind === 'NULL') return withNullable(b, true);
  if (b.kind === 'NULL') return withNullable(a, true);
  const nullable = a.nullable || b.nullable;
  if (isIntegerKind(a.kind) && isIntegerKind(b.kind)) {
    return withNullable(INT_RANK[a.kind]! >= INT_RANK[b.kind]! ? a : b, nullable);
  }
  if (isApproxKind(a.kind) || isApproxKind(b.kind)) {
    if (!(isExactNumeric(a) || isApproxKind(a.kind)) || !(isExactNumeric(b) || isApproxKind(b.kind)))
      return undefined;
    const dbl = a.kind === 'DOUBLE' || b.kind === 'DOUBLE' || isExactNumeric(a) || isExactNumeric(b);
    return { kind: dbl && !(a.kind === 'FLOAT' && b.kind === 'FLOAT') ? 'DOUBLE' : 'FLOAT', nullable };
  }
  if (isExactNumeric(a) && isExactNumeric(b)) {
    const pa = exactPrecisionScale(a)!;
    const pb = exactPrecisionScale(b)!;
    const scale = Math.max(pa.scale, pb.scale);
    const intDigits = Math.max(pa.precision - pa.scale, pb.precision - pb.scale);
    const precision = Math.min(38, intDigits + scale);
    return decimalType(precision, Math.min(scale, precision), nullable);
  }
  if (isCharacterString(a) && isCharacterString(b)) {
    if (a.kind === 'CHAR' && b.kind === 'CHAR' && a.length === b.length) return withNullable(a, nullable);
    const len = Math.max(a.length, b.length);
    return { kind: 'VARCHAR', length: Math.min(len, MAX_LENGTH), nullable };
  }
  // BINARY and VARBINARY mix like CHAR and VARCHAR (Calcite's leastRestrictive: VARBINARY of the
  // longest): CASE WHEN … THEN CAST(NULL AS BYTES) ELSE X'00' END is a VARBINARY
  const isBin = (t: LogicalType): boolean => t.kind === 'BINARY' || t.kind === 'VARBINARY';
  if (a.kind !== b.kind && !(isBin(a) && isBin(b))) {
    return undefined;
  }
  switch (a.kind) {
    case 'BINARY':
    case 'VARBINARY': {
      const o = b as typeof a;
      if (a.kind === 'BINARY' && o.kind === 'BINARY' && a.length === o.length)
        return withNullable(a, nullable);
      return { kind: 'VARBINARY', length: Math.max(a.length, o.length), nullable };
    }
    case 'TIME':
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const o = b as typeof a;
      const { timeAttribute: _x, ...rest } = a as { timeAttribute?: unknown } & typeof a;
      return { ...rest, precision: Math.max(a.precision, o.precision), nullable } as LogicalType;
    }
    case 'ARRAY':
    case 'MULTISET': {
      const e = mergeTwo(a.element, (b as typeof a).element);
      return e === undefined ? undefined : { ...a, element: e, nullable };
    }
    case 'MAP': {
      const o = b as typeof a;
      const k = mergeTwo(a.key, o.key);
      const v = mergeTwo(a.value, o.value);
      return k === undefined || v === undefined ? undefined : { ...a, key: k, value: v, nullable };
    }
    case 'ROW': {
      const o = b as typeof a;
      if (a.fields.length !== o.fields.length) return undefined;
      const fields = [];
      for (let i = 0; i < a.fields.length; i++) {
        const t = mergeTwo(a.fields[i]!.type, o.fields[i]!.type);
        if (t === undefined) return undefined;
        fields.push({ ...a.fields[i]!, type: t });
      }
      return { ...a, fields, nullable };
    }
    default:
      return withNullable(a, nullable);
  }
}

/** The least restrictive common type, or undefined. */
export function commonType(types: readonly LogicalType[]): LogicalType | undefined {
  let t: LogicalType | undefined = types[0];
  for (let i = 1; i < types.length && t !== undefined; i++) t = mergeTwo(t, types[i]!);
  return t;
}
