/**
 * Data types back to SQL, in the synonym the user wrote (`INTEGER`, `TIMESTAMP(3) WITH LOCAL TIME ZONE`).
 *
 * @example
 * printDataType(parseDataType('MAP<STRING, INT NOT NULL>')); // 'MAP<STRING, INT NOT NULL>'
 */
import { assertNever } from '../../../common/errors.js';
import type { DataType, IntervalQualifier } from '../ast/index.js';
import { printIdent, printName, printString } from './print-base.js';

export function printIntervalQualifier(q: IntervalQualifier): string {
  let s: string = q.start;
  if (q.startPrecision !== undefined) {
    s +=
      q.end === undefined && q.fractionalPrecision !== undefined
        ? `(${q.startPrecision}, ${q.fractionalPrecision})`
        : `(${q.startPrecision})`;
  } else if (q.end === undefined && q.fractionalPrecision !== undefined) {
    // SECOND(p, f) with no leading precision cannot be written; Calcite's default leading precision is 2.
    s += `(2, ${q.fractionalPrecision})`;
  }
  if (q.end !== undefined) {
    s += ` TO ${q.end}`;
    if (q.fractionalPrecision !== undefined) s += `(${q.fractionalPrecision})`;
  }
  return s;
}

export function printDataType(t: DataType): string {
  const nn = t.nullable ? '' : ' NOT NULL';
  switch (t.kind) {
    case 'PrimitiveType': {
      const args =
        t.precision === undefined
          ? ''
          : t.scale === undefined
            ? `(${t.precision})`
            : `(${t.precision}, ${t.scale})`;
      const sp = t.spelling;
      const suffix = [' WITHOUT TIME ZONE', ' WITH LOCAL TIME ZONE'].find((z) => sp.endsWith(z));
      if (suffix) return `${sp.slice(0, -suffix.length)}${args}${suffix}${nn}`;
      if (sp.endsWith(' VARYING') || sp === 'DOUBLE PRECISION') return `${sp}${args}${nn}`;
      return `${sp}${args}${nn}`;
    }
    case 'IntervalType':
      return `INTERVAL ${printIntervalQualifier(t.qualifier)}${nn}`;
    case 'ArrayType':
    case 'MultisetType': {
      const w = t.kind === 'ArrayType' ? 'ARRAY' : 'MULTISET';
      return t.style === 'angle'
        ? `${w}<${printDataType(t.element)}>${nn}`
        : `${printDataType(t.element)} ${w}${nn}`;
    }
    case 'MapType':
      return `MAP<${printDataType(t.key)}, ${printDataType(t.value)}>${nn}`;
    case 'RowType': {
      const fields = t.fields
        .map(
          (f) =>
            `${printIdent(f.name)} ${printDataType(f.type)}${f.description !== undefined ? ' ' + printString(f.description) : ''}`,
        )
        .join(', ');
      return t.style === 'angle' ? `ROW<${fields}>${nn}` : `ROW(${fields})${nn}`;
    }
    case 'StructuredType': {
      const attrs = t.fields.map(
        (f) =>
          `, ${printIdent(f.name)} ${printDataType(f.type)}${f.description !== undefined ? ' ' + printString(f.description) : ''}`,
      );
      return `STRUCTURED<${printString(t.className)}${attrs.join('')}>${nn}`;
    }
    case 'RawType':
      return `RAW(${printString(t.className)}${t.snapshot !== undefined ? ', ' + printString(t.snapshot) : ''})${nn}`;
    case 'UserDefinedType':
      return `${printName(t.name)}${nn}`;
    default:
      return assertNever(t, 'data type');
  }
}
