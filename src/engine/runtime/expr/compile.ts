/**
 * Compiles typed expressions to JavaScript once per statement (DESIGN.md, Speed): a projection
 * and filter become one `new Function` whose body evaluates every expression inline, with
 * function implementations and non-primitive constants bound as parameters. NULL handling:
 * null-strict calls skip the implementation when an argument is NULL; AND, OR, NOT, CASE,
 * COALESCE, IS [NOT] NULL and IF are compiled as special forms with SQL's three-valued logic
 * and lazy evaluation (a CASE branch that divides by zero only fails when taken).
 */
import { EddyError, ExecutionError, InternalError, SqlError, type Span } from '../../../common/errors.js';
import type { Row, RowKind } from '../batch.js';
import { decodeValue } from '../plan/encode-value.js';
import type { RexExpr } from '../plan/expr.js';
import { SubexpressionKeys } from './cse.js';
import { integerComparison, isInlineIntegerComparison } from './inline-compare.js';
import { isInlineStringEquality, stringEquality } from './inline-string.js';
import { lowerEquality, lowerEqualityCode, lowerEquals, type LowerEquality } from './inline-lower.js';
import { LowerGroups, lowerGroupCode, lowerMemberCode } from './inline-lower-group.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { paramExtract, paramExtractor } from './inline-regexp.js';
import { paramExtractCode } from './inline-regexp-code.js';
import {
  datetimePlusIntervalCode,
  datetimePlusIntervalNumber,
  inlineDatetimePlusInterval,
} from './inline-datetime.js';
import { dateFormatCode, dateFormatMemo, type DateFormatImpl } from './inline-date-format.js';
import type { FunctionRegistry } from './function-api.js';
import { evaluationOrder, isSafe } from './reorder.js';
import { splitCall, splitFieldCode, SplitGroups, splitScanCode } from './inline-split.js';
import { memoCode, StringMemo } from './string-memo.js';

/** Per-statement settings the generated code depends on. */
export interface CompileContext {
  readonly registry: FunctionRegistry;
  readonly timeZone: string;
  /**
   * The watermark the evaluating operator has received (ms; null before the first), read by
   * CURRENT_WATERMARK. Only a Calc operator provides one.
   */
  readonly currentWatermark?: { value: number | null };
}

/** EDDY_DUMP_CODEGEN=1 prints each generated function on stderr (for reading hot paths). */
function dumpCode(text: string): void {
  if (process.env['EDDY_DUMP_CODEGEN'] === '1') process.stderr.write(`${text}\n`);
}

/** `row[i].field`: as cheap to read again as a shared local. */
function isFieldOfRef(e: Extract<RexExpr, { k: 'call' }>): boolean {
  return e.op === 'FIELD' && e.args[0]!.k === 'ref';
}

class Codegen {
  readonly bound: unknown[] = [];
  /** Locals the caller's generated code declares besides the temporaries (declared with them). */
  readonly extraLocals: string[] = [];
  private temps = 0;
  private readonly cse: SubexpressionKeys;
  /** Shared sub-expressions: key → the local holding its value for the current row, and its code. */
  private readonly memo = new Map<string, { local: string; code: string }>();
  /** SPLIT_INDEX calls sharing one scan per value and row. */
  private readonly splits = new SplitGroups();
  /** `LOWER(x) = 'literal'` comparisons on one value decided together. */
  private readonly lowers = new LowerGroups();
  /** Groups whose value is scanned, for every row, before the code generated from now on. */
  private readonly scanned = new Set<string>();
  /** The last SPLIT_INDEX call generated as a group's call, and its group (see {@link root}). */
  private lastSplit: { call: RexExpr; local: string } | null = null;

  constructor(private readonly ctx: CompileContext) {
    this.cse = new SubexpressionKeys(ctx.registry);
  }

  /**
   * Declares the expressions the generated function evaluates (per row), so that a
   * sub-expression occurring more than once is computed once per row into a local. Call before
   * generating any code.
   */
  share(exprs: readonly RexExpr[]): this {
    for (const e of exprs) this.cse.count(e);
    this.splits.collect(
      exprs,
      (x) => this.cse.key(x),
      (x) => this.isBuiltin(x),
    );
    this.lowers.collect(
      exprs,
      (x) => this.lowerMatch(x),
      (x) => this.cse.key(x),
    );
    return this;
  }

  bind(v: unknown): string {
    this.bound.push(v);
    return `k${this.bound.length - 1}`;
  }

  temp(): string {
    return `t${this.temps++}`;
  }

  declarations(): string {
    const names = [
      ...this.extraLocals,
      ...Array.from({ length: this.temps }, (_, i) => `t${i}`),
      ...Array.from(this.memo.values(), (m) => m.local),
      ...this.splits.locals(),
      ...this.lowers.locals(),
    ];
    return names.length === 0 ? '' : `let ${names.join(', ')};\n`;
  }

  /** Statements forgetting the shared values of the previous row (for loops over rows). */
  resetShared(): string {
    return [
      ...Array.from(this.memo.values(), (m) => m.local),
      ...this.splits.valueLocals(),
      ...this.lowers.locals(),
    ]
      .map((local) => `${local} = undefined;\n`)
      .join('');
  }

  expr(e: RexExpr): string {
    // a comparison of a LOWER group is as cheap as reading a shared local: never memoised
    const group = e.k === 'call' ? this.lowerGroupMember(e) : null;
    if (group !== null) return group;
    if (e.k === 'call' && this.cse.shared(e) && !isFieldOfRef(e)) {
      // Lazy: computed where first needed (a CASE branch not taken never computes it, so no
      // error is raised that the unshared code would not raise), then read from the local.
      // No expression value is `undefined` (SQL NULL is null).
      const key = this.cse.key(e)!;
      let m = this.memo.get(key);
      if (m === undefined) {
        m = { local: `c${this.memo.size}`, code: '' };
        this.memo.set(key, m);
        m.code = this.unshared(e);
      }
      return `(${m.local} !== undefined ? ${m.local} : (${m.local} = ${m.code}))`;
    }
    return this.unshared(e);
  }

  /**
   * Code that is JS `true` exactly when `e` is SQL TRUE, for where NULL and FALSE mean the same
   * (a filter, a CASE condition): AND / OR become `&&` / `||` without the temporaries and NULL
   * tests of three-valued logic. The same operands are evaluated, except that an AND stops at a
   * NULL operand too, which is taken only when every operand can raise no error (isSafe).
   */
  truth(e: RexExpr): string {
    const member = e.k === 'call' ? this.lowerGroupMember(e, true) : null;
    if (member !== null) return member;
    if (e.k !== 'call' || (this.cse.shared(e) && !isFieldOfRef(e))) return `(${this.expr(e)} === true)`;
    switch (e.op) {
      case 'OR':
        return `(${evaluationOrder(e.args)
          .map((x) => this.truth(x))
          .join(' || ')})`;
      case 'AND':
        if (!e.args.every(isSafe)) break;
        return `(${evaluationOrder(e.args)
          .map((x) => this.truth(x))
          .join(' && ')})`;
      case 'NOT':
        return `(${this.expr(e.args[0]!)} === false)`;
      case 'IS TRUE':
        return this.truth(e.args[0]!);
      case 'CASE': {
        // the branch taken is the one the value form takes; only its result is tested
        const a = e.args;
        let code = a.length % 2 === 1 ? this.truth(a[a.length - 1]!) : 'false';
        for (let i = a.length - (a.length % 2 === 1 ? 3 : 2); i >= 0; i -= 2) {
          code = `(${this.truth(a[i]!)} ? ${this.truth(a[i + 1]!)} : ${code})`;
        }
        return code;
      }
    }
    return `(${this.expr(e)} === true)`;
  }

  private unshared(e: RexExpr): string {
    switch (e.k) {
      case 'ref':
        return `row[${e.index}]`;
      case 'lit':
        return this.literal(decodeValue(e.value));
      case 'call':
        return this.call(e);
    }
  }

  private literal(v: unknown): string {
    if (v === null || v === undefined) return 'null';
    switch (typeof v) {
      case 'number':
        return Number.isFinite(v) && !Object.is(v, -0) ? String(v) : this.bind(v);
      case 'bigint':
        return `${v}n`;
      case 'boolean':
        return String(v);
      case 'string':
        return JSON.stringify(v);
      default:
        return this.bind(v);
    }
  }

  private call(e: Extract<RexExpr, { k: 'call' }>): string {
    const a = e.op === 'AND' || e.op === 'OR' ? evaluationOrder(e.args) : e.args;
    switch (e.op) {
      case 'AND': {
        // NULL AND FALSE = FALSE; NULL AND TRUE = NULL.
        let code = this.expr(a[0]!);
        for (let i = 1; i < a.length; i++) {
          const l = this.temp();
          const r = this.temp();
          code = `((${l} = ${code}) === false ? false : ((${r} = ${this.expr(a[i]!)}) === false ? false : (${l} === null || ${r} === null ? null : true)))`;
        }
        return code;
      }
      case 'OR': {
        let code = this.expr(a[0]!);
        for (let i = 1; i < a.length; i++) {
          const l = this.temp();
          const r = this.temp();
          code = `((${l} = ${code}) === true ? true : ((${r} = ${this.expr(a[i]!)}) === true ? true : (${l} === null || ${r} === null ? null : false)))`;
        }
        return code;
      }
      case 'NOT': {
        const t = this.temp();
        return `((${t} = ${this.expr(a[0]!)}) === null ? null : !${t})`;
      }
      case 'IS NULL':
        return `(${this.expr(a[0]!)} === null)`;
      case 'IS NOT NULL':
        return `(${this.expr(a[0]!)} !== null)`;
      case 'IS TRUE':
        return `(${this.expr(a[0]!)} === true)`;
      case 'IS NOT TRUE':
        return `(${this.expr(a[0]!)} !== true)`;
      case 'IS FALSE':
        return `(${this.expr(a[0]!)} === false)`;
      case 'IS NOT FALSE':
        return `(${this.expr(a[0]!)} !== false)`;
      case 'CASE': {
        // args: cond1, value1, cond2, value2, …, [else]
        let code = a.length % 2 === 1 ? this.expr(a[a.length - 1]!) : 'null';
        for (let i = a.length - (a.length % 2 === 1 ? 3 : 2); i >= 0; i -= 2) {
          code = `(${this.truth(a[i]!)} ? ${this.expr(a[i + 1]!)} : ${code})`;
        }
        return code;
      }
      case 'PROCTIME':
        return 'Date.now()';
      case 'CURRENT_WATERMARK': {
        const cell = this.ctx.currentWatermark;
        if (cell === undefined) {
          const message = 'CURRENT_WATERMARK is supported in projections and filters (SELECT and WHERE) only';
          throw new SqlError('EDDY_SQL_VALIDATE', message, [
            { message, ...(e.span ? { span: e.span } : {}) },
          ]);
        }
        return `${this.bind(cell)}.value`;
      }
      case 'FIELD': {
        // ROW field access by position (the validator resolved the name).
        const t = this.temp();
        const i = Number(decodeValue((a[1] as { value: unknown }).value));
        return `((${t} = ${this.expr(a[0]!)}) === null ? null : (${t}[${i}] ?? null))`;
      }
      case 'COALESCE': {
        let code = this.expr(a[a.length - 1]!);
        for (let i = a.length - 2; i >= 0; i--) {
          const t = this.temp();
          code = `((${t} = ${this.expr(a[i]!)}) !== null ? ${t} : ${code})`;
        }
        return code;
      }
      default:
        return this.functionCall(e);
    }
  }

  /** True when `e` calls the built-in, NULL-strict implementation of its function. */
  private isBuiltin(e: Extract<RexExpr, { k: 'call' }>): boolean {
    const def = this.ctx.registry.scalar(e.op);
    return def !== undefined && def.nullStrict && def === BUILTIN_FUNCTIONS.scalar(e.op);
  }

  /** A SPLIT_INDEX call of a group: the group's scan (once per row), then a slice. */
  private splitIndex(e: Extract<RexExpr, { k: 'call' }>): string | null {
    const c = splitCall(e);
    if (c === null || !this.isBuiltin(e)) return null;
    const g = this.splits.group(
      e,
      c,
      (x) => this.cse.key(x),
      () => `s${this.splits.locals().length}`,
    );
    if (g === null) return null;
    const scan = g.scan === null ? null : this.bind(g.scan);
    const field = splitFieldCode(g, c.index, scan);
    // Scanned by an unconditional call generated before this one: no scan code, no test.
    if (this.scanned.has(g.local)) {
      this.lastSplit = { call: e, local: g.local };
      return `(${g.local} === null ? null : ${field})`;
    }
    const t = this.temp();
    const value = this.expr(e.args[0]!);
    // set after the value's code: a SPLIT_INDEX inside it is not scanned when this group was
    this.lastSplit = { call: e, local: g.local };
    // The scanned value is `undefined` until the row's first call of the group scans it.
    const memo = g.memo === null ? null : this.bind(g.memo.memo);
    return `((${g.local} !== undefined ? ${g.local} : (${g.local} = ((${t} = ${value}) === null ? null : ${splitScanCode(g, t, scan, memo)}))) === null ? null : ${field})`;
  }

  /**
   * Statements raising `wm` (a local of the scan loop) to the row's watermark value `e`; a NULL
   * value leaves it, a value that is not a number goes through `toMillis$`. For the usual
   * `rowtime - INTERVAL '…'` on a millisecond value the result stays an unboxed double in `wn`
   * (the general form's local, NULL or a number, made V8 allocate a HeapNumber per row).
   */
  watermark(e: RexExpr): string {
    const ts = e.k === 'call' && !this.cse.shared(e) ? inlineDatetimePlusInterval(e) : -1;
    const def = e.k === 'call' ? this.ctx.registry.scalar(e.op) : undefined;
    if (e.k !== 'call' || ts < 0 || def === undefined || !def.nullStrict) {
      return `w = ${this.expr(e)};
if (w !== null) {
  wn = typeof w === 'number' ? w : +toMillis$(w);
  if (wn > wm) wm = wn;
}\n`;
    }
    const t = this.temp();
    const operand = this.expr(e.args[ts]!);
    const interval = this.expr(e.args[1 - ts]!);
    const impl = def.implement(
      e.args.map((x) => x.type),
      e.type,
      { timeZone: this.ctx.timeZone, exprText: e.text ?? e.op },
    );
    const args = ts === 0 ? `${t}, ${interval}` : `${interval}, ${t}`;
    // the library's value for the other cases (a timestamp with sub-millisecond digits)
    const general = `${this.bind(impl)}(${args})`;
    return `if ((${t} = ${operand}) !== null) {
  if (typeof ${t} === 'number') wn = ${datetimePlusIntervalNumber(e, ts, t)};
  else if ((w = ${general}) === null) wn = -Infinity;
  else wn = typeof w === 'number' ? w : +toMillis$(w);
  if (wn > wm) wm = wn;
}\n`;
  }

  /**
   * The code of a projection evaluated for every row (not inside a CASE, AND, OR or a call
   * that may skip it), before everything generated after it in the same row: when it is itself
   * a SPLIT_INDEX call of a group, every later call of the group reads the scanned value
   * without testing for it (and without a copy of the scan code).
   */
  root(e: RexExpr): string {
    this.lastSplit = null;
    const code = this.expr(e);
    // (a shared call's local may hold the value from an earlier occurrence: no scan ran here)
    // (read through a cast: `expr` sets it, which the narrowing after the reset above ignores)
    const last = this.lastSplit as { call: RexExpr; local: string } | null;
    if (e.k === 'call' && !this.cse.shared(e) && last?.call === e) this.scanned.add(last.local);
    return code;
  }

  /** The parts of `e` when it is a `LOWER(x) = 'literal'` the fast path takes (inline-lower.ts). */
  private lowerMatch(e: Extract<RexExpr, { k: 'call' }>): LowerEquality | null {
    if (!this.isBuiltin(e)) return null;
    const lower = BUILTIN_FUNCTIONS.scalar('LOWER');
    return lowerEquality(e, (x) => this.isBuiltin(x) && this.ctx.registry.scalar(x.op) === lower);
  }

  /** `e` as a comparison of a LOWER group (inline-lower-group.ts), or null when it is none. */
  private lowerGroupMember(e: Extract<RexExpr, { k: 'call' }>, truth = false): string | null {
    const c = this.lowerMatch(e);
    if (c === null) return null;
    const m = this.lowers.member(c, this.cse.key(c.arg), () => `l${this.lowers.locals().length}`);
    if (m === null) return null;
    if (m.group.code === null) {
      const [t, n, ch] = [this.temp(), this.temp(), this.temp()];
      m.group.code = lowerGroupCode(m.group.literals, this.expr(m.arg), t, n, ch, (l) =>
        this.bind(lowerEquals(l)),
      );
    }
    return lowerMemberCode(m, truth);
  }

  /** `LOWER(x) = 'literal'` compared without building LOWER(x) (inline-lower.ts). */
  private lowerEquality(e: Extract<RexExpr, { k: 'call' }>): string | null {
    const c = this.lowerMatch(e);
    if (c === null) return null;
    return lowerEqualityCode(c, this.expr(c.arg), this.temp(), this.temp(), () =>
      this.bind(lowerEquals(c.literal)),
    );
  }

  private functionCall(e: Extract<RexExpr, { k: 'call' }>): string {
    const split = this.splitIndex(e);
    if (split !== null) return split;
    const lower = this.lowerEquality(e);
    if (lower !== null) return lower;
    const def = this.ctx.registry.scalar(e.op);
    if (def === undefined) throw new InternalError(`no implementation of function ${e.op}`);
    // Fast paths replace the built-in implementations only (not a registry's own).
    const builtin = def.nullStrict && def === BUILTIN_FUNCTIONS.scalar(e.op);
    const inline = def.nullStrict && (isInlineIntegerComparison(e) || (builtin && isInlineStringEquality(e)));
    // A constant query-parameter pattern: a string search instead of the RegExp.
    const param = builtin ? paramExtract(e) : null;
    const special = param === null ? null : paramExtractor(param.pattern, param.group);
    const impl =
      inline || special !== null
        ? null
        : def.implement(
            e.args.map((x) => x.type),
            e.type,
            { timeZone: this.ctx.timeZone, exprText: e.text ?? e.op },
          );
    // DATE_FORMAT with a constant pattern: the previous text while the value stays in its unit.
    const memo = builtin && impl !== null ? dateFormatMemo(e, impl as DateFormatImpl) : null;
    const f = inline || memo !== null ? '' : special !== null ? this.bind(special) : this.bind(impl);
    if (!def.nullStrict || e.args.length === 0) {
      return `${f}(${e.args.map((x) => this.expr(x)).join(', ')})`;
    }
    // A non-NULL literal argument needs neither a temporary nor a NULL test.
    const values: string[] = [];
    const tests: string[] = [];
    for (const x of e.args) {
      if (x.k === 'lit' && x.value !== null) values.push(this.expr(x));
      else {
        const t = this.temp();
        tests.push(`(${t} = ${this.expr(x)}) === null`);
        values.push(t);
      }
    }
    const ts = inline ? -1 : inlineDatetimePlusInterval(e);
    const call = inline
      ? isInlineStringEquality(e)
        ? stringEquality(e, (i) => values[i]!)
        : integerComparison(e, (i) => values[i]!)
      : ts >= 0
        ? datetimePlusIntervalCode(e, ts, values, f, () => this.temp())
        : memo !== null
          ? dateFormatCode(this.bind(memo), values[0]!)
          : param !== null
            ? this.paramExtractMemo(
                e,
                values[0]!,
                paramExtractCode(param, values[0]!, f, () => this.temp()) ?? `${f}(${values[0]!})`,
              )
            : `${f}(${values.join(', ')})`;
    if (tests.length === 0) return call;
    return `(${tests.join(' || ')} ? null : ${call})`;
  }

  /**
   * A query-parameter REGEXP_EXTRACT (`code`, on the string in local `value`) through a
   * {@link StringMemo}: two `indexOf` and a slice per value (~75 ns) against a lookup (~35 ns)
   * when the column repeats its values (Nexmark q21's URLs).
   */
  private paramExtractMemo(e: Extract<RexExpr, { k: 'call' }>, value: string, code: string): string {
    if (e.args[0]!.k === 'lit') return code;
    const entry = this.temp();
    return memoCode(this.bind(new StringMemo()), value, entry, {
      hit: entry,
      compute: `${entry} = ${code}`,
      stored: entry,
      result: entry,
    });
  }

  /** Compiles `fnText` (a function expression using the bound constants) once. */
  buildFunction<T>(fnText: string, extra: Record<string, unknown> = {}): T {
    const params = [...this.bound.map((_, i) => `k${i}`), ...Object.keys(extra)];
    dumpCode(fnText);
    try {
      const factory = new Function(...params, `"use strict";\nreturn ${fnText};`);
      return factory(...this.bound, ...Object.values(extra)) as T;
    } catch (err) {
      throw new InternalError(`generated code does not compile: ${String(err)}\n${fnText}`);
    }
  }

  build<T>(body: string): T {
    const params = this.bound.map((_, i) => `k${i}`);
    dumpCode(body);
    try {
      // One compiled function per statement, never per row.
      const factory = new Function(
        ...params,
        `"use strict";\nreturn function (row) {\n${this.declarations()}${body}\n};`,
      );
      return factory(...this.bound) as T;
    } catch (err) {
      if (err instanceof SqlError) throw err;
      throw new InternalError(`generated code does not compile: ${String(err)}\n${body}`);
    }
  }
}

/**
 * A projection and filter as one function: the projected row, or null when `condition` is not
 * TRUE. `projects` null keeps the row as is (filter only).
 */
export function compileCalc(
  projects: readonly RexExpr[] | null,
  condition: RexExpr | null,
  ctx: CompileContext,
): (row: Row) => Row | null {
  const exprs = [...(condition !== null ? [condition] : []), ...(projects ?? [])];
  const g = new Codegen(ctx).share(exprs);
  let body = '';
  if (condition !== null) body += `if (!${g.truth(condition)}) return null;\n`;
  body += projects === null ? 'return row;' : `return [${projects.map((p) => g.root(p)).join(', ')}];`;
  const fn = g.build<(row: Row) => Row | null>(body);
  return (row) => {
    try {
      return fn(row);
    } catch (err) {
      throw locateError(err, row, exprs, ctx);
    }
  };
}

/**
 * A projection and filter over a whole batch: appends each kept row's projection to `out` and,
 * when `kinds` is given, its change kind to `outKinds`. One loop in generated code: no call and
 * no try/catch per row (an error is located after the fact, as in {@link compileCalc}).
 */
export type CalcBatchFunction = (
  rows: readonly Row[],
  kinds: readonly RowKind[] | null,
  out: Row[],
  outKinds: RowKind[] | null,
  /** Unused here (the scan form's watermark marks). */
  marks?: null,
) => void;

/** {@link compileCalc} for whole batches. */
export function compileCalcBatch(
  projects: readonly RexExpr[] | null,
  condition: RexExpr | null,
  ctx: CompileContext,
): CalcBatchFunction {
  return calcBatch(projects, condition, null, ctx) as CalcBatchFunction;
}

/**
 * A scan's work on a batch of connector rows: {@link compileCalcBatch} plus its watermark
 * expression, which sees every row (before the filter). Returns the largest watermark value
 * of the batch in epoch ms (-Infinity when every row's is NULL). One generated loop, so a
 * column the watermark and the projection both compute (the rowtime) is computed once per row.
 * With `marks`, `marks[k]` is the largest watermark value of the input rows before output row
 * k's own (so the driver can emit a watermark between rows, as Flink's assigner does).
 */
export type ScanBatchFunction = (
  rows: readonly Row[],
  kinds: readonly RowKind[] | null,
  out: Row[],
  outKinds: RowKind[] | null,
  marks?: Float64Array | null,
) => number;

/** The watermark expression of {@link compileScanBatch}; `toMillis` maps a non-number value. */
export interface WatermarkSpec {
  readonly expr: RexExpr;
  readonly toMillis: (v: unknown) => number;
}

/** {@link ScanBatchFunction} for these expressions. */
export function compileScanBatch(
  projects: readonly RexExpr[] | null,
  condition: RexExpr | null,
  watermark: WatermarkSpec,
  ctx: CompileContext,
): ScanBatchFunction {
  return calcBatch(projects, condition, watermark, ctx) as ScanBatchFunction;
}

function calcBatch(
  projects: readonly RexExpr[] | null,
  condition: RexExpr | null,
  watermark: WatermarkSpec | null,
  ctx: CompileContext,
): CalcBatchFunction | ScanBatchFunction {
  const exprs = [
    ...(watermark !== null ? [watermark.expr] : []),
    ...(condition !== null ? [condition] : []),
    ...(projects ?? []),
  ];
  const g = new Codegen(ctx).share(exprs);
  let body = '';
  if (watermark !== null) body += `pw = wm;\n${g.watermark(watermark.expr)}`;
  if (condition !== null) body += `if (!${g.truth(condition)}) continue;\n`;
  if (watermark !== null) body += `if (marks !== null) marks[o$] = pw;\n`;
  if (projects === null) body += `out[o$++] = row;\n`;
  else {
    const values = projects.map((p) => g.root(p));
    const locals = values.map((_, j) => `p${j}$`);
    body += `${values.map((v, j) => `${locals[j]} = ${v};`).join('\n')}
out[o$++] = [${locals.join(', ')}];\n`;
    g.extraLocals.push(...locals);
  }
  body += `if (kinds !== null) outKinds.push(kinds[i]);\n`;
  const locate = (err: unknown, row: Row): EddyError => locateError(err, row, exprs, ctx);
  return g.buildFunction<CalcBatchFunction | ScanBatchFunction>(
    `function (rows, kinds, out, outKinds, marks = null) {
${g.declarations()}let i = 0;
let row;
let w;
let wn;
let pw;
let wm = -Infinity;
// out is sized for every row at once and cut to the rows kept at the end: one allocation of
// its elements instead of a dozen while it grows by push (~30 bytes per row).
let o$ = out.length;
out.length = o$ + rows.length;
try {
  for (; i < rows.length; i++) {
    row = rows[i];
${g.resetShared()}${body}  }
} catch (err) {
  out.length = o$;
  throw locate$(err, rows[i]);
}
out.length = o$;
return wm;
}`,
    { locate$: locate, toMillis$: watermark?.toMillis ?? null },
  );
}

/**
 * A run-time error with the position of the expression that raised it: each expression is
 * re-evaluated alone (slow path, only after a failure) to find the first that throws.
 */
function locateError(err: unknown, row: Row, exprs: readonly RexExpr[], ctx: CompileContext): EddyError {
  let span: Span | undefined;
  for (const e of exprs) {
    try {
      compileScalar(e, ctx)(row);
    } catch {
      span = findSpan(e);
      break;
    }
  }
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof EddyError) {
    if (span === undefined || err.props['span'] !== undefined) return err;
    const copy = new ExecutionError(message, { cause: err, ...err.props, span });
    return copy;
  }
  return new ExecutionError(message, { cause: err, ...(span ? { span } : {}) });
}

function findSpan(e: RexExpr): Span | undefined {
  if (e.k !== 'call') return undefined;
  if (e.span !== undefined) return e.span;
  for (const a of e.args) {
    const s = findSpan(a);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** One expression as a function of the row. */
export function compileScalar(expr: RexExpr, ctx: CompileContext): (row: Row) => unknown {
  const g = new Codegen(ctx).share([expr]);
  return g.build(`return ${g.expr(expr)};`);
}
