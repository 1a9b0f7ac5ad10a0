/**
 * The built-in changelog PTFs of Flink 2.3 (FLIP-564), called in FROM:
 *
 *   TO_CHANGELOG(input => TABLE t [PARTITION BY k], [op => DESCRIPTOR(c)], [op_mapping => MAP[…]])
 *   FROM_CHANGELOG(input => TABLE t [PARTITION BY k], [op => DESCRIPTOR(c)], [op_mapping => MAP[…]],
 *                  [error_handling => 'FAIL' | 'SKIP' | invalid_op_handling => 'FAIL' | 'LOG' | 'SKIP'])
 *
 * TO_CHANGELOG turns every change of its input (insert-only, retract or upsert) into an insert
 * carrying the change's name in a STRING column; FROM_CHANGELOG reads such a column of an
 * append-only table back into changes. Argument checks and their messages follow Flink's
 * ToChangelogTypeStrategy / FromChangelogTypeStrategy; the output columns are
 * `[partition keys, op, other input columns]` and `[partition keys, other input columns without op]`.
 */
import { stringType } from '../../../types/index.js';
import type { ChangeKindText, ProcessTableFunctionNode } from '../../runtime/plan/plan.js';
import type { Expr, FunctionCall } from '../ast/index.js';
import { fieldsOf, type Rel, type TranslateContext } from './context.js';
import { bindArguments } from './call-arguments.js';
import { validationError } from './errors.js';
import type { ScopeColumn } from './scope.js';

/** Flink's change operation names and the plan's change kinds. */
const KIND_OF_NAME: Readonly<Record<string, ChangeKindText>> = {
  INSERT: 'I',
  UPDATE_BEFORE: 'UB',
  UPDATE_AFTER: 'UA',
  DELETE: 'D',
};
const VALID_NAMES = '[INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE]';

const PARAMS: Readonly<Record<string, readonly string[]>> = {
  TO_CHANGELOG: ['input', 'op', 'op_mapping'],
  // error_handling as Flink 2.3's changelog page names it; invalid_op_handling as FLIP-564 and
  // the 2.3 release notes name it (FAIL / LOG / SKIP; LOG drops the row like SKIP).
  FROM_CHANGELOG: ['input', 'op', 'op_mapping', 'error_handling', 'invalid_op_handling'],
};

/** The changelog PTFs' names (SHOW FUNCTIONS lists them as Flink's core module does). */
export const CHANGELOG_PTFS: readonly string[] = Object.keys(PARAMS);

/** Whether `name` (upper case) is a changelog PTF. */
export function isChangelogPtf(name: string): boolean {
  return name in PARAMS;
}

/** Translates the input table argument (provided by relation.ts, which knows tables and views). */
export type TableArgFn = (arg: Expr) => Rel;

export function changelogPtf(fn: string, c: FunctionCall, ctx: TranslateContext, tableArg: TableArgFn): Rel {
  const params = PARAMS[fn]!;
  const args = bindArguments(fn, c, params, { spell: (n) => n.toLowerCase(), refuseTwice: true });
  const data = args.get('input');
  if (data === undefined || (data.kind !== 'TableArgument' && data.kind !== 'ScalarSubquery'))
    throw validationError(`First argument must be a table for ${fn}.`, data?.span ?? c.span);
  const input = tableArg(data);

  // op => DESCRIPTOR(name): one column (Flink's "exactly one column name").
  const opArg = args.get('op');
  let opName = 'op';
  if (opArg !== undefined) {
    if (opArg.kind !== 'Descriptor')
      throw validationError(`The argument 'op' of ${fn} must be a DESCRIPTOR(column)`, opArg.span);
    if (opArg.columns.length !== 1)
      throw validationError(
        "The descriptor for argument 'op' must contain exactly one column name.",
        opArg.span,
      );
    opName = opArg.columns[0]!.value;
  }

  const mapping = opMapping(args.get('op_mapping'), fn === 'TO_CHANGELOG');

  const partitionKeys: number[] =
    data.kind === 'TableArgument'
      ? data.partitionBy.map((e) => {
          const i =
            e.kind === 'ColumnRef' && e.names.length === 1
              ? columnIndex(input.columns, e.names[0]!.value)
              : -1;
          if (i < 0)
            throw validationError(`PARTITION BY of ${fn} must name columns of its input table`, e.span);
          return i;
        })
      : [];
  if (data.kind === 'TableArgument' && data.orderBy.length > 0)
    throw validationError(`${fn} takes no ORDER BY on its table argument`, data.orderBy[0]!.span);

  const rest = input.columns.map((_, i) => i).filter((i) => !partitionKeys.includes(i));
  let columns: ScopeColumn[];
  let opColumn: number | undefined;
  let kinds: ChangeKindText[];
  let errorHandling: 'FAIL' | 'SKIP' | undefined;
  if (fn === 'TO_CHANGELOG') {
    columns = [
      ...partitionKeys.map((i) => plain(input.columns[i]!)),
      { name: opName, type: stringType(true) },
      ...rest.map((i) => plain(input.columns[i]!)),
    ];
    kinds = ['I'];
  } else {
    opColumn = columnIndex(input.columns, opName);
    if (opColumn < 0)
      throw validationError(
        `The op column '${opName}' does not exist in the input schema.`,
        opArg?.span ?? data.span,
      );
    const t = input.columns[opColumn]!.type;
    if (t.kind !== 'CHAR' && t.kind !== 'VARCHAR')
      throw validationError(
        `The op column '${opName}' must be of STRING type, but was '${t.kind}'.`,
        opArg?.span ?? data.span,
      );
    const valuesKinds = new Set(Object.values(mapping ?? DEFAULT_FROM));
    if (valuesKinds.has('UA') && !valuesKinds.has('UB'))
      throw validationError(
        "The 'op_mapping' must include UPDATE_BEFORE for retract mode. Upsert mode (without UPDATE_BEFORE) is not supported in this version.",
        args.get('op_mapping')!.span,
      );
    kinds = (['I', 'UB', 'UA', 'D'] as const).filter((k) => valuesKinds.has(k));
    columns = [
      ...partitionKeys.map((i) => plain(input.columns[i]!)),
      ...rest.filter((i) => i !== opColumn).map((i) => plain(input.columns[i]!)),
    ];
    const second = args.get('invalid_op_handling');
    if (args.has('error_handling') && second !== undefined)
      // two names of one setting (the changelog page's and FLIP-564's): which one won was silent
      throw validationError(
        "FROM_CHANGELOG takes 'error_handling' or 'invalid_op_handling', not both.",
        second.span,
      );
    for (const name of ['error_handling', 'invalid_op_handling']) {
      const eh = args.get(name);
      if (eh === undefined) continue;
      const v = eh.kind === 'StringLiteral' ? eh.value.trim().toUpperCase() : undefined;
      const log = name === 'invalid_op_handling';
      if (v !== 'FAIL' && v !== 'SKIP' && !(log && v === 'LOG'))
        throw validationError(
          `The argument '${name}' of FROM_CHANGELOG must be ${log ? "'FAIL', 'LOG' or 'SKIP'" : "'FAIL' or 'SKIP'"}.`,
          eh.span,
        );
      errorHandling = v === 'FAIL' ? 'FAIL' : 'SKIP';
    }
  }
  const node: ProcessTableFunctionNode = {
    node: 'ProcessTableFunction',
    id: ctx.nextId(),
    fields: fieldsOf(columns),
    changelogMode: { kinds },
    input: input.node,
    function: fn as ProcessTableFunctionNode['function'],
    partitionKeys,
    ...(mapping !== undefined ? { opMapping: mapping } : {}),
    ...(opColumn !== undefined ? { opColumn } : {}),
    ...(errorHandling !== undefined ? { errorHandling } : {}),
  };
  return { node, columns };
}

/** FROM_CHANGELOG's default codes: the names TO_CHANGELOG writes. */
const DEFAULT_FROM: Readonly<Record<string, ChangeKindText>> = KIND_OF_NAME;

function columnIndex(columns: readonly ScopeColumn[], name: string): number {
  return columns.findIndex((c) => c.name === name);
}

/** An input column as a PTF output column: no table qualifier, no window role. */
function plain(c: ScopeColumn): ScopeColumn {
  return { name: c.name, type: c.type, ...(c.hidden ? { hidden: true } : {}) };
}

/**
 * `op_mapping => MAP['k', 'v', …]` as code → kind (FROM_CHANGELOG) or kind → code (TO_CHANGELOG,
 * keys given as `ChangeKindText`): a constant map of string literals, whose change operation
 * names (comma-separated on TO_CHANGELOG's keys and FROM_CHANGELOG's keys) are valid and used once.
 */
function opMapping(e: Expr | undefined, to: boolean): Record<string, string> | undefined {
  if (e === undefined) return undefined;
  if (e.kind !== 'MapConstructor' || e.entries.some((x) => x.kind !== 'StringLiteral'))
    throw validationError("The 'op_mapping' argument must be a constant MAP literal.", e.span);
  const lits = e.entries.map((x) => (x.kind === 'StringLiteral' ? x.value : ''));
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  const kindOf = (raw: string): ChangeKindText => {
    const name = raw.trim();
    const k = KIND_OF_NAME[name];
    if (k === undefined)
      throw validationError(
        `Invalid target mapping for argument 'op_mapping'. Unknown change operation: '${name}'. Valid values are: ${VALID_NAMES}.`,
        e.span,
      );
    if (seen.has(name))
      throw validationError(
        to
          ? `Invalid target mapping for argument 'op_mapping'. Duplicate change operation: '${name}'.`
          : `Invalid target mapping for argument 'op_mapping'. Duplicate change operation: '${name}'. Use comma-separated keys to map multiple codes to the same operation (e.g., MAP['c, r', 'INSERT']).`,
        e.span,
      );
    seen.add(name);
    return k;
  };
  for (let i = 0; i + 1 < lits.length; i += 2) {
    const key = lits[i]!;
    const value = lits[i + 1]!;
    if (to) {
      // Keys are change operations ('INSERT, UPDATE_AFTER'), values the codes written.
      for (const name of key.split(',')) out[kindOf(name)] = value;
    } else {
      // Keys are codes ('c, r'), values change operations.
      const kind = kindOf(value);
      for (const code of key.split(',')) out[code.trim()] = kind;
    }
  }
  return out;
}
