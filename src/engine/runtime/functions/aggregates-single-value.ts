/** SINGLE_VALUE, the aggregate Flink's planner uses for scalar subqueries (also callable in SQL). */
import { ExecutionError } from '../../../common/errors.js';
import type { SqlValue } from '../../../types/index.js';
import type { MergeableAggregate } from './aggregates.js';

const SINGLE_VALUE_ERROR = 'SingleValueAggFunction received more than one element.';

/**
 * Flink's SingleValueAggFunction: the one value of the group (NULL counts as a value); a second
 * value fails the query, and a retraction leaves NULL.
 */
export function singleValueImpl(): MergeableAggregate {
  interface Acc {
    value: SqlValue;
    count: number;
  }
  return {
    supportsRetract: true,
    create: (): Acc => ({ value: null, count: 0 }),
    accumulate(acc, args: readonly unknown[]) {
      const a = acc as Acc;
      if (a.count > 0) throw new ExecutionError(SINGLE_VALUE_ERROR);
      a.value = args[0] as SqlValue;
      a.count++;
      return a;
    },
    retract(acc) {
      const a = acc as Acc;
      if (a.count !== 0 && a.count !== 1) throw new ExecutionError(SINGLE_VALUE_ERROR);
      a.value = null;
      a.count--;
      return a;
    },
    getValue: (acc) => (acc as Acc).value,
    merge(target, other) {
      const a = target as Acc;
      const b = other as Acc;
      const n = a.count + b.count;
      if (n > 1) throw new ExecutionError(SINGLE_VALUE_ERROR);
      if (n !== 0) a.value = b.value;
      else if (!(a.count === 0 || b.count > 0)) a.value = null;
      else a.value = b.value;
      a.count = n;
      return a;
    },
  };
}
