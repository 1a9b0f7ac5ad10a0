/**
 * Where upsert sources get their ChangelogNormalize (as Flink's planner places
 * StreamExecChangelogNormalize): a table with `changelog.mode = 'upsert'` emits +U / -D by
 * primary key, which downstream operators cannot consume as a changelog until a keyed
 * keep-last-row step turns it into +I / -U / +U / -D with full old rows.
 */
import { SqlError } from '../../../common/errors.js';
import { isChangelogFormat } from '../../../connectors/formats/registry.js';
import type { PlanNode, ScanNode } from '../../runtime/plan/plan.js';
import { mapInputs } from './rules/rule.js';

/**
 * What a scan emits, by its table's options: Debezium value formats and filesystem tables in a
 * changelog format (debezium-json, canal-json, maxwell-json, ogg-json) are retract tables.
 */
export function scanChangelog(n: {
  readonly options: Readonly<Record<string, string>>;
}): 'append' | 'upsert' | 'retract' {
  if (/-debezium-registry$/.test(n.options['value.format'] ?? '')) return 'retract';
  if (n.options['connector'] === 'filesystem' && isChangelogFormat(n.options['format'])) return 'retract';
  const m = n.options['changelog.mode'];
  return m === 'upsert' || m === 'retract' ? m : 'append';
}

/** The primary key of an upsert table as scan output columns (its `key.fields`). */
function upsertKey(n: ScanNode): number[] {
  const names = (n.options['key.fields'] ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const table = n.table.join('.');
  if (names.length === 0) {
    const message = `The upsert table ${table} has no primary key: 'changelog.mode' = 'upsert' needs a PRIMARY KEY`;
    throw new SqlError('EDDY_SQL_VALIDATE', message, [{ message }]);
  }
  return keyColumns(n, names, 'upsert table');
}

/** The scan output positions of key columns `names`; a key column the scan lacks is an error. */
function keyColumns(n: ScanNode, names: readonly string[], what: string): number[] {
  return names.map((k) => {
    const i = n.fields.findIndex((f) => f.name === k);
    if (i < 0) {
      const message = `Primary key column '${k}' of ${what} ${n.table.join('.')} is not a column of the scan`;
      throw new SqlError('EDDY_SQL_VALIDATE', message, [{ message }]);
    }
    return i;
  });
}

/**
 * Puts a ChangelogNormalize above every upsert scan, and above every retract scan with a
 * {@link ScanNode.dedupeKey} (Flink's `table.exec.source.cdc-events-duplicate`), that has none
 * yet (idempotent).
 */
export function withChangelogNormalize<T extends PlanNode>(root: T): T {
  const walk = (n: PlanNode): PlanNode => {
    if (n.node === 'ChangelogNormalize') return n;
    if (n.node === 'TableSourceScan') {
      const dedupe = n.dedupeKey !== undefined && scanChangelog(n) === 'retract';
      if (scanChangelog(n) !== 'upsert' && !dedupe) return n;
      return {
        node: 'ChangelogNormalize',
        // Ids only need to be unique within the plan: scans' ids are small, this stays clear of them.
        id: n.id + 100_000,
        fields: n.fields,
        changelogMode: { kinds: ['I', 'UB', 'UA', 'D'] },
        input: n,
        keys: dedupe ? keyColumns(n, n.dedupeKey!, 'table') : upsertKey(n),
        generateUpdateBefore: true,
      };
    }
    return mapInputs(n, walk);
  };
  return walk(root) as T;
}
