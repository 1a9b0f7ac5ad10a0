/**
 * Validation of JSON function calls with the messages Flink gives (JsonFunctionsITCase):
 * IS JSON on a non-character operand (Calcite's "Cannot apply" text), and JSON_QUERY's
 * RETURNING type and ON EMPTY / ON ERROR behaviours.
 */
import { formatType, withNullable, type LogicalType } from '../../../types/index.js';

/** A type as Calcite prints it in messages: INTEGER, VARCHAR(2147483647), INTEGER ARRAY. */
export function calciteTypeText(t: LogicalType): string {
  if (t.kind === 'ARRAY') return `${calciteTypeText(t.element)} ARRAY`;
  if (t.kind === 'MULTISET') return `${calciteTypeText(t.element)} MULTISET`;
  if (t.kind === 'MAP') return `(${calciteTypeText(t.key)}, ${calciteTypeText(t.value)}) MAP`;
  // Eddy keeps only Flink's logical interval types (the qualifier as written is gone)
  if (t.kind === 'INTERVAL_DAY_TIME') return 'INTERVAL DAY TO SECOND';
  if (t.kind === 'INTERVAL_YEAR_MONTH') return 'INTERVAL YEAR TO MONTH';
  const text = formatType(withNullable(t, true));
  if (text === 'STRING') return 'VARCHAR(2147483647)';
  if (text === 'BYTES') return 'VARBINARY(2147483647)';
  if (text === 'INT') return 'INTEGER';
  return text.replace(/^TIMESTAMP_LTZ/, 'TIMESTAMP_WITH_LOCAL_TIME_ZONE');
}

/** Calcite's refusal of `x IS JSON <kind>` for a non-character `x`, or undefined. */
export function isJsonOperandError(operand: LogicalType, kind: string): string | undefined {
  if (operand.kind === 'CHAR' || operand.kind === 'VARCHAR' || operand.kind === 'NULL') return undefined;
  const op = `IS JSON ${kind.toUpperCase()}`;
  return (
    `Cannot apply '${op}' to arguments of type '<${calciteTypeText(operand)}> ${op}'. ` +
    `Supported form(s): '<CHARACTER> ${op}'`
  );
}

/** Element types JSON_QUERY … RETURNING ARRAY<t> converts to (JsonFunctionsITCase). */
const ARRAY_ELEMENT_KINDS = new Set([
  'CHAR',
  'VARCHAR',
  'BOOLEAN',
  'TINYINT',
  'SMALLINT',
  'INT',
  'BIGINT',
  'FLOAT',
  'DOUBLE',
  'DECIMAL',
]);

/**
 * Why `JSON_QUERY(… RETURNING t … ON EMPTY … ON ERROR)` is refused, or undefined: only character
 * strings and arrays are returned (Flink's JsonQueryCallGen), and an array result cannot default
 * to EMPTY OBJECT (Calcite's SqlJsonQueryFunction).
 */
export function jsonQueryReturningError(
  returning: LogicalType,
  onEmpty: string,
  onError: string,
): string | undefined {
  if (returning.kind === 'ARRAY') {
    if (!ARRAY_ELEMENT_KINDS.has(returning.element.kind))
      return `Unsupported array element type '${formatType(withNullable(returning.element, true))}' for RETURNING in JSON_QUERY().`;
    const shown = calciteTypeText(returning);
    if (onEmpty.toUpperCase() === 'EMPTY OBJECT')
      return `Illegal on empty behavior 'EMPTY OBJECT' for return type: ${shown}`;
    if (onError.toUpperCase() === 'EMPTY OBJECT')
      return `Illegal on error behavior 'EMPTY OBJECT' for return type: ${shown}`;
    return undefined;
  }
  if (returning.kind === 'CHAR' || returning.kind === 'VARCHAR') return undefined;
  return `Unsupported type '${formatType(withNullable(returning, true))}' for RETURNING in JSON_QUERY().`;
}
