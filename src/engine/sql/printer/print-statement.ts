/**
 * Statements back to SQL on one line (no trailing `;`). The output parses to the same AST.
 *
 * @example
 * printStatement(parseStatement("set 'a' = 'b'")); // "SET 'a' = 'b'"
 */
import { assertNever } from '../../../common/errors.js';
import type {
  AlterSchemaItem,
  ColumnDef,
  Distribution,
  PrimaryKey,
  Statement,
  Watermark,
  Insert,
  CreateTable,
} from '../ast/index.js';
import {
  printHints,
  printIdent,
  printIdentList,
  printName,
  printProperties,
  printString,
} from './print-base.js';
import { printAdminStatement } from './print-admin.js';
import { printCatalogStatement } from './print-catalog-ddl.js';
import { printDataType } from './print-data-type.js';
import { printExpression } from './print-expression.js';
import { printQuery } from './print-query.js';

function comment(c: string | undefined): string {
  return c === undefined ? '' : ` COMMENT ${printString(c)}`;
}

function printColumn(c: ColumnDef): string {
  switch (c.kind) {
    case 'PhysicalColumn':
      return `${printIdent(c.name)} ${printDataType(c.type)}${c.primaryKey ? ' ' + printPrimaryKey(c.primaryKey) : ''}${comment(c.comment)}`;
    case 'ComputedColumn':
      return `${printIdent(c.name)} AS ${printExpression(c.expr)}${comment(c.comment)}`;
    case 'MetadataColumn':
      return (
        `${printIdent(c.name)} ${printDataType(c.type)} METADATA` +
        (c.from !== undefined ? ` FROM ${printString(c.from)}` : '') +
        (c.virtual ? ' VIRTUAL' : '') +
        comment(c.comment)
      );
    default:
      return assertNever(c, 'column');
  }
}

function printWatermark(w: Watermark): string {
  return `WATERMARK FOR ${printName(w.column)} AS ${printExpression(w.expr)}`;
}

function printPrimaryKey(pk: PrimaryKey): string {
  return (
    (pk.name ? `CONSTRAINT ${printIdent(pk.name)} ` : '') +
    'PRIMARY KEY' +
    (pk.columns.length ? ' ' + printIdentList(pk.columns) : '') +
    (pk.enforced ? '' : ' NOT ENFORCED')
  );
}

function printDistribution(d: Distribution, word: string): string {
  let s = word;
  if (d.columns.length) s += ` BY ${d.algorithm ?? ''}${printIdentList(d.columns)}`;
  if (d.buckets !== undefined) s += ` INTO ${d.buckets} BUCKETS`;
  return s;
}

function printAlterItem(i: AlterSchemaItem): string {
  const item = i.item;
  let s: string;
  if (item.kind === 'Watermark') s = printWatermark(item);
  else if (item.kind === 'PrimaryKey') s = printPrimaryKey(item);
  else if (item.kind === 'Distribution') s = printDistribution(item, 'DISTRIBUTION');
  else s = printColumn(item);
  if (i.position) s += i.position.type === 'FIRST' ? ' FIRST' : ` AFTER ${printIdent(i.position.after!)}`;
  return s;
}

function printCreateTable(s: CreateTable): string {
  let out = `${s.replaceOnly ? 'REPLACE ' : `CREATE ${s.orReplace ? 'OR REPLACE ' : ''}`}${s.temporary ? 'TEMPORARY ' : ''}TABLE ${s.ifNotExists ? 'IF NOT EXISTS ' : ''}${printName(s.name)}`;
  const elems = s.columns.map(printColumn);
  if (s.watermark) elems.push(printWatermark(s.watermark));
  if (s.primaryKey) elems.push(printPrimaryKey(s.primaryKey));
  if (elems.length) out += ` (${elems.join(', ')})`;
  out += comment(s.comment);
  if (s.distribution) out += ' ' + printDistribution(s.distribution, 'DISTRIBUTED');
  if (s.partitionedBy.length) out += ` PARTITIONED BY ${printIdentList(s.partitionedBy)}`;
  if (s.options.length) out += ` WITH ${printProperties(s.options)}`;
  if (s.like) {
    out += ` LIKE ${printName(s.like.source)}`;
    if (s.like.options.length) out += ` (${s.like.options.map((o) => `${o.mode} ${o.feature}`).join(', ')})`;
  }
  if (s.asQuery) out += ` AS ${printQuery(s.asQuery)}`;
  return out;
}

function printInsert(s: Insert): string {
  let out = `INSERT ${s.overwrite ? 'OVERWRITE' : 'INTO'} ${printName(s.table)}`;
  const hints = printHints(s.hints);
  if (hints) out += ' ' + hints;
  if (s.partition)
    out += ` PARTITION (${s.partition.map((p) => `${printIdent(p.column)} = ${printExpression(p.value)}`).join(', ')})`;
  if (s.columns) out += ' ' + printIdentList(s.columns);
  return `${out} ${printQuery(s.query)}`;
}

export function printStatement(s: Statement): string {
  switch (s.kind) {
    case 'Query':
      return printQuery(s);
    case 'Insert':
      return printInsert(s);
    case 'StatementSet':
      // CREATE TABLE … AS members exist only in the SQL client's BEGIN STATEMENT SET form.
      return s.statements.every((m) => m.kind === 'Insert')
        ? `EXECUTE STATEMENT SET BEGIN ${s.statements.map((i) => printInsert(i) + ';').join(' ')} END`
        : `BEGIN STATEMENT SET; ${s.statements.map((m) => printStatement(m) + ';').join(' ')} END`;
    case 'CreateTable':
      return printCreateTable(s);
    case 'CreateView':
      return (
        `CREATE ${s.temporary ? 'TEMPORARY ' : ''}VIEW ${s.ifNotExists ? 'IF NOT EXISTS ' : ''}${printName(s.name)}` +
        (s.columns ? ' ' + printIdentList(s.columns) : '') +
        comment(s.comment) +
        ` AS ${printQuery(s.query)}`
      );
    case 'AlterTable': {
      const head = `ALTER TABLE ${s.ifExists ? 'IF EXISTS ' : ''}${printName(s.name)}`;
      const a = s.action;
      switch (a.type) {
        case 'SET':
          return `${head} SET ${printProperties(a.options)}`;
        case 'RESET':
          return `${head} RESET (${a.keys.map(printString).join(', ')})`;
        case 'RENAME TABLE':
          return `${head} RENAME TO ${printName(a.newName)}`;
        case 'RENAME COLUMN':
          return `${head} RENAME ${printIdent(a.column)} TO ${printIdent(a.newName)}`;
        case 'ADD':
        case 'MODIFY': {
          const items = a.items.map(printAlterItem).join(', ');
          return `${head} ${a.type} ${a.parenthesized ? `(${items})` : items}`;
        }
        case 'DROP COLUMNS':
          return `${head} DROP ${a.parenthesized ? printIdentList(a.columns) : printIdent(a.columns[0]!)}`;
        case 'DROP CONSTRAINT':
          return `${head} DROP CONSTRAINT ${printIdent(a.name)}`;
        case 'DROP PRIMARY KEY':
        case 'DROP WATERMARK':
        case 'DROP DISTRIBUTION':
          return `${head} ${a.type}`;
        default:
          return assertNever(a, 'ALTER TABLE action');
      }
    }
    case 'DropObject':
      return `DROP ${s.temporary ? 'TEMPORARY ' : ''}${s.object} ${s.ifExists ? 'IF EXISTS ' : ''}${printName(s.name)}`;
    case 'ShowObjects': {
      let out = `SHOW ${s.object}`;
      if (s.from) out += ` ${s.from.preposition} ${printName(s.from.name)}`;
      if (s.like)
        out += ` ${s.like.negated ? 'NOT ' : ''}${s.like.ilike ? 'ILIKE' : 'LIKE'} ${printString(s.like.pattern)}`;
      return out;
    }
    case 'ShowCurrent':
      return `SHOW CURRENT ${s.object}`;
    case 'ShowCreate':
      return `SHOW CREATE ${s.object} ${printName(s.name)}`;
    case 'Describe':
      return `${s.keyword}${s.extended ? ' EXTENDED' : ''} ${printName(s.name)}`;
    case 'Explain': {
      const head = s.planFor
        ? 'EXPLAIN PLAN FOR'
        : s.details.length
          ? `EXPLAIN ${s.details.join(', ')}`
          : 'EXPLAIN';
      return `${head} ${printStatement(s.statement)}`;
    }
    case 'Set':
      return s.key === undefined ? 'SET' : `SET ${printString(s.key)} = ${printString(s.value ?? '')}`;
    case 'Reset':
      return s.key === undefined ? 'RESET' : `RESET ${printString(s.key)}`;
    case 'UseCatalog':
      return `USE CATALOG ${printIdent(s.name)}`;
    case 'UseDatabase':
      return `USE ${printName(s.name)}`;
    case 'CreateCatalog':
    case 'AlterCatalog':
    case 'DropCatalog':
    case 'CreateDatabase':
    case 'AlterDatabase':
    case 'DropDatabase':
    case 'CreateFunction':
    case 'AlterFunction':
    case 'DropFunction':
    case 'AlterView':
    case 'LoadModule':
    case 'UnloadModule':
    case 'UseModules':
    case 'ShowPartitions':
    case 'DescribeCatalog':
    case 'DescribeFunction':
      return printCatalogStatement(s);
    case 'AnalyzeTable':
    case 'TruncateTable':
    case 'DeleteFrom':
    case 'UpdateTable':
    case 'StopJob':
    case 'DescribeJob':
    case 'CallProcedure':
    case 'CompilePlan':
    case 'ExecutePlan':
    case 'JarStatement':
      return printAdminStatement(s, printStatement);
    default:
      return assertNever(s, 'statement');
  }
}
