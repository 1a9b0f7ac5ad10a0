/** `table.exec.state.ttl` as plan nodes carry it. */
import type { GroupAggregateNode } from '../../runtime/plan/plan.js';
import { parseFlinkDuration } from '../planner/rules/mini-batch-config.js';
import type { TranslateContext } from './context.js';

const STATE_TTL = 'table.exec.state.ttl';

/**
 * The session's state TTL (`table.exec.state.ttl`, default 0 ms) as a GroupAggregate field
 * (none when 0): with a TTL Flink's group aggregation emits unchanged results too.
 */
export function stateTtlField(ctx: TranslateContext): Pick<GroupAggregateNode, 'stateTtlMs'> {
  const text = ctx.config[STATE_TTL];
  const ms = text === undefined ? 0 : parseFlinkDuration(STATE_TTL, text);
  return ms > 0 ? { stateTtlMs: ms } : {};
}
