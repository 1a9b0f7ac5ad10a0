/**
 * AST expressions → typed Rex expressions over a scope. Operators become calls of the function
 * registry (`+`, `=`, `LIKE` …) with its type inference; AND/OR/NOT/IS/CASE/COALESCE are typed
 * here (the compiler evaluates them as special forms). Aggregate calls go to the aggregation
 * hook, which also maps grouped expressions to the aggregate's output.
 */
import {
  booleanType,
  castResultType,
  castValidationError,
  formatType,
  intType,
  notNull,
  stringType,
  withNullable,
  type LogicalType,
} from '../../../types/index.js';
import type { FunctionRegistry } from '../../runtime/expr/function-api.js';
import { calciteTypeText, jsonQueryReturningError } from '../../runtime/functions/json-rules.js';
import { decodeValue } from '../../runtime/plan/encode-value.js';
import { call, lit, type RexExpr } from '../../runtime/plan/expr.js';
import type { Expr, FunctionCall, Span } from '../ast/index.js';
import { calciteFamily } from './calcite-family.js';
import { commonType } from './common-type.js';
import { toLogicalType } from './data-type.js';
import { checkEqualsOperands, flinkCastTarget, numericLiteralAsInterval } from './cast-target.js';
import { didYouMean, validationError } from './errors.js';
import { translateLiteral } from './literal.js';
import type { Scope } from './scope.js';
import { isRankedCall } from './ranked-calls.js';

/** Settings and lookups shared by every expression of a statement. */
export interface ExprContext {
  readonly registry: FunctionRegistry;
  readonly timeZone: string;
  /** The text the spans point into (for error messages naming an expression). */
  readonly text?: string;
  /** The current catalog and database (CURRENT_CATALOG / CURRENT_DATABASE). */
  readonly session?: { readonly catalog: string; readonly database: string };
  /** Names of non-deterministic functions met (the planner refuses them in updating queries). */
  readonly nonDeterministic: { name: string; span: Span }[];
  /**
   * A function registered with CREATE FUNCTION that a call names (`builtin`: a built-in of
   * that simple name exists, which only a temporary system function shadows).
   */
  readonly userFunction?: (
    parts: readonly string[],
    builtin: boolean,
  ) => { readonly identifier: string; readonly className: string; readonly language: string } | undefined;
}

/** Aggregation hooks: set when translating SELECT/HAVING of an aggregate query. */
export interface AggregateHook {
  /** The post-aggregation reference of an aggregate call. */
  aggregate(call: FunctionCall): RexExpr;
  /** A reference to the grouping column that equals `e`, if any. */
  matchGroup(e: Expr): RexExpr | undefined;
  /** `e` over the aggregation's input (for argument types in error messages). */
  inputExpr?(e: Expr): RexExpr;
}

/** Function names the translator handles itself (they need not be in the registry). */
const TRANSLATOR_FUNCTIONS = new Set([
  'PROCTIME',
  'CURRENT_WATERMARK',
  'COALESCE',
  'IF',
  'CURRENT_DATABASE',
  'CURRENT_CATALOG',
]);

/**
 * A CASE / COALESCE / IF branch converted to the call's result type when their values are
 * represented differently (INT 42 vs DECIMAL(14, 4) 42.0000; DECIMAL scales), as Calcite casts
 * every branch to the least restrictive type. Same-family types whose values need no
 * conversion (CHAR/VARCHAR, BINARY/VARBINARY, nullability, time attributes) are left alone.
 */
function coerceTo(e: RexExpr, t: LogicalType): RexExpr {
  const a = e.type;
  if (a.kind === 'NULL') return e;
  const family = (k: string) => (k === 'CHAR' ? 'VARCHAR' : k === 'BINARY' ? 'VARBINARY' : k);
  const differs =
    family(a.kind) !== family(t.kind) ||
    (a.kind === 'DECIMAL' && t.kind === 'DECIMAL' && (a.precision !== t.precision || a.scale !== t.scale));
  return differs ? call('CAST', [e], withNullable(t, a.nullable)) : e;
}

/** Upper-case name of a function call. */
export function functionName(c: FunctionCall): string {
  return c.name
    .map((n) => n.value)
    .join('.')
    .toUpperCase();
}

/** JSON_OBJECTAGG / JSON_ARRAYAGG (special syntax) as a plain aggregate call, else undefined. */
export function jsonAggregateCall(e: Expr): FunctionCall | undefined {
  if ((e.kind !== 'JsonObject' && e.kind !== 'JsonArray') || !e.aggregate) return undefined;
  const isObject = e.kind === 'JsonObject';
  const onNull = e.onNull ?? (isObject ? 'NULL' : 'ABSENT');
  const args = isObject ? e.entries.flatMap((x) => [x.key, x.value]) : [...e.values];
  // Flink's WrapJsonAggFunctionArgumentsRule projects JSON_STRING(value), and JsonStringCallGen
  // inserts a direct JSON_OBJECT / JSON_ARRAY call as raw JSON: such a value nests as JSON, not
  // as a quoted string; the `_JSON` variants take the value's text as JSON
  const value = args[args.length - 1];
  const nested =
    value !== undefined && (value.kind === 'JsonObject' || value.kind === 'JsonArray') && !value.aggregate;
  const name = `${isObject ? 'JSON_OBJECTAGG' : 'JSON_ARRAYAGG'}_${onNull}_ON_NULL${nested ? '_JSON' : ''}`;
  return {
    kind: 'FunctionCall',
    name: [{ kind: 'Identifier', value: name, quoted: false, span: e.span }],
    args,
    bare: false,
    span: e.span,
  };
}

/** True when `c` calls an aggregate function. */
export function isAggregateCall(c: Expr, registry: FunctionRegistry): c is FunctionCall {
  return (
    c.kind === 'FunctionCall' && c.over === undefined && registry.aggregate(functionName(c)) !== undefined
  );
}

const COMPARISONS = new Set(['=', '<>', '<', '<=', '>', '>=']);

/** GROUPING(…) / GROUPING_ID(…): computed from the grouping set id, not aggregated. */
export const GROUPING_FNS = new Set(['GROUPING', 'GROUPING_ID', 'GROUP_ID']);

/**
 * JSON(…) calls in the one place Flink accepts them: an element of JSON_ARRAY or the VALUE of a
 * JSON_OBJECT member (marked when the enclosing call is translated, which is always first).
 */
const placedJsonCalls = new WeakSet<Expr>();

function markJsonValue(e: Expr): void {
  if (e.kind === 'FunctionCall' && functionName(e) === 'JSON') placedJsonCalls.add(e);
}

/** Translates expressions of one scope. */
export class ExprTranslator {
  constructor(
    readonly ctx: ExprContext,
    readonly scope: Scope,
    readonly hook?: AggregateHook,
    /** Where aggregates are illegal, the clause name for Flink's message (`WHERE`). */
    readonly clause?: string,
  ) {}

  /** The SQL text of a node. */
  text(e: { span: Span }): string {
    const t = this.ctx.text;
    if (t === undefined) return '';
    return t.slice(e.span.start.offset, e.span.end.offset);
  }

  translate(e: Expr): RexExpr {
    const agg = jsonAggregateCall(e);
    if (agg !== undefined) {
      if (this.hook === undefined)
        throw validationError(
          `${functionName(agg)} is an aggregate function and is not allowed here`,
          e.span,
        );
      return this.hook.aggregate(agg);
    }
    if (this.hook !== undefined) {
      if (
        e.kind === 'FunctionCall' &&
        (isAggregateCall(e, this.ctx.registry) || GROUPING_FNS.has(functionName(e)))
      ) {
        return this.hook.aggregate(e);
      }
      if (e.kind !== 'NumericLiteral' && e.kind !== 'StringLiteral') {
        const g = this.hook.matchGroup(e);
        if (g !== undefined) return g;
      }
      if (e.kind === 'ColumnRef') {
        // Calcite resolves the identifier first: an unknown name (e.g. a select alias used in
        // HAVING) fails with "Column 'c' not found", not as an ungrouped expression.
        this.scope.resolve(e);
        throw validationError(
          `Expression '${this.text(e) || e.names.map((n) => n.value).join('.')}' is not being grouped`,
          e.span,
        );
      }
      // (isAggregateCall's type guard narrows FunctionCall away above: widen again)
      const call = e as Expr;
      if (call.kind === 'FunctionCall') return this.groupedCall(call);
    }
    return this.node(e);
  }

  /**
   * A call in an aggregate query. Calcite derives every call's type before it checks grouping,
   * so an unknown function over ungrouped columns fails "No match found for function
   * signature", typed from the aggregation's input, rather than "is not being grouped".
   */
  private groupedCall(e: FunctionCall): RexExpr {
    try {
      return this.node(e);
    } catch (err) {
      const name = functionName(e);
      const reg = this.ctx.registry;
      const input = this.hook?.inputExpr;
      if (
        input === undefined ||
        reg.scalar(name) !== undefined ||
        reg.aggregate(name) !== undefined ||
        TRANSLATOR_FUNCTIONS.has(name) ||
        this.ctx.userFunction?.(
          e.name.map((n) => n.value),
          false,
        ) !== undefined
      )
        throw err;
      let args: RexExpr[];
      try {
        args = e.args.map((a) => input(a));
      } catch {
        throw err;
      }
      throw this.unknownFunction(name, args, e);
    }
  }

  /** Calcite's "No match found for function signature f(<FAMILY>, …)", `f` as written. */
  private unknownFunction(name: string, args: readonly RexExpr[], node: Expr | { span: Span }): Error {
    const written = 'name' in node && node.kind === 'FunctionCall' ? node.name.at(-1)!.value : name;
    const sig = `${written}(${args.map((a) => `<${calciteFamily(a.type)}>`).join(', ')})`;
    return validationError(
      `No match found for function signature ${sig}${didYouMean(name, this.ctx.registry.names())}`,
      node.span,
    );
  }

  private node(e: Expr): RexExpr {
    switch (e.kind) {
      case 'NumericLiteral':
      case 'StringLiteral':
      case 'BinaryLiteral':
      case 'BooleanLiteral':
      case 'NullLiteral':
      case 'TemporalLiteral':
      case 'IntervalLiteral':
        return translateLiteral(e, this.ctx.timeZone);
      case 'ColumnRef':
        return this.scope.resolve(e);
      case 'Binary':
        return this.binary(e.op, e.left, e.right, e);
      case 'Unary': {
        if (e.op === 'NOT') return this.logical('NOT', [this.translate(e.operand)], e);
        if (e.operand.kind === 'NumericLiteral' || e.operand.kind === 'IntervalLiteral') {
          return translateLiteral(e.operand, this.ctx.timeZone, e.op === '-');
        }
        const x = this.translate(e.operand);
        return e.op === '+' ? x : this.fn('NEG', [x], e, '-');
      }
      case 'IsPredicate': {
        const x = this.translate(e.expr);
        const op = `IS ${e.negated ? 'NOT ' : ''}${e.test === 'UNKNOWN' ? 'NULL' : e.test}`;
        if (e.test !== 'NULL' && e.test !== 'UNKNOWN') this.requireBoolean(x, e.expr);
        return call(op, [x], booleanType(false), this.text(e));
      }
      case 'IsDistinctFrom': {
        const args = [this.translate(e.left), this.translate(e.right)];
        // Flink generates [NOT] DISTINCT FROM through generateEquals, with its conversion check
        checkEqualsOperands(args[0]!.type, args[1]!.type, e.span);
        return this.fn(e.negated ? 'IS NOT DISTINCT FROM' : 'IS DISTINCT FROM', args, e);
      }
      case 'Between': {
        const x = this.translate(e.expr);
        const lo = this.translate(e.low);
        const hi = this.translate(e.high);
        let r = this.logical('AND', [this.fn('>=', [x, lo], e), this.fn('<=', [x, hi], e)], e);
        if (e.symmetry === 'SYMMETRIC') {
          r = this.logical(
            'OR',
            [r, this.logical('AND', [this.fn('>=', [x, hi], e), this.fn('<=', [x, lo], e)], e)],
            e,
          );
        }
        return e.negated ? this.logical('NOT', [r], e) : r;
      }
      case 'Like': {
        const args = [this.translate(e.expr), this.translate(e.pattern)];
        if (e.escape) args.push(this.translate(e.escape));
        const r = this.fn(e.op === 'SIMILAR TO' ? 'SIMILAR TO' : e.op, args, e);
        return e.negated ? this.logical('NOT', [r], e) : r;
      }
      case 'InList': {
        const x = this.translate(e.expr);
        const ors = e.list.map((v) => this.fn('=', [x, this.translate(v)], e));
        const r = ors.length === 1 ? ors[0]! : this.logical('OR', ors, e);
        return e.negated ? this.logical('NOT', [r], e) : r;
      }
      case 'Case':
        return this.caseExpr(e);
      case 'Cast': {
        const x = numericLiteralAsInterval(e.expr, e.type) ?? this.translate(e.expr);
        const target = flinkCastTarget(toLogicalType(e.type));
        // CAST keeps the source's nullability (Flink); TRY_CAST is always nullable
        const t = castResultType(x.type, target, e.safe);
        // the forced target type skips inferType: check the cast here so Flink's message
        // ('Cast function cannot convert value of type …') carries the CAST's position
        const why = x.type.kind === 'NULL' ? undefined : castValidationError(x.type, t);
        if (why !== undefined) throw validationError(why, e.span);
        return this.fn(e.safe ? 'TRY_CAST' : 'CAST', [x], e, undefined, t);
      }
      case 'FunctionCall':
        return this.functionCall(e);
      case 'FieldAccess': {
        const base = this.translate(e.expr);
        // ROW fields and STRUCTURED attributes (FLIP-520: `obj.name`) are both positions of a row
        if (base.type.kind !== 'ROW' && base.type.kind !== 'STRUCTURED')
          throw validationError(
            `Cannot access field '${e.field.value}' of a ${base.type.kind} value`,
            e.field.span,
          );
        const i = base.type.fields.findIndex((f) => f.name === e.field.value);
        if (i < 0) {
          throw validationError(
            `Field '${e.field.value}' not found in ROW type${didYouMean(
              e.field.value,
              base.type.fields.map((f) => f.name),
            )}`,
            e.field.span,
          );
        }
        const ft = base.type.fields[i]!.type;
        return call(
          'FIELD',
          [base, lit(i, intType(false))],
          base.type.nullable ? withNullable(ft, true) : ft,
          this.text(e),
        );
      }
      case 'ItemAccess':
        return this.fn('ITEM', [this.translate(e.expr), this.translate(e.index)], e);
      case 'ArrayConstructor':
        return this.fn(
          'ARRAY',
          e.elements.map((x) => this.translate(x)),
          e,
        );
      case 'MapConstructor':
        return this.fn(
          'MAP',
          e.entries.map((x) => this.translate(x)),
          e,
        );
      case 'RowConstructor':
        return this.fn(
          'ROW',
          e.fields.map((x) => this.translate(x)),
          e,
        );
      case 'Extract':
        return this.fn('EXTRACT', [lit(e.unit, stringType(false)), this.translate(e.expr)], e);
      case 'Position': {
        const args = [this.translate(e.needle), this.translate(e.haystack)];
        if (e.from) args.push(this.translate(e.from));
        return this.fn('POSITION', args, e);
      }
      case 'Trim': {
        const chars = e.chars ? this.translate(e.chars) : lit(' ', stringType(false));
        return this.fn('TRIM', [lit(e.side ?? 'BOTH', stringType(false)), chars, this.translate(e.expr)], e);
      }
      case 'Substring': {
        const args = [this.translate(e.expr), this.translate(e.from)];
        if (e.for) args.push(this.translate(e.for));
        return this.fn('SUBSTRING', args, e);
      }
      case 'Overlay': {
        const args = [this.translate(e.expr), this.translate(e.placing), this.translate(e.from)];
        if (e.for) args.push(this.translate(e.for));
        return this.fn('OVERLAY', args, e);
      }
      case 'FloorCeil':
        return this.fn(e.fn, [this.translate(e.expr), lit(e.unit, stringType(false))], e);
      case 'IsJson': {
        const args = [this.translate(e.expr)];
        if (e.type !== undefined) args.push(lit(e.type, stringType(false)));
        const r = this.fn('IS JSON', args, e);
        return e.negated ? this.logical('NOT', [r], e) : r;
      }
      case 'JsonValue':
      case 'JsonQuery':
      case 'JsonExists':
      case 'JsonObject':
      case 'JsonArray':
        return this.json(e);
      case 'Star':
        throw validationError(`'*' is only allowed in a select list or COUNT(*)`, e.span);
      case 'InQuery':
      case 'QuantifiedComparison':
      case 'Exists':
      case 'ScalarSubquery':
        throw validationError('Subqueries in expressions are not supported yet', e.span);
      case 'NamedArgument':
      case 'TableArgument':
      case 'Descriptor':
        throw validationError(`${e.kind} is only allowed as an argument of a table function`, e.span);
      case 'TimeUnitArg':
        return lit(e.unit, stringType(false));
    }
  }

  private json(
    e: Expr & { kind: 'JsonValue' | 'JsonQuery' | 'JsonExists' | 'JsonObject' | 'JsonArray' },
  ): RexExpr {
    const s = (v: string): RexExpr => lit(v, stringType(false));
    switch (e.kind) {
      case 'JsonValue': {
        const args = [this.translate(e.expr), this.translate(e.path)];
        const rt = e.returning ? toLogicalType(e.returning) : stringType();
        // Calcite's SqlJsonValueFunction checks that each DEFAULT can be cast to the RETURNING type.
        const dflt = (d: Expr | undefined): RexExpr => {
          if (d === undefined) return lit(null, rt);
          const x = this.translate(d);
          const why = castValidationError(x.type, rt);
          if (why !== undefined) throw validationError(why, d.span);
          return x;
        };
        return this.fn(
          'JSON_VALUE',
          [
            ...args,
            s(e.onEmpty?.type ?? 'NULL'),
            dflt(e.onEmpty?.default),
            s(e.onError?.type ?? 'NULL'),
            dflt(e.onError?.default),
          ],
          e,
          undefined,
          withNullable(rt, true),
        );
      }
      case 'JsonQuery': {
        // RETURNING is forced as the type, so its checks (Flink's messages) happen here
        const why = e.returning
          ? jsonQueryReturningError(
              toLogicalType(e.returning),
              e.onEmpty?.type ?? 'NULL',
              e.onError?.type ?? 'NULL',
            )
          : undefined;
        if (why !== undefined) throw validationError(why, e.span);
        return this.fn(
          'JSON_QUERY',
          [
            this.translate(e.expr),
            this.translate(e.path),
            s(e.wrapper ?? 'WITHOUT ARRAY'),
            s(e.onEmpty?.type ?? 'NULL'),
            s(e.onError?.type ?? 'NULL'),
          ],
          e,
          undefined,
          e.returning ? withNullable(toLogicalType(e.returning), true) : undefined,
        );
      }
      case 'JsonExists':
        return this.fn(
          'JSON_EXISTS',
          [this.translate(e.expr), this.translate(e.path), s(e.onError?.type ?? 'FALSE')],
          e,
        );
      case 'JsonObject':
        if (e.aggregate) throw validationError('JSON_OBJECTAGG is only allowed as an aggregate', e.span);
        for (const x of e.entries) markJsonValue(x.value);
        return this.fn(
          'JSON_OBJECT',
          [
            s(e.onNull ?? 'NULL'),
            ...e.entries.flatMap((x) => [
              this.translate(x.key),
              this.rawJson(this.translate(x.value), x.value),
            ]),
          ],
          e,
        );
      case 'JsonArray':
        if (e.aggregate) throw validationError('JSON_ARRAYAGG is only allowed as an aggregate', e.span);
        for (const x of e.values) markJsonValue(x);
        return this.fn(
          'JSON_ARRAY',
          [s(e.onNull ?? 'ABSENT'), ...e.values.map((x) => this.rawJson(this.translate(x), x))],
          e,
        );
    }
  }

  /** Nested JSON_OBJECT / JSON_ARRAY values are inserted as JSON, not as strings (Flink). */
  private rawJson(x: RexExpr, node: Expr): RexExpr {
    if (
      x.k === 'call' &&
      (x.op === 'JSON_OBJECT' || x.op === 'JSON_ARRAY') &&
      this.ctx.registry.scalar('JSON') !== undefined
    ) {
      return this.fn('JSON', [x], node);
    }
    return x;
  }

  private binary(op: string, l: Expr, r: Expr, e: Expr): RexExpr {
    if (op === 'AND' || op === 'OR') return this.logical(op, [this.translate(l), this.translate(r)], e);
    if (op === 'OVERLAPS') {
      const parts = (x: Expr): Expr[] =>
        x.kind === 'RowConstructor' && x.fields.length === 2 ? [...x.fields] : [];
      const args = [...parts(l), ...parts(r)];
      if (args.length !== 4)
        throw validationError('OVERLAPS expects two periods: (start, end) OVERLAPS (start, end)', e.span);
      return this.fn(
        'OVERLAPS',
        args.map((a) => this.translate(a)),
        e,
      );
    }
    const name = op === '!=' ? '<>' : op;
    const args = [this.translate(l), this.translate(r)];
    if (name === '=' || name === '<>') checkEqualsOperands(args[0]!.type, args[1]!.type, e.span);
    return this.fn(name, args, e, COMPARISONS.has(name) ? name : undefined);
  }

  private requireBoolean(x: RexExpr, node: Expr): void {
    if (x.type.kind !== 'BOOLEAN' && x.type.kind !== 'NULL') {
      throw validationError(
        `Expression '${this.text(node)}' must be of type BOOLEAN, but is ${x.type.kind}`,
        node.span,
      );
    }
  }

  private logical(op: 'AND' | 'OR' | 'NOT', args: RexExpr[], e: Expr): RexExpr {
    for (const a of args) {
      if (a.type.kind !== 'BOOLEAN' && a.type.kind !== 'NULL') {
        throw validationError(
          // Calcite's BOOLEAN_BOOLEAN / BOOLEAN checkers: operands as RelDataType#toString, quoted
          op === 'NOT'
            ? `Cannot apply 'NOT' to arguments of type 'NOT<${calciteTypeText(args[0]!.type)}>'. Supported form(s): 'NOT<BOOLEAN>'`
            : `Cannot apply '${op}' to arguments of type '${args.map((x) => `<${calciteTypeText(x.type)}>`).join(` ${op} `)}'. Supported form(s): '<BOOLEAN> ${op} <BOOLEAN>'`,
          e.span,
        );
      }
    }
    return { ...call(op, args, booleanType(args.some((a) => a.type.nullable)), this.text(e)), span: e.span };
  }

  private caseExpr(e: Expr & { kind: 'Case' }): RexExpr {
    const args: RexExpr[] = [];
    const operand = e.operand ? this.translate(e.operand) : undefined;
    for (const w of e.whens) {
      let cond = operand ? this.fn('=', [operand, this.translate(w.when)], w.when) : this.translate(w.when);
      for (const v of w.more ?? []) {
        // `WHEN a, b THEN` is `WHEN operand = a OR operand = b THEN` (Calcite's simple CASE).
        const eq = this.fn('=', [operand!, this.translate(v)], v);
        cond = call('OR', [cond, eq], booleanType(cond.type.nullable || eq.type.nullable));
      }
      if (!operand) this.requireBoolean(cond, w.when);
      args.push(cond, this.translate(w.then));
    }
    if (e.else) args.push(this.translate(e.else));
    const values = args.filter((_, i) => i % 2 === 1 || (i === args.length - 1 && args.length % 2 === 1));
    let t = commonType(values.map((v) => v.type));
    if (t === undefined) {
      throw validationError(
        `Illegal mixing of types in CASE or COALESCE statement: ${values.map((v) => v.type.kind).join(', ')}`,
        e.span,
      );
    }
    if (!e.else) t = withNullable(t, true);
    const rt = t;
    const coerced = args.map((a, i) => (i % 2 === 1 || i === args.length - 1 ? coerceTo(a, rt) : a));
    return { ...call('CASE', coerced, t, this.text(e)), span: e.span };
  }

  /**
   * An OVER call. ROW_NUMBER / RANK / DENSE_RANK filtered on by an outer query become Top-N or
   * deduplication (a later issue; `ranked-calls.ts`); every other OVER call, an unfiltered
   * ROW_NUMBER included, is an OverAggregate, whose ordering Flink's StreamExecOverAggregate
   * checks before anything runs: one order key, ascending, on a time attribute. Those refusals
   * are given with Flink's texts; a valid OVER is not supported yet.
   */
  private overAggregate(c: FunctionCall): Error {
    const spec = c.over;
    if (spec?.kind === 'WindowSpec' && !isRankedCall(c)) {
      if (spec.orderBy.length !== 1)
        return validationError('The window can only be ordered by a single time column.', spec.span);
      const key = spec.orderBy[0]!;
      if (key.direction === 'DESC')
        return validationError('The window can only be ordered in ASCENDING mode.', key.span);
      const t = this.translate(key.expr).type;
      if ((t.kind !== 'TIMESTAMP' && t.kind !== 'TIMESTAMP_LTZ') || t.timeAttribute === undefined)
        return validationError(
          "OVER windows' ordering in stream mode must be defined on a time attribute.",
          key.expr.span,
        );
      // Only frames ending at the current row run: (UNBOUNDED | n) PRECEDING to CURRENT ROW.
      const f = spec.frame;
      const upper = f?.end?.type ?? 'CURRENT ROW';
      const lower = f?.start.type ?? 'UNBOUNDED PRECEDING';
      if (upper !== 'CURRENT ROW' || (lower !== 'UNBOUNDED PRECEDING' && lower !== 'PRECEDING'))
        return validationError('OVER RANGE FOLLOWING windows are not supported yet.', spec.span);
    }
    return validationError('OVER aggregations are not supported yet', c.span);
  }

  private functionCall(c: FunctionCall): RexExpr {
    const name = functionName(c);
    if (c.over !== undefined) throw this.overAggregate(c);
    const reg = this.ctx.registry;
    const udf = this.ctx.userFunction?.(
      c.name.map((n) => n.value),
      reg.scalar(name) !== undefined || reg.aggregate(name) !== undefined,
    );
    if (udf !== undefined) {
      // Flink loads the class here and fails with "Cannot instantiate user-defined function";
      // Eddy runs no JVM or Python code, so no class can ever be loaded.
      throw validationError(
        `Cannot instantiate user-defined function '${udf.identifier}': class '${udf.className}' (LANGUAGE ${udf.language}) cannot be loaded; user-defined functions are not supported by Eddy, which runs no ${udf.language === 'PYTHON' ? 'Python' : 'JVM'} code`,
        c.span,
      );
    }
    if (reg.aggregate(name) !== undefined && reg.scalar(name) === undefined) {
      throw validationError(
        this.clause
          ? `Aggregate expression is illegal in ${this.clause} clause`
          : `Aggregate function ${name} is not allowed here`,
        c.span,
      );
    }
    if (c.quantifier !== undefined) {
      throw validationError(`DISTINCT/ALL not allowed with ${name} function`, c.span);
    }
    // Calcite's SqlFilterOperator#validateCall: RESOURCE.filterNonAggregate()
    if (c.filter !== undefined) throw validationError('FILTER must be applied to aggregate function', c.span);
    if (name === 'JSON' && c.args.length > 0 && !placedJsonCalls.has(c)) {
      // JsonFunctionsITCase: JSON(f0) alone, or as a JSON_OBJECT key, fails validation
      throw validationError(
        'The JSON() function is currently only supported inside JSON_ARRAY() or as the VALUE param of JSON_OBJECT()',
        c.span,
      );
    }
    if (name === 'JSON_STRING' && c.args.length === 1) {
      // JsonStringCallGen: a direct JSON_OBJECT / JSON_ARRAY argument is inserted as raw JSON
      const arg = c.args[0]!;
      return this.fn('JSON_STRING', [this.rawJson(this.translate(arg), arg)], c);
    }
    if (name === 'PROCTIME' && c.args.length === 0 && this.ctx.registry.scalar('PROCTIME') === undefined) {
      // The processing-time attribute: the wall clock when the row is processed.
      const t: LogicalType = {
        kind: 'TIMESTAMP_LTZ',
        precision: 3,
        nullable: false,
        timeAttribute: 'PROCTIME',
      };
      return { ...call('PROCTIME', [], t, this.text(c)), span: c.span };
    }
    if (name === 'CURRENT_WATERMARK' && reg.scalar(name) === undefined) {
      const args = c.args.map((a) => this.translate(a));
      const t = args[0]?.type;
      // A wrong argument count fails Calcite's operand-count check before Flink's input strategy.
      if (args.length !== 1)
        throw validationError(
          `No match found for function signature CURRENT_WATERMARK(${args.map((a) => `<${calciteFamily(a.type)}>`).join(', ')}).\nSupported signatures are:\nCURRENT_WATERMARK(<TIMESTAMP_WITHOUT_TIME_ZONE *ROWTIME*>)\nCURRENT_WATERMARK(<TIMESTAMP_WITH_LOCAL_TIME_ZONE *ROWTIME*>)`,
          c.span,
        );
      if (args.length !== 1 || t === undefined || !('timeAttribute' in t) || t.timeAttribute !== 'ROWTIME')
        throw validationError(
          `Invalid function call:\nCURRENT_WATERMARK(${args.map((a) => formatType(a.type)).join(', ')})\nThe argument of CURRENT_WATERMARK must be a rowtime attribute (a column with a WATERMARK declaration)`,
          c.span,
        );
      // The watermark of the evaluating operator's input (NULL before the first), typed as the
      // rowtime attribute without its time-attribute property: TIMESTAMP(3) or TIMESTAMP_LTZ(3).
      const wt: LogicalType = {
        kind: t.kind === 'TIMESTAMP_LTZ' ? 'TIMESTAMP_LTZ' : 'TIMESTAMP',
        precision: 3,
        nullable: true,
      };
      return { ...call('CURRENT_WATERMARK', args, wt, this.text(c)), span: c.span };
    }
    if (
      (name === 'CURRENT_DATABASE' || name === 'CURRENT_CATALOG') &&
      c.args.length === 0 &&
      this.ctx.session
    ) {
      const v = name === 'CURRENT_DATABASE' ? this.ctx.session.database : this.ctx.session.catalog;
      return lit(v, stringType(false));
    }
    if (name === 'COALESCE') {
      const args = c.args.map((a) => this.translate(a));
      const t = commonType(args.map((a) => a.type));
      if (t === undefined)
        throw validationError(`Illegal mixing of types in CASE or COALESCE statement`, c.span);
      return call(
        'COALESCE',
        args.map((a) => coerceTo(a, t)),
        withNullable(
          t,
          args.every((a) => a.type.nullable),
        ),
        this.text(c),
      );
    }
    if (name === 'IF' && c.args.length === 3) {
      const args = c.args.map((a) => this.translate(a));
      const t = commonType([args[1]!.type, args[2]!.type]);
      // Flink's IF is a Calcite function with an OR of operand families (FlinkSqlOperatorTable):
      // mixed families fail its "Cannot apply" check (ScalarFunctionsValidationTest#testInvalidIf)
      if (t === undefined)
        throw validationError(
          `Cannot apply 'IF' to arguments of type 'IF(${args.map((a) => `<${calciteTypeText(a.type)}>`).join(', ')})'. ` +
            `Supported form(s): 'IF(<BOOLEAN>, <NUMERIC>, <NUMERIC>)'\n'IF(<BOOLEAN>, <CHARACTER>, <CHARACTER>)'\n` +
            `'IF(<BOOLEAN>, <BOOLEAN>, <BOOLEAN>)'\n'IF(<BOOLEAN>, <BINARY>, <BINARY>)'\n'IF(<BOOLEAN>, <DATE>, <DATE>)'\n` +
            `'IF(<BOOLEAN>, <TIMESTAMP>, <TIMESTAMP>)'\n'IF(<BOOLEAN>, <TIME>, <TIME>)'`,
          c.span,
        );
      return call('CASE', [args[0]!, coerceTo(args[1]!, t), coerceTo(args[2]!, t)], t, this.text(c));
    }
    return this.fn(
      name,
      c.args.map((a) => this.translate(a)),
      c,
    );
  }

  /** A registry call with its type inference; errors get the call's position. */
  fn(
    name: string,
    args: RexExpr[],
    node: Expr | { span: Span },
    display?: string,
    forced?: LogicalType,
  ): RexExpr {
    const def = this.ctx.registry.scalar(name);
    // Calcite names the function as written (table.q: "… signature invalid_function()")
    if (def === undefined) throw this.unknownFunction(name, args, node);
    if (!def.deterministic) this.ctx.nonDeterministic.push({ name, span: node.span });
    let type: LogicalType;
    try {
      const literals = args.map((a) => (a.k === 'lit' ? decodeValue(a.value) : undefined));
      type =
        forced ??
        def.inferType(
          args.map((a) => a.type),
          literals,
        );
    } catch (err) {
      const diags = (err as { diagnostics?: { span?: unknown }[] }).diagnostics;
      if (diags !== undefined && diags[0]?.span !== undefined) throw err;
      throw validationError(err instanceof Error ? err.message : String(err), node.span);
    }
    void display;
    return { ...call(name, args, type, this.text(node)), span: node.span };
  }
}

/** A NOT NULL BOOLEAN TRUE literal (a filter that keeps everything). */
export const TRUE_LITERAL: RexExpr = lit(true, notNull(booleanType()));
