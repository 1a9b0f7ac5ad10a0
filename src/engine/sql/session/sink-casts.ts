/**
 * Which query column types a sink column takes: Flink's LogicalTypeCasts#supportsImplicitCast
 * (DynamicSinkUtils#validateSchemaAndApplyImplicitCast), nullability aside (a NULL in a NOT NULL
 * column is the sink's NOT NULL enforcer's business at run time). Widening only: no numeric
 * narrowing, no number or boolean into a string; DATE and TIME take a TIMESTAMP, TIMESTAMP and
 * TIMESTAMP_LTZ take each other; constructed types need the same kind with castable children.
 */
import type { LogicalType } from '../../../types/index.js';

type Kind = LogicalType['kind'];
const INTEGERS: readonly Kind[] = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT'];
const NUMERIC: readonly Kind[] = [...INTEGERS, 'FLOAT', 'DOUBLE', 'DECIMAL'];

/** Source kinds each target kind takes implicitly (besides itself). */
const IMPLICIT_FROM: Partial<Record<Kind, readonly Kind[]>> = {
  VARCHAR: ['CHAR'],
  VARBINARY: ['BINARY'],
  DECIMAL: NUMERIC,
  DOUBLE: NUMERIC,
  FLOAT: [...INTEGERS, 'DECIMAL'],
  BIGINT: ['TINYINT', 'SMALLINT', 'INT'],
  INT: ['TINYINT', 'SMALLINT'],
  SMALLINT: ['TINYINT'],
  DATE: ['TIMESTAMP'],
  TIME: ['TIMESTAMP'],
  TIMESTAMP: ['TIMESTAMP_LTZ'],
  TIMESTAMP_LTZ: ['TIMESTAMP'],
};

/** The children of a constructed type, in Flink's getChildren order. */
function children(t: LogicalType): readonly LogicalType[] | undefined {
  switch (t.kind) {
    case 'ARRAY':
    case 'MULTISET':
      return [t.element];
    case 'MAP':
      return [t.key, t.value];
    case 'ROW':
      return t.fields.map((f) => f.type);
    default:
      return undefined;
  }
}

/** True when a `from` value may be written to a `to` column without an explicit CAST. */
export function supportsImplicitSinkCast(from: LogicalType, to: LogicalType): boolean {
  if (from.kind === 'NULL') return true;
  const fc = children(from);
  const tc = children(to);
  if (fc !== undefined || tc !== undefined) {
    if (fc === undefined || tc === undefined || from.kind !== to.kind || fc.length !== tc.length)
      return false;
    return fc.every((c, i) => supportsImplicitSinkCast(c, tc[i]!));
  }
  if (from.kind === to.kind) return true;
  return IMPLICIT_FROM[to.kind]?.includes(from.kind) ?? false;
}
