/**
 * Changelog-mode inference (Flink's FlinkChangelogModeInferenceProgram, simplified to the
 * operators the runtime has): bottom-up, what each node emits (insert / update / delete);
 * top-down, whether consumers need update-before messages; then the checks Flink makes —
 * a temporal sort consumes insert-only input, an append-only sink refuses updates. Window
 * table functions and window aggregations take updates since Flink 1.19 (FLINK-20281).
 * New node kinds add a case here (the switch is exhaustive).
 */
import { SqlError, assertNever } from '../../../common/errors.js';
import { updateFastRowKey, upsertKey } from './rank-strategy.js';
import type { ChangeKindText, ChangelogMode, PlanNode, SinkNode } from '../../runtime/plan/plan.js';
import type { SinkChangelogMode } from '../../../connectors/api.js';
import { describeNode } from './explain.js';
import { scanChangelog, withChangelogNormalize } from './changelog-normalize.js';

interface Kinds {
  insert: boolean;
  update: boolean;
  delete: boolean;
}

const INSERT_ONLY: Kinds = { insert: true, update: false, delete: false };

function fail(message: string): never {
  throw new SqlError('EDDY_SQL_VALIDATE', message, [{ message }]);
}

/** What a node emits, checking what its inputs emit. */
function produced(n: PlanNode, memo: Map<PlanNode, Kinds>): Kinds {
  const cached = memo.get(n);
  if (cached) return cached;
  let k: Kinds;
  const insertOnly = (input: PlanNode, who: string): void => {
    const ik = produced(input, memo);
    if (ik.update || ik.delete) {
      fail(
        `${who} doesn't support consuming update${ik.delete ? ' and delete' : ''} changes which is produced by node ${describeNode(updateSource(input))}`,
      );
    }
  };
  switch (n.node) {
    case 'TableSourceScan':
      k = scanChangelog(n) === 'append' ? INSERT_ONLY : { insert: true, update: true, delete: true };
      break;
    case 'Values':
      k = INSERT_ONLY;
      break;
    case 'ChangelogNormalize':
      produced(n.input, memo);
      k = { insert: true, update: true, delete: true };
      break;
    case 'Calc':
    case 'Expand':
    case 'Unnest':
    case 'DropUpdateBefore':
      k = produced(n.input, memo);
      break;
    case 'Union': {
      const ks = n.inputs.map((i) => produced(i, memo));
      k = {
        insert: ks.some((x) => x.insert),
        update: ks.some((x) => x.update),
        delete: ks.some((x) => x.delete),
      };
      break;
    }
    case 'GroupAggregate': {
      const ik = produced(n.input, memo);
      k =
        ik.update || ik.delete
          ? { insert: true, update: true, delete: true }
          : { insert: true, update: true, delete: false };
      break;
    }
    case 'WindowTableFunction':
      // Transparent since FLINK-20281 (Flink 1.19): each row keeps its kind in every window.
      k = produced(n.input, memo);
      break;
    case 'WindowAggregate':
      // Over updates it retracts -U / -D from their windows (Flink 1.19+, FLINK-20281); a window
      // fires once, so its output stays insert-only (no early / late firing).
      produced(n.input, memo);
      k = INSERT_ONLY;
      break;
    case 'TemporalSort':
      insertOnly(n.input, 'StreamPhysicalTemporalSort');
      k = INSERT_ONLY;
      break;
    case 'SortLimit':
      // Append-only or retractable Top-N: rows enter and leave the top either way.
      produced(n.input, memo);
      k = { insert: true, update: true, delete: true };
      break;
    case 'Limit': {
      // Over updates Flink runs LIMIT as a Rank without sort key (StreamExecLimit:
      // SortSpec.ANY, RetractStrategy): rows enter and leave the window as for SortLimit.
      const ik = produced(n.input, memo);
      k = ik.update || ik.delete ? { insert: true, update: true, delete: true } : INSERT_ONLY;
      break;
    }
    case 'ProcessTableFunction':
      if (n.function === 'TO_CHANGELOG') {
        // Every change becomes an insert (FLIP-564): the output is append-only.
        produced(n.input, memo);
        k = INSERT_ONLY;
      } else {
        // FROM_CHANGELOG reads an append-only table; it emits the kinds its mapping names.
        insertOnly(n.input, 'StreamPhysicalProcessTableFunction');
        const kinds = new Set(
          Object.values(n.opMapping ?? { INSERT: 'I', UPDATE_BEFORE: 'UB', UPDATE_AFTER: 'UA', DELETE: 'D' }),
        );
        k = { insert: kinds.has('I'), update: kinds.has('UA') || kinds.has('UB'), delete: kinds.has('D') };
      }
      break;
    case 'Sink':
      k = produced(n.input, memo);
      break;
    default:
      return assertNever(n, 'plan node');
  }
  memo.set(n, k);
  return k;
}

function modeOf(k: Kinds, ub: boolean): ChangelogMode {
  const kinds: ChangeKindText[] = [];
  if (k.insert) kinds.push('I');
  if (k.update && ub) kinds.push('UB');
  if (k.update) kinds.push('UA');
  if (k.delete) kinds.push('D');
  return { kinds };
}

/** Rebuilds `n` with changelog modes set; `ub` = the consumer needs update-before. */
function annotate(n: PlanNode, ub: boolean, memo: Map<PlanNode, Kinds>): PlanNode {
  const k = produced(n, memo);
  const changelogMode = modeOf(k, ub);
  switch (n.node) {
    case 'TableSourceScan': {
      // What the connector emits, whatever the consumer needs.
      const mode = scanChangelog(n);
      const kinds: ChangeKindText[] =
        mode === 'upsert' ? ['UA', 'D'] : mode === 'retract' ? ['I', 'UB', 'UA', 'D'] : ['I'];
      const scan = { ...n, changelogMode: { kinds } };
      // A retract source under a consumer that wants no -U: Flink puts a DropUpdateBefore above it.
      if (mode !== 'retract' || ub) return scan;
      return { node: 'DropUpdateBefore', id: dropId(n), fields: n.fields, changelogMode, input: scan };
    }
    case 'DropUpdateBefore':
      return { ...n, changelogMode, input: annotate(n.input, true, memo) };
    case 'Values':
      return { ...n, changelogMode };
    case 'ChangelogNormalize':
      return { ...n, changelogMode, generateUpdateBefore: ub, input: annotate(n.input, false, memo) };
    case 'Calc':
      return { ...n, changelogMode, input: annotate(n.input, ub, memo) };
    case 'Expand':
      return { ...n, changelogMode, input: annotate(n.input, ub, memo) };
    case 'Unnest':
      return { ...n, changelogMode, input: annotate(n.input, ub, memo) };
    case 'Union':
      return { ...n, changelogMode, inputs: n.inputs.map((i) => annotate(i, ub, memo)) };
    case 'GroupAggregate':
      // Retracting an aggregate needs the old row of every update of its input.
      return { ...n, changelogMode, generateUpdateBefore: ub, input: annotate(n.input, true, memo) };
    case 'WindowTableFunction':
      return { ...n, changelogMode, input: annotate(n.input, ub, memo) };
    case 'WindowAggregate':
      // Retracting from a window needs the old row of every update (beforeAfterOrNone).
      return { ...n, changelogMode, input: annotate(n.input, true, memo) };
    case 'Limit': {
      const ik = produced(n.input, new Map());
      if (!ik.update && !ik.delete) return { ...n, changelogMode, input: annotate(n.input, false, memo) };
      // Retracting a row of the window needs the old row of every update of its input.
      return { ...n, changelogMode, generateUpdateBefore: ub, input: annotate(n.input, true, memo) };
    }
    case 'TemporalSort':
      return { ...n, changelogMode, input: annotate(n.input, false, memo) };
    case 'SortLimit': {
      const updating = (x: PlanNode): boolean => {
        const k = produced(x, new Map());
        return k.update || k.delete;
      };
      const key = updating(n.input) ? updateFastRowKey(n, (x) => !updating(x)) : undefined;
      // UpdateFastStrategy takes the input as upserts (Flink requires no update-before of it).
      if (key !== undefined)
        return {
          ...n,
          changelogMode,
          generateUpdateBefore: ub,
          updateFastKey: key,
          input: annotate(n.input, false, memo),
        };
      // Retracting a row of the top needs the old row of every update of its input.
      return { ...n, changelogMode, generateUpdateBefore: ub, input: annotate(n.input, true, memo) };
    }
    case 'ProcessTableFunction':
      // TO_CHANGELOG names every change, so it wants the old row of each update (Flink puts a
      // ChangelogNormalize under it for an upsert input); FROM_CHANGELOG's input is append-only.
      // A FROM_CHANGELOG whose consumers want no -U drops the UPDATE_BEFORE rows it reads.
      return n.function === 'TO_CHANGELOG'
        ? { ...n, changelogMode: { kinds: ['I'] }, input: annotate(n.input, true, memo) }
        : { ...n, changelogMode, input: annotate(n.input, false, memo) };
    case 'Sink':
      return { ...n, changelogMode: { kinds: [] }, input: annotate(n.input, ub, memo) };
    default:
      return assertNever(n, 'plan node');
  }
}

/**
 * A DropUpdateBefore's id, derived from its scan's so that planning twice (before and after the
 * rules) gives the same one; clear of scans' small ids and of ChangelogNormalize's (+100 000).
 */
function dropId(scan: PlanNode): number {
  return scan.id + 200_000;
}

/** The node that introduces updates below pass-through nodes (what Flink's message names). */
function updateSource(n: PlanNode): PlanNode {
  if (
    n.node === 'Calc' ||
    n.node === 'Expand' ||
    n.node === 'Unnest' ||
    n.node === 'DropUpdateBefore' ||
    n.node === 'WindowTableFunction'
  )
    return updateSource(n.input);
  return n;
}

/** Whether the sink's input produces updates or deletes. */
export function isUpdating(sink: SinkNode): boolean {
  const k = produced(sink.input, new Map());
  return k.update || k.delete;
}

/** What a sink accepts (its connector's changelog mode) and its declared primary key. */
export interface SinkAccepts {
  readonly mode: SinkChangelogMode;
  /** PRIMARY KEY columns as indexes of the sink's fields. */
  readonly primaryKey?: readonly number[];
}

/**
 * Whether the sink's input must carry update-befores (FlinkChangelogModeInferenceProgram
 * #inferSinkRequiredTraits): only a sink without UPDATE_BEFORE in its mode lets the plan go
 * without, and then only when the sink declares no primary key or one that is exactly an upsert
 * key of its input; otherwise a -U is how the sink learns which row an update replaces.
 */
function sinkNeedsUpdateBefore(sink: SinkNode, accepts: SinkAccepts): boolean {
  if (accepts.mode !== 'upsert') return true;
  if (accepts.primaryKey === undefined || accepts.primaryKey.length === 0) return false;
  const key = upsertKey(sink.input);
  if (key === undefined) return true;
  const want = new Set(accepts.primaryKey);
  return !(key.length === want.size && key.every((i) => want.has(i)));
}

/** Infers every node's changelog mode under a sink and checks the sink accepts it. */
export function inferChangelog(input: SinkNode, accepts: SinkAccepts): SinkNode {
  const sink = withChangelogNormalize(input);
  const memo = new Map<PlanNode, Kinds>();
  const k = produced(sink.input, memo);
  if (accepts.mode === 'append' && (k.update || k.delete)) {
    const name = sink.target.kind === 'table' ? sink.target.table.join('.') : 'collect';
    fail(
      `Table sink '${name}' doesn't support consuming update${k.delete ? ' and delete' : ''} changes which is produced by node ${describeNode(updateSource(sink.input))}`,
    );
  }
  // Client results and retract sinks show -U before +U, as Flink's collect sink does.
  return annotate(sink, sinkNeedsUpdateBefore(sink, accepts), memo) as SinkNode;
}
