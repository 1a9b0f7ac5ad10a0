/**
 * Where upsert sources get their ChangelogNormalize (as Flink's planner places
 * StreamExecChangelogNormalize): a table with `changelog.mode = 'upsert'` emits +U / -D by
 * primary key, which downstream operators cannot consume as a changelog until a keyed
 * keep-last-row step turns it into +I / -U / +U / -D with full old rows.
 */
import { SqlError } from '../../../common/errors.js';
import type { PlanNode, ScanNode } from '../../runtime/plan/plan.js';
import { mapInputs } from './rules/rule.js';

/** What a scan emits, by its table's options: Debezium value formats are retract tables. */
export function scanChangelog(n: ScanNode): 'append' | 'upsert' | 'retract' {
  if (/-debezium-registry$/.test(n.options['value.format'] ?? '')) return 'retract';
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
  return names.map((k) => {
    const i = n.fields.findIndex((f) => f.name === k);
    if (i < 0) {
      const message = `Primary key column '${k}' of upsert table ${table} is not a column of the scan`;
      throw new SqlError('EDDY_SQL_VALIDATE', message, [{ message }]);
    }
    return i;
  });
}

/** Puts a ChangelogNormalize above every upsert scan that has none yet (idempotent). */
export function withChangelogNormalize<T extends PlanNode>(root: T): T {
  const walk = (n: PlanNode): PlanNode => {
    if (n.node === 'ChangelogNormalize') return n;
    if (n.node === 'TableSourceScan') {
      if (scanChangelog(n) !== 'upsert') return n;
      return {
        node: 'ChangelogNormalize',
        // Ids only need to be unique within the plan: scans' ids are small, this stays clear of them.
        id: n.id + 100_000,
        fields: n.fields,
        changelogMode: { kinds: ['I', 'UB', 'UA', 'D'] },
        input: n,
        keys: upsertKey(n),
        generateUpdateBefore: true,
      };
    }
    return mapInputs(n, walk);
  };
  return walk(root) as T;
}
