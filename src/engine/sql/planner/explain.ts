/**
 * EXPLAIN text (STYLE.md #8): one line per node as Flink names and describes it, with its
 * changelog mode, as numbered indented lines: `01)Sink(…)`, `02)--Calc(…)`.
 */
import { formatType, formatValue, type LogicalType, type SqlValue } from '../../../types/index.js';
import { displayWindow } from '../../runtime/operators/window-assign.js';
import { decodeValue } from '../../runtime/plan/encode-value.js';
import { rexToString } from '../../runtime/plan/expr.js';
import { planInputs, type AggCallSpec, type ChangelogMode, type PlanNode } from '../../runtime/plan/plan.js';

/** Flink's text of a changelog mode: `I`, `I,UB,UA`, `I,UA,D`, `NONE` for sinks. */
export function changelogText(m: ChangelogMode): string {
  return m.kinds.length === 0 ? 'NONE' : m.kinds.join(',');
}

function aggText(c: AggCallSpec, inNames: readonly string[]): string {
  const args =
    c.args.length === 0 && c.fn === 'COUNT' ? '*' : c.args.map((a) => inNames[a] ?? `$${a}`).join(', ');
  const filter = c.filter >= 0 ? ` FILTER ${inNames[c.filter] ?? `$${c.filter}`}` : '';
  return `${c.fn}(${c.distinct ? 'DISTINCT ' : ''}${args})${filter}`;
}

/** The one-line description of a node (without its changelog mode). */
export function describeNode(n: PlanNode): string {
  const inNames = (planInputs(n)[0]?.fields ?? []).map((f) => f.name);
  const names = n.fields.map((f) => f.name);
  switch (n.node) {
    case 'TableSourceScan': {
      const raw = [...n.physical.map((f) => f.name), ...n.metadata.map((m) => m.key)];
      const filter = n.condition ? `, where=[${rexToString(n.condition, raw)}]` : '';
      const project =
        n.projects === null || n.projects.every((p, i) => p.k === 'ref' && raw[p.index] === names[i])
          ? ''
          : `, project=[${n.projects.map((p, i) => (p.k === 'ref' && raw[p.index] === names[i] ? names[i] : `${rexToString(p, raw)} AS ${names[i]}`)).join(', ')}]`;
      const wm = n.watermark ? `, watermark=[${rexToString(n.watermark.expr, raw)}]` : '';
      return `TableSourceScan(table=[[${n.table.join(', ')}]], fields=[${names.join(', ')}]${project}${filter}${wm})`;
    }
    case 'Values':
      return `Values(tuples=[[${n.rows.map((r) => `{ ${r.map((v, i) => valuesLiteral(v, n.fields[i]!.type)).join(', ')} }`).join(', ')}]])`;
    case 'Calc': {
      const sel = n.projects.map((p, i) => {
        const t = rexToString(p, inNames);
        return t === names[i] ? t : `${t} AS ${names[i]}`;
      });
      return `Calc(select=[${sel.join(', ')}]${n.condition ? `, where=[${rexToString(n.condition, inNames)}]` : ''})`;
    }
    case 'Union':
      return `Union(all=[true], union=[${names.join(', ')}])`;
    case 'GroupAggregate': {
      const g = n.grouping.map((i) => inNames[i] ?? `$${i}`);
      const sel = [...g, ...n.aggCalls.map((c) => `${aggText(c, inNames)} AS ${c.name}`)];
      return `GroupAggregate(${g.length ? `groupBy=[${g.join(', ')}], ` : ''}select=[${sel.join(', ')}])`;
    }
    case 'Expand':
      return `Expand(projects=[${n.nulled.map((s, i) => `{${inNames.map((x, j) => (s.includes(j) ? 'null' : x)).join(', ')}, ${n.ids[i]} AS $e}`).join(', ')}])`;
    case 'WindowTableFunction':
      return `WindowTableFunction(window=[${displayWindow(n.window).replace('(', `(time_col=[${inNames[n.timeIndex]}], `)}])`;
    case 'WindowAggregate': {
      const g = n.grouping.map((i) => inNames[i] ?? `$${i}`);
      const time = n.window.kind === 'SESSION' ? inNames[n.timeIndex] : 'window_time';
      const sel = [
        ...g,
        ...n.aggCalls.map((c) => `${aggText(c, inNames)} AS ${c.name}`),
        'start(w$) AS window_start',
        'end(w$) AS window_end',
        'rowtime(w$) AS window_time',
      ];
      return `WindowAggregate(${g.length ? `groupBy=[${g.join(', ')}], ` : ''}window=[${displayWindow(n.window).replace('(', `(time_col=[${time}], `)}], select=[${sel.join(', ')}])`;
    }
    case 'Unnest':
      return `Correlate(invocation=[$UNNEST_ROWS$1(${rexToString(n.expr, inNames)})], select=[${names.join(', ')}], joinType=[${n.left ? 'LEFT' : 'INNER'}])`;
    case 'TemporalSort':
      return `TemporalSort(orderBy=[${[`${inNames[n.timeIndex]} ASC`, ...n.keys.map((k) => `${inNames[k.index]} ${k.descending ? 'DESC' : 'ASC'}`)].join(', ')}])`;
    case 'DropUpdateBefore':
      return 'DropUpdateBefore';
    case 'ChangelogNormalize':
      return `ChangelogNormalize(key=[${n.keys.map((i) => inNames[i] ?? `$${i}`).join(', ')}])`;
    case 'SortLimit':
      // RankProcessStrategy's text: AppendFast over inserts, Retract over updates.
      return `SortLimit(orderBy=[${n.keys.map((k) => `${inNames[k.index]} ${k.descending ? 'DESC' : 'ASC'}`).join(', ')}], offset=[${n.offset}], fetch=[${n.fetch}], strategy=[${n.updateFastKey !== undefined ? `UpdateFastStrategy[${n.updateFastKey.join(', ')}]` : n.input.changelogMode.kinds.every((k) => k === 'I') ? 'AppendFastStrategy' : 'RetractStrategy'}])`;
    case 'Limit':
      return `Limit(offset=[${n.offset}], fetch=[${n.fetch === Number.MAX_SAFE_INTEGER ? 'unlimited' : n.fetch}])`;
    case 'ProcessTableFunction': {
      // StreamExecProcessTableFunction's text: the invocation with its arguments, the output columns.
      const part = n.partitionKeys.length
        ? ` PARTITION BY ${n.partitionKeys.map((i) => inNames[i]).join(', ')}`
        : '';
      const op = n.function === 'TO_CHANGELOG' ? names[n.partitionKeys.length] : inNames[n.opColumn ?? -1];
      const mapping = n.opMapping
        ? `, op_mapping => MAP[${Object.entries(n.opMapping)
            .map(([k, v]) => `'${k}', '${v}'`)
            .join(', ')}]`
        : '';
      const eh = n.errorHandling ? `, error_handling => '${n.errorHandling}'` : '';
      return `ProcessTableFunction(invocation=[${n.function}(input => TABLE(#0)${part}, op => DESCRIPTOR(${op})${mapping}${eh})], select=[${names.join(', ')}])`;
    }
    case 'Sink':
      return n.target.kind === 'collect'
        ? `Sink(table=[*anonymous_collect$${n.id}*], fields=[${names.join(', ')}])`
        : `Sink(table=[${n.target.table.join('.')}], fields=[${names.join(', ')}])`;
  }
}

/**
 * The source scans that feed a mini-batch aggregation, with its interval: Flink's
 * MiniBatchIntervalInferRule puts a `MiniBatchAssigner(interval=[…ms], mode=[ProcTime])` right
 * above each of them (Eddy folds the assigner into the aggregation, so it is no plan node).
 */
function miniBatchScans(root: PlanNode): Map<PlanNode, number> {
  const found = new Map<PlanNode, number>();
  const walk = (n: PlanNode, interval: number): void => {
    let i = interval;
    if (n.node === 'GroupAggregate' && n.miniBatch !== undefined) i = Math.max(i, n.miniBatch.intervalMs);
    if (n.node === 'TableSourceScan' && i > 0) found.set(n, i);
    for (const c of planInputs(n)) walk(c, i);
  };
  walk(root, 0);
  return found;
}

function assignerText(intervalMs: number): string {
  return `MiniBatchAssigner(interval=[${intervalMs}ms], mode=[ProcTime])`;
}

/** A node's text with one more attribute: `Calc(select=[a], x)`, or `DropUpdateBefore(x)` for a bare name. */
function withAttribute(d: string, attribute: string): string {
  return d.endsWith(')') ? `${d.slice(0, -1)}, ${attribute})` : `${d}(${attribute})`;
}

/** Numbered, indented lines of a tree, each with its changelog mode. */
export function explainTree(root: PlanNode): string[] {
  const lines: string[] = [];
  const assigners = miniBatchScans(root);
  const walk = (n: PlanNode, depth: number): void => {
    const mode = `changelogMode=[${changelogText(n.changelogMode)}]`;
    const interval = assigners.get(n);
    if (interval !== undefined) {
      const num = String(lines.length + 1).padStart(2, '0');
      lines.push(`${num})${'--'.repeat(depth)}${assignerText(interval).slice(0, -1)}, ${mode})`);
      depth++;
    }
    const num = String(lines.length + 1).padStart(2, '0');
    const d = describeNode(n);
    lines.push(`${num})${'--'.repeat(depth)}${withAttribute(d, mode)}`);
    for (const c of planInputs(n)) walk(c, depth + 1);
  };
  walk(root, 0);
  return lines;
}

/**
 * The node a plan's EXPLAIN tree starts at. Flink's EXPLAIN of a query shows no sink, its root is
 * the query's last node (sql-client table.q: `Calc(select=[user, product])`); the collect sink is
 * the session's, not the user's. An INSERT keeps its `Sink(table=[…])` root.
 */
export function explainRoot(n: PlanNode): PlanNode {
  return n.node === 'Sink' && n.target.kind === 'collect' ? n.input : n;
}

/**
 * Flink's own tree layout (`:- ` / `+- ` prefixes), optionally with changelog modes, as its
 * EXPLAIN prints the optimised execution plan. `logical`: the Abstract Syntax Tree section, where
 * Flink names an INSERT's root `LogicalSink(…)` (table.q).
 */
export function flinkTree(root: PlanNode, withModes: boolean, logical = false): string[] {
  const lines: string[] = [];
  const assigners = miniBatchScans(root);
  const text = (d: string, n: PlanNode): string =>
    withModes ? withAttribute(d, `changelogMode=[${changelogText(n.changelogMode)}]`) : d;
  const walk = (n: PlanNode, prefix: string, childPrefix: string): void => {
    const interval = assigners.get(n);
    if (interval !== undefined) {
      lines.push(prefix + text(assignerText(interval), n));
      prefix = childPrefix + '+- ';
      childPrefix = childPrefix + '   ';
    }
    const d = describeNode(n);
    lines.push(prefix + text(logical && n.node === 'Sink' ? `Logical${d}` : d, n));
    const kids = planInputs(n);
    kids.forEach((c, i) => {
      const last = i === kids.length - 1;
      walk(c, childPrefix + (last ? '+- ' : ':- '), childPrefix + (last ? '   ' : ':  '));
    });
  };
  walk(root, '', '');
  return lines;
}

/** The output schema as text: `a INT NOT NULL, b STRING`. */
export function schemaText(n: PlanNode): string {
  return n.fields.map((f) => `${f.name} ${formatType(f.type)}`).join(', ');
}

/** A VALUES literal as Flink's plan prints it: strings as `_UTF-16LE'…'`, others as their CAST to STRING. */
function valuesLiteral(encoded: unknown, type: LogicalType): string {
  const v = decodeValue(encoded) as SqlValue;
  if (v === null) return 'null';
  if (type.kind === 'CHAR' || type.kind === 'VARCHAR') return `_UTF-16LE'${String(v)}'`;
  return formatValue(type, v) ?? 'null';
}
