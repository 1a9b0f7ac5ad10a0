/**
 * CREATE TABLE / VIEW, ALTER TABLE, DROP TABLE / VIEW (Flink's CREATE, ALTER and DROP pages).
 */
import type {
  AlterSchemaItem,
  AlterTable,
  AlterTableAction,
  ColumnDef,
  ColumnPosition,
  CreateTable,
  CreateView,
  Distribution,
  DropObject,
  Expr,
  Identifier,
  LikeClause,
  LikeOption,
  PrimaryKey,
  Watermark,
} from '../ast/index.js';
import type { QueryParser } from './query-parser.js';

/** After `CREATE [OR REPLACE] [TEMPORARY]`: TABLE … or VIEW …. */
export function parseCreate(
  p: QueryParser,
  start: number,
  orReplace: boolean,
  temporary: boolean,
): CreateTable | CreateView {
  if (p.acceptWord('VIEW')) {
    const ifNotExists = p.acceptWords('IF', 'NOT', 'EXISTS');
    const name = p.qualifiedName('a view name');
    const columns = p.isSym('(') ? p.identifierList() : undefined;
    const comment = p.acceptWord('COMMENT') ? p.stringValue() : undefined;
    p.expectWord('AS');
    const query = p.query();
    return {
      kind: 'CreateView',
      span: p.spanFrom(start),
      temporary,
      ifNotExists,
      name,
      ...(columns ? { columns } : {}),
      ...(comment !== undefined ? { comment } : {}),
      query,
    };
  }
  p.expectWord('TABLE');
  const ifNotExists = p.acceptWords('IF', 'NOT', 'EXISTS');
  const name = p.qualifiedName('a table name');
  const columns: ColumnDef[] = [];
  let watermark: Watermark | undefined;
  let primaryKey: PrimaryKey | undefined;
  const parenStart = p.peek().start;
  let columnNames: Identifier[] | undefined;
  if (p.isSym('(') && p.isIdentifierToken(p.peek(1)) && (p.isSym(',', 2) || p.isSym(')', 2))) {
    // `(a, h)`: Flink's CTAS/RTAS column names without types (TableColumnsOrIdentifiers).
    p.next();
    columnNames = columnIdentifiers(p, parenStart);
  } else if (p.acceptSym('(')) {
    let pkSeen = false;
    const duplicatePk = (pk: PrimaryKey): void => {
      if (pkSeen) p.failAt(pk.span.start.offset, pk.span.end.offset, 'Duplicate primary key definition');
      pkSeen = true;
    };
    do {
      const t = p.peek();
      if (p.isWord('WATERMARK')) {
        if (watermark) p.failAt(t.start, t.end, 'Multiple WATERMARK declarations are not supported yet.');
        watermark = parseWatermark(p);
      } else if (p.isWord('PRIMARY') || p.isWord('CONSTRAINT') || p.isWord('UNIQUE')) {
        primaryKey = parsePrimaryKey(p, true);
        duplicatePk(primaryKey);
      } else {
        const col = parseColumn(p);
        if (col.kind === 'PhysicalColumn' && col.primaryKey) duplicatePk(col.primaryKey);
        columns.push(col);
      }
    } while (p.acceptSym(','));
    p.expectSym(')');
  }
  const comment = p.acceptWord('COMMENT') ? p.stringValue() : undefined;
  const distribution = p.isWord('DISTRIBUTED') ? parseDistribution(p, 'DISTRIBUTED') : undefined;
  let partitionedBy: Identifier[] = [];
  if (p.acceptWords('PARTITIONED', 'BY')) partitionedBy = p.identifierList();
  // Flink 2.2's `USING CONNECTION name` (not in REPLACE TABLE's grammar).
  let usingConnection: { start: number; end: number } | undefined;
  const replaceOnly = /^replace/i.test(p.text.slice(start, start + 7));
  if (!replaceOnly && p.isWord('USING') && p.isWord('CONNECTION', 1)) {
    const u = p.next();
    p.next();
    p.qualifiedName('a connection name');
    usingConnection = { start: u.start, end: p.peek(-1).end };
  }
  const options = p.acceptWord('WITH') ? p.propertyList() : [];
  let like: LikeClause | undefined;
  if (p.isWord('LIKE')) {
    const ls = p.next().start;
    const source = p.qualifiedName('a table name');
    const opts: LikeOption[] = [];
    if (p.acceptSym('(')) {
      do {
        const mode = p.expectOneOf('INCLUDING', 'EXCLUDING', 'OVERWRITING');
        const feature = p.expectOneOf(
          'ALL',
          'CONSTRAINTS',
          'DISTRIBUTION',
          'GENERATED',
          'METADATA',
          'OPTIONS',
          'PARTITIONS',
          'WATERMARKS',
        );
        opts.push({ mode, feature });
        // Flink separates the options by whitespace only; a comma is accepted too (Eddy's
        // printer writes one).
      } while (p.acceptSym(',') || !p.isSym(')'));
      p.expectSym(')');
    }
    like = { kind: 'LikeClause', span: p.spanFrom(ls), source, options: opts };
  }
  const asQuery = !like && p.acceptWord('AS') ? p.query() : undefined;
  if (usingConnection) {
    // ParserResource.usingConnectionWithAsUnsupported, reported at CREATE.
    if (asQuery)
      p.failAt(
        start,
        start + 'CREATE'.length,
        'USING CONNECTION clause is not supported with CREATE TABLE AS SELECT or REPLACE TABLE AS SELECT statements.',
      );
    p.failAt(
      usingConnection.start,
      usingConnection.end,
      'USING CONNECTION is not supported yet: Eddy has no connection objects',
      "give the connector's options in WITH (…) instead",
    );
  }
  return {
    kind: 'CreateTable',
    span: p.spanFrom(start),
    orReplace,
    temporary,
    ifNotExists,
    name,
    columns,
    ...(columnNames ? { columnNames } : {}),
    ...(watermark ? { watermark } : {}),
    ...(primaryKey ? { primaryKey } : {}),
    ...(comment !== undefined ? { comment } : {}),
    ...(distribution ? { distribution } : {}),
    partitionedBy,
    options,
    ...(like ? { like } : {}),
    ...(asQuery ? { asQuery } : {}),
  };
}

/**
 * `CREATE TABLE t (a, b …) [WITH (…)] AS SELECT …`: Flink takes a list of column names without
 * types on CTAS/RTAS (it reorders the query's columns: MergeTableAsUtil#reorderSchema) and
 * refuses it on a plain CREATE TABLE. Called after the `(`; returns the names.
 */
function columnIdentifiers(p: QueryParser, parenStart: number): Identifier[] {
  const names = [p.identifier('a column name')];
  while (p.acceptSym(',')) names.push(p.identifier('a column name'));
  p.expectSym(')');
  const parenEnd = p.prevEnd - 1;
  // Only an AS query after the table's clauses makes the list valid.
  const resume = p.pos;
  let depth = 0;
  while (p.peek().type !== 'eof' && !(depth === 0 && p.isSym(';'))) {
    if (p.isSym('(')) depth++;
    else if (p.isSym(')')) depth--;
    else if (depth === 0 && p.isWord('AS')) {
      p.pos = resume;
      return names;
    }
    p.pos++;
  }
  p.failAt(
    parenStart,
    parenEnd,
    'Columns identifiers without types in the schema are supported on CTAS/RTAS statements only.',
  );
}

/**
 * An expression where Flink's grammar takes no query (computed columns, watermarks: Calcite's
 * ACCEPT_NON_QUERY context): a leading `(SELECT …)` fails at its parenthesis with Calcite's
 * message, as Flink's parser does.
 */
function nonQueryExpr(p: QueryParser): Expr {
  let k = 0;
  while (p.isSym('(', k)) k++;
  if (k > 0 && p.isQueryStart(k)) {
    const t = p.peek(k - 1);
    p.failAt(t.start, t.end, 'Query expression encountered in illegal context');
  }
  return p.expr();
}

function parseWatermark(p: QueryParser): Watermark {
  const start = p.expectWord('WATERMARK').start;
  p.expectWord('FOR');
  const column = p.qualifiedName('a time attribute column');
  p.expectWord('AS');
  const expr = nonQueryExpr(p);
  return { kind: 'Watermark', span: p.spanFrom(start), column, expr };
}

/**
 * `[CONSTRAINT n] PRIMARY KEY [(cols)] [[NOT] ENFORCED]`; the column list only for table
 * constraints. Like Flink's parser, a missing NOT ENFORCED parses (as enforced) and the
 * validator refuses it with Flink's message. UNIQUE constraints parse in Flink and are refused
 * by its validator; here they are refused at once with the same message.
 */
function parsePrimaryKey(p: QueryParser, withColumns: boolean): PrimaryKey {
  const start = p.peek().start;
  const name = p.acceptWord('CONSTRAINT') ? p.identifier('a constraint name') : undefined;
  if (p.isWord('UNIQUE')) {
    const t = p.peek();
    p.failAt(
      t.start,
      t.end,
      'UNIQUE constraint is not supported yet',
      'declare a PRIMARY KEY (…) NOT ENFORCED instead',
    );
  }
  p.expectWord('PRIMARY', 'KEY');
  const columns = withColumns ? p.identifierList() : [];
  let enforced = true;
  if (p.acceptWords('NOT', 'ENFORCED')) enforced = false;
  else p.acceptWord('ENFORCED');
  return { kind: 'PrimaryKey', span: p.spanFrom(start), ...(name ? { name } : {}), columns, enforced };
}

function parseColumn(p: QueryParser): ColumnDef {
  const start = p.peek().start;
  const name = p.identifier('a column name');
  if (p.acceptWord('AS')) {
    const expr = nonQueryExpr(p);
    const comment = p.acceptWord('COMMENT') ? p.stringValue() : undefined;
    return {
      kind: 'ComputedColumn',
      span: p.spanFrom(start),
      name,
      expr,
      ...(comment !== undefined ? { comment } : {}),
    };
  }
  const type = p.dataType();
  if (p.acceptWord('METADATA')) {
    const from = p.acceptWord('FROM') ? p.stringValue('a metadata key string') : undefined;
    const virtual = p.acceptWord('VIRTUAL');
    const comment = p.acceptWord('COMMENT') ? p.stringValue() : undefined;
    return {
      kind: 'MetadataColumn',
      span: p.spanFrom(start),
      name,
      type,
      ...(from !== undefined ? { from } : {}),
      virtual,
      ...(comment !== undefined ? { comment } : {}),
    };
  }
  const primaryKey =
    p.isWord('PRIMARY') || p.isWord('CONSTRAINT') || p.isWord('UNIQUE')
      ? parsePrimaryKey(p, false)
      : undefined;
  const comment = p.acceptWord('COMMENT') ? p.stringValue() : undefined;
  return {
    kind: 'PhysicalColumn',
    span: p.spanFrom(start),
    name,
    type,
    ...(primaryKey ? { primaryKey } : {}),
    ...(comment !== undefined ? { comment } : {}),
  };
}

/** `DISTRIBUTED BY [HASH|RANGE](cols) [INTO n BUCKETS]` | `DISTRIBUTED INTO n BUCKETS` (or DISTRIBUTION …). */
function parseDistribution(p: QueryParser, word: 'DISTRIBUTED' | 'DISTRIBUTION'): Distribution {
  const start = p.expectWord(word).start;
  let algorithm: 'HASH' | 'RANGE' | undefined;
  let columns: Identifier[] = [];
  if (p.acceptWord('BY')) {
    algorithm = p.acceptOneOf('HASH', 'RANGE');
    columns = p.identifierList();
  }
  let buckets: number | undefined;
  if (p.acceptWord('INTO')) {
    const t = p.peek();
    // Flink's parser takes any numeric literal here and then checks it.
    if (t.type === 'number' && !/^\d+$/.test(t.text))
      p.failAt(t.start, t.end, 'Bucket count must be a positive integer.');
    buckets = p.integer('a number of buckets');
    p.expectWord('BUCKETS');
  }
  if (columns.length === 0 && buckets === undefined) p.fail(['BY', 'INTO']);
  return {
    kind: 'Distribution',
    span: p.spanFrom(start),
    ...(algorithm ? { algorithm } : {}),
    columns,
    ...(buckets !== undefined ? { buckets } : {}),
  };
}

/** After `ALTER TABLE`. */
export function parseAlterTable(p: QueryParser, start: number): AlterTable {
  const ifExists = p.acceptWords('IF', 'EXISTS');
  const name = p.qualifiedName('a table name');
  let action: AlterTableAction;
  if (p.acceptWord('RENAME')) {
    if (p.acceptWord('TO')) action = { type: 'RENAME TABLE', newName: p.qualifiedName('a table name') };
    else {
      const column = p.identifier('a column name');
      p.expectWord('TO');
      action = { type: 'RENAME COLUMN', column, newName: p.identifier('a column name') };
    }
  } else if (p.acceptWord('SET')) action = { type: 'SET', options: p.propertyList() };
  else if (p.acceptWord('RESET')) {
    p.expectSym('(');
    // Flink's grammar takes an empty list; its validator then refuses it.
    const keys: string[] = [];
    if (!p.isSym(')')) {
      keys.push(p.stringValue('an option key string'));
      while (p.acceptSym(',')) keys.push(p.stringValue('an option key string'));
    }
    p.expectSym(')');
    action = { type: 'RESET', keys };
  } else if (p.isWord('ADD') || p.isWord('MODIFY')) {
    const type = p.next().upper as 'ADD' | 'MODIFY';
    const parenthesized = p.acceptSym('(');
    const items: AlterSchemaItem[] = [];
    let watermarks = 0;
    let primaryKeys = 0;
    do {
      const t = p.peek();
      const item = parseAlterItem(p);
      if (item.item.kind === 'Watermark' && ++watermarks > 1)
        p.failAt(t.start, t.end, 'Multiple WATERMARK declarations are not supported yet.');
      // SqlConstraintValidator: one key per statement, as a column or a table constraint.
      const pk =
        item.item.kind === 'PrimaryKey'
          ? item.item
          : item.item.kind === 'PhysicalColumn'
            ? item.item.primaryKey
            : undefined;
      if (pk && ++primaryKeys > 1)
        p.failAt(pk.span.start.offset, pk.span.end.offset, 'Duplicate primary key definition');
      items.push(item);
    } while (parenthesized && p.acceptSym(','));
    if (parenthesized) p.expectSym(')');
    action = { type, items, parenthesized };
  } else if (p.acceptWord('DROP')) {
    if (p.acceptWords('PRIMARY', 'KEY')) action = { type: 'DROP PRIMARY KEY' };
    else if (p.acceptWord('WATERMARK')) action = { type: 'DROP WATERMARK' };
    else if (p.acceptWord('DISTRIBUTION')) action = { type: 'DROP DISTRIBUTION' };
    else if (p.acceptWord('CONSTRAINT'))
      action = { type: 'DROP CONSTRAINT', name: p.identifier('a constraint name') };
    else if (p.isSym('('))
      action = { type: 'DROP COLUMNS', columns: p.identifierList(), parenthesized: true };
    else action = { type: 'DROP COLUMNS', columns: [p.identifier('a column name')], parenthesized: false };
  } else p.fail(['RENAME', 'SET', 'RESET', 'ADD', 'MODIFY', 'DROP']);
  return { kind: 'AlterTable', span: p.spanFrom(start), ifExists, name, action };
}

function parseAlterItem(p: QueryParser): AlterSchemaItem {
  if (p.isWord('WATERMARK')) return { item: parseWatermark(p) };
  if (p.isWord('PRIMARY') || p.isWord('CONSTRAINT') || p.isWord('UNIQUE'))
    return { item: parsePrimaryKey(p, true) };
  if (p.isWord('DISTRIBUTION')) return { item: parseDistribution(p, 'DISTRIBUTION') };
  const item = parseColumn(p);
  let position: ColumnPosition | undefined;
  if (p.acceptWord('FIRST')) position = { type: 'FIRST' };
  else if (p.acceptWord('AFTER')) position = { type: 'AFTER', after: p.identifier('a column name') };
  return position ? { item, position } : { item };
}

/** After `DROP [TEMPORARY]`. */
export function parseDrop(p: QueryParser, start: number, temporary: boolean): DropObject {
  const object = p.expectOneOf('TABLE', 'VIEW');
  const ifExists = p.acceptWords('IF', 'EXISTS');
  const name = p.qualifiedName(object === 'TABLE' ? 'a table name' : 'a view name');
  return { kind: 'DropObject', span: p.spanFrom(start), object, temporary, ifExists, name };
}
