/**
 * Argument types as Calcite names them in "No match found for function signature f(<…>)":
 * AssignableOperandTypeChecker.getAllowedSignatures prints each argument's type family
 * (SqlTypeName's family: NUMERIC, CHARACTER, BINARY, …); a collection type is its own family and
 * prints as its type text (`INTEGER ARRAY`, `(VARCHAR(2147483647), INTEGER) MAP`).
 */
import { formatType, withNullable, type LogicalType } from '../../../types/index.js';

/** A type as Calcite's RelDataType.toString writes it (without NOT NULL). */
function calciteTypeText(t: LogicalType): string {
  switch (t.kind) {
    case 'INT':
      return 'INTEGER';
    case 'ARRAY':
      return `${calciteTypeText(t.element)} ARRAY`;
    case 'MULTISET':
      return `${calciteTypeText(t.element)} MULTISET`;
    case 'MAP':
      return `(${calciteTypeText(t.key)}, ${calciteTypeText(t.value)}) MAP`;
    case 'ROW':
      return `RecordType(${t.fields.map((f) => `${calciteTypeText(f.type)} ${f.name}`).join(', ')})`;
    default: {
      const text = formatType(withNullable(t, true)).replace(
        'TIMESTAMP_LTZ',
        'TIMESTAMP_WITH_LOCAL_TIME_ZONE',
      );
      return text === 'STRING' ? 'VARCHAR(2147483647)' : text === 'BYTES' ? 'VARBINARY(2147483647)' : text;
    }
  }
}

/** The family text of one argument type. */
export function calciteFamily(t: LogicalType): string {
  switch (t.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
    case 'FLOAT':
    case 'DOUBLE':
    case 'DECIMAL':
      return 'NUMERIC';
    case 'CHAR':
    case 'VARCHAR':
      return 'CHARACTER';
    case 'BINARY':
    case 'VARBINARY':
      return 'BINARY';
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return 'TIMESTAMP';
    case 'INTERVAL_YEAR_MONTH':
      return 'INTERVAL_YEAR_MONTH';
    case 'INTERVAL_DAY_TIME':
      return 'INTERVAL_DAY_TIME';
    case 'ARRAY':
    case 'MULTISET':
    case 'MAP':
    case 'ROW':
      return calciteTypeText(t);
    default:
      return t.kind;
  }
}
