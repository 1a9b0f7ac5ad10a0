/**
 * Whole scripts for the fuzz test: source tables (a VALUES view, a bounded `datagen` table, a
 * `filesystem` / `json` file the runner writes), then statements: queries (projection, WHERE,
 * GROUP BY / HAVING / GROUPING SETS / ROLLUP / CUBE, window TVFs with random arguments, set
 * operations, ORDER BY / LIMIT, UNNEST, joins, WITH, subqueries), DDL, SHOW, DESCRIBE,
 * EXPLAIN, SET / RESET, INSERT INTO (also into NOT NULL or narrower sink columns) and CREATE
 * TABLE AS, and Flink 2.x's other statements (REPLACE TABLE AS, DELETE / UPDATE / TRUNCATE /
 * ANALYZE, COMPILE / EXECUTE PLAN, CALL, STOP / DESCRIBE JOB, ADD / REMOVE JAR; see
 * `newStatement`), and session 9's constructs (session9-gen.ts). Every source is bounded, so every generated script ends by itself.
 */
import { ExprGen, type Column, type ExprScope } from './expr-gen.js';
import type { Rand } from './rand.js';
import { recentStatements } from './recent-gen.js';
import { session9Statements } from './session9-gen.js';
import { AGGREGATES_BY_RESULT, AGG_NAMES } from './signatures.js';
import { TYPE_POOL, type PoolType } from './type-pool.js';

/** A generated script and the files it reads from `${tmpdir}`. */
export interface FuzzScript {
  readonly sql: string;
  /** File name (relative to `${tmpdir}`) → content. */
  readonly files: Readonly<Record<string, string>>;
  /** Every source is bounded: the script must end by itself. */
  readonly bounded: boolean;
}

interface Table {
  readonly name: string;
  readonly columns: readonly Column[];
  /** The rowtime column, when the table has a watermark. */
  readonly rowtime?: string;
}

interface Rel {
  readonly sql: string;
  readonly columns: readonly Column[];
}

const ALIASES = ['x', 'y', 'total', '`value`', '`timestamp`', '`a b`', '`$rowtime`', 'cnt', 'X'];
const PROPS = [
  [
    "'sql.local-time-zone'",
    ["'UTC'", "'Asia/Shanghai'", "'America/Los_Angeles'", "'+08:00'", "'GMT-3'", "'Nowhere/Land'", "''"],
  ],
  ["'table.exec.mini-batch.enabled'", ["'true'", "'false'", "'maybe'"]],
  ["'table.exec.mini-batch.size'", ["'2'", "'0'", "'-1'", "'x'"]],
  ["'table.exec.mini-batch.allow-latency'", ["'1 s'", "'0 ms'", "'soon'"]],
  ["'parallelism.default'", ["'2'", "'0'"]],
  ["'table.exec.state.ttl'", ["'1 h'", "'-1'"]],
  ["'execution.runtime-mode'", ["'streaming'", "'batch'"]],
  ["'no.such.option'", ["'1'"]],
] as const;

/** Generates scripts. */
export class ScriptGen {
  private readonly tables: Table[] = [];
  private readonly files: Record<string, string> = {};
  private aliasN = 0;

  constructor(private readonly r: Rand) {}

  /** A whole script. */
  script(): FuzzScript {
    const r = this.r;
    const stmts: string[] = [];
    const nTables = r.int(1, 2);
    for (let i = 0; i < nTables; i++) stmts.push(this.table(`t${i}`));
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) stmts.push(...this.statement());
    return { sql: `${stmts.join(';\n')};\n`, files: this.files, bounded: true };
  }

  /** A script of one or two tables and one to three statements of session 9's constructs. */
  session9Script(): FuzzScript {
    const r = this.r;
    const stmts: string[] = [];
    for (let i = 0; i < r.int(1, 2); i++) stmts.push(this.table(`t${i}`));
    const scope = {
      fresh: (prefix: string) => `${prefix}${this.aliasN++}`,
      groupQuery: () => this.groupSelect(1).sql,
    };
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) stmts.push(...session9Statements(r, scope));
    return { sql: `${stmts.join(';\n')};\n`, files: this.files, bounded: true };
  }

  /**
   * A script that mostly validates, so its expressions run on edge values: one VALUES table and
   * one projection of well-typed expressions (no deliberately ill-typed calls).
   */
  focused(): FuzzScript {
    const r = this.r;
    const table = this.table('t0', 'values');
    const t = this.tables[0]!;
    const g = new ExprGen(r, { columns: t.columns });
    g.illTyped = 0;
    const items = Array.from({ length: r.int(1, 4) }, (_, i) => `${g.expr(undefined, 3).sql} AS x${i}`);
    return {
      sql: `${table};
SELECT ${items.join(', ')} FROM t0;
`,
      files: this.files,
      bounded: true,
    };
  }

  private pool(): PoolType {
    return this.r.pick(TYPE_POOL);
  }

  /**
   * Parts for a script of one's own: `n` source tables (VALUES views or JSON files, whose rows
   * are the same on every run) and a query over them, mostly a GROUP BY.
   */
  parts(n: number): { tables: string[]; query: () => string } {
    const tables = Array.from({ length: n }, (_, i) =>
      this.table(`t${i}`, this.r.pick(['values', 'json'] as const)),
    );
    return {
      tables,
      query: () => (this.r.chance(0.6) ? this.groupSelect(1).sql : this.query(2).sql),
    };
  }

  /** The files the generated tables read (file name relative to `${tmpdir}` → content). */
  scriptFiles(): Readonly<Record<string, string>> {
    return this.files;
  }

  private table(name: string, only?: 'values' | 'json'): string {
    const r = this.r;
    const kind = only ?? r.pick(['values', 'datagen', 'json'] as const);
    const n = r.int(1, 4);
    const pools: PoolType[] = Array.from({ length: n }, () => {
      const p = this.pool();
      return kind === 'datagen' && !p.datagen ? TYPE_POOL[3]! : p;
    });
    const cols = pools.map((p, i) => ({ ref: `c${i}`, pool: p }));
    const rows = r.int(0, 4);
    if (kind === 'values') {
      const gen = new ExprGen(r, { columns: [] });
      const tuples = Array.from(
        { length: Math.max(rows, 1) },
        () =>
          `(${pools.map((p) => (r.chance(0.15) ? `CAST(NULL AS ${p.sql})` : r.chance(0.8) ? `CAST(${p.literal(r)} AS ${p.sql})` : gen.expr(p.family, 1).sql)).join(', ')})`,
      );
      this.tables.push({ name, columns: cols });
      return `CREATE TEMPORARY VIEW ${name} AS SELECT * FROM (VALUES ${tuples.join(', ')}) AS v(${cols.map((c) => c.ref).join(', ')})`;
    }
    const withTs = r.chance(0.6);
    const ddlCols = pools.map((p, i) => `c${i} ${p.sql}${r.chance(0.1) ? ' NOT NULL' : ''}`);
    if (withTs) {
      ddlCols.push('ts TIMESTAMP(3)');
      ddlCols.push(
        `WATERMARK FOR ts AS ts${r.pick(['', " - INTERVAL '1' SECOND", " - INTERVAL '5' MINUTE"])}`,
      );
    }
    if (r.chance(0.1)) ddlCols.push(`cc AS ${new ExprGen(r, { columns: cols }).expr(undefined, 1).sql}`);
    const table: Table = withTs
      ? {
          name,
          columns: [...cols, { ref: 'ts', pool: TYPE_POOL.find((p) => p.sql === 'TIMESTAMP(3)')! }],
          rowtime: 'ts',
        }
      : { name, columns: cols };
    this.tables.push(table);
    let options: string[];
    if (kind === 'datagen') {
      options = ["'connector' = 'datagen'", `'number-of-rows' = '${rows}'`];
      for (const [i, p] of pools.entries()) {
        if (r.chance(0.3) && (p.family === 'INT' || p.family === 'BIGINT' || p.family === 'SMALLINT')) {
          options.push(
            `'fields.c${i}.kind' = 'sequence'`,
            `'fields.c${i}.start' = '1'`,
            `'fields.c${i}.end' = '${rows + r.int(0, 3)}'`,
          );
        } else if (r.chance(0.2) && ['INT', 'DOUBLE', 'DECIMAL', 'BIGINT'].includes(p.family)) {
          const [min, max] = r.chance(0.9)
            ? r.pick([
                ['-1', '1'],
                ['0', '10'],
                ['5', '5'],
              ])
            : r.pick([
                ['5', '-3'],
                ['x', '1'],
              ]);
          options.push(`'fields.c${i}.min' = '${min}'`, `'fields.c${i}.max' = '${max}'`);
        } else if (
          r.chance(0.2) &&
          ['STRING', 'BYTES', 'ARRAY<INT>', 'ARRAY<STRING>', 'MAP<STRING,INT>'].includes(p.family)
        ) {
          options.push(`'fields.c${i}.length' = '${r.chance(0.9) ? r.pick(['1', '3', '0']) : '-1'}'`);
        } else if (r.chance(0.1)) {
          options.push(`'fields.c${i}.null-rate' = '${r.chance(0.9) ? r.pick(['0.5', '1', '0']) : '2'}'`);
        }
      }
    } else {
      const lines: string[] = [];
      for (let i = 0; i < rows; i++) {
        const obj: Record<string, unknown> = {};
        for (const [j, p] of pools.entries())
          if (!r.chance(0.15)) obj[`c${j}`] = r.chance(0.03) ? 'garbage' : p.json(r);
        if (withTs) obj.ts = `2020-01-01 00:0${r.int(0, 9)}:${r.int(10, 59)}.${r.int(100, 999)}`;
        lines.push(JSON.stringify(obj));
      }
      if (r.chance(0.03)) lines.push('{not json');
      this.files[`${name}.jsonl`] = lines.join('\n') + (lines.length > 0 ? '\n' : '');
      options = ["'connector' = 'filesystem'", `'path' = '\${tmpdir}/${name}.jsonl'`, "'format' = 'json'"];
      if (r.chance(0.2)) options.push("'json.ignore-parse-errors' = 'true'");
    }
    return `CREATE TABLE ${name} (\n  ${ddlCols.join(',\n  ')}\n) WITH (${options.join(', ')})`;
  }

  private alias(): string {
    return this.r.chance(0.05) ? this.r.pick(ALIASES) : `x${this.aliasN++}`;
  }

  private scopeFor(columns: readonly Column[], depth: number): ExprScope {
    return {
      columns,
      subquery: depth > 0 ? (family, r) => this.scalarSubquery(family, r) : undefined,
    };
  }

  private scalarSubquery(family: string, r: Rand): string | undefined {
    for (const t of this.tables) {
      const c = t.columns.find((col) => col.pool.family === family);
      if (!c) continue;
      return r.pick([
        `SELECT ${c.ref} FROM ${t.name}`,
        `SELECT MAX(${c.ref}) FROM ${t.name}`,
        `SELECT ${c.ref} FROM ${t.name} LIMIT 1`,
      ]);
    }
    return undefined;
  }

  /** One statement (or a few that belong together). */
  statement(): string[] {
    const r = this.r;
    const t = r.pick(this.tables);
    const k = r.int(0, 28);
    if (k <= 9) return [this.query(2).sql];
    if (k >= 26)
      return session9Statements(r, {
        fresh: (prefix) => `${prefix}${this.aliasN++}`,
        groupQuery: () => this.groupSelect(1).sql,
      });
    if (k >= 23)
      return recentStatements(r, {
        tables: this.tables,
        fresh: (prefix) => `${prefix}${this.aliasN++}`,
        query: () => this.query(1).sql,
      });
    if (k >= 21) return this.newStatement(t);
    switch (k) {
      case 10:
        return [
          `EXPLAIN ${r.pick(['', 'CHANGELOG_MODE ', 'PLAN_ADVICE ', 'ESTIMATED_COST, CHANGELOG_MODE '])}${this.query(1).sql}`,
        ];
      case 11:
        return [
          r.pick([
            'SHOW TABLES',
            'SHOW VIEWS',
            'SHOW CATALOGS',
            'SHOW DATABASES',
            'SHOW FUNCTIONS',
            'SHOW USER FUNCTIONS',
            `SHOW COLUMNS FROM ${t.name}`,
            `SHOW COLUMNS IN ${t.name} LIKE 'c%'`,
            `SHOW CREATE TABLE ${t.name}`,
            `SHOW CREATE VIEW ${t.name}`,
            'SHOW CURRENT CATALOG',
            'SHOW CURRENT DATABASE',
            "SHOW TABLES LIKE 't_'",
            'SHOW JOBS',
          ]),
        ];
      case 12:
        return [
          `${r.pick(['DESCRIBE', 'DESC', 'DESCRIBE EXTENDED'])} ${r.pick([t.name, 'nope', `default_catalog.default_database.${t.name}`])}`,
        ];
      case 13: {
        const [k1, vs] = r.pick(PROPS);
        return r.chance(0.8) ? [`SET ${k1} = ${r.pick(vs)}`] : [r.pick(['RESET', `RESET ${k1}`, 'SET'])];
      }
      case 14:
        return [
          r.pick([
            'USE CATALOG default_catalog',
            'USE default_database',
            'USE CATALOG nope',
            'USE examples.marketplace',
            'USE nope',
          ]),
        ];
      case 15: {
        const q = this.query(1);
        const v = `v${this.aliasN++}`;
        this.tables.push({ name: v, columns: q.columns });
        return [`CREATE ${r.pick(['', 'TEMPORARY '])}VIEW ${v} AS ${q.sql}`, `SELECT * FROM ${v}`];
      }
      case 16: {
        const q = this.query(1);
        const s = `s${this.aliasN++}`;
        const cols = q.columns.map(
          (c, i) =>
            `${c.ref} ${r.chance(0.85) ? c.pool.sql : this.pool().sql}${i === 0 && r.chance(0.1) ? ' NOT NULL' : ''}`,
        );
        return [
          `CREATE TABLE ${s} (${cols.join(', ')}) WITH ('connector' = '${r.pick(['filesystem', 'blackhole', 'print'])}', 'path' = '\${tmpdir}/${s}', 'format' = 'json')`,
          `INSERT INTO ${s} ${q.sql}`,
          `SELECT * FROM ${s}`,
        ];
      }
      case 17: {
        const q = this.query(1);
        const s = `s${this.aliasN++}`;
        return [
          `CREATE TABLE ${s} WITH ('connector' = 'filesystem', 'path' = '\${tmpdir}/${s}', 'format' = 'json') AS ${q.sql}`,
          `SELECT * FROM ${s}`,
        ];
      }
      case 18:
        return [
          r.pick([
            `ALTER TABLE ${t.name} SET ('k' = 'v')`,
            `ALTER TABLE ${t.name} RENAME TO t9`,
            `ALTER TABLE ${t.name} ADD (z INT)`,
            `ALTER TABLE ${t.name} DROP c0`,
            `ALTER TABLE ${t.name} RENAME c0 TO d0`,
            `DROP TABLE ${t.name}`,
            `DROP TABLE IF EXISTS nope`,
            `DROP VIEW ${t.name}`,
            `DROP TEMPORARY VIEW IF EXISTS ${t.name}`,
          ]),
          `SELECT * FROM ${t.name}`,
        ];
      case 19:
        if (r.chance(0.5)) {
          const q = this.query(1);
          const sink = `s${this.aliasN++}`;
          const cols = q.columns.map((c) => `${c.ref} ${c.pool.sql}`).join(', ') || 'x INT';
          return [
            `CREATE TABLE ${sink} (${cols}) WITH ('connector' = 'blackhole')`,
            `${r.pick(['EXPLAIN ', ''])}EXECUTE STATEMENT SET BEGIN INSERT INTO ${sink} ${q.sql}; INSERT INTO ${sink} ${q.sql}; END`,
          ];
        }
        return [
          `CREATE TABLE l${this.aliasN++} (extra INT) LIKE ${r.pick(this.tables.filter((x) => x.rowtime) ?? [t])?.name ?? t.name}${r.pick(['', ' (EXCLUDING ALL)', ' (INCLUDING OPTIONS)', ' (OVERWRITING OPTIONS)'])}`,
        ];
      default:
        return [
          `CREATE TABLE l${this.aliasN++} (extra INT) LIKE ${r.pick(this.tables.filter((x) => x.rowtime) ?? [t])?.name ?? t.name}${r.pick(['', ' (EXCLUDING ALL)', ' (INCLUDING OPTIONS)', ' (OVERWRITING OPTIONS)'])}`,
        ];
    }
  }

  /**
   * Session 7's statements: REPLACE TABLE AS, DELETE / UPDATE / TRUNCATE / ANALYZE, COMPILE /
   * EXECUTE PLAN, CALL, STOP / DESCRIBE JOB, ADD / REMOVE JAR, and INSERT into NOT NULL sink
   * columns whose types may be narrower than the query's (implicit-cast and not-null checks).
   */
  private newStatement(t: Table): string[] {
    const r = this.r;
    const g = new ExprGen(r, { columns: t.columns });
    const c0 = t.columns[0]?.ref ?? 'c0';
    const s = `s${this.aliasN++}`;
    const plan = `'\${tmpdir}/${r.pick(['p1', 'p2'])}.json'`;
    switch (r.int(0, 8)) {
      case 0: {
        const q = this.query(1);
        return [
          `${r.pick(['REPLACE', 'CREATE OR REPLACE'])} TABLE ${r.pick([s, t.name])} WITH ('connector' = '${r.pick(['filesystem', 'blackhole'])}', 'path' = '\${tmpdir}/${s}', 'format' = 'json') AS ${q.sql}`,
          `SELECT * FROM ${r.chance(0.5) ? s : t.name}`,
        ];
      }
      case 1:
        return [
          r.pick([
            `DELETE FROM ${t.name}${r.chance(0.6) ? ` WHERE ${g.cond(1)}` : ''}`,
            `UPDATE ${t.name} SET ${c0} = ${g.expr(t.columns[0]?.pool.family, 1).sql}${r.chance(0.5) ? ` WHERE ${g.cond(1)}` : ''}`,
            `TRUNCATE TABLE ${r.pick([t.name, 'nope'])}`,
            `ANALYZE TABLE ${r.pick([t.name, 'nope'])} COMPUTE STATISTICS${r.pick(['', ' FOR ALL COLUMNS', ` FOR COLUMNS ${c0}`])}`,
          ]),
        ];
      case 2:
      case 3: {
        const q = this.query(1);
        const cols = q.columns.map((c) => `${c.ref} ${c.pool.sql}`).join(', ') || 'x INT';
        return [
          `CREATE TABLE ${s} (${cols}) WITH ('connector' = '${r.pick(['blackhole', 'filesystem'])}', 'path' = '\${tmpdir}/${s}', 'format' = 'json')`,
          r.pick([
            `COMPILE PLAN ${plan}${r.pick(['', ' IF NOT EXISTS'])} FOR INSERT INTO ${s} ${q.sql}`,
            `COMPILE PLAN ${plan} FOR STATEMENT SET BEGIN INSERT INTO ${s} ${q.sql}; END`,
            `COMPILE AND EXECUTE PLAN ${plan} FOR INSERT INTO ${s} ${q.sql}`,
          ]),
          r.pick([`EXECUTE PLAN ${plan}`, `SELECT * FROM ${s}`, 'SHOW JOBS']),
        ];
      }
      case 4:
        return [
          r.pick([
            `CALL ${r.pick(['sys', 'default_catalog.sys', 'nope'])}.${r.pick(['f', 'compact'])}(${r.pick(['', '1', "'x', NULL"])})`,
            `STOP JOB '${r.pick(['', 'abc', '00000000000000000000000000000000'])}'${r.pick(['', ' WITH SAVEPOINT', ' WITH DRAIN', ' WITH SAVEPOINT WITH DRAIN'])}`,
            `DESCRIBE JOB '${r.pick(['', 'abc'])}'`,
          ]),
        ];
      case 5:
        // An existing jar half the time, so ADD JAR gets past its path checks.
        if (r.chance(0.5)) this.files['a.jar'] = 'PK';
        return [
          r.pick([
            `ADD JAR '\${tmpdir}/${r.pick(['a.jar', 'b.txt', ''])}'`,
            `REMOVE JAR '${r.pick(['${tmpdir}/a.jar', 'nope.jar'])}'`,
            'SHOW JARS',
          ]),
        ];
      default: {
        // INSERT into NOT NULL columns of any (often narrower) type, enforcer on or off.
        const q = this.query(1);
        const cols = q.columns.map(
          (c) =>
            `${c.ref} ${r.chance(0.5) ? c.pool.sql : this.pool().sql}${r.chance(0.6) ? ' NOT NULL' : ''}`,
        );
        const out = [
          `CREATE TABLE ${s} (${cols.join(', ') || 'x INT NOT NULL'}) WITH ('connector' = '${r.pick(['filesystem', 'blackhole', 'print'])}', 'path' = '\${tmpdir}/${s}', 'format' = 'json')`,
          `INSERT INTO ${s} ${q.sql}`,
          `SELECT * FROM ${s}`,
        ];
        if (r.chance(0.4))
          out.unshift(
            `SET 'table.exec.sink.not-null-enforcer' = '${r.pick(['ERROR', 'DROP', 'drop', 'x'])}'`,
          );
        return out;
      }
    }
  }

  /** A query over the tables: its text and its columns (when named by us). */
  query(depth: number): Rel {
    const r = this.r;
    const k = r.int(0, 12);
    if (k <= 2 || depth <= 0) return this.simpleSelect(depth);
    if (k === 12) return this.overQuery();
    if (k <= 4) return this.groupSelect(depth);
    if (k <= 6) return this.windowQuery();
    if (k === 7) return this.setOp(depth);
    if (k === 8) return this.unnestQuery();
    if (k === 9) return r.chance(0.1) ? this.joinQuery() : this.simpleSelect(depth);
    if (k === 10) {
      const inner = this.query(depth - 1);
      const w = `w${this.aliasN++}`;
      return {
        sql: `WITH ${w} AS (${inner.sql}) SELECT * FROM ${w}${r.chance(0.5) ? ` WHERE ${new ExprGen(r, { columns: inner.columns }).cond(1)}` : ''}`,
        columns: inner.columns,
      };
    }
    return this.valuesQuery();
  }

  /** FROM item: a table or a subquery. */
  private from(depth: number): Rel & { rowtime?: string } {
    const r = this.r;
    if (depth > 0 && r.chance(0.15)) {
      const q = this.query(depth - 1);
      return { sql: `(${q.sql}) AS sq${this.aliasN++}`, columns: q.columns };
    }
    const t = r.pick(this.tables);
    const cols = r.chance(0.1) ? [...t.columns, { ref: 'nope', pool: TYPE_POOL[3]! }] : t.columns;
    return { sql: t.name, columns: cols, rowtime: t.rowtime };
  }

  private items(g: ExprGen, n: number, families?: readonly string[]): { sql: string[]; columns: Column[] } {
    const sql: string[] = [];
    const columns: Column[] = [];
    for (let i = 0; i < n; i++) {
      const e = g.expr(families?.[i], 2);
      const a = this.alias();
      sql.push(`${e.sql} AS ${a}`);
      const pool = TYPE_POOL.find((p) => p.family === e.family) ?? TYPE_POOL[3]!;
      columns.push({ ref: a, pool });
    }
    return { sql, columns };
  }

  private tail(columns: readonly Column[], rowtime?: string): string {
    const r = this.r;
    let s = '';
    let limit = r.chance(0.2);
    if (r.chance(0.15)) {
      const key = rowtime && r.chance(0.6) ? rowtime : columns.length > 0 ? r.pick(columns).ref : '1';
      s += ` ORDER BY ${key}${r.pick(['', ' ASC', ' DESC'])}`;
      // Streaming ORDER BY needs an ascending time attribute, or a LIMIT (Top-N): mostly valid
      if (key !== rowtime && r.chance(0.9)) limit = true;
    }
    if (limit) s += ` LIMIT ${r.pick(['0', '1', '2', '100', '2147483648'])}`;
    if (r.chance(0.03)) s += ` OFFSET ${r.pick(['1', '0'])} ROWS`;
    return s;
  }

  private simpleSelect(depth: number, families?: readonly string[]): Rel {
    const r = this.r;
    const f = this.from(depth);
    const g = new ExprGen(r, this.scopeFor(f.columns, depth));
    if (!families && r.chance(0.1))
      return { sql: `SELECT * FROM ${f.sql}${this.tail(f.columns, f.rowtime)}`, columns: f.columns };
    const it = this.items(g, families?.length ?? r.int(1, 4), families);
    const where = r.chance(0.4) ? ` WHERE ${g.cond(2)}` : '';
    return {
      sql: `SELECT ${r.chance(0.1) ? 'DISTINCT ' : ''}${it.sql.join(', ')} FROM ${f.sql}${where}${families ? '' : this.tail(it.columns, f.rowtime)}`,
      columns: it.columns,
    };
  }

  private agg(g: ExprGen, family?: string): string {
    const r = this.r;
    const sigs = family ? AGGREGATES_BY_RESULT.get(family) : undefined;
    if (r.chance(0.1) || (family && !sigs))
      return r.pick(['COUNT(*)', `COUNT(DISTINCT ${g.expr(undefined, 1).sql})`]);
    if (r.chance(0.05)) {
      const n = r.int(0, 3);
      return `${r.pick(AGG_NAMES)}(${Array.from({ length: n }, () => g.expr(undefined, 1).sql).join(', ')})`;
    }
    const all = sigs ?? [...AGGREGATES_BY_RESULT.values()].flat();
    const sig = r.pick(all);
    const args = sig.args.map((a) => g.expr(a.family, 1).sql);
    const distinct = r.chance(0.15) ? 'DISTINCT ' : '';
    const filter = r.chance(0.1) ? ` FILTER (WHERE ${g.cond(1)})` : '';
    if (sig.name === 'JSON_OBJECTAGG' && args.length === 2)
      return `JSON_OBJECTAGG(KEY ${args[0]} VALUE ${args[1]}${r.pick(['', ' NULL ON NULL', ' ABSENT ON NULL'])})`;
    if (sig.name === 'JSON_OBJECTAGG') return `JSON_OBJECTAGG(${args.join(', ')})`;
    return `${sig.name}(${distinct}${args.join(', ')})${filter}`;
  }

  private groupSelect(depth: number): Rel {
    const r = this.r;
    const f = this.from(depth);
    const g = new ExprGen(r, this.scopeFor(f.columns, 0));
    const nKeys = Math.min(r.int(0, 2), f.columns.length);
    const keys = Array.from({ length: nKeys }, () =>
      r.chance(0.8) ? r.pick(f.columns).ref : g.expr(undefined, 1).sql,
    );
    const nAggs = r.int(1, 3);
    const items: string[] = [];
    const columns: Column[] = [];
    for (const k of keys) {
      const a = this.alias();
      items.push(`${k} AS ${a}`);
      columns.push({ ref: a, pool: f.columns.find((c) => c.ref === k)?.pool ?? TYPE_POOL[3]! });
    }
    for (let i = 0; i < nAggs; i++) {
      const a = this.alias();
      items.push(`${this.agg(g)} AS ${a}`);
      columns.push({ ref: a, pool: TYPE_POOL[4]! });
    }
    if (keys.length > 0 && r.chance(0.15)) items.push(`GROUPING(${keys[0]}) AS g${this.aliasN++}`);
    if (r.chance(0.03) && f.columns.length > 0) items.push(`${r.pick(f.columns).ref} AS ungrouped`);
    let groupBy = '';
    if (keys.length > 0) {
      const uniq = [...new Set(keys)];
      const kk = r.int(0, 5);
      groupBy =
        kk === 0
          ? ` GROUP BY GROUPING SETS ((${uniq.join(', ')}), ${r.chance(0.5) ? `(${uniq[0]}), ` : ''}())`
          : kk === 1
            ? ` GROUP BY ROLLUP (${uniq.join(', ')})`
            : kk === 2
              ? ` GROUP BY CUBE (${uniq.join(', ')})`
              : ` GROUP BY ${uniq.join(', ')}`;
    }
    const where = r.chance(0.3) ? ` WHERE ${g.cond(2)}` : '';
    const having = r.chance(0.3)
      ? ` HAVING ${this.agg(g, 'BIGINT')} ${r.pick(['>', '=', '<>'])} ${r.pick(['0', '1', 'NULL'])}`
      : '';
    return {
      sql: `SELECT ${items.join(', ')} FROM ${f.sql}${where}${groupBy}${having}${this.tail(columns)}`,
      columns,
    };
  }

  private interval(): string {
    if (this.r.chance(0.8))
      return this.r.pick(["INTERVAL '1' MINUTE", "INTERVAL '10' SECOND", "INTERVAL '2' MINUTE"]);
    return this.r.pick([
      "INTERVAL '1' MINUTE",
      "INTERVAL '10' SECOND",
      "INTERVAL '1' HOUR",
      "INTERVAL '0' SECOND",
      "INTERVAL '-1' MINUTE",
      "INTERVAL '1' MONTH",
      "INTERVAL '2' MINUTE",
      "INTERVAL '1' DAY",
      '5',
    ]);
  }

  private windowTvf(t: Table): string {
    const r = this.r;
    const time = t.rowtime && r.chance(0.9) ? t.rowtime : t.columns.length > 0 ? r.pick(t.columns).ref : 'ts';
    const kind = r.pick(['TUMBLE', 'HOP', 'CUMULATE', 'SESSION'] as const);
    const sizeArgs =
      kind === 'TUMBLE'
        ? [['SIZE', this.interval()]]
        : kind === 'HOP'
          ? [
              ['SLIDE', this.interval()],
              ['SIZE', this.interval()],
            ]
          : kind === 'CUMULATE'
            ? [
                ['STEP', this.interval()],
                ['SIZE', this.interval()],
              ]
            : [['GAP', this.interval()]];
    const args: [string, string][] = [
      ['DATA', `TABLE ${t.name}`],
      ['TIMECOL', `DESCRIPTOR(${time})`],
      ...(sizeArgs as [string, string][]),
    ];
    if (kind !== 'SESSION' && r.chance(0.1)) args.push(['OFFSET', this.interval()]);
    if (kind === 'SESSION' && r.chance(0.2) && t.columns.length > 0)
      args[0] = ['DATA', `TABLE ${t.name} PARTITION BY ${t.columns[0]!.ref}`];
    if (r.chance(0.05)) args.splice(r.int(0, args.length - 1), 1);
    const named = r.chance(0.3);
    return `TABLE(${kind}(${args.map(([n, v]) => (named ? `${n} => ${v}` : v)).join(', ')}))`;
  }

  private windowQuery(): Rel {
    const r = this.r;
    const withTime = this.tables.filter((t) => t.rowtime);
    const t = withTime.length > 0 && r.chance(0.9) ? r.pick(withTime) : r.pick(this.tables);
    const tvf = this.windowTvf(t);
    const cols: Column[] = [...t.columns];
    const g = new ExprGen(r, { columns: cols });
    if (r.chance(0.25))
      return { sql: `SELECT * FROM ${tvf}${r.chance(0.3) ? ` WHERE ${g.cond(1)}` : ''}`, columns: cols };
    const key = cols.length > 0 && r.chance(0.6) ? r.pick(cols).ref : undefined;
    const aggs = Array.from({ length: r.int(1, 2) }, () => `${this.agg(g)} AS ${this.alias()}`);
    const ks = ['window_start', 'window_end', ...(key ? [key] : [])];
    const groupBy =
      key && r.chance(0.2)
        ? `GROUPING SETS ((window_start, window_end, ${key}), (window_start, window_end))`
        : ks.join(', ');
    const sel = [...(r.chance(0.9) ? ks : ks.slice(1)), ...(r.chance(0.2) ? ['window_time'] : []), ...aggs];
    return {
      sql: `SELECT ${sel.join(', ')} FROM ${tvf} GROUP BY ${groupBy}${r.chance(0.1) ? ' ORDER BY window_start' : ''}`,
      columns: [],
    };
  }

  private setOp(depth: number): Rel {
    const r = this.r;
    const n = r.int(1, 3);
    const g = new ExprGen(r, { columns: [] });
    const fams = Array.from({ length: n }, () => g.anyFamily());
    const a = this.simpleSelect(depth - 1, fams);
    const bFams = r.chance(0.9) ? fams : Array.from({ length: r.int(1, 3) }, () => g.anyFamily());
    const b = this.simpleSelect(depth - 1, bFams);
    const op = r.pick(['UNION ALL', 'UNION', 'INTERSECT', 'EXCEPT', 'INTERSECT ALL', 'EXCEPT ALL']);
    return { sql: `(${a.sql}) ${op} (${b.sql})`, columns: a.columns };
  }

  private unnestQuery(): Rel {
    const r = this.r;
    const t = r.pick(this.tables);
    const arr = t.columns.find((c) => c.pool.family.startsWith('ARRAY') || c.pool.family.startsWith('MAP'));
    const g = new ExprGen(r, { columns: t.columns });
    const what =
      arr && r.chance(0.7)
        ? arr.ref
        : g.expr(r.pick(['ARRAY<INT>', 'ARRAY<STRING>', 'MAP<STRING,INT>', 'INT']), 1).sql;
    const ord = r.chance(0.2) ? ' WITH ORDINALITY' : '';
    const isMap = arr?.pool.family.startsWith('MAP') && what === arr.ref;
    const al = isMap ? 'u(k, v)' : ord ? 'u(e, o)' : 'u(e)';
    return {
      sql: `SELECT ${t.columns.length > 0 ? `${t.name}.${t.columns[0]!.ref}, ` : ''}u.* FROM ${t.name} ${r.pick(['CROSS JOIN', ','])} UNNEST(${what})${ord} AS ${al}`,
      columns: [],
    };
  }

  private joinQuery(): Rel {
    const r = this.r;
    const a = r.pick(this.tables);
    const b = r.pick(this.tables);
    const ca = a.columns.map((c) => ({ ref: `l.${c.ref}`, pool: c.pool }));
    const cb = b.columns.map((c) => ({ ref: `r.${c.ref}`, pool: c.pool }));
    const g = new ExprGen(r, { columns: [...ca, ...cb] });
    const eq = ca.find((x) => cb.some((y) => y.pool.family === x.pool.family));
    const on =
      eq && r.chance(0.7)
        ? `${eq.ref} = ${cb.find((y) => y.pool.family === eq.pool.family)!.ref}`
        : g.cond(1);
    const kind = r.pick(['JOIN', 'LEFT JOIN', 'RIGHT JOIN', 'FULL OUTER JOIN', 'INNER JOIN']);
    const it = this.items(g, r.int(1, 3));
    return {
      sql: `SELECT ${it.sql.join(', ')} FROM ${a.name} AS l ${kind} ${b.name} AS r ON ${on}`,
      columns: it.columns,
    };
  }

  /** OVER aggregates, Top-N, deduplication and MATCH_RECOGNIZE (some not supported yet: a clear error then). */
  private overQuery(): Rel {
    const r = this.r;
    const withTime = this.tables.filter((t) => t.rowtime);
    const t = withTime.length > 0 && r.chance(0.8) ? r.pick(withTime) : r.pick(this.tables);
    const time = t.rowtime ?? 'ts';
    const key = t.columns.length > 0 ? r.pick(t.columns).ref : 'c0';
    const g = new ExprGen(r, { columns: t.columns });
    const frame = r.pick([
      '',
      ' ROWS BETWEEN 2 PRECEDING AND CURRENT ROW',
      " RANGE BETWEEN INTERVAL '1' MINUTE PRECEDING AND CURRENT ROW",
      ' ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW',
      ' ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING',
    ]);
    const order = `${time}${r.pick(['', ' ASC', ' DESC'])}`;
    switch (r.int(0, 3)) {
      case 0:
        return {
          sql: `SELECT ${key} AS x0, ${this.agg(g)} OVER (PARTITION BY ${key} ORDER BY ${order}${frame}) AS x1 FROM ${t.name}`,
          columns: [],
        };
      case 1:
      case 2: {
        const fn = r.pick(['ROW_NUMBER()', 'RANK()', 'DENSE_RANK()']);
        const cond = r.pick(['rn <= 2', 'rn = 1', 'rn < 1', 'rn <= 0']);
        return {
          sql: `SELECT * FROM (SELECT *, ${fn} OVER (PARTITION BY ${key} ORDER BY ${r.chance(0.5) ? order : key}) AS rn FROM ${t.name}) WHERE ${cond}`,
          columns: [],
        };
      }
      default:
        return {
          sql: `SELECT * FROM ${t.name} MATCH_RECOGNIZE (PARTITION BY ${key} ORDER BY ${time} MEASURES A.${key} AS a0, LAST(B.${time}) AS b0 ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A B+) DEFINE B AS ${g.cond(1)}) AS m`,
          columns: [],
        };
    }
  }

  private valuesQuery(): Rel {
    const r = this.r;
    const g = new ExprGen(r, { columns: [] });
    const n = r.int(1, 3);
    const fams = Array.from({ length: n }, () => g.anyFamily());
    if (r.chance(0.5)) {
      const it = this.items(g, n, fams);
      return { sql: `SELECT ${it.sql.join(', ')}`, columns: it.columns };
    }
    const rows = Array.from(
      { length: r.int(1, 3) },
      () => `(${fams.map((f) => g.expr(r.chance(0.9) ? f : undefined, 1).sql).join(', ')})`,
    );
    return { sql: `VALUES ${rows.join(', ')}`, columns: [] };
  }
}
