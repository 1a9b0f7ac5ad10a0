/**
 * Typed SQL expressions for the fuzz generator: columns, literals of every pool type (edge
 * values, NULL), probed built-in calls and operators, CAST / TRY_CAST between random types,
 * CASE, IN, BETWEEN, LIKE … ESCAPE, EXTRACT, TRIM, POSITION, OVERLAY, SUBSTRING … FROM,
 * TIMESTAMPADD / TIMESTAMPDIFF, FLOOR / CEIL … TO, JSON_VALUE / JSON_QUERY / JSON_OBJECT /
 * JSON_ARRAY, element access (`a[i]`, `m[k]`, `r.f`) and scalar / IN / EXISTS subqueries —
 * plus, on purpose, calls with a random arity and random argument types.
 */
import type { Rand } from './rand.js';
import { CALL_NAMES, SCALARS_BY_RESULT, SCALAR_SIGS, type Sig } from './signatures.js';
import { BY_FAMILY, TYPE_POOL, type PoolType } from './type-pool.js';

/** A column in scope. */
export interface Column {
  /** How to refer to it (maybe qualified, maybe quoted). */
  readonly ref: string;
  readonly pool: PoolType;
}

/** What an expression may use. */
export interface ExprScope {
  readonly columns: readonly Column[];
  /** A subquery over a source table returning one column of `family` (when allowed). */
  subquery?(family: string, r: Rand): string | undefined;
}

/** A generated expression and the family it was generated for. */
export interface GenExpr {
  readonly sql: string;
  readonly family: string;
}

const UNITS = [
  'YEAR',
  'QUARTER',
  'MONTH',
  'WEEK',
  'DAY',
  'HOUR',
  'MINUTE',
  'SECOND',
  'MILLISECOND',
  'MICROSECOND',
  'NANOSECOND',
  'DOW',
  'DOY',
  'EPOCH',
  'DECADE',
  'CENTURY',
  'MILLENNIUM',
  'ISODOW',
  'ISOYEAR',
];
const TS_UNITS = [
  'YEAR',
  'QUARTER',
  'MONTH',
  'WEEK',
  'DAY',
  'HOUR',
  'MINUTE',
  'SECOND',
  'MILLISECOND',
  'MICROSECOND',
  'NANOSECOND',
  'SQL_TSI_DAY',
  'DAYS',
];
const CAST_TARGETS = [
  ...TYPE_POOL.map((p) => p.sql),
  'DECIMAL(38, 0)',
  'DECIMAL(5, 5)',
  'DECIMAL(1, 0)',
  'VARCHAR(2)',
  'CHAR(1)',
  'TIME(3)',
  'TIMESTAMP(0)',
  'TIMESTAMP_LTZ(9)',
  'ARRAY<BIGINT>',
  'ARRAY<DOUBLE>',
  'MAP<INT, STRING>',
  'ROW<x STRING, y DOUBLE>',
  'ARRAY<ROW<a INT>>',
  'INTERVAL SECOND(3)',
  'INTERVAL MONTH',
  'BINARY(1)',
  'VARBINARY(3)',
];
const JSON_PATHS = [
  "'$'",
  "'$.a'",
  "'$.a[1]'",
  "'$.a[*]'",
  "'strict $.b'",
  "'lax $.x.y'",
  "'$[0]'",
  "'$.'",
  "'a'",
];

/** Generates expressions within a scope. */
export class ExprGen {
  /** Probability that a call node is deliberately ill-typed. */
  illTyped = 0.02;

  constructor(
    private readonly r: Rand,
    private readonly scope: ExprScope,
  ) {}

  /** A random family: of a column (most of the time) or of the pool. */
  anyFamily(): string {
    const cols = this.scope.columns;
    if (cols.length > 0 && this.r.chance(0.6)) return this.r.pick(cols).pool.family;
    return this.r.pick(TYPE_POOL).family;
  }

  /** An expression of `family` (any family when undefined), at most `depth` calls deep. */
  expr(family: string | undefined, depth: number): GenExpr {
    const f = family ?? this.anyFamily();
    const r = this.r;
    if (depth <= 0 || r.chance(0.25)) return this.leaf(f);
    if (r.chance(this.illTyped)) return { sql: this.illTypedCall(depth), family: f };
    const k = r.int(0, 9);
    if (k <= 4) {
      const sigs = SCALARS_BY_RESULT.get(f);
      if (sigs && sigs.length > 0) return { sql: this.call(r.pick(sigs), depth), family: f };
    }
    if (k === 5) return { sql: this.cast(f, depth), family: f };
    if (k === 6) return { sql: this.caseExpr(f, depth), family: f };
    if (k === 7) {
      const s = this.special(f, depth);
      if (s !== undefined) return { sql: s, family: f };
    }
    if (k === 8) {
      const s = this.access(f, depth);
      if (s !== undefined) return { sql: s, family: f };
      const q = r.chance(0.1) ? this.scope.subquery?.(f, r) : undefined;
      if (q !== undefined) return { sql: `(${q})`, family: f };
    }
    const sigs = SCALARS_BY_RESULT.get(f);
    if (sigs && sigs.length > 0) return { sql: this.call(r.pick(sigs), depth), family: f };
    return this.leaf(f);
  }

  /** A boolean condition. */
  cond(depth: number): string {
    return this.expr('BOOLEAN', depth).sql;
  }

  /** A column or a literal of `family`. */
  leaf(family: string): GenExpr {
    const r = this.r;
    const cols = this.scope.columns.filter((c) => c.pool.family === family);
    if (cols.length > 0 && r.chance(0.6)) return { sql: r.pick(cols).ref, family };
    return { sql: this.literal(family), family };
  }

  /** A literal of `family` (sometimes NULL, typed or not). */
  literal(family: string): string {
    const r = this.r;
    const pools = BY_FAMILY.get(family) ?? [r.pick(TYPE_POOL)];
    const p = r.pick(pools);
    if (r.chance(0.08)) return r.chance(0.5) ? 'NULL' : `CAST(NULL AS ${p.sql})`;
    return p.literal(r);
  }

  private args(sig: Sig, depth: number): string[] {
    return sig.args.map((a) => this.expr(a.family, depth - 1).sql);
  }

  /** A call written in the signature's syntax. */
  call(sig: Sig, depth: number): string {
    const a = this.args(sig, depth);
    switch (sig.syntax) {
      case 'binary':
        if (sig.name === 'LIKE' || sig.name === 'NOT LIKE') {
          if (this.r.chance(0.3))
            return `(${a[0]} ${sig.name} ${a[1]} ESCAPE ${this.r.pick(["'\\'", "'!'", "''", "'ab'"])})`;
        }
        return `(${a[0]} ${sig.name} ${a[1]})`;
      case 'prefix':
        return `(${sig.name} ${a[0]})`;
      case 'postfix':
        return `(${a[0]} ${sig.name})`;
      case 'between':
        return `(${a[0]} ${sig.name} ${a[1]} AND ${a[2]})`;
      default:
        return `${sig.name}(${a.join(', ')})`;
    }
  }

  /** A call with a random name, arity and argument types (usually invalid). */
  illTypedCall(depth: number): string {
    const r = this.r;
    const name = r.chance(0.8) ? r.pick(CALL_NAMES) : r.pick(SCALAR_SIGS).name;
    const n = r.int(0, 4);
    const args = Array.from({ length: n }, () => this.expr(undefined, Math.min(depth - 1, 1)).sql);
    return `${name}(${args.join(', ')})`;
  }

  private cast(family: string, depth: number): string {
    const r = this.r;
    const pools = BY_FAMILY.get(family);
    const target = pools && r.chance(0.8) ? r.pick(pools).sql : r.pick(CAST_TARGETS);
    const fn = r.chance(0.4) ? 'TRY_CAST' : 'CAST';
    // Mostly a source that can be cast (the same family, or text); sometimes anything.
    const from = r.chance(0.4) ? family : r.chance(0.5) ? 'STRING' : undefined;
    return `${fn}(${this.expr(from, depth - 1).sql} AS ${target})`;
  }

  private caseExpr(family: string, depth: number): string {
    const r = this.r;
    const n = r.int(1, 3);
    if (r.chance(0.3)) {
      const subjFam = this.anyFamily();
      const whens = Array.from(
        { length: n },
        () => `WHEN ${this.expr(subjFam, depth - 1).sql} THEN ${this.expr(family, depth - 1).sql}`,
      );
      return `CASE ${this.expr(subjFam, depth - 1).sql} ${whens.join(' ')}${r.chance(0.5) ? ` ELSE ${this.expr(family, depth - 1).sql}` : ''} END`;
    }
    const whens = Array.from(
      { length: n },
      () => `WHEN ${this.cond(depth - 1)} THEN ${this.expr(family, depth - 1).sql}`,
    );
    return `CASE ${whens.join(' ')}${r.chance(0.6) ? ` ELSE ${this.expr(family, depth - 1).sql}` : ''} END`;
  }

  /** Element access producing `family`: a[i], m[k], r.a, r.b. */
  private access(family: string, depth: number): string | undefined {
    const r = this.r;
    if (family === 'INT' && r.chance(0.5)) {
      return `(${this.expr('ARRAY<INT>', depth - 1).sql})[${r.pick(['1', '0', '-1', '3', '2147483647', this.expr('INT', 0).sql])}]`;
    }
    if (family === 'STRING' && r.chance(0.5)) {
      return `(${this.expr('ARRAY<STRING>', depth - 1).sql})[${r.pick(['1', '2', '0'])}]`;
    }
    if (family === 'INT')
      return `(${this.expr('MAP<STRING,INT>', depth - 1).sql})[${this.expr('STRING', 0).sql}]`;
    const rowCols = this.scope.columns.filter((c) => c.pool.family === 'ROW');
    if (rowCols.length > 0 && (family === 'INT' || family === 'STRING')) {
      return `${r.pick(rowCols).ref}.${family === 'INT' ? 'a' : r.pick(['b', 'c', '`b`'])}`;
    }
    return undefined;
  }

  /** The forms with their own syntax. */
  private special(family: string, depth: number): string | undefined {
    const r = this.r;
    const e = (f: string): string => this.expr(f, depth - 1).sql;
    const dt = (): string => e(r.pick(['DATE', 'TIMESTAMP', 'TIME', 'TIMESTAMP_LTZ']));
    switch (family) {
      case 'BOOLEAN': {
        const k = r.int(0, 5);
        const f = this.anyFamily();
        if (k === 0) {
          const n = r.int(1, 4);
          return `(${e(f)} ${r.pick(['IN', 'NOT IN'])} (${Array.from({ length: n }, () => e(r.chance(0.9) ? f : this.anyFamily())).join(', ')}))`;
        }
        if (k === 1) {
          const q = r.chance(0.1) ? this.scope.subquery?.(f, r) : undefined;
          if (q !== undefined) return `(${e(f)} ${r.pick(['IN', 'NOT IN'])} (${q}))`;
          return `(${e('STRING')} IS JSON${r.pick(['', ' VALUE', ' SCALAR', ' ARRAY', ' OBJECT'])})`;
        }
        if (k === 2) {
          const q = r.chance(0.1) ? this.scope.subquery?.(f, r) : undefined;
          if (q !== undefined) return `${r.pick(['EXISTS', 'NOT EXISTS'])} (${q})`;
          return undefined;
        }
        if (k === 3)
          return `JSON_EXISTS(${e('STRING')}, ${r.pick(JSON_PATHS)}${r.pick(['', ' TRUE ON ERROR', ' ERROR ON ERROR', ' UNKNOWN ON ERROR'])})`;
        if (k === 4) return `(${e(f)} IS ${r.pick(['', 'NOT '])}DISTINCT FROM ${e(f)})`;
        return `(${e('STRING')} ${r.pick(['LIKE', 'NOT LIKE', 'SIMILAR TO'])} ${e('STRING')})`;
      }
      case 'BIGINT':
        if (r.chance(0.5)) return `EXTRACT(${r.pick(UNITS)} FROM ${dt()})`;
        return `TIMESTAMPDIFF(${r.pick(TS_UNITS)}, ${dt()}, ${dt()})`;
      case 'INT':
        if (r.chance(0.5)) return `TIMESTAMPDIFF(${r.pick(TS_UNITS)}, ${dt()}, ${dt()})`;
        return `POSITION(${e('STRING')} IN ${e('STRING')}${r.chance(0.3) ? ` FROM ${e('INT')}` : ''})`;
      case 'STRING': {
        const k = r.int(0, 6);
        if (k === 0)
          return `TRIM(${r.pick(['', 'BOTH ', 'LEADING ', 'TRAILING '])}${r.chance(0.7) ? `${e('STRING')} ` : ''}FROM ${e('STRING')})`;
        if (k === 1)
          return `OVERLAY(${e('STRING')} PLACING ${e('STRING')} FROM ${e('INT')}${r.chance(0.5) ? ` FOR ${e('INT')}` : ''})`;
        if (k === 2)
          return `SUBSTRING(${e('STRING')} FROM ${e('INT')}${r.chance(0.5) ? ` FOR ${e('INT')}` : ''})`;
        if (k === 3) {
          const ret = r.pick([
            '',
            ' RETURNING INT',
            ' RETURNING DOUBLE',
            ' RETURNING BOOLEAN',
            ' RETURNING DECIMAL(5, 2)',
            ' RETURNING DATE',
          ]);
          const dflt = r.pick(["DATE '2020-01-01'", "'x'", '1']);
          return `JSON_VALUE(${e('STRING')}, ${r.pick(JSON_PATHS)}${ret}${r.pick(['', ' NULL ON EMPTY', ` DEFAULT ${dflt} ON EMPTY`, ' ERROR ON EMPTY'])}${r.pick(['', ' NULL ON ERROR', ' ERROR ON ERROR', ` DEFAULT ${dflt} ON ERROR`])})`;
        }
        if (k === 4)
          return `JSON_QUERY(${e('STRING')}, ${r.pick(JSON_PATHS)}${r.pick(['', ' WITH WRAPPER', ' WITHOUT ARRAY WRAPPER', ' WITH CONDITIONAL ARRAY WRAPPER', ' WITH UNCONDITIONAL WRAPPER'])}${r.pick(['', ' EMPTY ARRAY ON EMPTY', ' EMPTY OBJECT ON ERROR', ' ERROR ON ERROR', ' NULL ON EMPTY'])})`;
        if (k === 5) {
          const n = r.int(0, 3);
          const kv = Array.from(
            { length: n },
            (_, i) =>
              `${r.chance(0.5) ? 'KEY ' : ''}${r.chance(0.9) ? `'k${i % 2}'` : e('STRING')} ${r.chance(0.8) ? 'VALUE' : ':'} ${r.chance(0.2) ? `JSON_ARRAY(${e(this.anyFamily())})` : e(this.anyFamily())}`,
          );
          return `JSON_OBJECT(${kv.join(', ')}${r.pick(['', ' NULL ON NULL', ' ABSENT ON NULL'])})`;
        }
        {
          const n = r.int(0, 3);
          return `JSON_ARRAY(${Array.from({ length: n }, () => e(this.anyFamily())).join(', ')}${r.pick(['', ' NULL ON NULL', ' ABSENT ON NULL'])})`;
        }
      }
      case 'TIMESTAMP':
      case 'TIMESTAMP_LTZ':
      case 'DATE':
      case 'TIME':
        if (r.chance(0.5)) return `TIMESTAMPADD(${r.pick(TS_UNITS)}, ${e('INT')}, ${e(family)})`;
        return `${r.pick(['FLOOR', 'CEIL'])}(${e(family)} TO ${r.pick(UNITS)})`;
      case 'DOUBLE':
      case 'DECIMAL':
        return `${r.pick(['FLOOR', 'CEIL', 'ROUND', 'TRUNCATE', 'ABS'])}(${e(family)})`;
      default:
        return undefined;
    }
  }
}
