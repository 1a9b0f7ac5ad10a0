/**
 * Casts between a metadata column's declared type and the type the Kafka connector reads or
 * writes for its key (e.g. `ts TIMESTAMP(3) METADATA FROM 'timestamp'`, whose key is
 * TIMESTAMP_LTZ(3)). Flink's planner adds these casts around the scan and before the sink
 * (DynamicSourceUtils / DynamicSinkUtils#validateAndApplyMetadata) and refuses a declared type
 * the metadata type cannot be cast to or from; here the connector applies them itself, in the
 * session time zone.
 */
import { ConfigError } from '../../common/errors.js';
import {
  castValidationError,
  compileCast,
  formatType,
  parseType,
  withNullable,
  type CastFn,
  type LogicalType,
} from '../../types/index.js';
import type { ConnectorSchema } from '../api.js';

/** Whether two types are the same apart from nullability. */
function sameType(a: LogicalType, b: LogicalType): boolean {
  return formatType(withNullable(a, true)) === formatType(withNullable(b, true));
}

/**
 * One cast per entry of `schema.metadata` (undefined where the declared type is the metadata
 * type): `read` casts a metadata value to the declared type, `write` a declared value to the
 * metadata type. Throws ConfigError, naming the column, when Flink would refuse the type.
 */
export function metadataCasts(
  schema: ConnectorSchema,
  types: Readonly<Record<string, string>>,
  direction: 'read' | 'write',
  timeZone: string | undefined,
): (CastFn | undefined)[] {
  return (schema.metadata ?? []).map((m) => {
    const text = types[m.key];
    if (text === undefined) return undefined;
    const metaType = withNullable(parseType(text), true);
    if (sameType(m.type, metaType)) return undefined;
    const [from, to] = direction === 'read' ? [metaType, m.type] : [m.type, metaType];
    if (castValidationError(from, to) !== undefined) {
      const column = m.column ?? m.key;
      const withKey = column === m.key ? '' : ` with metadata key '${m.key}'`;
      throw new ConfigError(
        `Invalid data type for metadata column '${column}'${withKey} of table ${schema.tableName}. ` +
          `The column cannot be declared as '${formatType(m.type)}' because the type must be castable ` +
          `${direction === 'read' ? 'from' : 'to'} metadata type '${formatType(metaType)}'.`,
        { table: schema.tableName },
      );
    }
    const cast = compileCast(from, to, timeZone === undefined ? {} : { timeZone });
    return (v) => (v === null || v === undefined ? null : cast(v));
  });
}
