/**
 * Flink's group window aggregation (deprecated in Flink, still documented and common: Nexmark
 * q11, GroupWindowITCase):
 *
 *     SELECT user, TUMBLE_START(rowtime, INTERVAL '1' DAY) AS wStart, SUM(amount)
 *     FROM Orders WHERE … GROUP BY TUMBLE(rowtime, INTERVAL '1' DAY), user
 *
 * becomes the window TVF aggregation that gives the same results (fired by the watermark, late
 * rows dropped, one insert-only row per window and key):
 *
 *     SELECT user, window_start AS wStart, SUM(amount)
 *     FROM TABLE(TUMBLE((SELECT * FROM Orders WHERE …), DESCRIPTOR(rowtime), INTERVAL '1' DAY))
 *     GROUP BY window_start, window_end, user
 *
 * The FROM/WHERE part and the window are built as a relation (group-window-rel.ts); the SELECT is
 * rewritten here: the group window in GROUP BY becomes window_start, window_end (and window_time
 * when *_ROWTIME is selected), and every auxiliary function (TUMBLE_START / _END / _ROWTIME,
 * HOP_*, SESSION_*) becomes the matching window column, keeping the name Calcite gives it
 * (`EXPR$n` when unaliased). Errors are Calcite's and Flink's, at the offending call.
 */
import type {
  ColumnRef,
  Expr,
  FunctionCall,
  GroupingElement,
  Query,
  Select,
  SelectItem,
} from '../ast/index.js';
import type { Rel, TranslateContext } from './context.js';
import { validationError } from './errors.js';
import { functionName } from './expr-translator.js';
import { GROUP_WINDOW_ARITY, groupWindowRel, type GroupWindowRel } from './group-window-rel.js';
import type { QueryFn } from './relation.js';
import { Scope } from './scope.js';

/** A SELECT with a group window, ready for the ordinary aggregation path. */
export interface GroupWindowSelect {
  /** The rewritten SELECT (no WHERE: it is applied in `input`). */
  readonly select: Select;
  /** FROM, filtered by WHERE, followed by the window TVF. */
  readonly input: Rel;
}

/** Auxiliary function → its group function and the window column it reads (3: proctime). */
const AUXILIARY: Readonly<Record<string, readonly [string, 0 | 1 | 2 | 3]>> = Object.fromEntries(
  Object.keys(GROUP_WINDOW_ARITY).flatMap((fn) =>
    (['START', 'END', 'ROWTIME', 'PROCTIME'] as const).map((p, i) => [
      `${fn}_${p}`,
      [fn, i as 0 | 1 | 2 | 3],
    ]),
  ),
);

/**
 * When `s` groups by a group window, the rewritten SELECT and its input relation; otherwise
 * undefined (after checking that no auxiliary function is used without its group window).
 */
export function groupWindowSelect(
  s: Select,
  ctx: TranslateContext,
  query: QueryFn,
): GroupWindowSelect | undefined {
  const groupBy = s.groupBy ?? [];
  const top = groupBy
    .map((g, i) => ({ g, i }))
    .filter((x): x is { g: FunctionCall; i: number } => isGroupWindow(x.g));
  const nested = groupBy.flatMap((g) => (isGroupWindow(g) ? [] : nestedGroupWindows(g)));
  // Calcite's validateNoAggs: neither group nor auxiliary functions filter rows in WHERE.
  const inWhere = findCall([s.where], (c) => isAuxiliary(c) || isGroupWindow(c));
  if (inWhere !== undefined) {
    const name = functionName(inWhere);
    throw validationError(
      `Group function '${isAuxiliary(inWhere) ? name : `$${name}`}' can only appear in GROUP BY clause`,
      inWhere.span,
    );
  }
  if (top.length + nested.length === 0) {
    const aux = findCall([...s.items.map((i) => i.expr), s.having], isAuxiliary);
    if (aux !== undefined) throw withoutMatchingGroupCall(aux);
    return undefined;
  }
  if (top.length + nested.length > 1) {
    // LogicalWindowAggregateRuleBase.matches.
    const second = [...top.map((t) => t.g), ...nested].sort(
      (a, b) => a.span.start.offset - b.span.start.offset,
    )[1]!;
    throw validationError('Only a single window group function may be used in GROUP BY', second.span);
  }
  const grouping = groupBy.find((g) => g.kind === 'GroupingSets' || g.kind === 'Rollup' || g.kind === 'Cube');
  if (nested.length > 0 || grouping !== undefined) {
    // Flink's rule only matches a simple GROUP BY (Group.SIMPLE); GroupWindowTest.testWindowAggWithGroupSets.
    throw validationError(
      'GROUPING SETS, ROLLUP and CUBE are not supported with a group window function (TUMBLE, HOP, SESSION) in GROUP BY; ' +
        'use a window table function: FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), …)) GROUP BY window_start, window_end, GROUPING SETS (…)',
      (nested[0] ?? grouping)!.span,
    );
  }
  const { g: call, i: at } = top[0]!;
  const fn = functionName(call);
  const gw = groupWindowRel(s, fn, call, ctx, query);
  rejectWindowColumnNames(s, gw);
  let usesRowtime = false;
  const rewrite = (e: Expr): Expr =>
    mapAuxiliary(e, (aux) => {
      const [auxFn, role] = AUXILIARY[functionName(aux)]!;
      if (auxFn !== fn || !sameArguments(aux, call, gw)) throw withoutMatchingGroupCall(aux);
      if (role === 3) {
        throw validationError(
          `${functionName(aux)} is not supported: Eddy, like Confluent Cloud, has no processing time`,
          aux.span,
        );
      }
      if (role === 2) usesRowtime = true;
      return columnRef(gw.names[role], aux);
    });
  const items = s.items.map((it, i): SelectItem => {
    const expr = rewrite(it.expr);
    if (expr === it.expr || it.alias !== undefined || it.expr.kind !== 'FunctionCall') return { ...it, expr };
    // An unaliased auxiliary call is an expression: Calcite names it EXPR$<position>.
    const alias = {
      kind: 'Identifier' as const,
      value: `EXPR$${position(s.items, i, gw.rel)}`,
      quoted: true,
      span: it.span,
    };
    return { ...it, expr, alias };
  });
  const having = s.having === undefined ? undefined : rewrite(s.having);
  const windowKeys = [gw.names[0], gw.names[1], ...(usesRowtime ? [gw.names[2]] : [])].map((n) =>
    columnRef(n, call),
  );
  const select: Select = {
    ...s,
    items,
    where: undefined,
    groupBy: [...groupBy.slice(0, at), ...windowKeys, ...groupBy.slice(at + 1)],
    ...(having === undefined ? {} : { having }),
  };
  return { select, input: gw.rel };
}

function isGroupWindow(e: GroupingElement): e is FunctionCall {
  return (
    e.kind === 'FunctionCall' &&
    e.name.length === 1 &&
    e.over === undefined &&
    GROUP_WINDOW_ARITY[e.name[0]!.value.toUpperCase()] !== undefined
  );
}

/** Group windows inside GROUPING SETS / ROLLUP / CUBE / `(a, b)`. */
function nestedGroupWindows(g: GroupingElement): FunctionCall[] {
  switch (g.kind) {
    case 'GroupingSets':
      return g.sets.flatMap((x) => (isGroupWindow(x) ? [x] : nestedGroupWindows(x)));
    case 'Rollup':
    case 'Cube':
      return g.items.flatMap((x) => (isGroupWindow(x) ? [x] : nestedGroupWindows(x)));
    case 'RowConstructor':
      return g.explicit ? [] : g.fields.filter(isGroupWindow);
    default:
      return [];
  }
}

function isAuxiliary(e: { kind: string }): e is FunctionCall {
  if (e.kind !== 'FunctionCall') return false;
  const c = e as FunctionCall;
  return (
    c.name.length === 1 && c.over === undefined && AUXILIARY[c.name[0]!.value.toUpperCase()] !== undefined
  );
}

/** Calcite's auxiliaryWithoutMatchingGroupCall. */
function withoutMatchingGroupCall(aux: FunctionCall) {
  const name = functionName(aux);
  return validationError(
    `Call to auxiliary group function '${name}' must have matching call to group function '$${AUXILIARY[name]![0]}' in GROUP BY clause`,
    aux.span,
  );
}

/**
 * Auxiliary functions take exactly the group window's arguments, as Calcite's AggChecker compares
 * them (SqlNode.equalsDeep after qualifying names): the same columns however qualified, the
 * same literals as written (`INTERVAL '60' SECOND` does not match `INTERVAL '1' MINUTE`).
 */
function sameArguments(aux: FunctionCall, call: FunctionCall, gw: GroupWindowRel): boolean {
  if (aux.args.length !== call.args.length) return false;
  const key = (e: Expr): string =>
    JSON.stringify(e, (k, v: unknown) => {
      if (k === 'span' || k === 'quoted') return undefined;
      if (v !== null && typeof v === 'object' && (v as { kind?: string }).kind === 'ColumnRef') {
        const r = gw.translate(v as ColumnRef);
        return r.k === 'ref' ? { column: r.index } : v;
      }
      return typeof v === 'bigint' ? v.toString() : v;
    });
  return aux.args.every((a, i) => {
    try {
      return key(a) === key(call.args[i]!);
    } catch {
      return false;
    }
  });
}

/** Applies `f` to every auxiliary call of `e` outside subqueries (they have their own GROUP BY). */
function mapAuxiliary(e: Expr, f: (aux: FunctionCall) => Expr): Expr {
  const visit = (n: unknown): unknown => {
    if (Array.isArray(n)) {
      const out = n.map(visit);
      return out.some((x, i) => x !== n[i]) ? out : n;
    }
    if (n === null || typeof n !== 'object' || !('kind' in n)) return n;
    const node = n as { kind: string };
    if (node.kind === 'Query' || node.kind === 'Select') return n;
    if (isAuxiliary(node)) return f(node);
    let changed = false;
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      const x = k === 'span' ? v : visit(v);
      if (x !== v) changed = true;
      copy[k] = x;
    }
    return changed ? copy : n;
  };
  return visit(e) as Expr;
}

/** The first call in `exprs` (outside subqueries) that `pred` accepts. */
function findCall(exprs: readonly unknown[], pred: (c: FunctionCall) => boolean): FunctionCall | undefined {
  for (const n of exprs) {
    if (n === null || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      const f = findCall(n, pred);
      if (f) return f;
      continue;
    }
    if (!('kind' in n) || n.kind === 'Query' || n.kind === 'Select') continue;
    if (n.kind === 'FunctionCall' && pred(n as FunctionCall)) return n as FunctionCall;
    const f = findCall(
      Object.entries(n)
        .filter(([k]) => k !== 'span')
        .map(([, v]) => v as unknown),
      pred,
    );
    if (f) return f;
  }
  return undefined;
}

/** A reference to window column `name`, positioned at `at` (errors then point at the call). */
function columnRef(name: string, at: { span: Expr['span'] }): ColumnRef {
  return {
    kind: 'ColumnRef',
    names: [{ kind: 'Identifier', value: name, quoted: true, span: at.span }],
    span: at.span,
  };
}

/**
 * The window columns are hidden and exist only for the rewrite: a query that names one itself
 * gets the error it gets in Flink (no such column), not the window's bound.
 */
function rejectWindowColumnNames(s: Select, gw: GroupWindowRel): void {
  const own = new Set<string>(gw.names);
  const scope = new Scope(gw.rel.columns.filter((c) => !own.has(c.name)));
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (n === null || typeof n !== 'object' || !('kind' in n)) return;
    const node = n as { kind: string };
    if (node.kind === 'Query' || node.kind === 'Select') return;
    if (node.kind === 'ColumnRef') {
      const ref = node as ColumnRef;
      if (ref.names.some((x) => own.has(x.value))) scope.resolve(ref);
      return;
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'span') visit(v);
  };
  visit(s.items);
  visit(s.having);
  visit(s.groupBy);
}

/** The output position of select item `i` once `*` items are expanded (window columns are hidden). */
function position(items: readonly SelectItem[], i: number, rel: Rel): number {
  let p = 0;
  for (let j = 0; j < i; j++) {
    const e = items[j]!.expr;
    if (e.kind !== 'Star') p++;
    else {
      const q = e.qualifier.map((n) => n.value);
      p += rel.columns.filter((c) => !c.hidden && (q.length === 0 || c.qualifier === q[q.length - 1])).length;
    }
  }
  return p;
}

/** An expression as Calcite's SqlNode.equalsDeep sees it: no positions, function names in any case. */
function exprKey(e: Expr): string {
  return JSON.stringify(e, (k, v: unknown) => {
    if (k === 'span') return undefined;
    if (v !== null && typeof v === 'object' && (v as { kind?: string }).kind === 'FunctionCall')
      return { ...v, name: functionName(v as FunctionCall) };
    return typeof v === 'bigint' ? v.toString() : v;
  });
}

/**
 * ORDER BY items that call an auxiliary group function (`ORDER BY TUMBLE_ROWTIME(ts, …)`), as
 * Calcite's validator treats any ORDER BY expression: one equal to a select item sorts by that
 * item, another becomes a hidden select item (dropped after the sort). Either way the item is
 * replaced by its ordinal, so the SELECT rewrite above turns the call into its window column.
 * Returns undefined when no ORDER BY item calls an auxiliary function.
 */
export function orderByAuxiliary(
  items: readonly SelectItem[],
  orderBy: Query['orderBy'],
  distinct: boolean,
): { items: SelectItem[]; orderBy: Query['orderBy']; hidden: number } | undefined {
  if (!orderBy.some((o) => findCall([o.expr], isAuxiliary) !== undefined)) return undefined;
  const out = [...items];
  let hidden = 0;
  const rewritten = orderBy.map((o) => {
    if (findCall([o.expr], isAuxiliary) === undefined) return o;
    const key = exprKey(o.expr);
    let at = out.findIndex((it) => exprKey(it.expr) === key);
    if (at < 0) {
      // SELECT DISTINCT cannot sort by what it does not select: left to the usual error.
      if (distinct) return o;
      out.push({ kind: 'SelectItem', expr: o.expr, span: o.expr.span });
      hidden++;
      at = out.length - 1;
    }
    const ordinal: Expr = {
      kind: 'NumericLiteral',
      text: String(at + 1),
      approximate: false,
      span: o.expr.span,
    };
    return { ...o, expr: ordinal };
  });
  return { items: out, orderBy: rewritten, hidden };
}
