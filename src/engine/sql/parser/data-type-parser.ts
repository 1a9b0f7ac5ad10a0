/**
 * Data types (Flink's "Data Types" page) and interval qualifiers.
 */
import type { DataType, PrimitiveType, PrimitiveTypeName, RowTypeField } from '../ast/data-type.js';
import type { IntervalQualifier, TimeUnit } from '../ast/expression.js';
import { draft, ParserBase } from './parser-base.js';

/** Word → [canonical name, takes precision, takes scale]. */
const SIMPLE: Record<string, [PrimitiveTypeName, boolean, boolean]> = {
  BOOLEAN: ['BOOLEAN', false, false],
  TINYINT: ['TINYINT', false, false],
  SMALLINT: ['SMALLINT', false, false],
  INT: ['INT', false, false],
  INTEGER: ['INT', false, false],
  BIGINT: ['BIGINT', false, false],
  FLOAT: ['FLOAT', false, false],
  REAL: ['FLOAT', false, false],
  DECIMAL: ['DECIMAL', true, true],
  DEC: ['DECIMAL', true, true],
  NUMERIC: ['DECIMAL', true, true],
  VARCHAR: ['VARCHAR', true, false],
  STRING: ['STRING', false, false],
  VARBINARY: ['VARBINARY', true, false],
  BYTES: ['BYTES', false, false],
  DATE: ['DATE', false, false],
  TIMESTAMP_LTZ: ['TIMESTAMP_LTZ', true, false],
  NULL: ['NULL', false, false],
  VARIANT: ['VARIANT', false, false],
  BITMAP: ['BITMAP', false, false],
};

/** Singular time units and the plurals Flink also accepts (`INTERVAL '10' MINUTES`). */
export const TIME_UNITS: Record<string, TimeUnit> = {
  MILLENNIUM: 'MILLENNIUM',
  CENTURY: 'CENTURY',
  DECADE: 'DECADE',
  YEAR: 'YEAR',
  YEARS: 'YEAR',
  QUARTER: 'QUARTER',
  QUARTERS: 'QUARTER',
  MONTH: 'MONTH',
  MONTHS: 'MONTH',
  WEEK: 'WEEK',
  WEEKS: 'WEEK',
  DAY: 'DAY',
  DAYS: 'DAY',
  HOUR: 'HOUR',
  HOURS: 'HOUR',
  MINUTE: 'MINUTE',
  MINUTES: 'MINUTE',
  SECOND: 'SECOND',
  SECONDS: 'SECOND',
  MILLISECOND: 'MILLISECOND',
  MILLISECONDS: 'MILLISECOND',
  MICROSECOND: 'MICROSECOND',
  MICROSECONDS: 'MICROSECOND',
  NANOSECOND: 'NANOSECOND',
  NANOSECONDS: 'NANOSECOND',
  DOW: 'DOW',
  DOY: 'DOY',
  ISODOW: 'ISODOW',
  ISOYEAR: 'ISOYEAR',
  EPOCH: 'EPOCH',
};

const INTERVAL_UNITS = new Set<TimeUnit>([
  'YEAR',
  'QUARTER',
  'MONTH',
  'WEEK',
  'DAY',
  'HOUR',
  'MINUTE',
  'SECOND',
]);

/** The `start TO end` interval ranges of the SQL standard (and Calcite). */
const VALID_RANGES: Partial<Record<TimeUnit, TimeUnit[]>> = {
  YEAR: ['MONTH'],
  DAY: ['HOUR', 'MINUTE', 'SECOND'],
  HOUR: ['MINUTE', 'SECOND'],
  MINUTE: ['SECOND'],
};

export abstract class DataTypeParser extends ParserBase {
  /** Parse a full data type with nullability and `ARRAY` / `MULTISET` suffixes. */
  dataType(): DataType {
    this.enter();
    try {
      return this.dataTypeAt();
    } finally {
      this.depth--;
    }
  }

  private dataTypeAt(): DataType {
    const start = this.peek().start;
    let t = this.baseType();
    t = this.withNullability(t, start);
    while (this.isWord('ARRAY') || this.isWord('MULTISET')) {
      const w = this.next().upper;
      const elem = t;
      const span = this.spanFrom(start);
      t =
        w === 'ARRAY'
          ? { kind: 'ArrayType', span, element: elem, style: 'suffix', nullable: true }
          : { kind: 'MultisetType', span, element: elem, style: 'suffix', nullable: true };
      t = this.withNullability(t, start);
    }
    return t;
  }

  private withNullability(t: DataType, start: number): DataType {
    if (this.acceptWords('NOT', 'NULL')) return { ...t, nullable: false, span: this.spanFrom(start) };
    // `JSON_VALUE(… RETURNING INT NULL ON EMPTY)`: that NULL belongs to the ON EMPTY clause.
    if (this.isWord('NULL') && !this.isWord('ON', 1)) {
      this.next();
      return { ...t, nullable: true, span: this.spanFrom(start) };
    }
    return t;
  }

  private optPrecision(): number | undefined {
    if (!this.acceptSym('(')) return undefined;
    const p = this.integer('a precision');
    this.expectSym(')');
    return p;
  }

  private baseType(): DataType {
    const t = this.peek();
    const start = t.start;
    if (t.type !== 'word') {
      if (t.type === 'quoted') return this.userType(start);
      this.fail(['a data type']);
    }
    const u = t.upper;
    const simple = SIMPLE[u];
    if (simple) {
      this.pos++;
      const [name, hasP, hasS] = simple;
      let precision: number | undefined;
      let scale: number | undefined;
      if (hasP && this.acceptSym('(')) {
        precision = this.integer('a precision');
        if (hasS && this.acceptSym(',')) scale = this.integer('a scale');
        this.expectSym(')');
      }
      return this.prim(name, u, start, precision, scale);
    }
    switch (u) {
      case 'DOUBLE': {
        this.pos++;
        const spelling = this.acceptWord('PRECISION') ? 'DOUBLE PRECISION' : 'DOUBLE';
        return this.prim('DOUBLE', spelling, start);
      }
      case 'CHAR':
      case 'CHARACTER': {
        this.pos++;
        const varying = this.acceptWord('VARYING');
        const p = this.optPrecision();
        return this.prim(varying ? 'VARCHAR' : 'CHAR', varying ? `${u} VARYING` : u, start, p);
      }
      case 'BINARY': {
        this.pos++;
        const varying = this.acceptWord('VARYING');
        const p = this.optPrecision();
        return this.prim(varying ? 'VARBINARY' : 'BINARY', varying ? 'BINARY VARYING' : 'BINARY', start, p);
      }
      case 'TIME': {
        this.pos++;
        const p = this.optPrecision();
        const spelling = this.acceptWords('WITHOUT', 'TIME', 'ZONE') ? 'TIME WITHOUT TIME ZONE' : 'TIME';
        return this.prim('TIME', spelling, start, p);
      }
      case 'TIMESTAMP': {
        this.pos++;
        const p = this.optPrecision();
        if (this.acceptWords('WITHOUT', 'TIME', 'ZONE'))
          return this.prim('TIMESTAMP', 'TIMESTAMP WITHOUT TIME ZONE', start, p);
        if (this.acceptWords('WITH', 'LOCAL', 'TIME', 'ZONE'))
          return this.prim('TIMESTAMP_LTZ', 'TIMESTAMP WITH LOCAL TIME ZONE', start, p);
        if (this.isWords('WITH', 'TIME', 'ZONE'))
          this.failAt(
            this.peek().start,
            this.peek(2).end,
            'TIMESTAMP WITH TIME ZONE is not supported by Flink',
            'use TIMESTAMP_LTZ (TIMESTAMP WITH LOCAL TIME ZONE) or TIMESTAMP',
          );
        return this.prim('TIMESTAMP', 'TIMESTAMP', start, p);
      }
      case 'INTERVAL': {
        this.pos++;
        const qualifier = this.intervalQualifier();
        return { kind: 'IntervalType', span: this.spanFrom(start), qualifier, nullable: true };
      }
      case 'ARRAY':
      case 'MULTISET': {
        this.pos++;
        this.expectSym('<');
        const element = this.dataType();
        this.expectSym('>');
        const span = this.spanFrom(start);
        return u === 'ARRAY'
          ? { kind: 'ArrayType', span, element, style: 'angle', nullable: true }
          : { kind: 'MultisetType', span, element, style: 'angle', nullable: true };
      }
      case 'MAP': {
        this.pos++;
        this.expectSym('<');
        const key = this.dataType();
        this.expectSym(',');
        const value = this.dataType();
        this.expectSym('>');
        return { kind: 'MapType', span: this.spanFrom(start), key, value, nullable: true };
      }
      case 'ROW': {
        this.pos++;
        const close = this.isSym('(') ? ')' : '>';
        if (!this.acceptSym('(') && !this.acceptSym('<')) this.fail(["'<'", "'('"]);
        const fields: RowTypeField[] = [];
        if (!this.isSym(close)) {
          do fields.push(this.rowTypeField('a field name'));
          while (this.acceptSym(','));
        }
        this.expectSym(close);
        return {
          kind: 'RowType',
          span: this.spanFrom(start),
          fields,
          style: close === ')' ? 'paren' : 'angle',
          nullable: true,
        };
      }
      case 'STRUCTURED': {
        // STRUCTURED<'class', attr type ['description'], …>
        this.pos++;
        this.expectSym('<');
        const className = this.stringValue('a class name string');
        const fields: RowTypeField[] = [];
        while (this.acceptSym(',')) fields.push(this.rowTypeField('an attribute name'));
        this.expectSym('>');
        return { kind: 'StructuredType', span: this.spanFrom(start), className, fields, nullable: true };
      }
      case 'RAW': {
        this.pos++;
        this.expectSym('(');
        const className = this.stringValue('a class name string');
        const snapshot = this.acceptSym(',') ? this.stringValue('a serializer snapshot string') : undefined;
        this.expectSym(')');
        return {
          kind: 'RawType',
          span: this.spanFrom(start),
          className,
          ...(snapshot !== undefined ? { snapshot } : {}),
          nullable: true,
        };
      }
    }
    if (this.isIdentifierToken()) return this.userType(start);
    this.fail(['a data type']);
  }

  /** One `name type ['description']` of a ROW field or STRUCTURED attribute list. */
  private rowTypeField(what: string): RowTypeField {
    const fs = this.peek().start;
    const name = this.identifier(what);
    const type = this.dataType();
    const description = this.peek().type === 'string' ? this.stringValue() : undefined;
    return {
      kind: 'RowTypeField',
      span: this.spanFrom(fs),
      name,
      type,
      ...(description !== undefined ? { description } : {}),
    };
  }

  private userType(start: number): DataType {
    const name = this.qualifiedName('a data type');
    return { kind: 'UserDefinedType', span: this.spanFrom(start), name, nullable: true };
  }

  private prim(
    name: PrimitiveTypeName,
    spelling: string,
    start: number,
    precision?: number,
    scale?: number,
  ): DataType {
    const t = draft<PrimitiveType>('PrimitiveType', this.spanFrom(start));
    t.name = name;
    t.spelling = spelling;
    if (precision !== undefined) t.precision = precision;
    if (scale !== undefined) t.scale = scale;
    t.nullable = true;
    return t;
  }

  /** A time unit word (singular or plural) if one is next. */
  acceptTimeUnit(): TimeUnit | undefined {
    const t = this.peek();
    if (t.type !== 'word') return undefined;
    const u = TIME_UNITS[t.upper];
    if (u) this.pos++;
    return u;
  }

  /** `unit [(p)] [TO unit [(p)]]` or `SECOND(p, f)`. */
  intervalQualifier(): IntervalQualifier {
    const t = this.peek();
    const start = this.acceptTimeUnit();
    if (!start || !INTERVAL_UNITS.has(start))
      this.fail(['an interval unit (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, …)'], t);
    let startPrecision: number | undefined;
    let fractionalPrecision: number | undefined;
    if (this.acceptSym('(')) {
      startPrecision = this.integer('a precision');
      if (start === 'SECOND' && this.acceptSym(','))
        fractionalPrecision = this.integer('a fractional precision');
      this.expectSym(')');
    }
    let end: TimeUnit | undefined;
    // Only a valid range continues the qualifier, so that `FLOOR(INTERVAL '1' DAY TO YEAR)`
    // still reads as FLOOR(… TO unit).
    const next = this.peek(1).type === 'word' ? TIME_UNITS[this.peek(1).upper] : undefined;
    if (this.isWord('TO') && next !== undefined && VALID_RANGES[start]?.includes(next)) {
      this.pos++;
      const et = this.peek();
      end = this.acceptTimeUnit();
      if (!end || !INTERVAL_UNITS.has(end)) this.fail(['an interval unit'], et);
      if (this.acceptSym('(')) {
        fractionalPrecision = this.integer('a precision');
        this.expectSym(')');
      }
    }
    return {
      start,
      ...(startPrecision !== undefined ? { startPrecision } : {}),
      ...(end !== undefined ? { end } : {}),
      ...(fractionalPrecision !== undefined ? { fractionalPrecision } : {}),
    };
  }
}
