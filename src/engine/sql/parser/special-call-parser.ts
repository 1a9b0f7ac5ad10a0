/**
 * Functions whose arguments use keywords: EXTRACT, POSITION, TRIM, SUBSTRING … FROM … FOR,
 * OVERLAY, FLOOR/CEIL … TO unit, and the JSON functions (Flink's "System Functions" page).
 * Returns undefined when the call uses plain comma syntax, so the caller parses a FunctionCall.
 */
import type { Expr, JsonBehavior } from '../ast/index.js';
import type { ExpressionParser } from './expression-parser.js';

/** Parse the special form of `word(` at the current token, or return undefined. */
export function parseSpecialCall(p: ExpressionParser, word: string): Expr | undefined {
  const start = p.peek().start;
  switch (word) {
    case 'EXTRACT': {
      p.pos += 2;
      const ut = p.peek();
      const unit = p.acceptTimeUnit();
      if (!unit) p.fail(['a time unit (YEAR, MONTH, DAY, HOUR, …)'], ut);
      p.expectWord('FROM');
      const expr = p.expr();
      p.expectSym(')');
      return { kind: 'Extract', span: p.spanFrom(start), unit, expr };
    }
    case 'POSITION': {
      p.pos += 2;
      const needle = p.expr(7);
      p.expectWord('IN');
      const haystack = p.expr();
      const from = p.acceptWord('FROM') ? p.expr() : undefined;
      p.expectSym(')');
      return { kind: 'Position', span: p.spanFrom(start), needle, haystack, ...(from ? { from } : {}) };
    }
    case 'TRIM': {
      p.pos += 2;
      const side = p.acceptOneOf('BOTH', 'LEADING', 'TRAILING');
      let chars: Expr | undefined;
      let expr: Expr;
      if (p.acceptWord('FROM')) expr = p.expr();
      else {
        const first = p.expr();
        if (p.acceptWord('FROM')) {
          chars = first;
          expr = p.expr();
        } else {
          // Calcite takes TRIM(BOTH ' x ') too: the side with no characters trims spaces.
          expr = first;
        }
      }
      p.expectSym(')');
      return {
        kind: 'Trim',
        span: p.spanFrom(start),
        ...(side ? { side } : {}),
        ...(chars ? { chars } : {}),
        expr,
      };
    }
    case 'SUBSTRING':
    case 'OVERLAY': {
      const save = p.pos;
      p.pos += 2;
      const expr = p.expr();
      if (word === 'OVERLAY') {
        p.expectWord('PLACING');
        const placing = p.expr();
        p.expectWord('FROM');
        const from = p.expr();
        const len = p.acceptWord('FOR') ? p.expr() : undefined;
        p.expectSym(')');
        return {
          kind: 'Overlay',
          span: p.spanFrom(start),
          expr,
          placing,
          from,
          ...(len ? { for: len } : {}),
        };
      }
      if (!p.acceptWord('FROM')) {
        p.pos = save;
        return undefined;
      }
      const from = p.expr();
      const len = p.acceptWord('FOR') ? p.expr() : undefined;
      p.expectSym(')');
      return { kind: 'Substring', span: p.spanFrom(start), expr, from, ...(len ? { for: len } : {}) };
    }
    case 'FLOOR':
    case 'CEIL':
    case 'CEILING': {
      const save = p.pos;
      p.pos += 2;
      const expr = p.expr();
      if (!p.acceptWord('TO')) {
        p.pos = save;
        return undefined;
      }
      const ut = p.peek();
      const unit = p.acceptTimeUnit();
      if (!unit) p.fail(['a time unit (YEAR, MONTH, DAY, HOUR, …)'], ut);
      p.expectSym(')');
      return {
        kind: 'FloorCeil',
        span: p.spanFrom(start),
        fn: word === 'FLOOR' ? 'FLOOR' : 'CEIL',
        expr,
        unit,
      };
    }
    case 'JSON_VALUE':
    case 'JSON_QUERY':
    case 'JSON_EXISTS':
      return jsonPathCall(p, word, start);
    case 'JSON_OBJECT':
    case 'JSON_OBJECTAGG': {
      p.pos += 2;
      const aggregate = word === 'JSON_OBJECTAGG';
      const entries: { key: Expr; value: Expr }[] = [];
      let onNull: 'NULL' | 'ABSENT' | undefined;
      if (!p.isSym(')')) {
        do {
          onNull = onNullClause(p);
          if (onNull) break;
          p.acceptWord('KEY');
          const key = p.expr();
          p.expectWord('VALUE');
          entries.push({ key, value: p.expr() });
        } while (p.acceptSym(','));
        onNull ??= onNullClause(p);
      }
      p.expectSym(')');
      return {
        kind: 'JsonObject',
        span: p.spanFrom(start),
        entries,
        ...(onNull ? { onNull } : {}),
        aggregate,
      };
    }
    case 'JSON_ARRAY':
    case 'JSON_ARRAYAGG': {
      p.pos += 2;
      const aggregate = word === 'JSON_ARRAYAGG';
      const values: Expr[] = [];
      let onNull: 'NULL' | 'ABSENT' | undefined;
      if (!p.isSym(')')) {
        do {
          onNull = onNullClause(p);
          if (onNull) break;
          values.push(p.expr());
        } while (p.acceptSym(','));
        onNull ??= onNullClause(p);
      }
      p.expectSym(')');
      return { kind: 'JsonArray', span: p.spanFrom(start), values, ...(onNull ? { onNull } : {}), aggregate };
    }
  }
  return undefined;
}

function onNullClause(p: ExpressionParser): 'NULL' | 'ABSENT' | undefined {
  if (p.isWords('NULL', 'ON', 'NULL')) {
    p.pos += 3;
    return 'NULL';
  }
  if (p.isWords('ABSENT', 'ON', 'NULL')) {
    p.pos += 3;
    return 'ABSENT';
  }
  return undefined;
}

function jsonPathCall(p: ExpressionParser, word: string, start: number): Expr {
  p.pos += 2;
  const expr = p.expr();
  p.expectSym(',');
  const path = p.expr();
  if (word === 'JSON_EXISTS') {
    let onError: JsonBehavior | undefined;
    const b = p.acceptOneOf('TRUE', 'FALSE', 'UNKNOWN', 'ERROR');
    if (b) {
      p.expectWord('ON', 'ERROR');
      onError = { type: b };
    }
    p.expectSym(')');
    return { kind: 'JsonExists', span: p.spanFrom(start), expr, path, ...(onError ? { onError } : {}) };
  }
  const returning = p.acceptWord('RETURNING') ? p.dataType() : undefined;
  let wrapper: 'WITHOUT ARRAY' | 'WITH CONDITIONAL ARRAY' | 'WITH UNCONDITIONAL ARRAY' | undefined;
  if (word === 'JSON_QUERY') {
    if (p.acceptWord('WITHOUT')) {
      p.acceptWord('ARRAY');
      p.expectWord('WRAPPER');
      wrapper = 'WITHOUT ARRAY';
    } else if (p.acceptWord('WITH')) {
      const c = p.acceptOneOf('CONDITIONAL', 'UNCONDITIONAL');
      p.acceptWord('ARRAY');
      p.expectWord('WRAPPER');
      wrapper = c === 'CONDITIONAL' ? 'WITH CONDITIONAL ARRAY' : 'WITH UNCONDITIONAL ARRAY';
    }
  }
  let onEmpty: JsonBehavior | undefined;
  let onError: JsonBehavior | undefined;
  for (let i = 0; i < 2; i++) {
    const save = p.pos;
    let b: JsonBehavior | undefined;
    const w = p.acceptOneOf('NULL', 'ERROR', 'DEFAULT', 'EMPTY');
    if (!w) break;
    if (w === 'DEFAULT') b = { type: 'DEFAULT', default: p.expr() };
    else if (w === 'EMPTY')
      b = { type: p.expectOneOf('ARRAY', 'OBJECT') === 'ARRAY' ? 'EMPTY ARRAY' : 'EMPTY OBJECT' };
    else b = { type: w };
    p.expectWord('ON');
    const which = p.isWord('EMPTY') ? 'EMPTY' : p.isWord('ERROR') ? 'ERROR' : undefined;
    if (!which) {
      p.pos = save;
      p.fail(['ON EMPTY', 'ON ERROR']);
    }
    p.pos++;
    if (which === 'EMPTY') onEmpty = b;
    else onError = b;
  }
  p.expectSym(')');
  const common = {
    span: p.spanFrom(start),
    expr,
    path,
    ...(returning ? { returning } : {}),
    ...(onEmpty ? { onEmpty } : {}),
    ...(onError ? { onError } : {}),
  };
  if (word === 'JSON_VALUE') return { kind: 'JsonValue', ...common };
  return { kind: 'JsonQuery', ...common, ...(wrapper ? { wrapper } : {}) };
}
