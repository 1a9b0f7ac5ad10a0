/**
 * Queries and FROM items back to SQL on one line.
 *
 * @example
 * printQuery(parseStatement('select a from t') as Query); // 'SELECT a FROM t'
 */
import { assertNever } from '../../../common/errors.js';
import type {
  GroupingElement,
  MatchRecognize,
  PatternTerm,
  Query,
  QueryBody,
  Select,
  TableRef,
  Aliased,
} from '../ast/index.js';
import { printHints, printIdent, printIdentList, printName } from './print-base.js';
import { PREC } from '../parser/expression-parser.js';
import {
  sub,
  printExpression,
  printOrderItems,
  printWindowSpec,
  registerQueryPrinter,
} from './print-expression.js';

const SET_PREC = { UNION: 1, EXCEPT: 1, INTERSECT: 2 } as const;

export function printQuery(q: Query): string {
  const parts: string[] = [];
  if (q.with) {
    parts.push(
      'WITH ' +
        q.with
          .map(
            (c) =>
              `${printIdent(c.name)}${c.columns ? ' ' + printIdentList(c.columns) : ''} AS (${printQuery(c.query)})`,
          )
          .join(', '),
    );
  }
  parts.push(printBody(q.body, 0));
  if (q.orderBy.length) parts.push(`ORDER BY ${printOrderItems(q.orderBy)}`);
  if (q.limitStyle === 'FETCH') {
    if (q.offset) parts.push(`OFFSET ${printExpression(q.offset)} ROWS`);
    if (q.limit) parts.push(`FETCH FIRST ${printExpression(q.limit)} ROWS ONLY`);
  } else {
    if (q.limit) parts.push(`LIMIT ${printExpression(q.limit)}`);
    if (q.offset) parts.push(`OFFSET ${printExpression(q.offset)}`);
  }
  return parts.join(' ');
}

registerQueryPrinter(printQuery);

/** A query body; `min` is the set-operator precedence the position requires. */
function printBody(b: QueryBody, min: number): string {
  switch (b.kind) {
    case 'Select':
      return printSelect(b);
    case 'Values':
      return 'VALUES ' + b.rows.map((r) => `(${r.map((e) => printExpression(e)).join(', ')})`).join(', ');
    case 'Query':
      return `(${printQuery(b)})`;
    case 'SetOperation': {
      // Iterate down the left spine so that long UNION ALL chains do not recurse per branch.
      const p = SET_PREC[b.op];
      const rights: string[] = [];
      let cur: QueryBody = b;
      while (cur.kind === 'SetOperation' && SET_PREC[cur.op] === p) {
        rights.push(`${cur.op}${cur.quantifier ? ' ' + cur.quantifier : ''} ${printBody(cur.right, p + 1)}`);
        cur = cur.left;
      }
      let s = printBody(cur, p);
      for (let i = rights.length - 1; i >= 0; i--) s += ' ' + rights[i];
      return p < min ? `(${s})` : s;
    }
    default:
      return assertNever(b, 'query body');
  }
}

function printGrouping(g: GroupingElement): string {
  switch (g.kind) {
    case 'GroupingSets':
      return `GROUPING SETS (${g.sets.map(printGrouping).join(', ')})`;
    case 'Rollup':
    case 'Cube':
      return `${g.kind === 'Rollup' ? 'ROLLUP' : 'CUBE'}(${g.items.map((e) => printExpression(e)).join(', ')})`;
    case 'EmptyGroupingSet':
      return '()';
    default:
      return printExpression(g);
  }
}

function printSelect(s: Select): string {
  if (s.explicitTable && s.from?.kind === 'TableName') return `TABLE ${printName(s.from.name)}`;
  const parts = ['SELECT'];
  const hints = printHints(s.hints);
  if (hints) parts.push(hints);
  if (s.quantifier) parts.push(s.quantifier);
  parts.push(
    s.items.map((i) => printExpression(i.expr) + (i.alias ? ` AS ${printIdent(i.alias)}` : '')).join(', '),
  );
  if (s.from) parts.push(`FROM ${printTableRef(s.from)}`);
  if (s.where) parts.push(`WHERE ${printExpression(s.where)}`);
  if (s.groupBy) {
    parts.push(
      `GROUP BY ${s.groupByQuantifier ? s.groupByQuantifier + ' ' : ''}${s.groupBy.map(printGrouping).join(', ')}`,
    );
  }
  if (s.having) parts.push(`HAVING ${printExpression(s.having)}`);
  if (s.windows.length) {
    parts.push(
      `WINDOW ${s.windows.map((w) => `${printIdent(w.name)} AS ${printWindowSpec(w.spec)}`).join(', ')}`,
    );
  }
  return parts.join(' ');
}

function alias(a: Aliased): string {
  if (!a.alias) return '';
  return ` AS ${printIdent(a.alias)}${a.columnAliases ? printIdentList(a.columnAliases) : ''}`;
}

const JOIN_WORDS = {
  INNER: 'JOIN',
  LEFT: 'LEFT',
  RIGHT: 'RIGHT',
  FULL: 'FULL',
  CROSS: 'CROSS JOIN',
} as const;

export function printTableRef(t: TableRef): string {
  switch (t.kind) {
    case 'TableName': {
      let s = printName(t.name);
      const hints = printHints(t.hints);
      if (hints) s += ' ' + hints;
      // The parser reads the time at additive precedence (then an alias may follow).
      if (t.systemTime) s += ` FOR SYSTEM_TIME AS OF ${sub(t.systemTime, PREC.ADD)}`;
      return s + alias(t);
    }
    case 'DerivedTable':
      return `${t.lateral ? 'LATERAL ' : ''}(${printQuery(t.query)})${alias(t)}`;
    case 'TableFunctionRef':
      if (t.bare) return `${printExpression(t.call)}${alias(t)}`;
      return `${t.lateral ? 'LATERAL ' : ''}TABLE(${printExpression(t.call)})${alias(t)}`;
    case 'Unnest':
      return `UNNEST(${t.exprs.map((e) => printExpression(e)).join(', ')})${t.withOrdinality ? ' WITH ORDINALITY' : ''}${alias(t)}`;
    case 'Join': {
      const left = printTableRef(t.left);
      const right = t.right.kind === 'Join' ? `(${printTableRef(t.right)})` : printTableRef(t.right);
      if (t.type === 'COMMA') return `${left}, ${right}`;
      let kw: string;
      if (t.type === 'INNER') kw = t.explicitInner ? 'INNER JOIN' : 'JOIN';
      else if (t.type === 'CROSS') kw = 'CROSS JOIN';
      else kw = `${JOIN_WORDS[t.type]}${t.outer ? ' OUTER' : ''} JOIN`;
      let s = `${left} ${t.natural ? 'NATURAL ' : ''}${kw} ${right}`;
      if (t.on) s += ` ON ${printExpression(t.on)}`;
      if (t.using) s += ` USING ${printIdentList(t.using)}`;
      return s;
    }
    case 'MatchRecognize':
      return printMatchRecognize(t);
    default:
      return assertNever(t, 'table reference');
  }
}

function printPattern(p: PatternTerm): string {
  switch (p.kind) {
    case 'PatternVar':
      return printIdent(p.name);
    case 'PatternConcat':
      return p.items
        .map((i) => (i.kind === 'PatternAlternation' ? `(${printPattern(i)})` : printPattern(i)))
        .join(' ');
    case 'PatternAlternation':
      return p.alternatives.map(printPattern).join(' | ');
    case 'PatternGroup':
      return `(${printPattern(p.pattern)})`;
    case 'PatternQuantified': {
      const inner =
        p.term.kind === 'PatternConcat' ||
        p.term.kind === 'PatternAlternation' ||
        p.term.kind === 'PatternQuantified'
          ? `(${printPattern(p.term)})`
          : printPattern(p.term);
      let q: string;
      if (p.written !== '{}') q = p.written;
      else if (p.max === p.min) q = `{${p.min}}`;
      else q = `{${p.min},${p.max === undefined ? '' : p.max}}`;
      return inner + q + (p.reluctant ? '?' : '');
    }
    default:
      return assertNever(p, 'pattern');
  }
}

function printMatchRecognize(m: MatchRecognize): string {
  const inner = m.input.kind === 'Join' ? `(${printTableRef(m.input)})` : printTableRef(m.input);
  const parts: string[] = [];
  if (m.partitionBy.length)
    parts.push(`PARTITION BY ${m.partitionBy.map((e) => printExpression(e)).join(', ')}`);
  if (m.orderBy.length) parts.push(`ORDER BY ${printOrderItems(m.orderBy)}`);
  if (m.measures.length)
    parts.push(
      `MEASURES ${m.measures.map((x) => `${printExpression(x.expr)} AS ${printIdent(x.name)}`).join(', ')}`,
    );
  if (m.rowsPerMatch) parts.push(m.rowsPerMatch);
  if (m.afterMatch) {
    const a = m.afterMatch;
    parts.push(`AFTER MATCH SKIP ${a.type}${'variable' in a ? ' ' + printIdent(a.variable) : ''}`);
  }
  parts.push(`PATTERN (${printPattern(m.pattern)})`);
  if (m.within) parts.push(`WITHIN ${printExpression(m.within)}`);
  parts.push(
    `DEFINE ${m.define.map((d) => `${printIdent(d.name)} AS ${printExpression(d.expr)}`).join(', ')}`,
  );
  return `${inner} MATCH_RECOGNIZE (${parts.join(' ')})${alias(m)}`;
}
