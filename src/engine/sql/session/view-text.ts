/**
 * The "expanded query" Flink stores with a view and prints in SHOW CREATE VIEW.
 *
 * Flink (SqlNodeConvertUtils.toCatalogView) unparses the parsed query with Calcite's SqlPrettyWriter
 * (keywords upper case, every identifier backquoted, each clause on its own line) and then expands
 * every identifier the validator resolved (Expander): tables become `catalog`.`database`.`table`,
 * columns are qualified with their table's alias (`t`.`a`), and `*` stays `*`. So
 * `create view v as select a from orders where a > 1` shows as
 *
 *     AS SELECT `orders`.`a`
 *     FROM `default_catalog`.`default_database`.`orders`
 *     WHERE `orders`.`a` > 1
 *
 * This covers a single-table SELECT [DISTINCT] with column references, literals, arithmetic,
 * comparisons, AND / OR / NOT, aliases, WHERE, GROUP BY of expressions, HAVING, and the plain
 * aggregate calls SUM / COUNT / MIN / MAX / AVG (`COUNT(*)`, no DISTINCT or FILTER), so
 * `select a, sum(b) as s from orders group by a having sum(b) > 10` shows as
 *
 *     AS SELECT `orders`.`a`, SUM(`orders`.`b`) AS `s`
 *     FROM `default_catalog`.`default_database`.`orders`
 *     GROUP BY `orders`.`a`
 *     HAVING SUM(`orders`.`b`) > 10
 *
 * For anything else (other functions, joins, subqueries, grouping sets, set operations,
 * ORDER BY / LIMIT, WITH) Calcite's exact text is not reproduced and the caller keeps the query
 * as written.
 *
 * @example
 * expandedViewQuery(query, (names) => ['default_catalog', 'default_database', names.at(-1)!]);
 */
import type { Expr, GroupingElement, Query, Select } from '../ast/index.js';
import { precedence } from '../printer/print-expression.js';

/** Resolves a table name as written to its full path (catalog, database, object), if it exists. */
export type ResolveTablePath = (names: readonly string[]) => readonly string[] | undefined;

/** Thrown inside the printer for a shape it does not reproduce; never escapes this module. */
class Unsupported extends Error {}

const quote = (s: string): string => '`' + s.replace(/`/g, '``') + '`';

/** Calcite's text of the view query with Flink's identifier expansion, or undefined (see above). */
export function expandedViewQuery(q: Query, resolve: ResolveTablePath): string | undefined {
  try {
    if (q.with || q.orderBy.length || q.limit || q.offset || q.body.kind !== 'Select') return undefined;
    return printSelect(q.body, resolve);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

function printSelect(s: Select, resolve: ResolveTablePath): string {
  if (s.hints.length || s.groupByQuantifier || s.windows.length || !s.from) throw new Unsupported();
  const from = s.from;
  if (from.kind !== 'TableName' || from.hints.length || from.systemTime || from.columnAliases)
    throw new Unsupported();
  const path = resolve(from.name.map((n) => n.value));
  if (path === undefined) throw new Unsupported();
  // The validator's implicit alias of `FROM db.t` is its last name part, as written.
  const alias = from.alias?.value ?? from.name.at(-1)!.value;
  const expr = (e: Expr): string => printExpr(e, alias);
  const items = s.items.map((i) => expr(i.expr) + (i.alias ? ` AS ${quote(i.alias.value)}` : ''));
  let text = `SELECT ${s.quantifier === 'DISTINCT' ? 'DISTINCT ' : ''}${items.join(', ')}`;
  text += `\nFROM ${path.map(quote).join('.')}${from.alias ? ` AS ${quote(from.alias.value)}` : ''}`;
  if (s.where) text += `\nWHERE ${expr(s.where)}`;
  if (s.groupBy) {
    // An empty GROUP BY () and grouping sets are not reproduced.
    if (s.groupBy.length === 0) throw new Unsupported();
    text += `\nGROUP BY ${s.groupBy
      .map((g) => {
        if (!isExpr(g)) throw new Unsupported();
        return expr(g);
      })
      .join(', ')}`;
  }
  if (s.having) text += `\nHAVING ${expr(s.having)}`;
  return text;
}

function isExpr(g: GroupingElement): g is Expr {
  return (
    g.kind !== 'GroupingSets' && g.kind !== 'Rollup' && g.kind !== 'Cube' && g.kind !== 'EmptyGroupingSet'
  );
}

/** Aggregate calls printed as Calcite does after validation: the operator's upper-case name. */
const AGGREGATES = new Set(['SUM', 'COUNT', 'MIN', 'MAX', 'AVG']);

const BINARY = new Set(['+', '-', '*', '/', '%', '=', '<>', '!=', '<', '<=', '>', '>=', 'AND', 'OR']);

function printExpr(e: Expr, alias: string): string {
  const sub = (x: Expr, min: number): string => {
    const t = printExpr(x, alias);
    return precedence(x) < min ? `(${t})` : t;
  };
  switch (e.kind) {
    case 'Star':
      if (e.qualifier.length === 0) return '*';
      return `${e.qualifier.map((n) => quote(n.value)).join('.')}.*`;
    case 'ColumnRef':
      if (e.names.length === 1) return `${quote(alias)}.${quote(e.names[0]!.value)}`;
      // `alias.col` only: `col.field` (a ROW field) is printed by Calcite with the table in front
      if (e.names.length === 2 && e.names[0]!.value === alias)
        return e.names.map((n) => quote(n.value)).join('.');
      throw new Unsupported();
    case 'NumericLiteral':
      if (e.approximate) throw new Unsupported();
      return e.text;
    case 'StringLiteral':
      // Calcite writes non-ASCII text as a U&'' literal; that form is not reproduced here.
      if (!/^[\x20-\x7e]*$/.test(e.value)) throw new Unsupported();
      return `'${e.value.replace(/'/g, "''")}'`;
    case 'BooleanLiteral':
      if (e.value === null) throw new Unsupported();
      return e.value ? 'TRUE' : 'FALSE';
    case 'NullLiteral':
      return 'NULL';
    case 'Binary': {
      if (!BINARY.has(e.op)) throw new Unsupported();
      const p = precedence(e);
      // Left-associative: the right operand needs parentheses at equal precedence.
      const op = e.op === '!=' ? '<>' : e.op;
      return `${sub(e.left, p)} ${op} ${sub(e.right, p + 1)}`;
    }
    case 'Unary':
      if (e.op !== 'NOT') throw new Unsupported();
      return `NOT ${sub(e.operand, precedence(e))}`;
    case 'FunctionCall': {
      const name = e.name.length === 1 ? e.name[0]!.value.toUpperCase() : '';
      if (
        !AGGREGATES.has(name) ||
        e.bare ||
        e.quantifier ||
        e.filter ||
        e.orderBy?.length ||
        e.withinGroup ||
        e.nullTreatment ||
        e.over ||
        e.args.length !== 1
      )
        throw new Unsupported();
      const arg = e.args[0]!;
      if (arg.kind === 'Star' && (name !== 'COUNT' || arg.qualifier.length)) throw new Unsupported();
      return `${name}(${printExpr(arg, alias)})`;
    }
    default:
      throw new Unsupported();
  }
}
