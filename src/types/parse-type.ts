/**
 * `parseType`: reads a type from Flink's type text, everything `formatType` prints plus the SQL
 * spellings DDL accepts (INTEGER, DEC/NUMERIC, CHARACTER VARYING, REAL, DOUBLE PRECISION,
 * TIMESTAMP(p) WITH[OUT] [LOCAL] TIME ZONE, ROW(a INT, …), `INT ARRAY` postfix forms). Keywords are
 * case-insensitive; field names are bare or backtick-quoted.
 */
import { ConfigError } from '../common/errors.js';
import {
  MAX_DECIMAL_PRECISION,
  MAX_LENGTH,
  MAX_TIME_PRECISION,
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
  doubleType,
  field,
  floatType,
  mapType,
  multisetType,
  nullType,
  rowType,
  structuredType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  varbinaryType,
  varcharType,
  withNullable,
  yearMonthIntervalType,
  type DayTimeResolution,
  type LogicalType,
  type RowField,
  type TimeAttribute,
} from './logical-type.js';
import { structuredClassNameError } from './structured.js';

interface Token {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'punct';
  text: string;
  pos: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '`') {
      let j = i + 1;
      let name = '';
      while (true) {
        if (j >= text.length) throw typeError(text, i, 'unterminated quoted identifier');
        if (text[j] === '`') {
          if (text[j + 1] === '`') {
            name += '`';
            j += 2;
            continue;
          }
          break;
        }
        name += text[j++];
      }
      out.push({ kind: 'quoted', text: name, pos: i });
      i = j + 1;
    } else if (c === "'") {
      let j = i + 1;
      let s = '';
      while (true) {
        if (j >= text.length) throw typeError(text, i, 'unterminated string');
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            s += "'";
            j += 2;
            continue;
          }
          break;
        }
        s += text[j++];
      }
      out.push({ kind: 'string', text: s, pos: i });
      i = j + 1;
    } else if (/[0-9]/.test(c)) {
      let j = i;
      while (j < text.length && /[0-9]/.test(text[j]!)) j++;
      out.push({ kind: 'number', text: text.slice(i, j), pos: i });
      i = j;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < text.length && /[A-Za-z0-9_$]/.test(text[j]!)) j++;
      out.push({ kind: 'word', text: text.slice(i, j), pos: i });
      i = j;
    } else if ('<>(),*'.includes(c)) {
      out.push({ kind: 'punct', text: c, pos: i });
      i++;
    } else {
      throw typeError(text, i, `unexpected character '${c}'`);
    }
  }
  return out;
}

function typeError(text: string, pos: number, what: string): ConfigError {
  return new ConfigError(`invalid type '${text}' at position ${pos + 1}: ${what}`, { position: pos + 1 });
}

class TypeParser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly toks: Token[],
  ) {}

  private peek(offset = 0): Token | undefined {
    return this.toks[this.i + offset];
  }
  private fail(what: string): never {
    const t = this.peek();
    throw typeError(this.text, t ? t.pos : this.text.length, what);
  }
  private isWord(w: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t !== undefined && t.kind === 'word' && t.text.toUpperCase() === w;
  }
  private acceptWord(w: string): boolean {
    if (this.isWord(w)) {
      this.i++;
      return true;
    }
    return false;
  }
  private expectWord(w: string): void {
    if (!this.acceptWord(w)) this.fail(`expected ${w}`);
  }
  private acceptPunct(p: string): boolean {
    const t = this.peek();
    if (t && t.kind === 'punct' && t.text === p) {
      this.i++;
      return true;
    }
    return false;
  }
  private expectPunct(p: string): void {
    if (!this.acceptPunct(p)) this.fail(`expected '${p}'`);
  }
  private number(): number {
    const t = this.peek();
    if (!t || t.kind !== 'number') this.fail('expected a number');
    this.i++;
    return Number(t.text);
  }
  /** `(n)` if present, else undefined. */
  private optParen(): number | undefined {
    if (!this.acceptPunct('(')) return undefined;
    const n = this.number();
    this.expectPunct(')');
    return n;
  }

  parseAll(): LogicalType {
    const t = this.parseType();
    if (this.peek()) this.fail(`unexpected '${this.peek()!.text}'`);
    return t;
  }

  parseType(): LogicalType {
    let t = this.parseBase();
    // postfix collection forms: INT ARRAY, INT MULTISET
    while (true) {
      if (this.acceptWord('ARRAY')) t = arrayType(t);
      else if (this.acceptWord('MULTISET')) t = multisetType(t);
      else break;
    }
    if (this.isWord('NOT') && this.isWord('NULL', 1)) {
      this.i += 2;
      t = withNullable(t, false);
    } else if (this.acceptWord('NULL')) {
      t = withNullable(t, true);
    }
    if (this.acceptPunct('*')) {
      const w = this.peek();
      const attr = w?.text.toUpperCase();
      if (attr !== 'ROWTIME' && attr !== 'PROCTIME') this.fail('expected ROWTIME or PROCTIME');
      this.i++;
      this.expectPunct('*');
      if (t.kind !== 'TIMESTAMP' && t.kind !== 'TIMESTAMP_LTZ')
        this.fail('a time attribute needs a timestamp type');
      t = { ...t, timeAttribute: attr as TimeAttribute };
    }
    return t;
  }

  private checkLength(n: number, min: number): number {
    if (n < min || n > MAX_LENGTH) this.fail(`length must be between ${min} and ${MAX_LENGTH}`);
    return n;
  }
  private checkTimePrecision(n: number): number {
    if (n < 0 || n > MAX_TIME_PRECISION) this.fail(`precision must be between 0 and ${MAX_TIME_PRECISION}`);
    return n;
  }

  private parseBase(): LogicalType {
    const t = this.peek();
    if (!t) this.fail('expected a type');
    if (t.kind !== 'word') this.fail(`expected a type, got '${t.text}'`);
    const w = t.text.toUpperCase();
    this.i++;
    switch (w) {
      case 'BOOLEAN':
        return booleanType();
      case 'TINYINT':
        return { kind: 'TINYINT', nullable: true };
      case 'SMALLINT':
        return { kind: 'SMALLINT', nullable: true };
      case 'INT':
      case 'INTEGER':
        return { kind: 'INT', nullable: true };
      case 'BIGINT':
        return { kind: 'BIGINT', nullable: true };
      case 'FLOAT':
      case 'REAL':
        return floatType();
      case 'DOUBLE':
        this.acceptWord('PRECISION');
        return doubleType();
      case 'DECIMAL':
      case 'DEC':
      case 'NUMERIC': {
        let p = 10;
        let s = 0;
        if (this.acceptPunct('(')) {
          p = this.number();
          if (this.acceptPunct(',')) s = this.number();
          this.expectPunct(')');
        }
        if (p < 1 || p > MAX_DECIMAL_PRECISION) this.fail(`DECIMAL precision must be between 1 and 38`);
        if (s < 0 || s > p) this.fail(`DECIMAL scale must be between 0 and the precision (${p})`);
        return decimalType(p, s);
      }
      case 'CHAR':
      case 'CHARACTER': {
        if (this.acceptWord('VARYING')) return varcharType(this.checkLength(this.optParen() ?? 1, 1));
        return charType(this.checkLength(this.optParen() ?? 1, 1));
      }
      case 'VARCHAR':
        return varcharType(this.checkLength(this.optParen() ?? 1, 1));
      case 'STRING':
        return stringType();
      case 'BINARY': {
        if (this.acceptWord('VARYING')) return varbinaryType(this.checkLength(this.optParen() ?? 1, 1));
        return binaryType(this.checkLength(this.optParen() ?? 1, 1));
      }
      case 'VARBINARY':
        return varbinaryType(this.checkLength(this.optParen() ?? 1, 1));
      case 'BYTES':
        return bytesType();
      case 'DATE':
        return dateType();
      case 'VARIANT':
        return variantType();
      case 'BITMAP':
        return bitmapType();
      case 'TIME': {
        const p = this.checkTimePrecision(this.optParen() ?? 0);
        if (this.acceptWord('WITHOUT')) {
          this.expectWord('TIME');
          this.expectWord('ZONE');
        }
        return timeType(p);
      }
      case 'TIMESTAMP': {
        const p = this.checkTimePrecision(this.optParen() ?? 6);
        if (this.acceptWord('WITHOUT')) {
          this.expectWord('TIME');
          this.expectWord('ZONE');
        } else if (this.acceptWord('WITH')) {
          if (!this.acceptWord('LOCAL'))
            this.fail('TIMESTAMP WITH TIME ZONE is not supported; use WITH LOCAL TIME ZONE');
          this.expectWord('TIME');
          this.expectWord('ZONE');
          return timestampLtzType(p);
        }
        return timestampType(p);
      }
      case 'TIMESTAMP_LTZ':
        return timestampLtzType(this.checkTimePrecision(this.optParen() ?? 6));
      case 'INTERVAL':
        return this.parseInterval();
      case 'ARRAY':
      case 'MULTISET': {
        this.expectPunct('<');
        const e = this.parseType();
        this.expectPunct('>');
        return w === 'ARRAY' ? arrayType(e) : multisetType(e);
      }
      case 'MAP': {
        this.expectPunct('<');
        const k = this.parseType();
        this.expectPunct(',');
        const v = this.parseType();
        this.expectPunct('>');
        return mapType(k, v);
      }
      case 'ROW':
        return this.parseRow();
      case 'STRUCTURED':
        return this.parseStructured();
      case 'NULL':
        return nullType();
      default:
        this.i--;
        return this.fail(`unknown type '${t.text}'`);
    }
  }

  private parseRow(): LogicalType {
    const close = this.acceptPunct('<')
      ? '>'
      : this.acceptPunct('(')
        ? ')'
        : this.fail("expected '<' or '('");
    const fields: RowField[] = [];
    if (!this.acceptPunct(close)) {
      do {
        const n = this.peek();
        if (!n || (n.kind !== 'word' && n.kind !== 'quoted')) this.fail('expected a field name');
        this.i++;
        const ft = this.parseType();
        let desc: string | undefined;
        const s = this.peek();
        if (s && s.kind === 'string') {
          desc = s.text;
          this.i++;
        }
        if (fields.some((f) => f.name === n.text)) this.fail(`duplicate field name '${n.text}'`);
        fields.push(field(n.text, ft, desc));
      } while (this.acceptPunct(','));
      this.expectPunct(close);
    }
    return rowType(fields);
  }

  /** `STRUCTURED<'class', name type, …>` (StructuredType's INLINE_FORMAT). */
  private parseStructured(): LogicalType {
    this.expectPunct('<');
    const c = this.peek();
    if (!c || c.kind !== 'string') return this.fail('expected the class name string');
    this.i++;
    const why = structuredClassNameError(c.text);
    if (why !== undefined) this.fail(why);
    const fields: RowField[] = [];
    while (this.acceptPunct(',')) {
      const n = this.peek();
      if (!n || (n.kind !== 'word' && n.kind !== 'quoted')) this.fail('expected an attribute name');
      this.i++;
      const ft = this.parseType();
      let desc: string | undefined;
      const s = this.peek();
      if (s && s.kind === 'string') {
        desc = s.text;
        this.i++;
      }
      if (fields.some((f) => f.name === n.text)) this.fail(`duplicate attribute name '${n.text}'`);
      fields.push(field(n.text, ft, desc));
    }
    this.expectPunct('>');
    return structuredType(c.text, fields);
  }

  private parseInterval(): LogicalType {
    const unit = this.peek()?.text.toUpperCase();
    if (unit === 'YEAR' || unit === 'MONTH') {
      this.i++;
      if (unit === 'MONTH') return yearMonthIntervalType('MONTH', 2);
      const yp = this.optParen() ?? 2;
      if (yp < 1 || yp > 4) this.fail('year precision must be between 1 and 4');
      if (this.acceptWord('TO')) {
        this.expectWord('MONTH');
        return yearMonthIntervalType('YEAR_TO_MONTH', yp);
      }
      return yearMonthIntervalType('YEAR', yp);
    }
    if (unit !== 'DAY' && unit !== 'HOUR' && unit !== 'MINUTE' && unit !== 'SECOND') {
      return this.fail('expected YEAR, MONTH, DAY, HOUR, MINUTE or SECOND');
    }
    this.i++;
    let dayPrecision = 2;
    let fractional = 6;
    if (unit === 'DAY') {
      dayPrecision = this.optParen() ?? 2;
      if (dayPrecision < 1 || dayPrecision > 6) this.fail('day precision must be between 1 and 6');
    }
    if (unit === 'SECOND') {
      fractional = this.checkTimePrecision(this.optParen() ?? 6);
      return dayTimeIntervalType('SECOND', dayPrecision, fractional);
    }
    if (!this.acceptWord('TO')) return dayTimeIntervalType(unit, dayPrecision, fractional);
    const end = this.peek()?.text.toUpperCase();
    const order = ['DAY', 'HOUR', 'MINUTE', 'SECOND'];
    if (end === undefined || order.indexOf(end) <= order.indexOf(unit))
      this.fail(`invalid interval end unit after ${unit}`);
    this.i++;
    if (end === 'SECOND') fractional = this.checkTimePrecision(this.optParen() ?? 6);
    return dayTimeIntervalType(`${unit}_TO_${end}` as DayTimeResolution, dayPrecision, fractional);
  }
}

/**
 * Parses Flink type text. Throws ConfigError naming the position for malformed text.
 *
 * @example
 * parseType('ROW<`a` INT NOT NULL, b STRING>');
 * parseType('TIMESTAMP(3) WITH LOCAL TIME ZONE'); // same as TIMESTAMP_LTZ(3)
 */
export function parseType(text: string): LogicalType {
  return new TypeParser(text, tokenize(text)).parseAll();
}
