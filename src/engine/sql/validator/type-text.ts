/**
 * Types as Flink's `LogicalType.asSerializableString()` writes them, the form Confluent shows in
 * SHOW CREATE TABLE and in INFORMATION_SCHEMA.COLUMNS.FULL_DATA_TYPE: no STRING / BYTES
 * shorthands (`VARCHAR(2147483647)`, `VARBINARY(2147483647)`), `TIMESTAMP(3) WITH LOCAL TIME
 * ZONE`, no time-attribute markers.
 *
 * @example
 * serializableType(stringType(false)); // "VARCHAR(2147483647) NOT NULL"
 */
import { formatType, quoteIdentifier, type LogicalType } from '../../../types/index.js';

/** The type's serializable text (nullability included). */
export function serializableType(t: LogicalType): string {
  const nn = t.nullable ? '' : ' NOT NULL';
  switch (t.kind) {
    case 'VARCHAR':
      return `VARCHAR(${t.length})${nn}`;
    case 'VARBINARY':
      return `VARBINARY(${t.length})${nn}`;
    case 'TIMESTAMP':
      return `TIMESTAMP(${t.precision})${nn}`;
    case 'TIMESTAMP_LTZ':
      return `TIMESTAMP(${t.precision}) WITH LOCAL TIME ZONE${nn}`;
    case 'ARRAY':
      return `ARRAY<${serializableType(t.element)}>${nn}`;
    case 'MULTISET':
      return `MULTISET<${serializableType(t.element)}>${nn}`;
    case 'MAP':
      return `MAP<${serializableType(t.key)}, ${serializableType(t.value)}>${nn}`;
    case 'ROW': {
      const fields = t.fields.map((f) => {
        const desc = f.description === undefined ? '' : ` '${f.description.replace(/'/g, "''")}'`;
        return `${quoteIdentifier(f.name)} ${serializableType(f.type)}${desc}`;
      });
      return `ROW<${fields.join(', ')}>${nn}`;
    }
    default:
      return formatType(t);
  }
}

/** INFORMATION_SCHEMA.COLUMNS.DATA_TYPE: the type's root (`VARCHAR`, `INTEGER`, `ROW`, …). */
export function typeRoot(t: LogicalType): string {
  switch (t.kind) {
    case 'INT':
      return 'INTEGER';
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
      return 'INTERVAL';
    default:
      return t.kind;
  }
}
