/**
 * Statement dispatch: queries, INSERT, EXECUTE STATEMENT SET, DDL, SHOW, DESCRIBE, EXPLAIN,
 * SET, RESET, USE.
 */
import type {
  ExplainDetail,
  Expr,
  Identifier,
  CreateTable,
  Insert,
  QualifiedName,
  ShowObjectType,
  Statement,
  StatementSet,
} from '../ast/index.js';
import {
  parseAlterCatalog,
  parseAlterDatabase,
  parseAlterFunction,
  parseAlterView,
  parseCreateCatalog,
  parseCreateDatabase,
  parseCreateFunction,
  parseDescribeCatalog,
  parseDescribeFunction,
  parseDropCatalog,
  parseDropDatabase,
  parseDropFunction,
  parseModuleStatement,
  parseShowPartitions,
} from './catalog-ddl-parser.js';
import {
  parseAnalyzeTable,
  parseCall,
  parseDelete,
  parseDescribeJob,
  parseStopJob,
  parseTruncateTable,
  parseUpdate,
} from './admin-parser.js';
import { parseAlterTable, parseCreate, parseDrop } from './ddl-parser.js';
import { QueryParser } from './query-parser.js';

const STATEMENT_STARTS = [
  'SELECT',
  'WITH',
  'VALUES',
  'INSERT',
  'EXECUTE',
  'CREATE',
  'ALTER',
  'DROP',
  'SHOW',
  'DESCRIBE',
  'DESC',
  'EXPLAIN',
  'SET',
  'RESET',
  'USE',
  'LOAD',
  'UNLOAD',
  'REPLACE',
  'ANALYZE',
  'TRUNCATE',
  'DELETE',
  'UPDATE',
  'STOP',
  'CALL',
  'COMPILE',
  'ADD',
  'REMOVE',
];

const EXPLAIN_DETAILS: ExplainDetail[] = [
  'CHANGELOG_MODE',
  'ESTIMATED_COST',
  'JSON_EXECUTION_PLAN',
  'PLAN_ADVICE',
];

export class StatementParser extends QueryParser {
  statement(): Statement {
    const t = this.peek();
    const start = t.start;
    if (this.isQueryStart()) return this.query();
    if (t.type !== 'word') this.fail(['a statement (SELECT, INSERT, CREATE, …)']);
    switch (t.upper) {
      case 'INSERT':
      case 'UPSERT':
        return this.insert();
      case 'BEGIN':
      case 'EXECUTE': {
        this.pos++;
        // `EXECUTE INSERT INTO …` is the same as the INSERT.
        if (t.upper === 'EXECUTE' && this.isWord('INSERT')) return this.insert();
        if (t.upper === 'EXECUTE' && this.acceptWord('PLAN'))
          return {
            kind: 'ExecutePlan',
            span: this.spanFrom(start),
            path: this.stringValue('a plan file path'),
          };
        return this.statementSet(start, t.upper === 'BEGIN');
      }
      case 'END':
        // The SQL gateway's message for END outside BEGIN STATEMENT SET.
        this.failAt(
          t.start,
          t.end,
          "No Statement Set to submit. 'END' statement should be used after 'BEGIN STATEMENT SET'.",
        );
        break;
      case 'CREATE': {
        this.pos++;
        if (this.isWord('CATALOG')) return parseCreateCatalog(this, start);
        if (this.isWord('DATABASE')) return parseCreateDatabase(this, start);
        const orReplace = this.acceptWords('OR', 'REPLACE');
        const temporary = this.acceptWord('TEMPORARY');
        if (!orReplace && (this.isWord('FUNCTION') || this.isWord('SYSTEM')))
          return parseCreateFunction(this, start, temporary);
        if (!this.isWord('TABLE') && !this.isWord('VIEW'))
          this.fail(
            orReplace || temporary
              ? ['TABLE', 'VIEW', ...(orReplace ? ['TEMPORARY'] : ['FUNCTION', 'SYSTEM'])]
              : ['TABLE', 'VIEW', 'CATALOG', 'DATABASE', 'FUNCTION', 'TEMPORARY'],
          );
        return parseCreate(this, start, orReplace, temporary);
      }
      case 'ALTER': {
        this.pos++;
        if (this.isWord('VIEW')) return parseAlterView(this, start);
        if (this.isWord('CATALOG')) return parseAlterCatalog(this, start);
        if (this.isWord('DATABASE')) return parseAlterDatabase(this, start);
        const temporary = this.acceptWord('TEMPORARY');
        if (temporary || this.isWord('FUNCTION') || this.isWord('SYSTEM'))
          return parseAlterFunction(this, start, temporary);
        if (!this.isWord('TABLE')) this.fail(['TABLE', 'VIEW', 'DATABASE', 'CATALOG', 'FUNCTION']);
        this.pos++;
        return parseAlterTable(this, start);
      }
      case 'DROP': {
        this.pos++;
        if (this.isWord('CATALOG')) return parseDropCatalog(this, start);
        if (this.isWord('DATABASE')) return parseDropDatabase(this, start);
        const temporary = this.acceptWord('TEMPORARY');
        if (this.isWord('FUNCTION') || this.isWord('SYSTEM'))
          return parseDropFunction(this, start, temporary);
        if (!this.isWord('TABLE') && !this.isWord('VIEW'))
          this.fail(
            temporary
              ? ['TABLE', 'VIEW', 'FUNCTION', 'SYSTEM']
              : ['TABLE', 'VIEW', 'DATABASE', 'CATALOG', 'FUNCTION', 'TEMPORARY'],
          );
        return parseDrop(this, start, temporary);
      }
      case 'SHOW':
        return this.show();
      case 'REPLACE': {
        // Flink's RTAS: REPLACE TABLE t [(…)] [WITH (…)] AS query; the AS query is required.
        this.pos++;
        if (!this.isWord('TABLE')) this.fail(['TABLE']);
        const created = parseCreate(this, start, true, false);
        if (created.kind !== 'CreateTable' || created.asQuery === undefined) this.fail(['AS']);
        return { ...created, replaceOnly: true };
      }
      case 'ANALYZE':
        return parseAnalyzeTable(this, start);
      case 'TRUNCATE':
        return parseTruncateTable(this, start);
      case 'DELETE':
        return parseDelete(this, start);
      case 'UPDATE':
        return parseUpdate(this, start);
      case 'STOP':
        return parseStopJob(this, start);
      case 'CALL':
        return parseCall(this, start);
      case 'ADD':
      case 'REMOVE': {
        // ADD JAR 'path' / REMOVE JAR 'path' (Flink's SqlAddJar / SqlRemoveJar).
        this.pos++;
        this.expectWord('JAR');
        const path = this.stringValue('a jar path string');
        return { kind: 'JarStatement', span: this.spanFrom(start), action: t.upper, path };
      }
      case 'COMPILE': {
        // COMPILE PLAN 'f' [IF NOT EXISTS] FOR …, COMPILE AND EXECUTE PLAN 'f' FOR … (Flink 1.15+).
        this.pos++;
        const execute = this.acceptWords('AND', 'EXECUTE');
        this.expectWord('PLAN');
        const path = this.stringValue('a plan file path');
        const ifNotExists = !execute && this.acceptWords('IF', 'NOT', 'EXISTS');
        this.expectWord('FOR');
        let statement: Insert | StatementSet;
        if (this.isWords('STATEMENT', 'SET'))
          statement = this.statementSet(this.peek().start, false) as StatementSet;
        else if (this.isWord('INSERT')) statement = this.insert();
        else this.fail(['INSERT', 'STATEMENT SET']);
        return { kind: 'CompilePlan', span: this.spanFrom(start), path, ifNotExists, execute, statement };
      }
      case 'DESCRIBE':
      case 'DESC': {
        this.pos++;
        if (this.isWord('CATALOG')) return parseDescribeCatalog(this, start, t.upper);
        if (this.isWord('FUNCTION')) return parseDescribeFunction(this, start, t.upper);
        if (this.isWord('JOB') && this.peek(1).type === 'string')
          return parseDescribeJob(this, start, t.upper);
        const extended = this.acceptWord('EXTENDED');
        const name = this.qualifiedName('a table or view name');
        return { kind: 'Describe', span: this.spanFrom(start), keyword: t.upper, extended, name };
      }
      case 'EXPLAIN': {
        this.pos++;
        const planFor = this.acceptWords('PLAN', 'FOR');
        const details: ExplainDetail[] = [];
        if (!planFor) {
          let dt = this.peek();
          let d = this.acceptOneOf(...EXPLAIN_DETAILS);
          while (d) {
            // Flink's ParserResource.explainDetailIsDuplicate, at the repeated detail.
            if (details.includes(d))
              this.failAt(dt.start, dt.end, 'Duplicate EXPLAIN DETAIL is not allowed.');
            details.push(d);
            dt = this.peek(1);
            d = this.acceptSym(',') ? this.expectOneOf(...EXPLAIN_DETAILS) : undefined;
          }
        }
        // Calcite's SqlQueryOrDml parses an expression here and refuses it with
        // checkNonQueryExpression (`EXPLAIN PLAN FOR json_execution_plan …`).
        const it = this.peek();
        if (
          it.type === 'number' ||
          it.type === 'string' ||
          it.type === 'quoted' ||
          (it.type === 'word' &&
            this.isIdentifierToken(it) &&
            !STATEMENT_STARTS.includes(it.upper) &&
            it.upper !== 'UPSERT' &&
            !this.isWords('STATEMENT', 'SET'))
        )
          this.failAt(it.start, it.end, 'Non-query expression encountered in illegal context');
        // EXPLAIN [PLAN FOR] STATEMENT SET BEGIN …; END (Flink's SqlRichExplain, FLINK-25392).
        const inner = this.isWords('STATEMENT', 'SET')
          ? this.statementSet(this.peek().start, false)
          : this.statement();
        if (inner.kind === 'CreateTable' && !inner.asQuery) {
          // Flink's SqlRichExplain accepts only CTAS/RTAS; the error points at the last token.
          const last = this.tokens[this.pos - 1]!;
          this.failAt(
            last.start,
            last.end,
            // Flink's text names CREATE OR REPLACE for plain CREATE TABLE too.
            'Unsupported CREATE OR REPLACE statement for EXPLAIN. The statement must define a query using the AS clause (i.e. CTAS/RTAS statements).',
          );
        }
        if (
          inner.kind !== 'Query' &&
          inner.kind !== 'Insert' &&
          inner.kind !== 'StatementSet' &&
          inner.kind !== 'CreateTable'
        )
          this.failAt(
            inner.span.start.offset,
            inner.span.end.offset,
            `EXPLAIN cannot explain a ${inner.kind} statement; it explains queries, INSERT and statement sets`,
          );
        return { kind: 'Explain', span: this.spanFrom(start), planFor, details, statement: inner };
      }
      case 'SET': {
        this.pos++;
        if (this.peek().type !== 'string') {
          if (this.atStatementEnd()) return { kind: 'Set', span: this.spanFrom(start) };
          this.fail(
            ["a quoted key such as 'sql.local-time-zone'"],
            this.peek(),
            "SET takes quoted strings: SET 'key' = 'value'",
          );
        }
        const key = this.stringValue();
        this.expectSym('=');
        const value = this.stringValue("a quoted value such as 'UTC'");
        return { kind: 'Set', span: this.spanFrom(start), key, value };
      }
      case 'RESET': {
        this.pos++;
        if (this.atStatementEnd()) return { kind: 'Reset', span: this.spanFrom(start) };
        const key = this.stringValue("a quoted key such as 'sql.local-time-zone'");
        return { kind: 'Reset', span: this.spanFrom(start), key };
      }
      case 'LOAD':
      case 'UNLOAD':
        this.pos++;
        return parseModuleStatement(this, start, t.upper);
      case 'USE': {
        this.pos++;
        if (this.isWord('MODULES')) return parseModuleStatement(this, start, 'USE');
        if (this.acceptWord('CATALOG'))
          return { kind: 'UseCatalog', span: this.spanFrom(start), name: this.identifier('a catalog name') };
        const name = this.qualifiedName('a database name');
        return { kind: 'UseDatabase', span: this.spanFrom(start), name };
      }
    }
    this.fail(STATEMENT_STARTS.slice(0, 8).concat(['…']));
  }

  /**
   * After `EXECUTE` (or EXPLAIN's `STATEMENT SET`): STATEMENT SET BEGIN insert; … END; after the
   * SQL client's `BEGIN` (`client`): STATEMENT SET; … END.
   */
  private statementSet(start: number, client: boolean): Statement {
    if (client) {
      this.expectWord('STATEMENT', 'SET');
      this.expectSym(';');
    } else this.expectWord('STATEMENT', 'SET', 'BEGIN');
    const statements: (Insert | CreateTable)[] = [];
    while (!this.isWord('END')) {
      // The client's form also takes CREATE TABLE … AS (the gateway adds it to the set).
      if (client && this.isWord('CREATE')) {
        const u = this.peek();
        this.pos++;
        const created = this.isWord('TABLE') ? parseCreate(this, u.start, false, false) : undefined;
        if (created?.kind !== 'CreateTable' || created.asQuery === undefined) {
          this.failAt(
            u.start,
            u.end,
            "Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set or use 'END' statement to submit Statement Set.",
          );
        }
        statements.push(created);
        this.expectSym(';');
        continue;
      }
      if (!this.isWord('INSERT')) {
        // The SQL gateway's message (what the SQL client prints since it runs on the gateway).
        if (client && this.peek().type !== 'eof') {
          const u = this.peek();
          this.failAt(
            u.start,
            u.end,
            "Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set or use 'END' statement to submit Statement Set.",
          );
        }
        this.fail(['INSERT', 'END']);
      }
      statements.push(this.insert());
      this.expectSym(';');
    }
    // The client skips an empty BEGIN STATEMENT SET; … END ("No statement in the statement
    // set, skip submit."); EXECUTE / EXPLAIN STATEMENT SET's grammar needs one INSERT or more:
    // Flink's parser fails at the END (statement_set.q: Encountered "END" at line 2, column 1).
    if (statements.length === 0 && !client) this.fail(['INSERT']);
    this.expectWord('END');
    return { kind: 'StatementSet', span: this.spanFrom(start), statements };
  }

  /** True at `;` or end of input. */
  atStatementEnd(): boolean {
    return this.isSym(';') || this.peek().type === 'eof';
  }

  private insert(): Insert {
    const first = this.peek();
    const upsert = first.upper === 'UPSERT';
    const start = upsert ? this.next().start : this.expectWord('INSERT').start;
    if (upsert && this.isWord('OVERWRITE')) {
      // Flink's RichSqlInsert grammar: OVERWRITE only after INSERT.
      const t = this.peek();
      this.failAt(t.start, t.end, 'OVERWRITE expression is only used with INSERT statement.');
    }
    const overwrite = this.expectOneOf('INTO', 'OVERWRITE') === 'OVERWRITE';
    const table = this.qualifiedName('a table name');
    const hints = this.hints();
    let partition: { column: Identifier; value: Expr }[] | undefined;
    if (this.acceptWord('PARTITION')) {
      partition = [];
      this.expectSym('(');
      do {
        const column = this.identifier('a partition column');
        this.expectSym('=');
        partition.push({ column, value: this.expr() });
      } while (this.acceptSym(','));
      this.expectSym(')');
    }
    const columns = this.isSym('(') && !this.isQueryStart() ? this.identifierList() : undefined;
    if (!this.isQueryStart()) this.fail(['SELECT', 'VALUES', 'WITH', "'('"]);
    const query = this.query();
    if (this.isWord('ON') && this.isWord('CONFLICT', 1)) {
      // Flink 2.3's `ON CONFLICT DO ERROR | NOTHING | DEDUPLICATE` (the sink's conflict
      // strategy): parsed for its syntax errors, then refused.
      const on = this.next();
      this.next();
      this.expectWord('DO');
      this.expectOneOf('ERROR', 'NOTHING', 'DEDUPLICATE');
      this.failAt(on.start, this.peek(-1).end, 'INSERT … ON CONFLICT is not supported yet');
    }
    // FlinkPlannerImpl#validateRichSqlInsert (FLINK-24225), after the statement parsed.
    if (upsert)
      this.failAt(
        first.start,
        first.end,
        'UPSERT INTO statement is not supported. Please use INSERT INTO instead.',
      );
    return {
      kind: 'Insert',
      span: this.spanFrom(start),
      overwrite,
      table,
      hints,
      ...(partition ? { partition } : {}),
      ...(columns ? { columns } : {}),
      query,
    };
  }

  private show(): Statement {
    const start = this.expectWord('SHOW').start;
    if (this.acceptWord('CURRENT')) {
      const object = this.expectOneOf('CATALOG', 'DATABASE');
      return { kind: 'ShowCurrent', span: this.spanFrom(start), object };
    }
    if (this.acceptWord('CREATE')) {
      const object = this.expectOneOf('TABLE', 'VIEW', 'CATALOG');
      const name =
        object === 'CATALOG'
          ? [this.identifier('a catalog name')]
          : this.qualifiedName(object === 'TABLE' ? 'a table name' : 'a view name');
      return { kind: 'ShowCreate', span: this.spanFrom(start), object, name };
    }
    if (this.isWord('PARTITIONS')) return parseShowPartitions(this, start);
    let object: ShowObjectType;
    if (this.acceptWords('USER', 'FUNCTIONS')) object = 'USER FUNCTIONS';
    else if (this.acceptWords('FULL', 'MODULES')) object = 'FULL MODULES';
    else
      object = this.expectOneOf(
        'CATALOGS',
        'DATABASES',
        'TABLES',
        'VIEWS',
        'COLUMNS',
        'FUNCTIONS',
        'MODULES',
        'JOBS',
        'JARS',
        'PROCEDURES',
        'MODELS',
        'CONNECTIONS',
      );
    let from: { preposition: 'FROM' | 'IN'; name: QualifiedName } | undefined;
    const prep = this.acceptOneOf('FROM', 'IN');
    if (prep) {
      const nameStart = this.peek().start;
      from = { preposition: prep, name: this.qualifiedName('a name') };
      // Flink's SqlShowDatabases / SqlShowCall checks of the FROM / IN identifier's parts.
      const parts = from.name.map((n) => n.value).join('.');
      if (object === 'DATABASES' && from.name.length > 1)
        this.failAt(
          nameStart,
          this.prevEnd,
          `Show databases from/in identifier [ ${parts} ] format error, catalog must be a single part identifier.`,
        );
      if (object !== 'COLUMNS' && object !== 'DATABASES' && from.name.length > 2)
        this.failAt(
          nameStart,
          this.prevEnd,
          `SHOW ${object} from/in identifier [ ${parts} ] format error, it should be [catalog_name.]database_name.`,
        );
    } else if (object === 'COLUMNS') this.fail(['FROM', 'IN']);
    let like: { negated: boolean; ilike: boolean; pattern: string } | undefined;
    const save = this.pos;
    const negated = this.acceptWord('NOT');
    const op = this.acceptOneOf('LIKE', 'ILIKE');
    if (op) like = { negated, ilike: op === 'ILIKE', pattern: this.stringValue('a LIKE pattern string') };
    else if (negated) this.fail(['LIKE', 'ILIKE']);
    else this.pos = save;
    return {
      kind: 'ShowObjects',
      span: this.spanFrom(start),
      object,
      ...(from ? { from } : {}),
      ...(like ? { like } : {}),
    };
  }
}
