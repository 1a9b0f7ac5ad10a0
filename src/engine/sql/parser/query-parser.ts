/**
 * Queries: WITH, SELECT, VALUES, set operations, ORDER BY / LIMIT / OFFSET / FETCH, and the
 * FROM clause (joins, subqueries, table functions, window TVFs, UNNEST, MATCH_RECOGNIZE).
 */
import type {
  CommonTableExpr,
  Expr,
  GroupingElement,
  Hint,
  HintKeyValue,
  Identifier,
  Join,
  NamedWindow,
  OrderItem,
  Query,
  QueryBody,
  Select,
  SelectItem,
  TableRef,
} from '../ast/index.js';
import type { Span } from '../../../common/errors.js';
import { draft } from './parser-base.js';
import { ExpressionParser } from './expression-parser.js';
import { parseMatchRecognize } from './match-recognize-parser.js';

const SET_PREC = { UNION: 1, EXCEPT: 1, INTERSECT: 2 } as const;

export abstract class QueryParser extends ExpressionParser {
  query(): Query {
    this.enter();
    try {
      return this.queryAt();
    } finally {
      this.depth--;
    }
  }

  private queryAt(): Query {
    const start = this.peek().start;
    let withList: CommonTableExpr[] | undefined;
    if (this.acceptWord('WITH')) {
      withList = [];
      do {
        const cs = this.peek().start;
        const name = this.identifier('a name for the WITH query');
        const columns = this.isSym('(') ? this.identifierList() : undefined;
        this.expectWord('AS');
        this.expectSym('(');
        const q = this.query();
        this.expectSym(')');
        withList.push({
          kind: 'CommonTableExpr',
          span: this.spanFrom(cs),
          name,
          ...(columns ? { columns } : {}),
          query: q,
        });
      } while (this.acceptSym(','));
    }
    const body = this.setExpr(0);
    let orderBy: OrderItem[] = [];
    if (this.acceptClause('ORDER', 'BY')) orderBy = this.orderItems();
    let limit: Expr | undefined;
    let offset: Expr | undefined;
    let limitStyle: 'LIMIT' | 'FETCH' | undefined;
    if (this.acceptWord('LIMIT')) {
      limit = this.expr();
      limitStyle = 'LIMIT';
    }
    if (this.acceptWord('OFFSET')) {
      offset = this.expr();
      this.acceptOneOf('ROW', 'ROWS');
    }
    if (!limit && this.acceptWord('FETCH')) {
      this.expectOneOf('FIRST', 'NEXT');
      limit = this.expr();
      this.expectOneOf('ROW', 'ROWS');
      this.expectWord('ONLY');
      limitStyle = 'FETCH';
    }
    if (!withList && orderBy.length === 0 && !limit && !offset && body.kind === 'Query') return body;
    const q = draft<Query>('Query', this.spanFrom(start));
    if (withList) q.with = withList;
    q.body = body;
    q.orderBy = orderBy;
    if (offset) q.offset = offset;
    if (limit) q.limit = limit;
    if (limitStyle) q.limitStyle = limitStyle;
    return q;
  }

  private setExpr(min: number): QueryBody {
    const start = this.peek().start;
    let left = this.queryPrimary();
    for (;;) {
      const op = this.peek().type === 'word' ? (this.peek().upper as keyof typeof SET_PREC) : undefined;
      if (!op || !(op in SET_PREC) || SET_PREC[op] < min) break;
      this.pos++;
      const quantifier = this.acceptOneOf('ALL', 'DISTINCT');
      const right = this.setExpr(SET_PREC[op] + 1);
      left = {
        kind: 'SetOperation',
        span: this.spanFrom(start),
        op,
        ...(quantifier ? { quantifier } : {}),
        left,
        right,
      };
    }
    return left;
  }

  private queryPrimary(): QueryBody {
    const start = this.peek().start;
    if (this.isWord('SELECT')) return this.select();
    if (this.isWord('VALUE')) {
      // Calcite's TableConstructor takes VALUE for VALUES only where the conformance allows it
      // (CALCITE-5393: BABEL, LENIENT, MYSQL_5); Flink's FlinkSqlConformance does not
      const t = this.peek();
      this.failAt(t.start, t.end, 'VALUE is not allowed under the current SQL conformance level');
    }
    if (this.acceptWord('VALUES')) {
      const rows: Expr[][] = [];
      do {
        if (this.acceptSym('(')) {
          rows.push(this.exprList());
          this.expectSym(')');
        } else {
          // `VALUES ROW(1, 2)` is the row (1, 2), as in Calcite.
          const e = this.expr();
          rows.push(e.kind === 'RowConstructor' && e.explicit ? [...e.fields] : [e]);
        }
      } while (this.acceptSym(','));
      return { kind: 'Values', span: this.spanFrom(start), rows };
    }
    // `TABLE t`, the SQL standard's explicit table: `SELECT * FROM t` (Calcite's LeafQuery).
    if (this.isWord('TABLE') && !this.isSym('(', 1)) {
      this.pos++;
      const ts = this.peek().start;
      const name = this.qualifiedName('a table name');
      const from: TableRef = { kind: 'TableName', span: this.spanFrom(ts), name, hints: [] };
      const star: Expr = { kind: 'Star', span: from.span, qualifier: [] };
      return {
        kind: 'Select',
        span: this.spanFrom(start),
        hints: [],
        items: [{ kind: 'SelectItem', span: from.span, expr: star }],
        from,
        windows: [],
        explicitTable: true,
      };
    }
    if (this.isSym('(') && this.isQueryStart(1)) {
      this.pos++;
      const q = this.query();
      this.expectSym(')');
      const bare = !q.with && q.orderBy.length === 0 && !q.limit && !q.offset;
      return bare ? q.body : q;
    }
    this.fail(['SELECT', 'VALUES', 'WITH', 'TABLE', "'('"]);
  }

  /** `/*+ NAME(args), … *\/` if next. */
  hints(): Hint[] {
    if (this.peek().type !== 'hintStart') return [];
    this.pos++;
    const out: Hint[] = [];
    do {
      const start = this.peek().start;
      const name = this.identifier('a hint name');
      let kvOptions: HintKeyValue[] | undefined;
      let listOptions: string[] | undefined;
      if (this.acceptSym('(')) {
        const isKv = (this.peek().type === 'string' || this.isIdentifierToken()) && this.isSym('=', 1);
        if (isKv) {
          kvOptions = [];
          do {
            const key = this.peek().type === 'string' ? this.stringValue() : this.hintWord();
            this.expectSym('=');
            kvOptions.push({ key, value: this.stringValue('a hint option value (a string literal)') });
          } while (this.acceptSym(','));
        } else if (!this.isSym(')')) {
          listOptions = [];
          do listOptions.push(this.peek().type === 'string' ? this.stringValue() : this.hintWord());
          while (this.acceptSym(','));
        }
        this.expectSym(')');
      }
      out.push({
        kind: 'Hint',
        span: this.spanFrom(start),
        name,
        ...(kvOptions ? { kvOptions } : {}),
        ...(listOptions ? { listOptions } : {}),
      });
    } while (this.acceptSym(','));
    if (this.peek().type !== 'hintEnd') this.fail(["'*/'", "','"]);
    this.pos++;
    return out;
  }

  /** A dotted name inside a hint (`a.b`), as text. */
  private hintWord(): string {
    return this.qualifiedName('a hint option')
      .map((i) => i.value)
      .join('.');
  }

  private select(): Select {
    const start = this.expectWord('SELECT').start;
    const hints = this.hints();
    const quantifier = this.acceptOneOf('DISTINCT', 'ALL');
    // Array.of, not literals: see draft in parser-base (no allocation site to pretenure).
    const items: SelectItem[] = Array.of();
    do {
      const is = this.peek().start;
      const e = this.expr();
      const alias = e.kind === 'Star' ? undefined : this.alias();
      const span = this.spanFrom(is);
      items.push(this.selectItem(span, e, alias));
    } while (this.acceptSym(','));
    const from = this.acceptWord('FROM') ? this.fromClause() : undefined;
    const where = this.acceptWord('WHERE') ? this.expr() : undefined;
    let groupBy: GroupingElement[] | undefined;
    let groupByQuantifier: 'ALL' | 'DISTINCT' | undefined;
    if (this.acceptClause('GROUP', 'BY')) {
      groupByQuantifier = this.acceptOneOf('ALL', 'DISTINCT');
      groupBy = this.groupingElements();
    }
    const having = this.acceptWord('HAVING') ? this.expr() : undefined;
    const windows: NamedWindow[] = Array.of();
    if (this.acceptWord('WINDOW')) {
      do {
        const ws = this.peek().start;
        const name = this.identifier('a window name');
        this.expectWord('AS');
        windows.push({ kind: 'NamedWindow', span: this.spanFrom(ws), name, spec: this.windowSpec() });
      } while (this.acceptSym(','));
    }
    // Optional fields are set only when present (absent, not undefined), in the declared order;
    // conditional spreads would allocate and copy an object per field.
    const s = draft<Select>('Select', this.spanFrom(start));
    s.hints = hints;
    if (quantifier) s.quantifier = quantifier;
    s.items = items;
    if (from) s.from = from;
    if (where) s.where = where;
    if (groupBy) s.groupBy = groupBy;
    if (groupByQuantifier) s.groupByQuantifier = groupByQuantifier;
    if (having) s.having = having;
    s.windows = windows;
    return s;
  }

  private selectItem(span: Span, expr: Expr, alias: Identifier | undefined): SelectItem {
    const item = draft<SelectItem>('SelectItem', span);
    item.expr = expr;
    if (alias) item.alias = alias;
    return item;
  }

  /** `[AS] alias` where an alias may appear; a reserved word ends the item instead. */
  alias(): Identifier | undefined {
    if (this.acceptWord('AS')) return this.identifier('an alias');
    if (this.isIdentifierToken()) {
      this.implicitAliasAt = this.pos;
      return this.identifier();
    }
    return undefined;
  }

  private groupingElements(): GroupingElement[] {
    const out: GroupingElement[] = [];
    do out.push(this.groupingElement());
    while (this.acceptSym(','));
    return out;
  }

  private groupingElement(): GroupingElement {
    const start = this.peek().start;
    if (this.isSym('(') && this.isSym(')', 1)) {
      this.pos += 2;
      return { kind: 'EmptyGroupingSet', span: this.spanFrom(start) };
    }
    if (this.acceptWords('GROUPING', 'SETS')) {
      this.expectSym('(');
      const sets = this.groupingElements();
      this.expectSym(')');
      return { kind: 'GroupingSets', span: this.spanFrom(start), sets };
    }
    const w = this.isSym('(', 1) ? this.acceptOneOf('ROLLUP', 'CUBE') : undefined;
    if (w) {
      this.expectSym('(');
      const items = this.exprList();
      this.expectSym(')');
      return { kind: w === 'ROLLUP' ? 'Rollup' : 'Cube', span: this.spanFrom(start), items };
    }
    return this.expr();
  }

  /** FROM items, joined by commas and JOINs (left-associative). */
  fromClause(): TableRef {
    this.enter();
    try {
      return this.fromClauseAt();
    } finally {
      this.depth--;
    }
  }

  private fromClauseAt(): TableRef {
    const start = this.peek().start;
    let left = this.tableRef();
    for (;;) {
      if (this.acceptSym(',')) {
        const right = this.tableRef();
        left = this.join(start, 'COMMA', left, right, false, false, false);
        continue;
      }
      const save = this.pos;
      const natural = this.acceptWord('NATURAL');
      let type: Join['type'] | undefined;
      let outer = false;
      let explicitInner = false;
      if (this.acceptWord('JOIN')) type = 'INNER';
      else if (this.acceptWords('INNER', 'JOIN')) {
        type = 'INNER';
        explicitInner = true;
      } else if (this.acceptWords('CROSS', 'JOIN')) type = 'CROSS';
      else {
        const side = this.acceptOneOf('LEFT', 'RIGHT', 'FULL');
        if (side) {
          outer = this.acceptWord('OUTER');
          this.expectWord('JOIN');
          type = side;
        }
      }
      if (!type) {
        this.pos = save;
        break;
      }
      const right = this.tableRef();
      let on: Expr | undefined;
      let using: Identifier[] | undefined;
      if (type !== 'CROSS') {
        if (this.acceptWord('ON')) on = this.expr();
        else if (this.acceptWord('USING')) using = this.identifierList();
        else if (!natural) this.fail(['ON', 'USING']);
      }
      left = this.join(start, type, left, right, natural, explicitInner, outer, on, using);
    }
    return left;
  }

  private join(
    start: number,
    type: Join['type'],
    left: TableRef,
    right: TableRef,
    natural: boolean,
    explicitInner: boolean,
    outer: boolean,
    on?: Expr,
    using?: Identifier[],
  ): Join {
    return {
      kind: 'Join',
      span: this.spanFrom(start),
      type,
      natural,
      explicitInner,
      outer,
      left,
      right,
      ...(on ? { on } : {}),
      ...(using ? { using } : {}),
    };
  }

  /** One FROM item with its optional MATCH_RECOGNIZE and alias. */
  tableRef(): TableRef {
    const start = this.peek().start;
    let ref = this.tablePrimary();
    if (this.isWord('MATCH_RECOGNIZE')) ref = parseMatchRecognize(this, ref, start);
    if (ref.kind === 'Join') return ref;
    const alias = this.alias();
    if (!alias) return ref;
    const columnAliases = this.isSym('(') ? this.identifierList() : undefined;
    return { ...ref, span: this.spanFrom(start), alias, ...(columnAliases ? { columnAliases } : {}) };
  }

  private tablePrimary(): TableRef {
    const start = this.peek().start;
    if (this.isSym('(')) {
      this.pos++;
      // `((SELECT …) JOIN t ON …)` starts like a subquery but is a parenthesised join.
      const query = this.tryParenthesizedQuery();
      if (query) return { kind: 'DerivedTable', span: this.spanFrom(start), lateral: false, query };
      const inner = this.fromClause();
      this.expectSym(')');
      return inner;
    }
    if (this.acceptWord('LATERAL')) {
      if (this.acceptWord('TABLE')) return this.tableFunction(start, true);
      this.expectSym('(');
      const query = this.query();
      this.expectSym(')');
      return { kind: 'DerivedTable', span: this.spanFrom(start), lateral: true, query };
    }
    if (this.isWord('TABLE') && this.isSym('(', 1)) {
      this.pos++;
      return this.tableFunction(start, false);
    }
    if (this.isWord('UNNEST') && this.isSym('(', 1)) {
      this.pos += 2;
      const exprs = this.exprList();
      this.expectSym(')');
      const withOrdinality = this.acceptWords('WITH', 'ORDINALITY');
      return { kind: 'Unnest', span: this.spanFrom(start), exprs, withOrdinality };
    }
    const name = this.qualifiedName('a table name');
    // `FROM TO_CHANGELOG(input => TABLE t)`: Flink 2.x calls process table functions without TABLE( … ).
    if (this.isSym('(')) {
      const call = this.functionCall(name, start);
      return { kind: 'TableFunctionRef', span: this.spanFrom(start), lateral: false, call, bare: true };
    }
    const hints = this.hints();
    let systemTime: Expr | undefined;
    if (this.acceptWords('FOR', 'SYSTEM_TIME')) {
      this.expectWord('AS', 'OF');
      systemTime = this.expr(7);
    }
    const span = this.spanFrom(start);
    return systemTime
      ? { kind: 'TableName', span, name, hints, systemTime }
      : { kind: 'TableName', span, name, hints };
  }

  private tableFunction(start: number, lateral: boolean): TableRef {
    this.expectSym('(');
    const fs = this.peek().start;
    const name = this.qualifiedName('a table function name');
    const call = this.functionCall(name, fs);
    this.expectSym(')');
    return { kind: 'TableFunctionRef', span: this.spanFrom(start), lateral, call };
  }
}
