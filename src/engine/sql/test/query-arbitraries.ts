/**
 * fast-check generators of FROM items, SELECT, queries and every statement kind, in the
 * parser's normal form (see ast-arbitraries.ts for expressions and types).
 */
import fc from 'fast-check';
import type {
  AfterMatchSkip,
  AlterTableAction,
  GroupingElement,
  PatternTerm,
  ColumnDef,
  CreateTable,
  Expr,
  Identifier,
  Insert,
  PrimaryKey,
  Property,
  Query,
  QueryBody,
  Select,
  Statement,
  TableRef,
} from '../ast/index.js';
import { printExpression } from '../printer/index.js';
import { dataType, expr, ident, opt, orderItem, span, subquery, windowSpec } from './ast-arbitraries.js';

const hint = fc.oneof(
  fc
    .array(fc.record({ key: fc.string({ maxLength: 4 }), value: fc.string({ maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 2,
    })
    .map((kvOptions) => ({
      kind: 'Hint' as const,
      span,
      name: { kind: 'Identifier' as const, span, value: 'OPTIONS', quoted: false },
      kvOptions,
    })),
  fc
    .array(fc.constantFrom('t1', 'a.b', 'x y', 'select'), { minLength: 1, maxLength: 2 })
    .map((listOptions) => ({
      kind: 'Hint' as const,
      span,
      name: { kind: 'Identifier' as const, span, value: 'BROADCAST', quoted: false },
      listOptions,
    })),
  fc.constant({
    kind: 'Hint' as const,
    span,
    name: { kind: 'Identifier' as const, span, value: 'NO_HINT', quoted: false },
  }),
);
const hints = fc.array(hint, { maxLength: 2 });

const aliasOf = fc.option(
  fc.record({
    alias: ident,
    columnAliases: fc.option(fc.array(ident, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  }),
  {
    nil: undefined,
  },
);
function withAlias<T extends object>(
  ref: T,
  a: { alias: Identifier; columnAliases?: Identifier[] | undefined } | undefined,
): T {
  if (!a) return ref;
  return { ...ref, alias: a.alias, ...(a.columnAliases ? { columnAliases: a.columnAliases } : {}) };
}

const plainTable = fc
  .record({
    name: fc.array(ident, { minLength: 1, maxLength: 2 }),
    hints,
    systemTime: fc.option(expr, { nil: undefined }),
  })
  .map(({ systemTime, ...r }) => ({
    kind: 'TableName' as const,
    span,
    ...r,
    ...(systemTime ? { systemTime } : {}),
  }));

const tvfArg: fc.Arbitrary<Expr> = fc.oneof(
  expr,
  fc
    .record({
      name: fc.array(ident, { minLength: 1, maxLength: 2 }),
      partitionBy: fc.array(expr, { maxLength: 2 }),
      orderBy: fc.array(orderItem, { maxLength: 2 }),
    })
    // PARTITION BY ((a, b)) is read as the two keys a, b.
    .filter(
      (r) =>
        !(
          r.partitionBy.length === 1 &&
          r.partitionBy[0]!.kind === 'RowConstructor' &&
          !r.partitionBy[0]!.explicit
        ),
    )
    .map((r) => ({ kind: 'TableArgument' as const, span, ...r })),
  fc
    .array(ident, { minLength: 1, maxLength: 2 })
    .map((columns) => ({ kind: 'Descriptor' as const, span, columns })),
);
const tvfCall = fc
  .record({
    name: fc.constantFrom('TUMBLE', 'HOP', 'SESSION', 'my_tvf'),
    args: fc.array(fc.record({ named: fc.option(ident, { nil: undefined }), value: tvfArg }), {
      maxLength: 3,
    }),
  })
  .map(({ name, args }) => ({
    kind: 'FunctionCall' as const,
    span,
    name: [{ kind: 'Identifier' as const, span, value: name, quoted: false }],
    args: args.map((a) =>
      a.named ? { kind: 'NamedArgument' as const, span, name: a.named, value: a.value } : a.value,
    ),
    bare: false,
  }));

const { pattern } = fc.letrec<{ pattern: PatternTerm }>((tie) => ({
  pattern: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('A', 'B', 'C').map((v) => ({
      kind: 'PatternVar' as const,
      span,
      name: { kind: 'Identifier' as const, span, value: v, quoted: false },
    })),
    fc
      .array(tie('pattern'), { minLength: 2, maxLength: 3 })
      .map((items) => ({ kind: 'PatternConcat' as const, span, items })),
    fc
      .array(tie('pattern'), { minLength: 2, maxLength: 3 })
      .map((alternatives) => ({ kind: 'PatternAlternation' as const, span, alternatives })),
    tie('pattern').map((p) => ({ kind: 'PatternGroup' as const, span, pattern: p })),
    fc
      .record({
        term: tie('pattern'),
        q: fc.constantFrom<[number, number | undefined, '*' | '+' | '?' | '{}']>(
          [0, undefined, '*'],
          [1, undefined, '+'],
          [0, 1, '?'],
          [2, 2, '{}'],
          [1, undefined, '{}'],
          [1, 3, '{}'],
        ),
        reluctant: fc.boolean(),
      })
      .map(({ term, q: [min, max, written], reluctant }) => ({
        kind: 'PatternQuantified' as const,
        span,
        term,
        min,
        ...(max !== undefined ? { max } : {}),
        written,
        reluctant,
      })),
  ),
}));

/** Patterns in the parser's normal form: no concat directly in concat, no alternation in alternation. */
function normalPattern(p: PatternTerm): boolean {
  switch (p.kind) {
    case 'PatternVar':
      return true;
    case 'PatternConcat':
      return p.items.every(
        (i) => i.kind !== 'PatternConcat' && i.kind !== 'PatternAlternation' && normalPattern(i),
      );
    case 'PatternAlternation':
      return p.alternatives.every((i) => i.kind !== 'PatternAlternation' && normalPattern(i));
    case 'PatternGroup':
      return normalPattern(p.pattern);
    case 'PatternQuantified':
      return (p.term.kind === 'PatternVar' || p.term.kind === 'PatternGroup') && normalPattern(p.term);
  }
}

const measure = fc.record({ expr, name: ident }).map((r) => ({ kind: 'MatchMeasure' as const, span, ...r }));

const matchRecognize = fc
  .record({
    input: plainTable,
    partitionBy: fc.array(expr, { maxLength: 2 }),
    orderBy: fc.array(orderItem, { maxLength: 1 }),
    measures: fc.array(measure, { maxLength: 2 }),
    rowsPerMatch: fc.constantFrom('ONE ROW PER MATCH' as const, 'ALL ROWS PER MATCH' as const, undefined),
    afterMatch: fc.constantFrom<AfterMatchSkip | undefined>(
      { type: 'PAST LAST ROW' },
      { type: 'TO NEXT ROW' },
      { type: 'TO LAST', variable: { kind: 'Identifier', span, value: 'A', quoted: false } },
      undefined,
    ),
    pattern: pattern.filter(normalPattern),
    define: fc.array(measure, { minLength: 1, maxLength: 2 }),
  })
  .map(({ rowsPerMatch, afterMatch, ...r }) => ({
    kind: 'MatchRecognize' as const,
    span,
    ...r,
    ...(rowsPerMatch ? { rowsPerMatch } : {}),
    ...(afterMatch ? { afterMatch } : {}),
  }));

const joinTypes = ['INNER', 'LEFT', 'RIGHT', 'FULL', 'CROSS', 'COMMA'] as const;

export const { fromClause } = fc.letrec<{ fromClause: TableRef; primary: TableRef }>((tie) => ({
  primary: fc
    .record({
      ref: fc.oneof(
        plainTable,
        fc
          .record({ lateral: fc.boolean(), query: fc.constant(null) })
          .chain(({ lateral }) =>
            subquery(expr).map((q) => ({ kind: 'DerivedTable' as const, span, lateral, query: q })),
          ),
        fc
          .record({ lateral: fc.boolean(), call: tvfCall })
          .map((r) => ({ kind: 'TableFunctionRef' as const, span, ...r })),
        fc
          .record({ exprs: fc.array(expr, { minLength: 1, maxLength: 2 }), withOrdinality: fc.boolean() })
          .map((r) => ({ kind: 'Unnest' as const, span, ...r })),
        matchRecognize,
      ),
      alias: aliasOf,
    })
    .map(({ ref, alias }) => withAlias(ref, alias) as TableRef),
  fromClause: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('primary'),
    fc
      .record({
        left: tie('fromClause'),
        right: tie('fromClause'),
        type: fc.constantFrom(...joinTypes),
        natural: fc.boolean(),
        explicitInner: fc.boolean(),
        outer: fc.boolean(),
        cond: fc.oneof(
          expr.map((on) => ({ on })),
          fc.array(ident, { minLength: 1, maxLength: 2 }).map((using) => ({ using })),
        ),
      })
      .map(({ left, right, type, natural, explicitInner, outer, cond }) => {
        const isNatural = natural && type !== 'COMMA' && type !== 'CROSS';
        return {
          kind: 'Join' as const,
          span,
          type,
          natural: isNatural,
          explicitInner: type === 'INNER' && explicitInner,
          outer: (type === 'LEFT' || type === 'RIGHT' || type === 'FULL') && outer,
          left,
          right,
          ...(type === 'COMMA' || type === 'CROSS' || isNatural ? {} : cond),
        };
      }),
  ),
}));

const groupingElement: fc.Arbitrary<GroupingElement> = fc.oneof(
  expr,
  fc.array(expr, { minLength: 1, maxLength: 2 }).map((items) => ({ kind: 'Rollup' as const, span, items })),
  fc.array(expr, { minLength: 1, maxLength: 2 }).map((items) => ({ kind: 'Cube' as const, span, items })),
  fc
    .array(
      fc.oneof(
        expr,
        fc.constant({ kind: 'EmptyGroupingSet' as const, span }),
        fc
          .array(expr, { minLength: 2, maxLength: 2 })
          .map((fields) => ({ kind: 'RowConstructor' as const, span, fields, explicit: false })),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((sets) => ({ kind: 'GroupingSets' as const, span, sets })),
  fc.constant({ kind: 'EmptyGroupingSet' as const, span }),
);

export const select: fc.Arbitrary<Select> = fc
  .record({
    hints,
    items: fc.array(fc.record({ expr, alias: fc.option(ident, { nil: undefined }) }), {
      minLength: 1,
      maxLength: 3,
    }),
    from: fc.option(fromClause, { nil: undefined }),
    where: fc.option(expr, { nil: undefined }),
    groupBy: fc.option(fc.array(groupingElement, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    having: fc.option(expr, { nil: undefined }),
    quantifier: fc.constantFrom('DISTINCT' as const, 'ALL' as const, undefined),
    windows: fc.array(fc.record({ name: ident, spec: windowSpec(expr) }), { maxLength: 1 }),
  })
  .map(({ items, from, where, groupBy, having, quantifier, windows, hints: h }) => ({
    kind: 'Select' as const,
    span,
    hints: h,
    ...(quantifier ? { quantifier } : {}),
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
    windows: windows.map((w) => ({ kind: 'NamedWindow' as const, span, ...w })),
  }));

export const { body } = fc.letrec<{ body: QueryBody }>((tie) => ({
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

export const query: fc.Arbitrary<Query> = fc
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

const text = fc.string({ maxLength: 6 });
const name = fc.array(ident, { minLength: 1, maxLength: 3 });
const idents = (min: number, max: number): fc.Arbitrary<Identifier[]> =>
  fc.array(ident, { minLength: min, maxLength: max });
const property: fc.Arbitrary<Property> = fc
  .record({ key: text, value: text })
  .map((r) => ({ kind: 'Property' as const, span, ...r }));
const properties = fc.array(property, { maxLength: 2 });

const primaryKey = (withColumns: boolean): fc.Arbitrary<PrimaryKey> =>
  fc
    .record({ name: opt(ident), columns: idents(1, 2), enforced: fc.boolean() })
    .map(({ name: n, columns, enforced }) => ({
      kind: 'PrimaryKey' as const,
      span,
      ...(n ? { name: n } : {}),
      columns: withColumns ? columns : [],
      enforced,
    }));

/**
 * True when the printed expression starts with a parenthesised query: Flink's grammar refuses
 * that at the start of a computed column or watermark ("Query expression encountered in illegal
 * context", Calcite's ACCEPT_NON_QUERY), so the round trip leaves such expressions out there.
 */
function startsWithQuery(e: Expr): boolean {
  // The printed text decides (every postfix form — IS JSON, IS NULL, LIKE, … — prints its operand
  // first); the AST walk below is kept for forms whose printed operand might not lead.
  return /^[(\s]*(SELECT|WITH|VALUES|TABLE)\b/i.test(printExpression(e)) || leadsWithQuery(e);
}

function leadsWithQuery(e: Expr): boolean {
  switch (e.kind) {
    case 'ScalarSubquery':
      return true;
    case 'Binary':
    case 'IsDistinctFrom':
      return leadsWithQuery(e.left);
    case 'FieldAccess':
    case 'ItemAccess':
    case 'IsPredicate':
    case 'Between':
    case 'Like':
    case 'InList':
    case 'InQuery':
    case 'QuantifiedComparison':
      return leadsWithQuery(e.expr);
    case 'RowConstructor':
      return !e.explicit && e.fields.length > 0 && leadsWithQuery(e.fields[0]!);
    default:
      return false;
  }
}

const nonQueryExpr = expr.filter((e) => !startsWithQuery(e));

const columnDef: fc.Arbitrary<ColumnDef> = fc.oneof(
  fc
    .record({ name: ident, type: dataType, comment: opt(text), pk: opt(primaryKey(false)) })
    .map(({ name: n, type, comment, pk }) => ({
      kind: 'PhysicalColumn' as const,
      span,
      name: n,
      type,
      ...(pk ? { primaryKey: pk } : {}),
      ...(comment !== undefined ? { comment } : {}),
    })),
  fc.record({ name: ident, expr: nonQueryExpr, comment: opt(text) }).map(({ comment, ...r }) => ({
    kind: 'ComputedColumn' as const,
    span,
    ...r,
    ...(comment !== undefined ? { comment } : {}),
  })),
  fc
    .record({ name: ident, type: dataType, from: opt(text), virtual: fc.boolean(), comment: opt(text) })
    .map(({ from, comment, ...r }) => ({
      kind: 'MetadataColumn' as const,
      span,
      ...r,
      ...(from !== undefined ? { from } : {}),
      ...(comment !== undefined ? { comment } : {}),
    })),
);

const watermark = fc
  .record({ column: idents(1, 2), expr: nonQueryExpr })
  .map((r) => ({ kind: 'Watermark' as const, span, ...r }));

const distribution = fc
  .record({
    algorithm: fc.constantFrom('HASH' as const, 'RANGE' as const, undefined),
    columns: idents(0, 2),
    buckets: opt(fc.integer({ min: 1, max: 64 })),
  })
  .map(({ algorithm, columns, buckets }) => ({
    kind: 'Distribution' as const,
    span,
    ...(algorithm && columns.length ? { algorithm } : {}),
    columns:
      columns.length === 0 && buckets === undefined
        ? [{ kind: 'Identifier' as const, span, value: 'k', quoted: false }]
        : columns,
    ...(buckets !== undefined ? { buckets } : {}),
  }));

const createTable: fc.Arbitrary<CreateTable> = fc
  .record({
    orReplace: fc.boolean(),
    temporary: fc.boolean(),
    ifNotExists: fc.boolean(),
    name,
    columns: fc.array(columnDef, { maxLength: 3 }),
    watermark: opt(watermark),
    primaryKey: opt(primaryKey(true)),
    comment: opt(text),
    distribution: opt(distribution),
    partitionedBy: idents(0, 2),
    options: properties,
    tail: fc.oneof(
      fc.constant(undefined),
      fc
        .record({
          source: name,
          options: fc.array(
            fc.record({
              mode: fc.constantFrom('INCLUDING' as const, 'EXCLUDING' as const, 'OVERWRITING' as const),
              feature: fc.constantFrom('ALL' as const, 'OPTIONS' as const, 'WATERMARKS' as const),
            }),
            { maxLength: 2 },
          ),
        })
        .map((l) => ({ like: { kind: 'LikeClause' as const, span, ...l } })),
      query.map((q) => ({ asQuery: q })),
    ),
  })
  .map(({ watermark: w, primaryKey: pk, comment, distribution: d, tail, columns, ...r }) => ({
    kind: 'CreateTable' as const,
    span,
    ...r,
    // One primary key at most: drop inline keys when a table-level key is generated.
    columns: columns
      .map((c) => (pk && c.kind === 'PhysicalColumn' ? { ...c, primaryKey: undefined } : c))
      .map(stripUndefined),
    ...(w ? { watermark: w } : {}),
    ...(pk ? { primaryKey: pk } : {}),
    ...(comment !== undefined ? { comment } : {}),
    ...(d ? { distribution: d } : {}),
    ...(tail ?? {}),
  }))
  .filter(
    (t) =>
      t.columns.filter((c) => c.kind === 'PhysicalColumn' && c.primaryKey).length + (t.primaryKey ? 1 : 0) <=
      1,
  );

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const insert: fc.Arbitrary<Insert> = fc
  .record({ overwrite: fc.boolean(), table: name, columns: opt(idents(1, 3)), query })
  .map(({ columns, ...r }) => ({
    kind: 'Insert' as const,
    span,
    hints: [],
    ...r,
    ...(columns ? { columns } : {}),
  }));

const alterAction: fc.Arbitrary<AlterTableAction> = fc.oneof(
  properties.filter((p) => p.length > 0).map((options) => ({ type: 'SET' as const, options })),
  fc.array(text, { minLength: 1, maxLength: 2 }).map((keys) => ({ type: 'RESET' as const, keys })),
  name.map((newName) => ({ type: 'RENAME TABLE' as const, newName })),
  fc.record({ column: ident, newName: ident }).map((r) => ({ type: 'RENAME COLUMN' as const, ...r })),
  fc
    .record({
      type: fc.constantFrom('ADD' as const, 'MODIFY' as const),
      cols: fc.array(fc.record({ item: columnDef, first: fc.boolean() }), { minLength: 1, maxLength: 2 }),
      wm: opt(watermark),
      parenthesized: fc.boolean(),
    })
    // Flink's parser refuses two primary keys in one ALTER ('Duplicate primary key definition')
    .filter(({ cols }) => cols.filter((c) => 'primaryKey' in c.item && c.item.primaryKey).length <= 1)
    .map(({ type, cols, wm, parenthesized }) => {
      const items = [
        ...cols.map((c) =>
          c.first ? { item: c.item, position: { type: 'FIRST' as const } } : { item: c.item },
        ),
        ...(wm ? [{ item: wm }] : []),
      ];
      return { type, items, parenthesized: parenthesized || items.length > 1 };
    }),
  fc.record({ columns: idents(1, 3), parenthesized: fc.boolean() }).map(({ columns, parenthesized }) => ({
    type: 'DROP COLUMNS' as const,
    columns,
    parenthesized: parenthesized || columns.length > 1,
  })),
  fc.constantFrom(
    { type: 'DROP PRIMARY KEY' as const },
    { type: 'DROP WATERMARK' as const },
    { type: 'DROP DISTRIBUTION' as const },
  ),
  ident.map((n) => ({ type: 'DROP CONSTRAINT' as const, name: n })),
);

const likePattern = opt(fc.record({ negated: fc.boolean(), ilike: fc.boolean(), pattern: text }));

const name2 = fc.array(ident, { minLength: 1, maxLength: 2 });
const comment = opt(text);
const lang = opt(fc.constantFrom('JAVA' as const, 'SCALA' as const, 'SQL' as const, 'PYTHON' as const));
/** A function kind: (temporary, system); SYSTEM only with TEMPORARY, as the grammar requires. */
const fnKind: fc.Arbitrary<[boolean, boolean]> = fc.constantFrom<[boolean, boolean]>(
  [false, false],
  [true, false],
  [true, true],
);

/** Catalog, database, function, view and module statements (catalog-ddl.ts). */
export const catalogStatement: fc.Arbitrary<Statement> = fc.oneof(
  fc
    .record({ ifNotExists: fc.boolean(), name: ident, comment, options: properties })
    .map(({ comment: c, ...r }) => ({
      kind: 'CreateCatalog' as const,
      span,
      ...r,
      ...(c !== undefined ? { comment: c } : {}),
    })),
  fc
    .record({
      name: ident,
      action: fc.oneof(
        properties.map((options) => ({ type: 'SET' as const, options })),
        fc.array(text, { maxLength: 2 }).map((keys) => ({ type: 'RESET' as const, keys })),
        text.map((c) => ({ type: 'COMMENT' as const, comment: c })),
      ),
    })
    .map((r) => ({ kind: 'AlterCatalog' as const, span, ...r })),
  fc
    .record({ ifExists: fc.boolean(), name: ident })
    .map((r) => ({ kind: 'DropCatalog' as const, span, ...r })),
  fc
    .record({ ifNotExists: fc.boolean(), name: name2, comment, options: properties })
    .map(({ comment: c, ...r }) => ({
      kind: 'CreateDatabase' as const,
      span,
      ...r,
      ...(c !== undefined ? { comment: c } : {}),
    })),
  fc
    .record({ name: name2, options: properties })
    .map((r) => ({ kind: 'AlterDatabase' as const, span, ...r })),
  fc
    .record({
      ifExists: fc.boolean(),
      name: name2,
      mode: opt(fc.constantFrom('RESTRICT' as const, 'CASCADE' as const)),
    })
    .map(({ mode, ...r }) => ({ kind: 'DropDatabase' as const, span, ...r, ...(mode ? { mode } : {}) })),
  fc
    .record({
      k: fnKind,
      ifNotExists: fc.boolean(),
      name,
      className: text,
      language: lang,
      jars: fc.array(text, { maxLength: 2 }),
    })
    // Flink refuses USING JAR with LANGUAGE SQL or PYTHON.
    .filter((r) => r.jars.length === 0 || (r.language !== 'SQL' && r.language !== 'PYTHON'))
    .map(({ k: [temporary, system], name: n, language, ...r }) => ({
      kind: 'CreateFunction' as const,
      span,
      temporary,
      system,
      name: system ? n.slice(-1) : n,
      ...r,
      ...(language ? { language } : {}),
    })),
  fc
    .record({ k: fnKind, ifExists: fc.boolean(), name, className: text, language: lang })
    .map(({ k: [temporary, system], name: n, language, ...r }) => ({
      kind: 'AlterFunction' as const,
      span,
      temporary,
      system,
      name: system ? n.slice(-1) : n,
      ...r,
      ...(language ? { language } : {}),
    })),
  fc.record({ k: fnKind, ifExists: fc.boolean(), name }).map(({ k: [temporary, system], name: n, ...r }) => ({
    kind: 'DropFunction' as const,
    span,
    temporary,
    system,
    name: system ? n.slice(-1) : n,
    ...r,
  })),
  fc
    .record({
      name,
      action: fc.oneof(
        name.map((newName) => ({ type: 'RENAME' as const, newName })),
        query.map((q) => ({ type: 'AS' as const, query: q })),
      ),
    })
    .map((r) => ({ kind: 'AlterView' as const, span, ...r })),
  fc.record({ name: ident, options: properties }).map((r) => ({ kind: 'LoadModule' as const, span, ...r })),
  ident.map((n) => ({ kind: 'UnloadModule' as const, span, name: n })),
  idents(1, 3).map((names) => ({ kind: 'UseModules' as const, span, names })),
  fc
    .record({
      table: name,
      partition: opt(fc.array(fc.record({ column: ident, value: text }), { minLength: 1, maxLength: 2 })),
    })
    .map(({ partition, ...r }) => ({
      kind: 'ShowPartitions' as const,
      span,
      ...r,
      ...(partition ? { partition } : {}),
    })),
  fc
    .record({
      keyword: fc.constantFrom('DESCRIBE' as const, 'DESC' as const),
      extended: fc.boolean(),
      name: ident,
    })
    .map((r) => ({ kind: 'DescribeCatalog' as const, span, ...r })),
  ident.map((n) => ({ kind: 'ShowCreate' as const, span, object: 'CATALOG' as const, name: [n] })),
  fc
    .record({ keyword: fc.constantFrom('DESCRIBE' as const, 'DESC' as const), extended: fc.boolean(), name })
    .map((r) => ({ kind: 'DescribeFunction' as const, span, ...r })),
);

/** Every statement kind. */
export const statement: fc.Arbitrary<Statement> = fc.oneof(
  catalogStatement,
  query,
  insert,
  fc
    .array(insert, { minLength: 1, maxLength: 2 })
    .map((statements) => ({ kind: 'StatementSet' as const, span, statements })),
  createTable,
  fc
    .record({
      temporary: fc.boolean(),
      ifNotExists: fc.boolean(),
      name,
      columns: opt(idents(1, 2)),
      comment: opt(text),
      query,
    })
    .map(({ columns, comment, ...r }) => ({
      kind: 'CreateView' as const,
      span,
      ...r,
      ...(columns ? { columns } : {}),
      ...(comment !== undefined ? { comment } : {}),
    })),
  fc
    .record({ ifExists: fc.boolean(), name, action: alterAction })
    .map((r) => ({ kind: 'AlterTable' as const, span, ...r })),
  fc
    .record({
      object: fc.constantFrom('TABLE' as const, 'VIEW' as const),
      temporary: fc.boolean(),
      ifExists: fc.boolean(),
      name,
    })
    .map((r) => ({ kind: 'DropObject' as const, span, ...r })),
  fc
    .record({
      object: fc.constantFrom(
        'CATALOGS' as const,
        'DATABASES' as const,
        'TABLES' as const,
        'VIEWS' as const,
        'FUNCTIONS' as const,
        'USER FUNCTIONS' as const,
        'COLUMNS' as const,
      ),
      from: opt(fc.record({ preposition: fc.constantFrom('FROM' as const, 'IN' as const), name })),
      like: likePattern,
    })
    // Flink's parser takes one part after SHOW DATABASES FROM, at most two after SHOW TABLES FROM.
    .map(({ object, from, like }) => ({
      object,
      like,
      from:
        from && object !== 'COLUMNS'
          ? { ...from, name: from.name.slice(0, object === 'DATABASES' ? 1 : 2) }
          : from,
    }))
    .map(({ object, from, like }) => ({
      kind: 'ShowObjects' as const,
      span,
      object,
      ...(from || object === 'COLUMNS'
        ? {
            from: from ?? {
              preposition: 'FROM' as const,
              name: [{ kind: 'Identifier' as const, span, value: 't', quoted: false }],
            },
          }
        : {}),
      ...(like ? { like } : {}),
    })),
  fc
    .constantFrom('CATALOG' as const, 'DATABASE' as const)
    .map((object) => ({ kind: 'ShowCurrent' as const, span, object })),
  fc
    .record({ object: fc.constantFrom('TABLE' as const, 'VIEW' as const), name })
    .map((r) => ({ kind: 'ShowCreate' as const, span, ...r })),
  fc
    .record({ keyword: fc.constantFrom('DESCRIBE' as const, 'DESC' as const), extended: fc.boolean(), name })
    .map((r) => ({ kind: 'Describe' as const, span, ...r })),
  fc
    .record({
      planFor: fc.boolean(),
      details: fc.subarray([
        'CHANGELOG_MODE' as const,
        'ESTIMATED_COST' as const,
        'JSON_EXECUTION_PLAN' as const,
      ]),
      statement: fc.oneof(query, insert),
    })
    .map(({ planFor, details, statement: s }) => ({
      kind: 'Explain' as const,
      span,
      planFor,
      details: planFor ? [] : details,
      statement: s,
    })),
  opt(fc.tuple(text, text)).map((kv) => ({
    kind: 'Set' as const,
    span,
    ...(kv ? { key: kv[0], value: kv[1] } : {}),
  })),
  opt(text).map((key) => ({ kind: 'Reset' as const, span, ...(key !== undefined ? { key } : {}) })),
  ident.map((n) => ({ kind: 'UseCatalog' as const, span, name: n })),
  name.map((n) => ({ kind: 'UseDatabase' as const, span, name: n })),
);
