/**
 * `formatType`: a type as Flink's DESCRIBE / ResultSchema prints it (LogicalType#asSummaryString):
 * `STRING`, `INT NOT NULL`, `DECIMAL(10, 2)`, `TIMESTAMP_LTZ(3)`, `TIMESTAMP(3) *ROWTIME*`,
 * `ROW<`a` INT, `b` STRING>`, `ARRAY<INT>`, `MAP<STRING, INT>`.
 */
import { assertNever } from '../common/errors.js';
import {
  MAX_LENGTH,
  type DayTimeIntervalType,
  type LogicalType,
  type YearMonthIntervalType,
} from './logical-type.js';

/** Quotes an identifier with backticks, doubling embedded backticks (Flink's escapeIdentifier). */
export function quoteIdentifier(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}

function withNullability(text: string, nullable: boolean): string {
  return nullable ? text : `${text} NOT NULL`;
}

function formatYearMonth(t: YearMonthIntervalType): string {
  switch (t.resolution) {
    case 'YEAR':
      return `INTERVAL YEAR(${t.yearPrecision})`;
    case 'YEAR_TO_MONTH':
      return `INTERVAL YEAR(${t.yearPrecision}) TO MONTH`;
    case 'MONTH':
      return 'INTERVAL MONTH';
  }
}

function formatDayTime(t: DayTimeIntervalType): string {
  const d = t.dayPrecision;
  const f = t.fractionalPrecision;
  switch (t.resolution) {
    case 'DAY':
      return `INTERVAL DAY(${d})`;
    case 'DAY_TO_HOUR':
      return `INTERVAL DAY(${d}) TO HOUR`;
    case 'DAY_TO_MINUTE':
      return `INTERVAL DAY(${d}) TO MINUTE`;
    case 'DAY_TO_SECOND':
      return `INTERVAL DAY(${d}) TO SECOND(${f})`;
    case 'HOUR':
      return 'INTERVAL HOUR';
    case 'HOUR_TO_MINUTE':
      return 'INTERVAL HOUR TO MINUTE';
    case 'HOUR_TO_SECOND':
      return `INTERVAL HOUR TO SECOND(${f})`;
    case 'MINUTE':
      return 'INTERVAL MINUTE';
    case 'MINUTE_TO_SECOND':
      return `INTERVAL MINUTE TO SECOND(${f})`;
    case 'SECOND':
      return `INTERVAL SECOND(${f})`;
  }
}

/**
 * Formats a type the way Flink's DESCRIBE prints it.
 *
 * @example
 * formatType(decimalType(10, 2)); // "DECIMAL(10, 2)"
 * formatType(intType(false)); // "INT NOT NULL"
 */
export function formatType(t: LogicalType): string {
  switch (t.kind) {
    case 'BOOLEAN':
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
    case 'FLOAT':
    case 'DOUBLE':
    case 'DATE':
    case 'VARIANT':
    case 'BITMAP':
      return withNullability(t.kind, t.nullable);
    case 'DECIMAL':
      return withNullability(`DECIMAL(${t.precision}, ${t.scale})`, t.nullable);
    case 'CHAR':
      return withNullability(`CHAR(${t.length})`, t.nullable);
    case 'VARCHAR':
      return withNullability(t.length === MAX_LENGTH ? 'STRING' : `VARCHAR(${t.length})`, t.nullable);
    case 'BINARY':
      return withNullability(`BINARY(${t.length})`, t.nullable);
    case 'VARBINARY':
      return withNullability(t.length === MAX_LENGTH ? 'BYTES' : `VARBINARY(${t.length})`, t.nullable);
    case 'TIME':
      return withNullability(`TIME(${t.precision})`, t.nullable);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const base = withNullability(`${t.kind}(${t.precision})`, t.nullable);
      return t.timeAttribute ? `${base} *${t.timeAttribute}*` : base;
    }
    case 'INTERVAL_YEAR_MONTH':
      return withNullability(formatYearMonth(t), t.nullable);
    case 'INTERVAL_DAY_TIME':
      return withNullability(formatDayTime(t), t.nullable);
    case 'ARRAY':
      return withNullability(`ARRAY<${formatType(t.element)}>`, t.nullable);
    case 'MULTISET':
      return withNullability(`MULTISET<${formatType(t.element)}>`, t.nullable);
    case 'MAP':
      return withNullability(`MAP<${formatType(t.key)}, ${formatType(t.value)}>`, t.nullable);
    case 'ROW': {
      const fields = t.fields.map((f) => {
        const desc = f.description === undefined ? '' : ` '${f.description.replace(/'/g, "''")}'`;
        return `${quoteIdentifier(f.name)} ${formatType(f.type)}${desc}`;
      });
      return withNullability(`ROW<${fields.join(', ')}>`, t.nullable);
    }
    case 'STRUCTURED': {
      // StructuredType#asSummaryString: INLINE_FORMAT "STRUCTURED<'%s', %s>", attributes as
      // `name` type; a description prints as '...' in the summary (never from SQL)
      const fields = t.fields.map(
        (f) =>
          `${quoteIdentifier(f.name)} ${formatType(f.type)}${f.description === undefined ? '' : " '...'"}`,
      );
      const cls = t.className.replace(/'/g, "''");
      return withNullability(
        `STRUCTURED<'${cls}'${fields.length ? ', ' + fields.join(', ') : ''}>`,
        t.nullable,
      );
    }
    case 'NULL':
      return 'NULL';
    default:
      return assertNever(t, 'logical type');
  }
}
