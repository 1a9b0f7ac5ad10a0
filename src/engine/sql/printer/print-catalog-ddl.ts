/**
 * Catalog, database, function, view and module statements back to SQL (one line, no `;`).
 *
 * @example
 * printCatalogStatement(parseStatement('drop catalog if exists c')); // "DROP CATALOG IF EXISTS c"
 */
import { assertNever } from '../../../common/errors.js';
import type { CatalogStatement, FunctionLanguage, Property } from '../ast/index.js';
import { printIdent, printName, printProperties, printString } from './print-base.js';
import { printQuery } from './print-query.js';

function comment(c: string | undefined): string {
  return c === undefined ? '' : ` COMMENT ${printString(c)}`;
}

function withOptions(o: readonly Property[]): string {
  return o.length ? ` WITH ${printProperties(o)}` : '';
}

function fnKind(temporary: boolean, system: boolean): string {
  return `${temporary ? 'TEMPORARY ' : ''}${system ? 'SYSTEM ' : ''}FUNCTION`;
}

function lang(l: FunctionLanguage | undefined): string {
  return l === undefined ? '' : ` LANGUAGE ${l}`;
}

/** Prints one statement of `catalog-ddl.ts`. */
export function printCatalogStatement(s: CatalogStatement): string {
  switch (s.kind) {
    case 'CreateCatalog':
      return `CREATE CATALOG ${s.ifNotExists ? 'IF NOT EXISTS ' : ''}${printIdent(s.name)}${comment(s.comment)}${withOptions(s.options)}`;
    case 'AlterCatalog': {
      const a = s.action;
      const head = `ALTER CATALOG ${printIdent(s.name)}`;
      if (a.type === 'SET') return `${head} SET ${printProperties(a.options)}`;
      if (a.type === 'RESET') return `${head} RESET (${a.keys.map(printString).join(', ')})`;
      return `${head} COMMENT ${printString(a.comment)}`;
    }
    case 'DropCatalog':
      return `DROP CATALOG ${s.ifExists ? 'IF EXISTS ' : ''}${printIdent(s.name)}`;
    case 'CreateDatabase':
      return `CREATE DATABASE ${s.ifNotExists ? 'IF NOT EXISTS ' : ''}${printName(s.name)}${comment(s.comment)}${withOptions(s.options)}`;
    case 'AlterDatabase':
      return `ALTER DATABASE ${printName(s.name)} SET ${printProperties(s.options)}`;
    case 'DropDatabase':
      return `DROP DATABASE ${s.ifExists ? 'IF EXISTS ' : ''}${printName(s.name)}${s.mode ? ' ' + s.mode : ''}`;
    case 'CreateFunction':
      return (
        `CREATE ${fnKind(s.temporary, s.system)} ${s.ifNotExists ? 'IF NOT EXISTS ' : ''}${printName(s.name)}` +
        ` AS ${printString(s.className)}${lang(s.language)}` +
        (s.jars.length
          ? ` USING ${s.jars.map((j, i) => `${s.artifacts?.includes(i) ? 'ARTIFACT' : 'JAR'} ${printString(j)}`).join(', ')}`
          : '')
      );
    case 'AlterFunction':
      return `ALTER ${fnKind(s.temporary, s.system)} ${s.ifExists ? 'IF EXISTS ' : ''}${printName(s.name)} AS ${printString(s.className)}${lang(s.language)}`;
    case 'DropFunction':
      return `DROP ${fnKind(s.temporary, s.system)} ${s.ifExists ? 'IF EXISTS ' : ''}${printName(s.name)}`;
    case 'AlterView':
      return s.action.type === 'RENAME'
        ? `ALTER VIEW ${printName(s.name)} RENAME TO ${printName(s.action.newName)}`
        : `ALTER VIEW ${printName(s.name)} AS ${printQuery(s.action.query)}`;
    case 'LoadModule':
      return `LOAD MODULE ${printIdent(s.name)}${withOptions(s.options)}`;
    case 'UnloadModule':
      return `UNLOAD MODULE ${printIdent(s.name)}`;
    case 'UseModules':
      return `USE MODULES ${s.names.map(printIdent).join(', ')}`;
    case 'ShowPartitions':
      return (
        `SHOW PARTITIONS ${printName(s.table)}` +
        (s.partition
          ? ` PARTITION (${s.partition.map((p) => `${printIdent(p.column)} = ${printString(p.value)}`).join(', ')})`
          : '')
      );
    case 'DescribeCatalog':
      return `${s.keyword} CATALOG ${s.extended ? 'EXTENDED ' : ''}${printIdent(s.name)}`;
    case 'DescribeFunction':
      return `${s.keyword} FUNCTION ${s.extended ? 'EXTENDED ' : ''}${printName(s.name)}`;
    default:
      return assertNever(s, 'statement');
  }
}
