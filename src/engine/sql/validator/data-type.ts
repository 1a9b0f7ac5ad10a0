/**
 * AST data types → logical types, with Flink's defaults for omitted parameters (DECIMAL →
 * (10, 0), CHAR/VARCHAR/BINARY/VARBINARY → 1, TIME → 0, TIMESTAMP / TIMESTAMP_LTZ → 6,
 * INTERVAL DAY → 2, SECOND fraction → 6) and its range checks.
 */
import {
  MAX_LENGTH,
  arrayType,
  binaryType,
  booleanType,
  bytesType,
  charType,
  dateType,
  variantType,
  bitmapType,
  dayTimeIntervalType,
  decimalType,
  field,
  mapType,
  multisetType,
  nullType,
  rowType,
  structuredClassNameError,
  structuredType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  varbinaryType,
  varcharType,
  yearMonthIntervalType,
  withNullable,
  type DayTimeResolution,
  type LogicalType,
  type YearMonthResolution,
} from '../../../types/index.js';
import type { DataType, IntervalQualifier } from '../ast/index.js';
import { validationError } from './errors.js';

/** Converts a parsed data type. */
export function toLogicalType(t: DataType): LogicalType {
  const nn = (x: LogicalType): LogicalType => withNullable(x, t.nullable);
  switch (t.kind) {
    case 'PrimitiveType': {
      const p = t.precision;
      const s = t.scale;
      switch (t.name) {
        case 'BOOLEAN':
          return nn(booleanType());
        case 'TINYINT':
        case 'SMALLINT':
        case 'INT':
        case 'BIGINT':
        case 'FLOAT':
        case 'DOUBLE':
          return nn({ kind: t.name, nullable: true });
        case 'DECIMAL': {
          const precision = p ?? 10;
          const scale = s ?? 0;
          if (precision < 1 || precision > 38) {
            throw validationError(`Decimal precision must be between 1 and 38 (both inclusive).`, t.span);
          }
          if (scale < 0 || scale > precision) {
            throw validationError(
              `Decimal scale must be between 0 and the precision ${precision} (both inclusive).`,
              t.span,
            );
          }
          return nn(decimalType(precision, scale));
        }
        case 'CHAR':
          return nn(charType(p ?? 1));
        case 'VARCHAR':
          // FlinkTypeSystem: VARCHAR without a length is VARCHAR(2147483647), i.e. STRING.
          return nn(p === undefined || p >= MAX_LENGTH ? stringType() : varcharType(p));
        case 'STRING':
          return nn(stringType());
        case 'BINARY':
          return nn(binaryType(p ?? 1));
        case 'VARBINARY':
          return nn(p === undefined || p >= MAX_LENGTH ? bytesType() : varbinaryType(p));
        case 'BYTES':
          return nn(bytesType());
        case 'DATE':
          return nn(dateType());
        case 'TIME':
          return nn(timeType(checkTimePrecision(p ?? 0, t)));
        case 'TIMESTAMP':
          return nn(timestampType(checkTimePrecision(p ?? 6, t)));
        case 'TIMESTAMP_LTZ':
          return nn(timestampLtzType(checkTimePrecision(p ?? 6, t)));
        case 'NULL':
          return nullType();
        case 'VARIANT':
          return nn(variantType());
        case 'BITMAP':
          return nn(bitmapType());
      }
      break;
    }
    case 'IntervalType':
      return nn(intervalType(t.qualifier, t));
    case 'ArrayType':
      return nn(arrayType(toLogicalType(t.element)));
    case 'MultisetType':
      return nn(multisetType(toLogicalType(t.element)));
    case 'MapType':
      return nn(mapType(toLogicalType(t.key), toLogicalType(t.value)));
    case 'RowType':
      return nn(rowType(t.fields.map((f) => field(f.name.value, toLogicalType(f.type), f.description))));
    case 'StructuredType': {
      // StructuredType#checkClassName: a JVM name (SourceVersion.isName)
      const why = structuredClassNameError(t.className);
      if (why !== undefined) throw validationError(why, t.span);
      const names = new Set<string>();
      for (const f of t.fields) {
        if (names.has(f.name.value))
          throw validationError(`Duplicate attribute name '${f.name.value}' in ${t.className}`, f.name.span);
        names.add(f.name.value);
      }
      return nn(
        structuredType(
          t.className,
          t.fields.map((f) => field(f.name.value, toLogicalType(f.type), f.description)),
        ),
      );
    }
    case 'RawType':
    case 'UserDefinedType':
      throw validationError(
        `Type ${t.kind === 'RawType' ? 'RAW' : t.name.map((n) => n.value).join('.')} is not supported`,
        t.span,
      );
  }
  throw validationError('unknown data type', (t as DataType).span);
}

function checkTimePrecision(p: number, t: DataType): number {
  if (p < 0 || p > 9) throw validationError(`Precision must be between 0 and 9 (both inclusive).`, t.span);
  return p;
}

/** The interval type of a qualifier (also used for interval literals). */
export function intervalType(q: IntervalQualifier, node?: { span: DataType['span'] }): LogicalType {
  const start = q.start;
  const end = q.end;
  if (start === 'YEAR' || start === 'MONTH') {
    const res: YearMonthResolution = start === 'MONTH' ? 'MONTH' : end === 'MONTH' ? 'YEAR_TO_MONTH' : 'YEAR';
    return yearMonthIntervalType(res, q.startPrecision ?? 2);
  }
  const dayTimeUnits = ['DAY', 'HOUR', 'MINUTE', 'SECOND'];
  if (!dayTimeUnits.includes(start) || (end !== undefined && !dayTimeUnits.includes(end))) {
    throw validationError(`Unsupported interval qualifier ${start}${end ? ' TO ' + end : ''}`, node?.span);
  }
  const res = (end === undefined ? start : `${start}_TO_${end}`) as DayTimeResolution;
  const frac = q.fractionalPrecision ?? (start === 'SECOND' && q.startPrecision === undefined ? 6 : 6);
  return dayTimeIntervalType(res, start === 'DAY' ? (q.startPrecision ?? 2) : 2, frac);
}
