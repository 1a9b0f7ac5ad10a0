/**
 * Cross-cluster golden cases: a corpus case with two input tables (`${input:l}`, `${input:r}`)
 * runs with each table on a different cluster of one region, and its one query becomes an
 * INSERT into a table of a third cluster, read back bounded: the rows read back must be the
 * case's expected changelog (insert-only cases, so the sink's append log is the result).
 */
import { parseScript } from '../../engine/sql/parser/parse.js';
import type { GoldenCase } from './corpus.js';
import { planKafkaCase, type KafkaPlan } from './kafka-rewrite.js';

export interface CrossClusterPlan extends KafkaPlan {
  /** The sink table, `db`.`name`. */
  readonly sink: string;
}

/**
 * Plans `c` with its tables placed per `placement` (table → cluster id) and its query writing
 * into `sinkDb`; undefined when the case does not fit (not two inputs, not one insert-only query).
 */
export function planCrossCluster(
  c: GoldenCase,
  index: number,
  placement: ReadonlyMap<string, string>,
  sinkDb: string,
): CrossClusterPlan | undefined {
  const plan = planKafkaCase(c, index, placement);
  if ('skip' in plan) return undefined;
  if (plan.inputs.length !== placement.size || plan.inputs.some((i) => !placement.has(i.name)))
    return undefined;
  if (c.expected.length !== 1 || c.expected[0]!.changes.some((ch) => ch.op !== '+I')) return undefined;
  const parsed = parseScript(plan.script);
  const queries = parsed.statements.filter((s) => s.statement.kind === 'Query');
  if (queries.length !== 1) return undefined;
  const q = queries[0]!;
  const sink = `\`${sinkDb}\`.\`golden_${index}_sink\``;
  const cols = c.expected[0]!.columns.map((col) => `\`${col.name}\` ${col.type}`).join(', ');
  const replacement = [
    `CREATE TABLE ${sink} (${cols}) DISTRIBUTED INTO 1 BUCKETS WITH ('value.format' = 'avro-registry')`,
    `INSERT INTO ${sink} ${q.text}`,
    `ALTER TABLE ${sink} SET ('scan.bounded.mode' = 'latest-offset')`,
    `SELECT * FROM ${sink}`,
  ].join(';\n');
  const script =
    plan.script.slice(0, q.span.start.offset) + replacement + plan.script.slice(q.span.end.offset);
  return { ...plan, script, sink };
}
