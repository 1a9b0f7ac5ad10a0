/**
 * Property: for generated ASTs (expressions, data types and queries), print → parse gives the
 * same tree (spans aside). Prints its seed; rerun a failure with FC_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type {
  DataType,
  Expr,
  Identifier,
  OrderItem,
  PrimitiveTypeName,
  Query,
  QueryBody,
  Select,
  Span,
  TableRef,
} from '../ast/index.js';
import { parseDataType, parseExpression, parseStatement } from '../parser/index.js';
import { stripSpans } from '../test/ast-utils.js';
import { printDataType, printExpression, printStatement } from './index.js';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 1_000_000;
console.log(`# round-trip property seed: ${seed}`);

const P = { line: 1, column: 1, offset: 0 };
const span: Span = { start: P, end: P };

const simpleName = fc.constantFrom('a', 'b', 'col', 'x1', 'Price', 'name', 'data', 'my_col', 'tbl');
const ident: fc.Arbitrary<Identifier> = fc.oneof(
  {
    weight: 4,
    arbitrary: simpleName.map((value) => ({ kind: 'Identifier' as const, span, value, quoted: false })),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({
        minLength: 1,
        maxLength: 6,
        unit: fc.constantFrom('a', '`', ' ', '$', 'é', '-', 'Z', '1', "'"),
      })
      .map((value) => ({ kind: 'Identifier' as const, span, value, quoted: true })),
  },
);

const primitive: fc.Arbitrary<DataType> = fc
  .record({
    entry: fc.constantFrom<[PrimitiveTypeName, string, number]>(
      ['INT', 'INT', 0],
      ['INT', 'INTEGER', 0],
      ['BIGINT', 'BIGINT', 0],
      ['BOOLEAN', 'BOOLEAN', 0],
      ['DOUBLE', 'DOUBLE', 0],
      ['STRING', 'STRING', 0],
      ['BYTES', 'BYTES', 0],
      ['DATE', 'DATE', 0],
      ['VARCHAR', 'VARCHAR', 1],
      ['TIMESTAMP', 'TIMESTAMP', 1],
      ['TIMESTAMP_LTZ', 'TIMESTAMP_LTZ', 1],
      ['TIMESTAMP_LTZ', 'TIMESTAMP WITH LOCAL TIME ZONE', 1],
      ['DECIMAL', 'DECIMAL', 2],
    ),
    p: fc.option(fc.integer({ min: 0, max: 38 }), { nil: undefined }),
    s: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
    nullable: fc.boolean(),
  })
  .map(({ entry: [name, spelling, params], p, s, nullable }) => ({
    kind: 'PrimitiveType' as const,
    span,
    name,
    spelling,
    ...(params >= 1 && p !== undefined ? { precision: p } : {}),
    ...(params === 2 && p !== undefined && s !== undefined ? { scale: s } : {}),
    nullable,
  }));

const { dataType } = fc.letrec<{ dataType: DataType }>((tie) => ({
  dataType: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    primitive,
    fc
      .record({
        element: tie('dataType'),
        style: fc.constantFrom('angle' as const, 'suffix' as const),
        nullable: fc.boolean(),
      })
      .map((r) => ({ kind: 'ArrayType' as const, span, ...r })),
    fc.record({ key: tie('dataType'), value: tie('dataType'), nullable: fc.boolean() }).map((r) => ({
      kind: 'MapType' as const,
      span,
      ...r,
    })),
    fc
      .record({
        fields: fc.array(
          fc.record({
            name: ident,
            type: tie('dataType'),
            description: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        style: fc.constantFrom('angle' as const, 'paren' as const),
        nullable: fc.boolean(),
      })
      .map((r) => ({
        kind: 'RowType' as const,
        span,
        style: r.style,
        nullable: r.nullable,
        fields: r.fields.map((f) => ({
          kind: 'RowTypeField' as const,
          span,
          name: f.name,
          type: f.type,
          ...(f.description !== undefined ? { description: f.description } : {}),
        })),
      })),
  ),
}));

const literal: fc.Arbitrary<Expr> = fc.oneof(
  fc.nat().map((n) => ({ kind: 'NumericLiteral' as const, span, text: String(n), approximate: false })),
  fc
    .tuple(fc.nat(), fc.nat({ max: 999 }))
    .map(([a, b]) => ({ kind: 'NumericLiteral' as const, span, text: `${a}.${b}`, approximate: false })),
  fc
    .nat({ max: 99 })
    .map((n) => ({ kind: 'NumericLiteral' as const, span, text: `1.5E${n}`, approximate: true })),
  fc.string({ maxLength: 8 }).map((value) => ({ kind: 'StringLiteral' as const, span, value })),
  fc.constantFrom(true, false, null).map((value) => ({ kind: 'BooleanLiteral' as const, span, value })),
  fc.constant({ kind: 'NullLiteral' as const, span }),
  fc
    .tuple(
      fc.boolean(),
      fc.nat({ max: 99 }),
      fc.constantFrom('YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND'),
    )
    .map(([negative, n, unit]) => ({
      kind: 'IntervalLiteral' as const,
      span,
      negative,
      value: String(n),
      qualifier: { start: unit },
    })),
  fc.constantFrom('DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMP_LTZ').map((type) => ({
    kind: 'TemporalLiteral' as const,
    span,
    type,
    value: '2024-01-01',
  })),
);

const columnRef: fc.Arbitrary<Expr> = fc
  .array(ident, { minLength: 1, maxLength: 3 })
  .map((names) => ({ kind: 'ColumnRef' as const, span, names }));

const fnName = fc.constantFrom('f', 'my_func', 'UPPER', 'COUNT', 'concat_ws');
const binOps = ['OR', 'AND', '=', '<>', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '||'] as const;

const { expr } = fc.letrec<{ expr: Expr }>((tie) => {
  const e = tie('expr');
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      literal,
      columnRef,
      fc
        .record({ op: fc.constantFrom(...binOps), left: e, right: e })
        .map((r) => ({ kind: 'Binary' as const, span, ...r })),
      fc.record({ op: fc.constantFrom('NOT' as const, '-' as const, '+' as const), operand: e }).map((r) => ({
        kind: 'Unary' as const,
        span,
        ...r,
      })),
      fc
        .record({
          expr: e,
          negated: fc.boolean(),
          test: fc.constantFrom('NULL' as const, 'TRUE' as const, 'FALSE' as const, 'UNKNOWN' as const),
        })
        .map((r) => ({ kind: 'IsPredicate' as const, span, ...r })),
      fc
        .record({ left: e, right: e, negated: fc.boolean() })
        .map((r) => ({ kind: 'IsDistinctFrom' as const, span, ...r })),
      fc
        .record({ expr: e, low: e, high: e, negated: fc.boolean() })
        .map((r) => ({ kind: 'Between' as const, span, ...r })),
      fc
        .record({
          op: fc.constantFrom('LIKE' as const, 'SIMILAR TO' as const),
          expr: e,
          pattern: e,
          negated: fc.boolean(),
          escape: fc.option(e, { nil: undefined }),
        })
        .map(({ escape, ...r }) => ({ kind: 'Like' as const, span, ...r, ...(escape ? { escape } : {}) })),
      fc
        .record({ expr: e, list: fc.array(e, { minLength: 1, maxLength: 3 }), negated: fc.boolean() })
        .map((r) => ({
          kind: 'InList' as const,
          span,
          ...r,
        })),
      fc
        .record({
          operand: fc.option(e, { nil: undefined }),
          whens: fc.array(fc.record({ when: e, then: e }), { minLength: 1, maxLength: 2 }),
          else: fc.option(e, { nil: undefined }),
        })
        .map(({ operand, whens, else: el }) => ({
          kind: 'Case' as const,
          span,
          ...(operand ? { operand } : {}),
          whens,
          ...(el ? { else: el } : {}),
        })),
      fc
        .record({ expr: e, type: dataType, safe: fc.boolean() })
        .map((r) => ({ kind: 'Cast' as const, span, ...r })),
      fc
        .record({ name: fnName, args: fc.array(e, { maxLength: 3 }), distinct: fc.boolean() })
        .map(({ name, args, distinct }) => ({
          kind: 'FunctionCall' as const,
          span,
          name: [{ kind: 'Identifier' as const, span, value: name, quoted: false }],
          args,
          ...(distinct && args.length > 0 ? { quantifier: 'DISTINCT' as const } : {}),
          bare: false,
        })),
      fc
        .array(e, { minLength: 2, maxLength: 3 })
        .map((fields) => ({ kind: 'RowConstructor' as const, span, fields, explicit: false })),
      fc
        .array(e, { maxLength: 3 })
        .map((fields) => ({ kind: 'RowConstructor' as const, span, fields, explicit: true })),
      fc
        .array(e, { maxLength: 3 })
        .map((elements) => ({ kind: 'ArrayConstructor' as const, span, elements })),
      fc.record({ expr: e, index: e }).map((r) => ({ kind: 'ItemAccess' as const, span, ...r })),
      fc.record({ expr: e, field: ident }).map((r) => ({ kind: 'FieldAccess' as const, span, ...r })),
      fc
        .record({ unit: fc.constantFrom('YEAR' as const, 'DOW' as const, 'EPOCH' as const), expr: e })
        .map((r) => ({
          kind: 'Extract' as const,
          span,
          ...r,
        })),
      fc
        .record({
          side: fc.constantFrom('BOTH' as const, 'LEADING' as const, undefined),
          chars: fc.option(e, { nil: undefined }),
          expr: e,
        })
        .map(({ side, chars, expr: x }) => ({
          kind: 'Trim' as const,
          span,
          ...(side ? { side } : {}),
          ...(chars ? { chars } : {}),
          expr: x,
        })),
    ),
  };
});

const orderItem: fc.Arbitrary<OrderItem> = fc
  .record({ expr, direction: fc.constantFrom('ASC' as const, 'DESC' as const, undefined) })
  .map(({ expr: x, direction }) => ({
    kind: 'OrderItem' as const,
    span,
    expr: x,
    ...(direction ? { direction } : {}),
  }));

const tableName: fc.Arbitrary<TableRef> = fc
  .record({
    name: fc.array(ident, { minLength: 1, maxLength: 2 }),
    alias: fc.option(ident, { nil: undefined }),
  })
  .map(({ name, alias }) => ({
    kind: 'TableName' as const,
    span,
    name,
    hints: [],
    ...(alias ? { alias } : {}),
  }));

const fromClause: fc.Arbitrary<TableRef> = fc.oneof(
  tableName,
  fc
    .record({
      left: tableName,
      right: tableName,
      type: fc.constantFrom('INNER' as const, 'LEFT' as const, 'FULL' as const, 'COMMA' as const),
      on: expr,
    })
    .map(({ left, right, type, on }) => ({
      kind: 'Join' as const,
      span,
      type,
      natural: false,
      explicitInner: false,
      outer: false,
      left,
      right,
      ...(type === 'COMMA' ? {} : { on }),
    })),
);

const select: fc.Arbitrary<Select> = fc
  .record({
    items: fc.array(fc.record({ expr, alias: fc.option(ident, { nil: undefined }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    from: fc.option(fromClause, { nil: undefined }),
    where: fc.option(expr, { nil: undefined }),
    groupBy: fc.option(fc.array(expr, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    having: fc.option(expr, { nil: undefined }),
    distinct: fc.boolean(),
  })
  .map(({ items, from, where, groupBy, having, distinct }) => ({
    kind: 'Select' as const,
    span,
    hints: [],
    ...(distinct ? { quantifier: 'DISTINCT' as const } : {}),
    items: items.map((i) => ({
      kind: 'SelectItem' as const,
      span,
      expr: i.expr,
      ...(i.alias ? { alias: i.alias } : {}),
    })),
    ...(from ? { from } : {}),
    ...(where ? { where } : {}),
    ...(groupBy ? { groupBy } : {}),
    ...(having ? { having } : {}),
    windows: [],
  }));

const { body } = fc.letrec<{ body: QueryBody }>((tie) => ({
  body: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    select,
    fc
      .record({
        op: fc.constantFrom('UNION' as const, 'INTERSECT' as const, 'EXCEPT' as const),
        all: fc.boolean(),
        left: tie('body'),
        right: tie('body'),
      })
      .map(({ op, all, left, right }) => ({
        kind: 'SetOperation' as const,
        span,
        op,
        ...(all ? { quantifier: 'ALL' as const } : {}),
        left,
        right,
      })),
  ),
}));

const query: fc.Arbitrary<Query> = fc
  .record({
    body,
    orderBy: fc.array(orderItem, { maxLength: 2 }),
    limit: fc.option(fc.nat({ max: 100 }), { nil: undefined }),
  })
  .map(({ body: b, orderBy, limit }) => ({
    kind: 'Query' as const,
    span,
    body: b,
    orderBy,
    ...(limit !== undefined
      ? {
          limit: { kind: 'NumericLiteral' as const, span, text: String(limit), approximate: false },
          limitStyle: 'LIMIT' as const,
        }
      : {}),
  }));

function check<T>(
  arb: fc.Arbitrary<T>,
  print: (x: T) => string,
  parse: (s: string) => unknown,
  runs: number,
): void {
  fc.assert(
    fc.property(arb, (ast) => {
      const text = print(ast);
      let reparsed: unknown;
      try {
        reparsed = parse(text);
      } catch (err) {
        throw new Error(`printed text does not parse: ${text}\n${(err as Error).message}`);
      }
      assert.deepEqual(stripSpans(reparsed), stripSpans(ast), `printed: ${text}`);
    }),
    { seed, numRuns: runs },
  );
}

test('data types: print → parse round trip', () => {
  check(dataType, printDataType, parseDataType, 300);
});

test('expressions: print → parse round trip', () => {
  check(expr, printExpression, parseExpression, 600);
});

test('queries: print → parse round trip', () => {
  check(query, printStatement, parseStatement, 300);
});
