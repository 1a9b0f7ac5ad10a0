/**
 * The compiled plan as versioned JSON: what a statement stores and runs later. Reading checks
 * the version (a newer runtime reads every older version; an older runtime refuses a newer
 * plan, naming both versions) and that every node kind is known.
 */
import { EddyError } from '../../../common/errors.js';
import {
  PLAN_VERSION,
  planInputs,
  type CompiledPlan,
  type MiniBatchSpec,
  type PlanNode,
  type PlanNodeKind,
} from '../../runtime/plan/plan.js';

/** Every node kind this runtime reads (a Record, so a new kind does not compile until listed). */
const KNOWN_KINDS: Record<PlanNodeKind, true> = {
  TableSourceScan: true,
  Values: true,
  Calc: true,
  Union: true,
  GroupAggregate: true,
  Expand: true,
  WindowTableFunction: true,
  WindowAggregate: true,
  Limit: true,
  Unnest: true,
  TemporalSort: true,
  SortLimit: true,
  ChangelogNormalize: true,
  DropUpdateBefore: true,
  ProcessTableFunction: true,
  Sink: true,
};
const KNOWN = new Set<string>(Object.keys(KNOWN_KINDS));

/** Serialises a compiled plan. */
export function planToJson(plan: CompiledPlan): string {
  return JSON.stringify({ ...plan, version: PLAN_VERSION });
}

/** Reads a compiled plan written by this or an older version. */
export function planFromJson(text: string): CompiledPlan {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new EddyError('EDDY_USAGE', `compiled plan is not valid JSON: ${(err as Error).message}`);
  }
  const p = raw as Partial<CompiledPlan>;
  if (typeof p.version !== 'number' || !Array.isArray(p.sinks)) {
    throw new EddyError('EDDY_USAGE', 'compiled plan has no version or sinks');
  }
  if (p.version > PLAN_VERSION) {
    throw new EddyError(
      'EDDY_NOT_SUPPORTED',
      `compiled plan version ${p.version} is newer than this runtime (reads up to ${PLAN_VERSION})`,
    );
  }
  const check = (n: PlanNode): void => {
    if (!KNOWN.has(n.node))
      throw new EddyError(
        'EDDY_NOT_SUPPORTED',
        `compiled plan node '${String(n.node)}' is not supported by this runtime`,
      );
    if (n.node === 'GroupAggregate' && n.miniBatch !== undefined) {
      const mb = n.miniBatch as Partial<MiniBatchSpec> | null;
      const positive = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v > 0;
      if (mb === null || !positive(mb.intervalMs) || !positive(mb.size))
        throw new EddyError(
          'EDDY_USAGE',
          `compiled plan: GroupAggregate ${n.id} has an invalid miniBatch (intervalMs and size must be positive integers)`,
        );
    }
    planInputs(n).forEach(check);
  };
  p.sinks.forEach(check);
  // Version 1 is the current format: nothing to upgrade yet. Upgrades of older versions go here.
  return { version: PLAN_VERSION, config: p.config ?? {}, sinks: p.sinks };
}
