/**
 * fast-check generators of Flink SQL ASTs in the parser's normal form (the shapes the parser
 * produces), for print → parse round-trip properties. Spans are dummies: compare trees with
 * stripSpans.
 */
import fc from 'fast-check';
import type {
  DataType,
  Expr,
  Identifier,
  OrderItem,
  PrimitiveTypeName,
  Query,
  Span,
  TableRef,
  WindowSpec,
} from '../ast/index.js';

export const P = { line: 1, column: 1, offset: 0 };
export const span: Span = { start: P, end: P };

export const simpleName = fc.constantFrom('a', 'b', 'col', 'x1', 'Price', 'name', 'data', 'my_col', 'tbl');
export const ident: fc.Arbitrary<Identifier> = fc.oneof(
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

export const primitive: fc.Arbitrary<DataType> = fc
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

export const { dataType } = fc.letrec<{ dataType: DataType }>((tie) => ({
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

export const literal: fc.Arbitrary<Expr> = fc.oneof(
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

export const columnRef: fc.Arbitrary<Expr> = fc
  .array(ident, { minLength: 1, maxLength: 3 })
  .map((names) => ({ kind: 'ColumnRef' as const, span, names }));

export const fnName = fc.constantFrom('f', 'my_func', 'UPPER', 'COUNT', 'concat_ws');
export const binOps = ['OR', 'AND', '=', '<>', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '||'] as const;

export const tableName: fc.Arbitrary<TableRef> = fc
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

export const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

/** A small subquery: SELECT col FROM tbl [WHERE e]. */
export function subquery(e: fc.Arbitrary<Expr>): fc.Arbitrary<Query> {
  return fc.record({ c: columnRef, t: tableName, w: opt(e) }).map(({ c, t, w }) => ({
    kind: 'Query' as const,
    span,
    body: {
      kind: 'Select' as const,
      span,
      hints: [],
      items: [{ kind: 'SelectItem' as const, span, expr: c }],
      from: t,
      ...(w ? { where: w } : {}),
      windows: [],
    },
    orderBy: [],
  }));
}

export const windowSpec = (e: fc.Arbitrary<Expr>): fc.Arbitrary<WindowSpec> =>
  fc
    .record({
      partitionBy: fc.array(e, { maxLength: 2 }),
      orderBy: fc.array(
        fc.record({ expr: e, direction: fc.constantFrom('ASC' as const, 'DESC' as const, undefined) }),
        {
          maxLength: 2,
        },
      ),
      frame: opt(
        fc.record({
          unit: fc.constantFrom('ROWS' as const, 'RANGE' as const),
          start: fc.constantFrom(
            { type: 'UNBOUNDED PRECEDING' as const },
            { type: 'CURRENT ROW' as const },
            {
              type: 'PRECEDING' as const,
              offset: { kind: 'NumericLiteral' as const, span, text: '2', approximate: false },
            },
          ),
          end: opt(
            fc.constantFrom({ type: 'CURRENT ROW' as const }, { type: 'UNBOUNDED FOLLOWING' as const }),
          ),
        }),
      ),
    })
    .map(({ partitionBy, orderBy, frame }) => ({
      kind: 'WindowSpec' as const,
      span,
      partitionBy,
      orderBy: orderBy.map((o) => ({
        kind: 'OrderItem' as const,
        span,
        expr: o.expr,
        ...(o.direction ? { direction: o.direction } : {}),
      })),
      ...(frame
        ? { frame: { unit: frame.unit, start: frame.start, ...(frame.end ? { end: frame.end } : {}) } }
        : {}),
    }));

export const name1 = (value: string): Identifier[] => [{ kind: 'Identifier', span, value, quoted: false }];

/** Expression kinds beyond the basic operators: windows, subqueries, special and JSON calls. */
export function moreExprs(e: fc.Arbitrary<Expr>): fc.Arbitrary<Expr>[] {
  return [
    fc
      .record({ args: fc.array(e, { maxLength: 2 }), over: windowSpec(e), filter: opt(e) })
      .map(({ args, over, filter }) => ({
        kind: 'FunctionCall' as const,
        span,
        name: name1('SUM'),
        args,
        ...(filter ? { filter } : {}),
        over,
        bare: false,
      })),
    fc.constant<Expr>({
      kind: 'FunctionCall' as const,
      span,
      name: name1('COUNT'),
      args: [{ kind: 'Star' as const, span, qualifier: [] }],
      bare: false,
    }),
    fc.constantFrom('CURRENT_TIMESTAMP', 'LOCALTIME').map((n) => ({
      kind: 'FunctionCall' as const,
      span,
      name: name1(n),
      args: [],
      bare: true,
    })),
    subquery(e).map((query) => ({ kind: 'ScalarSubquery' as const, span, query })),
    subquery(e).map((query) => ({ kind: 'Exists' as const, span, query })),
    fc
      .record({ expr: e, query: subquery(e), negated: fc.boolean() })
      .map((r) => ({ kind: 'InQuery' as const, span, ...r })),
    fc
      .record({
        expr: e,
        query: subquery(e),
        op: fc.constantFrom('=' as const, '>' as const),
        quantifier: fc.constantFrom('ALL' as const, 'SOME' as const),
      })
      .map((r) => ({ kind: 'QuantifiedComparison' as const, span, ...r })),
    fc
      .record({
        expr: e,
        negated: fc.boolean(),
        type: fc.constantFrom('OBJECT' as const, 'ARRAY' as const, undefined),
      })
      .map(({ type, ...r }) => ({ kind: 'IsJson' as const, span, ...r, ...(type ? { type } : {}) })),
    fc
      .record({
        expr: e,
        path: e,
        returning: opt(dataType),
        onEmpty: opt(fc.constantFrom({ type: 'NULL' as const }, { type: 'ERROR' as const })),
      })
      .map(({ returning, onEmpty, ...r }) => ({
        kind: 'JsonValue' as const,
        span,
        ...r,
        ...(returning ? { returning } : {}),
        ...(onEmpty ? { onEmpty } : {}),
      })),
    fc
      .record({
        entries: fc.array(fc.record({ key: e, value: e }), { maxLength: 2 }),
        onNull: fc.constantFrom('NULL' as const, 'ABSENT' as const, undefined),
        aggregate: fc.boolean(),
      })
      .map(({ onNull, ...r }) => ({
        kind: 'JsonObject' as const,
        span,
        ...r,
        ...(onNull ? { onNull } : {}),
      })),
    fc
      .record({
        values: fc.array(e, { maxLength: 2 }),
        onNull: fc.constantFrom('NULL' as const, 'ABSENT' as const, undefined),
        aggregate: fc.boolean(),
      })
      .map(({ onNull, ...r }) => ({ kind: 'JsonArray' as const, span, ...r, ...(onNull ? { onNull } : {}) })),
    fc
      .record({ expr: e, from: e, for: opt(e) })
      .map(({ for: f, ...r }) => ({ kind: 'Substring' as const, span, ...r, ...(f ? { for: f } : {}) })),
    fc
      .record({ expr: e, placing: e, from: e, for: opt(e) })
      .map(({ for: f, ...r }) => ({ kind: 'Overlay' as const, span, ...r, ...(f ? { for: f } : {}) })),
    fc
      .record({ needle: e, haystack: e, from: opt(e) })
      .map(({ from, ...r }) => ({ kind: 'Position' as const, span, ...r, ...(from ? { from } : {}) })),
    fc
      .record({
        fn: fc.constantFrom('FLOOR' as const, 'CEIL' as const),
        expr: e,
        unit: fc.constantFrom('DAY' as const, 'HOUR' as const),
      })
      .map((r) => ({ kind: 'FloorCeil' as const, span, ...r })),
    fc
      .array(fc.tuple(e, e), { maxLength: 2 })
      .map((pairs) => ({ kind: 'MapConstructor' as const, span, entries: pairs.flat() })),
    fc.constantFrom('', '0A', 'FF00').map((hex) => ({ kind: 'BinaryLiteral' as const, span, hex })),
  ];
}

export const { expr } = fc.letrec<{ expr: Expr }>((tie) => {
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
        // `x IN ((SELECT …))` is the IN-subquery form, not a one-element list.
        .filter((r) => !(r.list.length === 1 && r.list[0]!.kind === 'ScalarSubquery'))
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
      ...moreExprs(e),
    ),
  };
});

export const orderItem: fc.Arbitrary<OrderItem> = fc
  .record({ expr, direction: fc.constantFrom('ASC' as const, 'DESC' as const, undefined) })
  .map(({ expr: x, direction }) => ({
    kind: 'OrderItem' as const,
    span,
    expr: x,
    ...(direction ? { direction } : {}),
  }));
