/**
 * Expressions back to SQL on one line, with the fewest parentheses that keep the tree
 * (precedences are the parser's `PREC`).
 *
 * @example
 * printExpression(parseExpression('(a + b) * c')); // '(a + b) * c'
 */
import { assertNever } from '../../../common/errors.js';
import type { Expr, JsonBehavior, OrderItem, WindowSpec, FrameBound, Query } from '../ast/index.js';
import { FUNCTION_KEYWORDS } from '../lexer/keywords.js';
import { PREC } from '../parser/expression-parser.js';
import { printIdent, printName, printString } from './print-base.js';
import { printDataType, printIntervalQualifier } from './print-data-type.js';

/** Set by print-query.ts to break the module cycle (queries inside expressions). */
let queryPrinter: (q: Query) => string = () => {
  throw new Error('query printer not registered');
};

/** @internal */
export function registerQueryPrinter(fn: (q: Query) => string): void {
  queryPrinter = fn;
}

const COMPARE = new Set(['=', '<>', '!=', '<', '<=', '>', '>=', 'OVERLAPS']);

/** The binding power of the expression's top operator. */
export function precedence(e: Expr): number {
  switch (e.kind) {
    case 'Binary':
      if (e.op === 'OR') return PREC.OR;
      if (e.op === 'AND') return PREC.AND;
      if (COMPARE.has(e.op)) return PREC.COMPARE;
      if (e.op === '+' || e.op === '-') return PREC.ADD;
      return PREC.MUL;
    case 'Unary':
      return e.op === 'NOT' ? PREC.NOT : PREC.UNARY;
    case 'IsPredicate':
    case 'IsJson':
      return PREC.IS;
    case 'IsDistinctFrom':
    case 'QuantifiedComparison':
      return PREC.COMPARE;
    case 'Like':
    case 'Between':
    case 'InList':
    case 'InQuery':
      return PREC.LIKE;
    default:
      return PREC.PRIMARY;
  }
}

/** Print `e`, in parentheses when it binds less tightly than `min` (a `PREC` value). */
export function sub(e: Expr, min: number): string {
  const s = printExpression(e);
  return precedence(e) < min ? `(${s})` : s;
}

function list(es: readonly Expr[]): string {
  return es.map((e) => printExpression(e)).join(', ');
}

/** Expressions that can take `.field` / `[i]` directly (others get parentheses). */
const POSTFIX_OK = new Set([
  'FunctionCall',
  'FieldAccess',
  'ItemAccess',
  'Cast',
  'ArrayConstructor',
  'MapConstructor',
]);

function postfixBase(e: Expr, forField: boolean): string {
  const s = printExpression(e);
  if (e.kind === 'FunctionCall' && e.bare) return forField ? `(${s})` : s;
  if (POSTFIX_OK.has(e.kind) || (!forField && e.kind === 'ColumnRef')) return s;
  return `(${s})`;
}

function behavior(b: JsonBehavior, on: string): string {
  return b.type === 'DEFAULT' ? `DEFAULT ${printExpression(b.default!)} ON ${on}` : `${b.type} ON ${on}`;
}

export function printOrderItems(items: readonly OrderItem[]): string {
  return items
    .map(
      (o) =>
        printExpression(o.expr) +
        (o.direction ? ` ${o.direction}` : '') +
        (o.nulls ? ` NULLS ${o.nulls}` : ''),
    )
    .join(', ');
}

function bound(b: FrameBound): string {
  return b.offset ? `${sub(b.offset, PREC.ADD)} ${b.type}` : b.type;
}

/** `(PARTITION BY … ORDER BY … ROWS …)`. */
export function printWindowSpec(w: WindowSpec): string {
  const parts: string[] = [];
  if (w.base) parts.push(printIdent(w.base));
  if (w.partitionBy.length) parts.push(`PARTITION BY ${list(w.partitionBy)}`);
  if (w.orderBy.length) parts.push(`ORDER BY ${printOrderItems(w.orderBy)}`);
  if (w.frame) {
    const f = w.frame;
    parts.push(
      f.end ? `${f.unit} BETWEEN ${bound(f.start)} AND ${bound(f.end)}` : `${f.unit} ${bound(f.start)}`,
    );
  }
  return `(${parts.join(' ')})`;
}

function functionName(e: Extract<Expr, { kind: 'FunctionCall' }>): string {
  if (e.name.length === 1 && !e.name[0]!.quoted && FUNCTION_KEYWORDS.has(e.name[0]!.value.toUpperCase()))
    return e.name[0]!.value;
  return printName(e.name);
}

/** True when the printed expression ends with an interval literal's single-unit qualifier. */
function endsWithInterval(e: Expr): boolean {
  switch (e.kind) {
    case 'IntervalLiteral':
      return e.qualifier.end === undefined;
    case 'Binary':
      return precedence(e.right) >= precedence(e) + 1 && endsWithInterval(e.right);
    case 'Unary':
      return precedence(e.operand) >= precedence(e) && endsWithInterval(e.operand);
    case 'Between':
      return precedence(e.high) > PREC.LIKE && endsWithInterval(e.high);
    case 'Like':
      return e.escape
        ? precedence(e.escape) > PREC.LIKE && endsWithInterval(e.escape)
        : precedence(e.pattern) > PREC.LIKE && endsWithInterval(e.pattern);
    case 'IsDistinctFrom':
      return precedence(e.right) > PREC.COMPARE && endsWithInterval(e.right);
    default:
      return false;
  }
}

function isImplicitRow(e: Expr): boolean {
  return e.kind === 'RowConstructor' && !e.explicit;
}

export function printExpression(e: Expr): string {
  switch (e.kind) {
    case 'NumericLiteral':
      return e.text;
    case 'StringLiteral':
      return printString(e.value);
    case 'BinaryLiteral':
      return `X'${e.hex}'`;
    case 'BooleanLiteral':
      return e.value === null ? 'UNKNOWN' : e.value ? 'TRUE' : 'FALSE';
    case 'NullLiteral':
      return 'NULL';
    case 'TemporalLiteral':
      return `${e.type} ${printString(e.value)}`;
    case 'IntervalLiteral':
      return `INTERVAL ${e.negative ? '-' : ''}${printString(e.value)} ${printIntervalQualifier(e.qualifier)}`;
    case 'ColumnRef':
      return printName(e.names);
    case 'Star':
      return e.qualifier.length ? `${printName(e.qualifier)}.*` : '*';
    case 'FieldAccess':
      return `${postfixBase(e.expr, true)}.${printIdent(e.field)}`;
    case 'ItemAccess':
      return `${postfixBase(e.expr, false)}[${printExpression(e.index)}]`;
    case 'Binary': {
      // Walk the left spine iteratively: a generated `a OR b OR …` of thousands of terms must
      // not recurse once per term.
      const p = precedence(e);
      const rights: string[] = [];
      let cur: Expr = e;
      while (cur.kind === 'Binary' && precedence(cur) === p) {
        rights.push(`${cur.op} ${sub(cur.right, p + 1)}`);
        cur = cur.left;
      }
      let out = sub(cur, p);
      for (let i = rights.length - 1; i >= 0; i--) out += ' ' + rights[i];
      return out;
    }
    case 'Unary': {
      if (e.op === 'NOT') return `NOT ${sub(e.operand, PREC.NOT)}`;
      const s = sub(e.operand, PREC.UNARY);
      return s.startsWith('-') || s.startsWith('+') ? `${e.op}(${s})` : `${e.op}${s}`;
    }
    case 'IsPredicate':
      return `${sub(e.expr, PREC.IS)} IS ${e.negated ? 'NOT ' : ''}${e.test}`;
    case 'IsJson':
      return `${sub(e.expr, PREC.IS)} IS ${e.negated ? 'NOT ' : ''}JSON${e.type ? ' ' + e.type : ''}`;
    case 'IsDistinctFrom':
      return `${sub(e.left, PREC.COMPARE)} IS ${e.negated ? 'NOT ' : ''}DISTINCT FROM ${sub(e.right, PREC.COMPARE + 1)}`;
    case 'Between':
      return (
        `${sub(e.expr, PREC.LIKE)} ${e.negated ? 'NOT ' : ''}BETWEEN ${e.symmetry ? e.symmetry + ' ' : ''}` +
        `${sub(e.low, PREC.LIKE + 1)} AND ${sub(e.high, PREC.LIKE + 1)}`
      );
    case 'Like':
      return (
        `${sub(e.expr, PREC.LIKE)} ${e.negated ? 'NOT ' : ''}${e.op} ${sub(e.pattern, PREC.LIKE + 1)}` +
        (e.escape ? ` ESCAPE ${sub(e.escape, PREC.LIKE + 1)}` : '')
      );
    case 'InList':
      return `${sub(e.expr, PREC.LIKE)} ${e.negated ? 'NOT ' : ''}IN (${list(e.list)})`;
    case 'InQuery':
      return `${sub(e.expr, PREC.LIKE)} ${e.negated ? 'NOT ' : ''}IN (${queryPrinter(e.query)})`;
    case 'QuantifiedComparison':
      return `${sub(e.expr, PREC.COMPARE)} ${e.op} ${e.quantifier} (${queryPrinter(e.query)})`;
    case 'Exists':
      return `EXISTS (${queryPrinter(e.query)})`;
    case 'ScalarSubquery':
      return `(${queryPrinter(e.query)})`;
    case 'Case': {
      const parts = ['CASE'];
      if (e.operand) parts.push(printExpression(e.operand));
      for (const w of e.whens)
        parts.push(
          `WHEN ${[w.when, ...(w.more ?? [])].map(printExpression).join(', ')} THEN ${printExpression(w.then)}`,
        );
      if (e.else) parts.push(`ELSE ${printExpression(e.else)}`);
      parts.push('END');
      return parts.join(' ');
    }
    case 'Cast':
      return `${e.safe ? 'TRY_CAST' : 'CAST'}(${printExpression(e.expr)} AS ${printDataType(e.type)})`;
    case 'FunctionCall': {
      if (e.bare) return functionName(e);
      let s = `${functionName(e)}(${e.quantifier ? e.quantifier + ' ' : ''}${list(e.args)}`;
      if (e.nullTreatment) s += ` ${e.nullTreatment}`;
      if (e.orderBy) s += ` ORDER BY ${printOrderItems(e.orderBy)}`;
      s += ')';
      if (e.withinGroup) s += ` WITHIN GROUP (ORDER BY ${printOrderItems(e.withinGroup)})`;
      if (e.filter) s += ` FILTER (WHERE ${printExpression(e.filter)})`;
      if (e.over) s += ` OVER ${e.over.kind === 'WindowSpec' ? printWindowSpec(e.over) : printIdent(e.over)}`;
      return s;
    }
    case 'NamedArgument':
      return `${printIdent(e.name)} => ${printExpression(e.value)}`;
    case 'TableArgument': {
      let s = `TABLE ${printName(e.name)}`;
      const pb = e.partitionBy;
      if (pb.length)
        s += ` PARTITION BY ${pb.length === 1 && !isImplicitRow(pb[0]!) ? printExpression(pb[0]!) : `(${list(pb)})`}`;
      if (e.orderBy.length) {
        // One item goes bare unless it starts with '(' (which would read as a list).
        const items = printOrderItems(e.orderBy);
        s += ` ORDER BY ${e.orderBy.length === 1 && !items.startsWith('(') ? items : `(${items})`}`;
      }
      return s;
    }
    case 'Descriptor':
      return `DESCRIPTOR(${e.columns.map(printIdent).join(', ')})`;
    case 'TimeUnitArg':
      return e.unit;
    case 'ArrayConstructor':
      return `ARRAY[${list(e.elements)}]`;
    case 'MapConstructor':
      return `MAP[${list(e.entries)}]`;
    case 'RowConstructor':
      return `${e.explicit ? 'ROW' : ''}(${list(e.fields)})`;
    case 'Extract':
      return `EXTRACT(${e.unit} FROM ${printExpression(e.expr)})`;
    case 'Position':
      return `POSITION(${sub(e.needle, PREC.LIKE + 1)} IN ${printExpression(e.haystack)}${e.from ? ' FROM ' + printExpression(e.from) : ''})`;
    case 'Trim': {
      const head = [e.side, e.chars ? printExpression(e.chars) : undefined].filter(Boolean).join(' ');
      return head ? `TRIM(${head} FROM ${printExpression(e.expr)})` : `TRIM(${printExpression(e.expr)})`;
    }
    case 'Substring':
      return `SUBSTRING(${printExpression(e.expr)} FROM ${printExpression(e.from)}${e.for ? ' FOR ' + printExpression(e.for) : ''})`;
    case 'Overlay':
      return `OVERLAY(${printExpression(e.expr)} PLACING ${printExpression(e.placing)} FROM ${printExpression(e.from)}${e.for ? ' FOR ' + printExpression(e.for) : ''})`;
    case 'FloorCeil': {
      // `FLOOR(x + INTERVAL '1' DAY TO HOUR)` would read DAY TO HOUR as one interval qualifier.
      const inner = printExpression(e.expr);
      return `${e.fn}(${endsWithInterval(e.expr) ? `(${inner})` : inner} TO ${e.unit})`;
    }
    case 'JsonValue':
    case 'JsonQuery': {
      let s = `${e.kind === 'JsonValue' ? 'JSON_VALUE' : 'JSON_QUERY'}(${printExpression(e.expr)}, ${printExpression(e.path)}`;
      if (e.returning) s += ` RETURNING ${printDataType(e.returning)}`;
      if (e.kind === 'JsonQuery' && e.wrapper) s += ` ${e.wrapper} WRAPPER`;
      if (e.onEmpty) s += ` ${behavior(e.onEmpty, 'EMPTY')}`;
      if (e.onError) s += ` ${behavior(e.onError, 'ERROR')}`;
      return s + ')';
    }
    case 'JsonExists':
      return `JSON_EXISTS(${printExpression(e.expr)}, ${printExpression(e.path)}${e.onError ? ' ' + behavior(e.onError, 'ERROR') : ''})`;
    case 'JsonObject': {
      const body = e.entries
        // `KEY x IS JSON VALUE v` would read VALUE as the IS JSON type: such keys get parentheses.
        .map((en) => `KEY ${sub(en.key, PREC.IS + 1)} VALUE ${printExpression(en.value)}`)
        .join(', ');
      const onNull = e.onNull ? `${body ? ' ' : ''}${e.onNull} ON NULL` : '';
      return `${e.aggregate ? 'JSON_OBJECTAGG' : 'JSON_OBJECT'}(${body}${onNull})`;
    }
    case 'JsonArray': {
      const body = list(e.values);
      const onNull = e.onNull ? `${body ? ' ' : ''}${e.onNull} ON NULL` : '';
      return `${e.aggregate ? 'JSON_ARRAYAGG' : 'JSON_ARRAY'}(${body}${onNull})`;
    }
    default:
      return assertNever(e, 'expression');
  }
}
