/**
 * Scalar expressions: a Pratt parser with Calcite's operator precedence (low to high):
 * OR, AND, NOT, IS …, comparisons and IS [NOT] DISTINCT FROM, LIKE / SIMILAR TO / BETWEEN / IN,
 * + -, * / % ||, unary + -, then `.field` and `[index]`.
 */
import type {
  BinaryOperator,
  BooleanLiteral,
  ColumnRef,
  Expr,
  FunctionCall,
  OrderItem,
  QualifiedName,
  Query,
  WindowFrame,
  FrameBound,
  WindowSpec,
  Identifier,
  NullLiteral,
  NumericLiteral,
  Star,
  StringLiteral,
} from '../ast/index.js';
import { BARE_FUNCTIONS, FUNCTION_KEYWORDS } from '../lexer/keywords.js';
import { DataTypeParser, TIME_UNITS } from './data-type-parser.js';
import { draft } from './parser-base.js';
import { ParseFailure } from './diagnostics.js';
import { parseSpecialCall } from './special-call-parser.js';

/** Units of TIMESTAMPADD / TIMESTAMPDIFF written `SQL_TSI_<unit>`. */
const TSI_UNITS = new Set(['YEAR', 'QUARTER', 'MONTH', 'WEEK', 'DAY', 'HOUR', 'MINUTE', 'SECOND']);

/** Binding powers, shared with the printer so that both agree on where parentheses go. */
export const PREC = {
  OR: 1,
  AND: 2,
  NOT: 3,
  IS: 4,
  COMPARE: 5,
  LIKE: 6,
  ADD: 7,
  MUL: 8,
  UNARY: 9,
  PRIMARY: 10,
} as const;

const COMPARE_OPS = new Set(['=', '<>', '!=', '<', '<=', '>', '>=']);

export abstract class ExpressionParser extends DataTypeParser {
  /** Parse a full query (implemented by the query parser). */
  abstract query(): Query;

  /**
   * True when a query starts at token k: SELECT, WITH, VALUES, the explicit table `TABLE t`, or
   * `(` before one of those.
   */
  isQueryStart(k = 0): boolean {
    let i = k;
    while (this.isSym('(', i)) i++;
    return (
      this.isWord('SELECT', i) ||
      this.isWord('WITH', i) ||
      this.isWord('VALUES', i) ||
      // VALUE starts a table constructor in Calcite's grammar, refused by Flink's conformance
      this.isWord('VALUE', i) ||
      (this.isWord('TABLE', i) && !this.isSym('(', i + 1))
    );
  }

  /**
   * After an opening parenthesis: a query and its closing parenthesis, if that is what comes.
   * `((SELECT …) + 1)` and `IN ((SELECT …), 2)` start like a subquery but are expressions, so
   * a query that starts with another parenthesis is tried and abandoned when no `)` follows.
   */
  tryParenthesizedQuery(): Query | undefined {
    if (!this.isQueryStart()) return undefined;
    if (!this.isSym('(')) {
      const query = this.query();
      this.expectSym(')');
      return query;
    }
    const save = this.pos;
    try {
      const query = this.query();
      if (this.acceptSym(')')) return query;
    } catch (err) {
      if (!(err instanceof ParseFailure)) throw err;
    }
    this.pos = save;
    return undefined;
  }

  /** An expression whose operators bind at least as tightly as `min`. */
  expr(min = 0): Expr {
    this.enter();
    try {
      return this.exprAt(min);
    } finally {
      this.depth--;
    }
  }

  private exprAt(min: number): Expr {
    const start = this.peek().start;
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      if (t.type === 'word') {
        const u = t.upper;
        if (u === 'OR' && min <= PREC.OR) {
          this.pos++;
          left = this.binary('OR', left, this.expr(PREC.OR + 1), start);
          continue;
        }
        if (u === 'AND' && min <= PREC.AND) {
          this.pos++;
          left = this.binary('AND', left, this.expr(PREC.AND + 1), start);
          continue;
        }
        if (u === 'IS') {
          const k = this.isWord('NOT', 1) ? 2 : 1;
          if (this.isWord('DISTINCT', k)) {
            if (min > PREC.COMPARE) break;
            this.pos += k;
            this.expectWord('DISTINCT', 'FROM');
            const right = this.expr(PREC.COMPARE + 1);
            left = { kind: 'IsDistinctFrom', span: this.spanFrom(start), left, right, negated: k === 2 };
            continue;
          }
          if (min > PREC.IS) break;
          this.pos += k;
          const negated = k === 2;
          if (this.acceptWord('JSON')) {
            const type = this.acceptOneOf('VALUE', 'SCALAR', 'ARRAY', 'OBJECT');
            left = {
              kind: 'IsJson',
              span: this.spanFrom(start),
              expr: left,
              negated,
              ...(type ? { type } : {}),
            };
            continue;
          }
          const test = this.expectOneOf('NULL', 'TRUE', 'FALSE', 'UNKNOWN');
          left = { kind: 'IsPredicate', span: this.spanFrom(start), expr: left, negated, test };
          continue;
        }
        if (u === 'OVERLAPS' && min <= PREC.COMPARE) {
          this.pos++;
          left = this.binary('OVERLAPS', left, this.expr(PREC.COMPARE + 1), start);
          continue;
        }
        const k = u === 'NOT' ? 1 : 0;
        const op = this.peek(k);
        if (
          op.type === 'word' &&
          ['LIKE', 'ILIKE', 'SIMILAR', 'BETWEEN', 'IN'].includes(op.upper) &&
          min <= PREC.LIKE
        ) {
          this.pos += k + 1;
          left = this.likeBetweenIn(op.upper, left, k === 1, start);
          continue;
        }
        break;
      }
      if (t.type !== 'symbol') break;
      const s = t.text;
      if (COMPARE_OPS.has(s) && min <= PREC.COMPARE) {
        this.pos++;
        const q = this.peek();
        if (
          q.type === 'word' &&
          ['ALL', 'ANY', 'SOME'].includes(q.upper) &&
          this.isSym('(', 1) &&
          this.isQueryStart(2)
        ) {
          this.pos += 2;
          const query = this.query();
          this.expectSym(')');
          left = {
            kind: 'QuantifiedComparison',
            span: this.spanFrom(start),
            op: s as '=',
            quantifier: q.upper as 'ALL',
            expr: left,
            query,
          };
          continue;
        }
        left = this.binary(s as BinaryOperator, left, this.expr(PREC.COMPARE + 1), start);
        continue;
      }
      if ((s === '+' || s === '-') && min <= PREC.ADD) {
        this.pos++;
        left = this.binary(s, left, this.expr(PREC.ADD + 1), start);
        continue;
      }
      if ((s === '*' || s === '/' || s === '%' || s === '||') && min <= PREC.MUL) {
        this.pos++;
        left = this.binary(s, left, this.expr(PREC.MUL + 1), start);
        continue;
      }
      break;
    }
    return left;
  }

  private binary(op: BinaryOperator, left: Expr, right: Expr, start: number): Expr {
    return { kind: 'Binary', span: this.spanFrom(start), op, left, right };
  }

  private likeBetweenIn(word: string, left: Expr, negated: boolean, start: number): Expr {
    if (word === 'BETWEEN') {
      const symmetry = this.acceptOneOf('SYMMETRIC', 'ASYMMETRIC');
      // Calcite's lower bound runs up to the BETWEEN's own AND: comparisons, IS and OR bind into
      // it (`a BETWEEN b OR c AND d` is `a BETWEEN (b OR c) AND d`); the upper bound stops before
      // comparisons.
      const lowStart = this.peek().start;
      let low = this.expr(PREC.NOT);
      while (this.acceptWord('OR')) low = this.binary('OR', low, this.expr(PREC.NOT), lowStart);
      if (!this.acceptWord('AND')) {
        if (this.peek().type === 'error') this.fail(['AND']);
        this.failAt(this.prevEnd, this.prevEnd, 'BETWEEN operator has no terminating AND');
      }
      const high = this.expr(PREC.LIKE + 1);
      return {
        kind: 'Between',
        span: this.spanFrom(start),
        expr: left,
        low,
        high,
        negated,
        ...(symmetry ? { symmetry } : {}),
      };
    }
    if (word === 'IN') {
      this.expectSym('(');
      const query = this.tryParenthesizedQuery();
      if (query) return { kind: 'InQuery', span: this.spanFrom(start), expr: left, query, negated };
      const list = this.exprList();
      this.expectSym(')');
      return { kind: 'InList', span: this.spanFrom(start), expr: left, list, negated };
    }
    let op: 'LIKE' | 'ILIKE' | 'SIMILAR TO' = word as 'LIKE';
    if (word === 'SIMILAR') {
      this.expectWord('TO');
      op = 'SIMILAR TO';
    }
    const pattern = this.expr(PREC.LIKE + 1);
    const escape = this.acceptWord('ESCAPE') ? this.expr(PREC.LIKE + 1) : undefined;
    return {
      kind: 'Like',
      span: this.spanFrom(start),
      op,
      expr: left,
      pattern,
      negated,
      ...(escape ? { escape } : {}),
    };
  }

  /** Comma-separated expressions (at least one). */
  exprList(): Expr[] {
    const out = [this.expr()];
    while (this.acceptSym(',')) out.push(this.expr());
    return out;
  }

  private prefix(): Expr {
    const t = this.peek();
    if (t.type === 'word' && t.upper === 'NOT') {
      this.pos++;
      const operand = this.expr(PREC.NOT);
      return { kind: 'Unary', span: this.spanFrom(t.start), op: 'NOT', operand };
    }
    if (t.type === 'symbol' && (t.text === '-' || t.text === '+')) {
      this.pos++;
      const operand = this.expr(PREC.UNARY);
      return { kind: 'Unary', span: this.spanFrom(t.start), op: t.text, operand };
    }
    let e = this.primary();
    // Postfix access binds tightest: `f(x).a`, `arr[1]`, `m['k'].b`.
    for (;;) {
      if (this.isSym('[')) {
        this.pos++;
        const index = this.expr();
        this.expectSym(']');
        e = { kind: 'ItemAccess', span: this.spanFrom(t.start), expr: e, index };
      } else if (this.isSym('.') && (this.isIdentifierToken(this.peek(1)) || this.peek(1).type === 'word')) {
        this.pos++;
        const field = this.identifier('a field name');
        e = { kind: 'FieldAccess', span: this.spanFrom(t.start), expr: e, field };
      } else break;
    }
    return e;
  }

  private primary(): Expr {
    const t = this.peek();
    const start = t.start;
    switch (t.type) {
      case 'number': {
        this.pos++;
        const lit = draft<NumericLiteral>('NumericLiteral', this.spanFrom(start));
        lit.text = t.text;
        lit.approximate = /e/i.test(t.text);
        return lit;
      }
      case 'string': {
        const value = this.stringValue();
        const lit = draft<StringLiteral>('StringLiteral', this.spanFrom(start));
        lit.value = value;
        return lit;
      }
      case 'binary':
        this.pos++;
        return { kind: 'BinaryLiteral', span: this.spanFrom(start), hex: t.value };
      case 'quoted':
        return this.nameOrCall();
      case 'symbol':
        if (t.text === '(') {
          this.pos++;
          const query = this.tryParenthesizedQuery();
          if (query) return { kind: 'ScalarSubquery', span: this.spanFrom(start), query };
          const first = this.expr();
          if (this.acceptSym(',')) {
            const fields = [first, ...this.exprList()];
            this.expectSym(')');
            return { kind: 'RowConstructor', span: this.spanFrom(start), fields, explicit: false };
          }
          this.expectSym(')');
          return first;
        }
        if (t.text === '*') {
          this.pos++;
          const star = draft<Star>('Star', this.spanFrom(start));
          star.qualifier = Array.of<Identifier>();
          return star;
        }
        break;
      case 'word':
        return this.wordPrimary();
      default:
        break;
    }
    this.fail(['an expression']);
  }

  private wordPrimary(): Expr {
    const t = this.peek();
    const start = t.start;
    const u = t.upper;
    const paren = this.isSym('(', 1);
    switch (u) {
      case 'TRUE':
      case 'FALSE':
      case 'UNKNOWN': {
        this.pos++;
        const lit = draft<BooleanLiteral>('BooleanLiteral', this.spanFrom(start));
        lit.value = u === 'UNKNOWN' ? null : u === 'TRUE';
        return lit;
      }
      case 'NULL':
        this.pos++;
        return draft<NullLiteral>('NullLiteral', this.spanFrom(start));
      case 'DATE':
      case 'TIME':
      case 'TIMESTAMP':
      case 'TIMESTAMP_LTZ':
        if (this.peek(1).type === 'string') {
          this.pos++;
          const value = this.stringValue();
          return { kind: 'TemporalLiteral', span: this.spanFrom(start), type: u, value };
        }
        break;
      case 'INTERVAL': {
        this.pos++;
        let negative = false;
        if (this.acceptSym('-')) negative = true;
        else this.acceptSym('+');
        const next = this.peek();
        if (next.type !== 'string' && (next.type === 'number' || next.type === 'word' || this.isSym('('))) {
          // Calcite's IntervalLiteralOrExpression: INTERVAL 2 DAY, INTERVAL n HOUR, INTERVAL (a + b)
          // MINUTE are the value times one unit (SqlIntervalOperator); a single unit, no TO
          let operand: Expr;
          if (this.acceptSym('(')) {
            operand = this.expr();
            this.expectSym(')');
          } else operand = this.expr(PREC.MUL + 1);
          const qualifier = this.intervalQualifier();
          if (qualifier.end !== undefined)
            this.failAt(
              start,
              this.prevEnd,
              `INTERVAL with a value that is not a string takes a single unit such as DAY, not ${qualifier.start} TO ${qualifier.end}`,
            );
          const span = this.spanFrom(start);
          const one: Expr = { kind: 'IntervalLiteral', span, negative: false, value: '1', qualifier };
          const value: Expr = negative ? { kind: 'Unary', span, op: '-', operand } : operand;
          return { kind: 'Binary', span, op: '*', left: value, right: one };
        }
        const value = this.stringValue("an interval value string such as '10'");
        const qualifier = this.intervalQualifier();
        return { kind: 'IntervalLiteral', span: this.spanFrom(start), negative, value, qualifier };
      }
      case 'CASE':
        return this.caseExpr();
      case 'CAST':
      case 'TRY_CAST':
        if (paren) {
          this.pos += 2;
          const e = this.expr();
          this.expectWord('AS');
          const type = this.dataType();
          this.expectSym(')');
          return { kind: 'Cast', span: this.spanFrom(start), expr: e, type, safe: u === 'TRY_CAST' };
        }
        break;
      case 'EXISTS':
        if (paren) {
          this.pos += 2;
          const query = this.query();
          this.expectSym(')');
          return { kind: 'Exists', span: this.spanFrom(start), query };
        }
        break;
      case 'ROW':
        if (paren) {
          this.pos += 2;
          const fields = this.isSym(')') ? [] : this.exprList();
          this.expectSym(')');
          return { kind: 'RowConstructor', span: this.spanFrom(start), fields, explicit: true };
        }
        break;
      case 'ARRAY':
      case 'MAP':
        if (this.isSym('[', 1)) {
          this.pos += 2;
          const items = this.isSym(']') ? [] : this.exprList();
          this.expectSym(']');
          if (u === 'ARRAY') return { kind: 'ArrayConstructor', span: this.spanFrom(start), elements: items };
          if (items.length % 2 !== 0)
            this.failAt(
              start,
              this.prevEnd,
              'MAP[…] needs an even number of elements (key, value, key, value, …)',
            );
          return { kind: 'MapConstructor', span: this.spanFrom(start), entries: items };
        }
        break;
      case 'DESCRIPTOR':
        if (paren) {
          this.pos++;
          const columns = this.identifierList();
          return { kind: 'Descriptor', span: this.spanFrom(start), columns };
        }
        break;
    }
    if (paren) {
      const special = parseSpecialCall(this, u);
      if (special) return special;
      if (FUNCTION_KEYWORDS.has(u) || this.isIdentifierToken()) {
        this.pos++;
        const name: QualifiedName = Array.of(this.nameIdentifier(start, t.value));
        return this.functionCall(name, start);
      }
    }
    if (BARE_FUNCTIONS.has(u)) {
      this.pos++;
      const name: QualifiedName = Array.of(this.nameIdentifier(start, t.value));
      return { kind: 'FunctionCall', span: this.spanFrom(start), name, args: [], bare: true };
    }
    if (this.isIdentifierToken()) return this.nameOrCall();
    this.fail(['an expression']);
  }

  /** The unquoted identifier of a keyword-named function, spanning `start` to the last token. */
  private nameIdentifier(start: number, value: string): Identifier {
    const id = draft<Identifier>('Identifier', this.spanFrom(start));
    id.value = value;
    id.quoted = false;
    return id;
  }

  /** `a`, `a.b.c`, `t.*`, `cat.db.fn(…)`. */
  private nameOrCall(): Expr {
    const start = this.peek().start;
    // Array.of, not a literal: see draft in parser-base (no allocation site to pretenure).
    const names: Identifier[] = Array.of(this.identifier());
    for (;;) {
      if (this.isSym('.') && this.isSym('*', 1)) {
        this.pos += 2;
        const star = draft<Star>('Star', this.spanFrom(start));
        star.qualifier = names;
        return star;
      }
      if (this.isSym('.') && (this.isIdentifierToken(this.peek(1)) || this.peek(1).type === 'word')) {
        this.pos++;
        // `t.value`: a reserved word after the dot fails here, with the hint to quote it.
        names.push(this.identifier('a column or field name'));
        continue;
      }
      break;
    }
    if (this.isSym('(')) return this.functionCall(names, start);
    const ref = draft<ColumnRef>('ColumnRef', this.spanFrom(start));
    ref.names = names;
    return ref;
  }

  /** The argument list and trailing clauses of a call; the name is already consumed. */
  functionCall(name: QualifiedName, start: number): FunctionCall {
    this.expectSym('(');
    const quantifier = this.acceptOneOf('DISTINCT', 'ALL');
    const args: Expr[] = [];
    let nullTreatment: FunctionCall['nullTreatment'];
    let argOrderBy: OrderItem[] | undefined;
    if (this.isSym('*') && this.isSym(')', 1)) {
      const s = this.next();
      args.push({ kind: 'Star', span: this.lines.span(s.start, s.end), qualifier: [] });
    } else if (!this.isSym(')')) {
      const first = name.length === 1 ? name[0]!.value.toUpperCase() : '';
      do {
        if (args.length === 0 && (first === 'TIMESTAMPADD' || first === 'TIMESTAMPDIFF')) {
          const ut = this.peek();
          // JDBC's SQL_TSI_<unit> spellings (Calcite's TimeUnit parsing) name the same units.
          const tsi = ut.type === 'word' && /^SQL_TSI_[A-Z]+$/.test(ut.upper) ? ut.upper.slice(8) : undefined;
          const unit =
            tsi !== undefined && TSI_UNITS.has(tsi) ? (this.next(), TIME_UNITS[tsi]) : this.acceptTimeUnit();
          if (!unit) this.fail(['a time unit (SECOND, MINUTE, HOUR, DAY, MONTH, YEAR, …)']);
          args.push({ kind: 'TimeUnitArg', span: this.lines.span(ut.start, ut.end), unit });
          continue;
        }
        args.push(this.argument());
      } while (this.acceptSym(','));
      nullTreatment = this.nullTreatment();
      if (this.acceptClause('ORDER', 'BY')) argOrderBy = this.orderItems();
      nullTreatment ??= this.nullTreatment();
    }
    this.expectSym(')');
    nullTreatment ??= this.nullTreatment();
    let withinGroup: OrderItem[] | undefined;
    if (this.acceptWords('WITHIN', 'GROUP')) {
      this.expectSym('(');
      this.expectWord('ORDER', 'BY');
      withinGroup = this.orderItems();
      this.expectSym(')');
    }
    let filter: Expr | undefined;
    if (this.isWord('FILTER') && this.isSym('(', 1)) {
      this.pos += 2;
      this.expectWord('WHERE');
      filter = this.expr();
      this.expectSym(')');
    }
    let over: WindowSpec | Identifier | undefined;
    if (this.acceptWord('OVER'))
      over = this.isSym('(') ? this.windowSpec() : this.identifier('a window name');
    const call = draft<FunctionCall>('FunctionCall', this.spanFrom(start));
    call.name = name;
    call.args = args;
    if (quantifier) call.quantifier = quantifier;
    if (argOrderBy) call.orderBy = argOrderBy;
    if (filter) call.filter = filter;
    if (withinGroup) call.withinGroup = withinGroup;
    if (nullTreatment) call.nullTreatment = nullTreatment;
    if (over) call.over = over;
    call.bare = false;
    return call;
  }

  private nullTreatment(): FunctionCall['nullTreatment'] {
    if (this.acceptWords('IGNORE', 'NULLS')) return 'IGNORE NULLS';
    if (this.acceptWords('RESPECT', 'NULLS')) return 'RESPECT NULLS';
    return undefined;
  }

  /** A call argument: `name => value`, `TABLE t [PARTITION BY …] [ORDER BY …]`, or an expression. */
  argument(): Expr {
    const start = this.peek().start;
    if (this.isIdentifierToken() && this.isSym('=>', 1)) {
      const name = this.identifier('a parameter name');
      this.pos++;
      const value = this.argument();
      return { kind: 'NamedArgument', span: this.spanFrom(start), name, value };
    }
    if (this.isWord('TABLE') && this.isIdentifierToken(this.peek(1))) {
      this.pos++;
      const name = this.qualifiedName('a table name');
      // Several keys need parentheses here, since a comma ends the argument.
      const partitionBy = this.acceptWords('PARTITION', 'BY') ? this.keyList() : [];
      let orderBy: OrderItem[] = [];
      if (this.acceptWords('ORDER', 'BY')) {
        // `ORDER BY (a, b DESC)` lists several items; `ORDER BY (a + 1) * 2` is one.
        const save = this.pos;
        let listed = false;
        if (this.acceptSym('(')) {
          try {
            orderBy = this.orderItems();
            listed = this.acceptSym(')') && (this.isSym(',') || this.isSym(')'));
          } catch (err) {
            if (!(err instanceof ParseFailure)) throw err;
          }
        }
        if (!listed) {
          this.pos = save;
          orderBy = this.orderItem();
        }
      }
      return { kind: 'TableArgument', span: this.spanFrom(start), name, partitionBy, orderBy };
    }
    return this.expr();
  }

  private caseExpr(): Expr {
    const start = this.next().start;
    const operand = this.isWord('WHEN') ? undefined : this.expr();
    const whens: { when: Expr; more?: Expr[]; then: Expr }[] = [];
    while (this.acceptWord('WHEN')) {
      const when = this.expr();
      const more: Expr[] = [];
      while (operand && this.acceptSym(',')) more.push(this.expr());
      this.expectWord('THEN');
      whens.push({ when, ...(more.length > 0 ? { more } : {}), then: this.expr() });
    }
    if (whens.length === 0) this.fail(['WHEN']);
    const elseExpr = this.acceptWord('ELSE') ? this.expr() : undefined;
    this.expectWord('END');
    return {
      kind: 'Case',
      span: this.spanFrom(start),
      ...(operand ? { operand } : {}),
      whens,
      ...(elseExpr ? { else: elseExpr } : {}),
    };
  }

  /** `a` or `(a, b)` after PARTITION BY in a table argument. */
  private keyList(): Expr[] {
    const e = this.expr();
    return e.kind === 'RowConstructor' && !e.explicit ? [...e.fields] : [e];
  }

  /** One order item, as a list. */
  private orderItem(): OrderItem[] {
    return this.orderItems(true);
  }

  /** `expr [ASC|DESC] [NULLS FIRST|LAST], …` (only the first when `single`). */
  orderItems(single = false): OrderItem[] {
    const out: OrderItem[] = [];
    do {
      const start = this.peek().start;
      const e = this.expr();
      const direction = this.acceptOneOf('ASC', 'DESC');
      let nulls: 'FIRST' | 'LAST' | undefined;
      if (this.acceptWord('NULLS')) nulls = this.expectOneOf('FIRST', 'LAST');
      const item = draft<OrderItem>('OrderItem', this.spanFrom(start));
      item.expr = e;
      if (direction) item.direction = direction;
      if (nulls) item.nulls = nulls;
      out.push(item);
    } while (!single && this.acceptSym(','));
    return out;
  }

  /** `( [base] [PARTITION BY …] [ORDER BY …] [ROWS|RANGE …] )`. */
  windowSpec(): WindowSpec {
    const start = this.expectSym('(').start;
    let base: Identifier | undefined;
    if (this.isIdentifierToken() && !['PARTITION', 'ORDER', 'ROWS', 'RANGE'].includes(this.peek().upper))
      base = this.identifier('a window name');
    const partitionBy = this.acceptClause('PARTITION', 'BY') ? this.exprList() : [];
    const orderBy = this.acceptClause('ORDER', 'BY') ? this.orderItems() : [];
    let frame: WindowFrame | undefined;
    const unit = this.acceptOneOf('ROWS', 'RANGE');
    if (unit) {
      if (this.acceptWord('BETWEEN')) {
        const s = this.frameBound();
        this.expectWord('AND');
        frame = { unit, start: s, end: this.frameBound() };
      } else frame = { unit, start: this.frameBound() };
    }
    this.expectSym(')');
    return {
      kind: 'WindowSpec',
      span: this.spanFrom(start),
      ...(base ? { base } : {}),
      partitionBy,
      orderBy,
      ...(frame ? { frame } : {}),
    };
  }

  private frameBound(): FrameBound {
    if (this.acceptWord('UNBOUNDED')) {
      return {
        type:
          this.expectOneOf('PRECEDING', 'FOLLOWING') === 'PRECEDING'
            ? 'UNBOUNDED PRECEDING'
            : 'UNBOUNDED FOLLOWING',
      };
    }
    if (this.acceptWords('CURRENT', 'ROW')) return { type: 'CURRENT ROW' };
    const offset = this.expr(PREC.ADD);
    return { type: this.expectOneOf('PRECEDING', 'FOLLOWING'), offset };
  }
}
