/**
 * CREATE / ALTER / DROP of catalogs, databases and functions, ALTER VIEW, LOAD / UNLOAD / USE
 * MODULES, SHOW PARTITIONS and DESCRIBE CATALOG, following flink-sql-parser's grammar
 * (parserImpls.ftl: SqlCreateCatalog, SqlAlterCatalog, SqlCreateDatabase, SqlDropDatabase,
 * SqlCreateFunction, SqlAlterFunction, SqlDropFunction, SqlAlterView, SqlLoadModule, …).
 */
import type {
  AlterCatalog,
  AlterFunction,
  AlterView,
  CreateCatalog,
  CreateDatabase,
  CreateFunction,
  DescribeCatalog,
  DescribeFunction,
  DropCatalog,
  DropDatabase,
  DropFunction,
  FunctionLanguage,
  Identifier,
  ShowPartitions,
  Statement,
  UseModules,
} from '../ast/index.js';
import type { QueryParser } from './query-parser.js';

const LANGUAGES: FunctionLanguage[] = ['JAVA', 'SCALA', 'SQL', 'PYTHON'];

/** `(k1, k2)` of option keys (RESET); Flink allows an empty list. */
function keyList(p: QueryParser): string[] {
  p.expectSym('(');
  const keys: string[] = [];
  if (p.acceptSym(')')) return keys;
  do keys.push(p.stringValue('an option key string'));
  while (p.acceptSym(','));
  p.expectSym(')');
  return keys;
}

function optionalComment(p: QueryParser): { comment?: string } {
  return p.acceptWord('COMMENT') ? { comment: p.stringValue('a comment string') } : {};
}

/** After `CREATE`: CATALOG …. */
export function parseCreateCatalog(p: QueryParser, start: number): CreateCatalog {
  p.expectWord('CATALOG');
  const ifNotExists = p.acceptWords('IF', 'NOT', 'EXISTS');
  const name = p.identifier('a catalog name');
  const comment = optionalComment(p);
  const options = p.acceptWord('WITH') ? p.propertyList() : [];
  return { kind: 'CreateCatalog', span: p.spanFrom(start), ifNotExists, name, ...comment, options };
}

/** After `ALTER`: CATALOG c SET (…) | RESET (…) | COMMENT '…'. */
export function parseAlterCatalog(p: QueryParser, start: number): AlterCatalog {
  p.expectWord('CATALOG');
  const name = p.identifier('a catalog name');
  const w = p.expectOneOf('SET', 'RESET', 'COMMENT');
  const action: AlterCatalog['action'] =
    w === 'SET'
      ? { type: 'SET', options: p.propertyList() }
      : w === 'RESET'
        ? { type: 'RESET', keys: keyList(p) }
        : { type: 'COMMENT', comment: p.stringValue('a comment string') };
  return { kind: 'AlterCatalog', span: p.spanFrom(start), name, action };
}

/** After `DROP`: CATALOG [IF EXISTS] c. */
export function parseDropCatalog(p: QueryParser, start: number): DropCatalog {
  p.expectWord('CATALOG');
  const ifExists = p.acceptWords('IF', 'EXISTS');
  const name = p.identifier('a catalog name');
  return { kind: 'DropCatalog', span: p.spanFrom(start), ifExists, name };
}

/** After `CREATE`: DATABASE …. */
export function parseCreateDatabase(p: QueryParser, start: number): CreateDatabase {
  p.expectWord('DATABASE');
  const ifNotExists = p.acceptWords('IF', 'NOT', 'EXISTS');
  const name = databaseName(p);
  const comment = optionalComment(p);
  const options = p.acceptWord('WITH') ? p.propertyList() : [];
  return { kind: 'CreateDatabase', span: p.spanFrom(start), ifNotExists, name, ...comment, options };
}

/** `[catalog.]database`: at most two parts. */
function databaseName(p: QueryParser): Identifier[] {
  const name = [...p.qualifiedName('a database name')];
  if (name.length > 2) {
    const extra = name[2]!;
    p.failAt(
      name[0]!.span.start.offset,
      extra.span.end.offset,
      `a database name has at most two parts ([catalog.]database), but '${name.map((n) => n.value).join('.')}' has ${name.length}`,
    );
  }
  return name;
}

/** After `ALTER`: DATABASE [c.]db SET (…). */
export function parseAlterDatabase(p: QueryParser, start: number): Statement {
  p.expectWord('DATABASE');
  const name = databaseName(p);
  p.expectWord('SET');
  return { kind: 'AlterDatabase', span: p.spanFrom(start), name, options: p.propertyList() };
}

/** After `DROP`: DATABASE [IF EXISTS] [c.]db [RESTRICT | CASCADE]. */
export function parseDropDatabase(p: QueryParser, start: number): DropDatabase {
  p.expectWord('DATABASE');
  const ifExists = p.acceptWords('IF', 'EXISTS');
  const name = databaseName(p);
  const mode = p.acceptOneOf('RESTRICT', 'CASCADE');
  return { kind: 'DropDatabase', span: p.spanFrom(start), ifExists, name, ...(mode ? { mode } : {}) };
}

/** `SYSTEM FUNCTION` after TEMPORARY, or FUNCTION; a system function has a simple name. */
function functionHead(
  p: QueryParser,
  temporary: boolean,
  verb: string,
): { system: boolean; functionStart: number } {
  const t = p.peek();
  const system = p.acceptWord('SYSTEM');
  if (system && !temporary)
    p.failAt(
      t.start,
      t.end,
      `${verb} SYSTEM FUNCTION is not supported, system functions can only be registered as temporary function, you can use ${verb} TEMPORARY SYSTEM FUNCTION instead.`,
    );
  p.expectWord('FUNCTION');
  return { system, functionStart: t.start };
}

function functionName(p: QueryParser, system: boolean): Identifier[] {
  if (system) return [p.identifier('a function name')];
  const name = [...p.qualifiedName('a function name')];
  if (name.length > 3)
    p.failAt(
      name[0]!.span.start.offset,
      name[name.length - 1]!.span.end.offset,
      `a function name has at most three parts ([catalog.][database.]function)`,
    );
  return name;
}

function language(p: QueryParser): { language?: FunctionLanguage } {
  if (!p.acceptWord('LANGUAGE')) return {};
  return { language: p.expectOneOf(...LANGUAGES) };
}

/** After `CREATE [TEMPORARY]`: [SYSTEM] FUNCTION …. */
export function parseCreateFunction(p: QueryParser, start: number, temporary: boolean): CreateFunction {
  const { system } = functionHead(p, temporary, 'CREATE');
  const ifNotExists = p.acceptWords('IF', 'NOT', 'EXISTS');
  const name = functionName(p, system);
  p.expectWord('AS');
  const className = p.stringValue("the function's class name as a string literal");
  const langToken = p.peek(1);
  const lang = language(p);
  const jars: string[] = [];
  if (p.isWord('USING') && (lang.language === 'SQL' || lang.language === 'PYTHON')) {
    // Flink's SqlCreateFunction check, at the LANGUAGE word's value.
    p.failAt(
      langToken.start,
      langToken.end,
      `CREATE FUNCTION USING JAR/ARTIFACT syntax is not applicable to ${lang.language} language.`,
    );
  }
  // Flink 2.3 (FLIP-559): ARTIFACT is interchangeable with JAR, also mixed in one list.
  const artifacts: number[] = [];
  if (p.acceptWord('USING')) {
    do {
      if (p.acceptWord('ARTIFACT')) artifacts.push(jars.length);
      else p.expectWord('JAR');
      jars.push(p.stringValue("a jar path such as 'file:///udf.jar'"));
    } while (p.acceptSym(','));
  }
  return {
    kind: 'CreateFunction',
    span: p.spanFrom(start),
    temporary,
    system,
    ifNotExists,
    name,
    className,
    ...lang,
    jars,
    ...(artifacts.length > 0 ? { artifacts } : {}),
  };
}

/** After `ALTER [TEMPORARY]`: [SYSTEM] FUNCTION …. */
export function parseAlterFunction(p: QueryParser, start: number, temporary: boolean): AlterFunction {
  const { system } = functionHead(p, temporary, 'ALTER');
  const ifExists = p.acceptWords('IF', 'EXISTS');
  const name = functionName(p, system);
  p.expectWord('AS');
  const className = p.stringValue("the function's class name as a string literal");
  return {
    kind: 'AlterFunction',
    span: p.spanFrom(start),
    temporary,
    system,
    ifExists,
    name,
    className,
    ...language(p),
  };
}

/** After `DROP [TEMPORARY]`: [SYSTEM] FUNCTION [IF EXISTS] name. */
export function parseDropFunction(p: QueryParser, start: number, temporary: boolean): DropFunction {
  const { system } = functionHead(p, temporary, 'DROP');
  const ifExists = p.acceptWords('IF', 'EXISTS');
  const name = functionName(p, system);
  return { kind: 'DropFunction', span: p.spanFrom(start), temporary, system, ifExists, name };
}

/** After `ALTER`: VIEW v RENAME TO w | VIEW v AS query. */
export function parseAlterView(p: QueryParser, start: number): AlterView {
  p.expectWord('VIEW');
  const name = p.qualifiedName('a view name');
  if (p.acceptWord('RENAME')) {
    p.expectWord('TO');
    return {
      kind: 'AlterView',
      span: p.spanFrom(start),
      name,
      action: { type: 'RENAME', newName: p.qualifiedName('a view name') },
    };
  }
  if (!p.isWord('AS')) p.fail(['RENAME', 'AS']);
  p.next();
  if (!p.isQueryStart()) p.fail(['SELECT', 'VALUES', 'WITH', "'('"]);
  return { kind: 'AlterView', span: p.spanFrom(start), name, action: { type: 'AS', query: p.query() } };
}

/** After `LOAD` / `UNLOAD` / `USE`: the module statements. */
export function parseModuleStatement(
  p: QueryParser,
  start: number,
  verb: 'LOAD' | 'UNLOAD' | 'USE',
): Statement {
  if (verb === 'USE') {
    p.expectWord('MODULES');
    const names = [p.identifier('a module name')];
    while (p.acceptSym(',')) names.push(p.identifier('a module name'));
    return { kind: 'UseModules', span: p.spanFrom(start), names } satisfies UseModules;
  }
  p.expectWord('MODULE');
  const name = p.identifier('a module name');
  if (verb === 'UNLOAD') return { kind: 'UnloadModule', span: p.spanFrom(start), name };
  const options = p.acceptWord('WITH') ? p.propertyList() : [];
  return { kind: 'LoadModule', span: p.spanFrom(start), name, options };
}

/** After `SHOW`: PARTITIONS t [PARTITION (k = 'v', …)]. */
export function parseShowPartitions(p: QueryParser, start: number): ShowPartitions {
  p.expectWord('PARTITIONS');
  const table = p.qualifiedName('a table name');
  if (!p.acceptWord('PARTITION')) return { kind: 'ShowPartitions', span: p.spanFrom(start), table };
  p.expectSym('(');
  const partition: { column: Identifier; value: string }[] = [];
  do {
    const column = p.identifier('a partition column');
    p.expectSym('=');
    partition.push({ column, value: p.stringValue('a partition value string') });
  } while (p.acceptSym(','));
  p.expectSym(')');
  return { kind: 'ShowPartitions', span: p.spanFrom(start), table, partition };
}

/** After `DESCRIBE | DESC`: FUNCTION [EXTENDED] name. */
export function parseDescribeFunction(
  p: QueryParser,
  start: number,
  keyword: 'DESCRIBE' | 'DESC',
): DescribeFunction {
  p.expectWord('FUNCTION');
  const extended = p.acceptWord('EXTENDED');
  const name = functionName(p, false);
  return { kind: 'DescribeFunction', span: p.spanFrom(start), keyword, extended, name };
}

/** After `DESCRIBE | DESC`: CATALOG [EXTENDED] c. */
export function parseDescribeCatalog(
  p: QueryParser,
  start: number,
  keyword: 'DESCRIBE' | 'DESC',
): DescribeCatalog {
  p.expectWord('CATALOG');
  const extended = p.acceptWord('EXTENDED');
  const name = p.identifier('a catalog name');
  return { kind: 'DescribeCatalog', span: p.spanFrom(start), keyword, extended, name };
}
