/**
 * The Kafka mode of the golden corpus: which cases can run over topics instead of files, and
 * their scripts rewritten. A case qualifies when every table it declares is a file input
 * (`'connector' = 'filesystem'`, `'format' = 'json'`, `'path' = '${input…}'`) and it has no
 * statement whose result depends on files or on the catalog (SHOW, DESCRIBE, EXPLAIN, other
 * DDL, an expected failure). Each input table becomes a Kafka table of the embedded cluster with
 * the same columns, computed columns and WATERMARK, one partition (so order is kept), Avro
 * values registered in the registry, `'scan.bounded.mode' = 'latest-offset'`, under a name
 * unique to the case; it is created by the setup, and the script's CREATE TABLE becomes a
 * comment of as many lines.
 *
 * @example
 * const plan = planKafkaCase(loadCase('union/all'), 7);
 * if ('skip' in plan) console.log(plan.skip);
 */
import { parseScript, type ScriptStatement } from '../../engine/sql/parser/parse.js';
import type { CreateTable } from '../../engine/sql/ast/ddl.js';
import type { DataType } from '../../engine/sql/ast/data-type.js';
import { inputPath, type GoldenCase } from './corpus.js';

/** One input table of a case, rewritten. */
export interface KafkaInput {
  /** The name in the case's script. */
  readonly name: string;
  /** The unique table (= topic) name in the cluster. */
  readonly topic: string;
  /** The database (cluster id) the table was placed in; undefined = the current one. */
  readonly database?: string;
  /** The rows file. */
  readonly file: string;
  /** How a row's event time (the record timestamp) is found, when the table has a watermark. */
  readonly eventTime?: EventTimeRule;
}

/** The event-time column: a physical TIMESTAMP[_LTZ] column, or TO_TIMESTAMP_LTZ(col, p). */
export type EventTimeRule =
  | { readonly kind: 'timestamp'; readonly column: string; readonly ltz: boolean }
  | { readonly kind: 'epoch'; readonly column: string; readonly precision: number };

export interface KafkaPlan {
  /** SET statements and the input tables' CREATE TABLE, run before the rows are produced. */
  readonly setup: string;
  /** The case's script over the topics (each CREATE TABLE became a comment of as many lines). */
  readonly script: string;
  readonly inputs: readonly KafkaInput[];
  /** The session time zone the script sets (for TIMESTAMP_LTZ text without an offset). */
  readonly timeZone: string;
}

const ALLOWED_JSON_OPTIONS = new Set(['json.timestamp-format.standard']);

/** Plans a case, or says why it is skipped (the reason is a short category for the report). */
export function planKafkaCase(
  c: GoldenCase,
  index: number,
  placement: ReadonlyMap<string, string> = new Map(),
  format: 'avro-registry' | 'json-registry' = 'avro-registry',
): KafkaPlan | { skip: string } {
  if (c.header.fail) return { skip: 'error case (-- fail)' };
  // These cases test the filesystem connector's json/csv formats themselves (Flink's serde tests):
  // a topic's Avro values cannot carry what they check (raw JSON text, parse errors, csv quoting).
  if (c.id.startsWith('conformance/connectors2/')) return { skip: 'file format conformance (connectors2)' };
  if (c.header.match === 'contains') return { skip: 'EXPLAIN (plan text)' };
  const parsed = parseScript(c.sql);
  if (parsed.diagnostics.length > 0) return { skip: 'parse error' };
  const creates: { st: ScriptStatement; ct: CreateTable }[] = [];
  for (const st of parsed.statements) {
    const s = st.statement;
    switch (s.kind) {
      case 'Query':
      case 'Insert':
      case 'StatementSet':
      case 'CreateView':
      case 'Set':
      case 'Reset':
        break;
      case 'CreateTable': {
        const why = inputTableProblem(s);
        if (why) return { skip: why };
        creates.push({ st, ct: s });
        break;
      }
      case 'ShowObjects':
      case 'ShowCurrent':
      case 'ShowCreate':
      case 'Describe':
        return { skip: 'SHOW / DESCRIBE (catalog text)' };
      case 'Explain':
        return { skip: 'EXPLAIN (plan text)' };
      default:
        return { skip: `other DDL (${s.kind})` };
    }
  }
  if (creates.length === 0) return { skip: 'no file input (VALUES only)' };

  const renames = new Map<string, string>();
  const inputs: KafkaInput[] = [];
  for (const { ct } of creates) {
    const name = ct.name[ct.name.length - 1]!.value;
    const topic = `golden_${index}_${name}`.replace(/[^A-Za-z0-9_]/g, '_');
    const database = placement.get(name);
    renames.set(name, database === undefined ? `\`${topic}\`` : `\`${database}\`.\`${topic}\``);
    const path = ct.options.find((o) => o.key === 'path')!.value;
    const m = /^\$\{input(?::([A-Za-z0-9_]+))?\}$/.exec(path)!;
    let file: string;
    try {
      file = inputPath(c, m[1]);
    } catch {
      return { skip: 'no input file' };
    }
    const eventTime = eventTimeRule(ct);
    inputs.push({
      name,
      topic,
      file,
      ...(eventTime ? { eventTime } : {}),
      ...(database ? { database } : {}),
    });
  }

  let timeZone = 'UTC';
  const setup: string[] = [];
  const script: string[] = [];
  let last = 0;
  for (const st of parsed.statements) {
    const s = st.statement;
    script.push(c.sql.slice(last, st.span.start.offset));
    last = st.span.end.offset;
    if (s.kind === 'Set') {
      if (/^(sql|table)\.local-time-zone$/.test(s.key ?? '') && s.value) timeZone = s.value;
      setup.push(`${st.text};`);
      script.push(st.text);
    } else if (s.kind === 'Reset') {
      setup.push(`${st.text};`);
      script.push(st.text);
    } else if (s.kind === 'CreateTable') {
      const name = s.name[s.name.length - 1]!.value;
      const ref = renames.get(name)!;
      setup.push(`${kafkaCreateTable(c.sql, s, ref, format)};`);
      // The table exists (made by the setup, bounded there): a comment keeps the line numbers,
      // and the `;` left alone is an empty statement, which the parser drops.
      const lines = st.text.split('\n').length - 1;
      script.push(`-- ${ref}: created by the setup${'\n'.repeat(lines)}`);
    } else {
      script.push(renameTables(st.text, renames));
    }
  }
  script.push(c.sql.slice(last));
  return { setup: setup.join('\n'), script: script.join(''), inputs, timeZone };
}

/** Why a CREATE TABLE is not a file input the Kafka mode can replace, or undefined. */
function inputTableProblem(ct: CreateTable): string | undefined {
  const opt = (k: string): string | undefined => ct.options.find((o) => o.key === k)?.value;
  const connector = opt('connector');
  if (connector === undefined) return 'other DDL (CREATE TABLE without connector)';
  if (connector !== 'filesystem') return `${connector} connector`;
  if (ct.asQuery || ct.like) return 'other DDL (CREATE TABLE AS / LIKE)';
  const path = opt('path') ?? '';
  if (!/^\$\{input(?::[A-Za-z0-9_]+)?\}$/.test(path)) return 'filesystem sink (${tmpdir})';
  const format = opt('format');
  if (format !== 'json') return `${format ?? 'no'} format input`;
  for (const o of ct.options) {
    if (['connector', 'path', 'format'].includes(o.key)) continue;
    if (!ALLOWED_JSON_OPTIONS.has(o.key)) return `file-only option (${o.key})`;
  }
  if (ct.partitionedBy.length > 0) return 'file-only option (PARTITIONED BY)';
  if (ct.columns.some((col) => col.kind === 'MetadataColumn')) return 'file-only option (metadata column)';
  // Avro has no INTERVAL type (Flink's AvroSchemaConverter refuses it too): such a table has no topic form.
  if (ct.columns.some((col) => col.kind === 'PhysicalColumn' && col.type.kind === 'IntervalType'))
    return 'INTERVAL column (no Avro type)';
  // A '.' in an Avro field name reads as a namespace separator, and the registry refuses the schema
  // (other odd characters, as in `my col`, go through Eddy's Avro mapping).
  if (
    ct.columns.some(
      (col) =>
        col.kind === 'PhysicalColumn' && (!AVRO_NAME.test(col.name.value) || hasNonAvroField(col.type)),
    )
  )
    return "column or field name with a '.' (no Avro form)";
  return undefined;
}

const AVRO_NAME = /^[^.]*$/;

/** True when a ROW somewhere inside `t` has a field whose name Avro cannot carry (a '.'). */
function hasNonAvroField(t: DataType): boolean {
  switch (t.kind) {
    case 'RowType':
      return t.fields.some((f) => !AVRO_NAME.test(f.name.value) || hasNonAvroField(f.type));
    case 'ArrayType':
    case 'MultisetType':
      return hasNonAvroField(t.element);
    case 'MapType':
      return hasNonAvroField(t.key) || hasNonAvroField(t.value);
    default:
      return false;
  }
}

/** The CREATE TABLE of the topic: the case's columns, watermark and key text, Avro values. */
function kafkaCreateTable(sql: string, ct: CreateTable, ref: string, format: string): string {
  const parts = [
    ...ct.columns,
    ...(ct.watermark ? [ct.watermark] : []),
    ...(ct.primaryKey ? [ct.primaryKey] : []),
  ];
  const start = Math.min(...parts.map((p) => p.span.start.offset));
  const end = Math.max(...parts.map((p) => p.span.end.offset));
  // Filesystem tables are append-only even with a primary key; keep that meaning.
  return (
    `CREATE TABLE ${ref} (\n${sql.slice(start, end)}\n) DISTRIBUTED INTO 1 BUCKETS WITH (` +
    `'key.format' = '${format}', 'value.format' = '${format}', 'changelog.mode' = 'append', ` +
    // Read up to the end offsets when a query starts (the rows are produced before the script).
    `'scan.bounded.mode' = 'latest-offset')`
  );
}

function eventTimeRule(ct: CreateTable): EventTimeRule | undefined {
  const wm = ct.watermark;
  if (!wm) return undefined;
  const colName = wm.column[wm.column.length - 1]!.value;
  const col = ct.columns.find((c) => c.name.value === colName);
  if (!col) return undefined;
  if (col.kind === 'PhysicalColumn' && col.type.kind === 'PrimitiveType') {
    if (col.type.name === 'TIMESTAMP') return { kind: 'timestamp', column: colName, ltz: false };
    if (col.type.name === 'TIMESTAMP_LTZ') return { kind: 'timestamp', column: colName, ltz: true };
  }
  if (col.kind === 'ComputedColumn' && col.expr.kind === 'FunctionCall') {
    const fn = col.expr.name.map((p) => p.value.toUpperCase()).join('.');
    const [a, p] = col.expr.args;
    if (fn === 'TO_TIMESTAMP_LTZ' && a?.kind === 'ColumnRef' && p?.kind === 'NumericLiteral') {
      return { kind: 'epoch', column: a.names[a.names.length - 1]!.value, precision: Number(p.text) };
    }
  }
  return undefined;
}

/**
 * Renames table identifiers (to the quoted, maybe qualified, references in `renames`) outside string literals and comments (whole words, as written or
 * back-quoted), except after AS (a column alias). Table and column names of the corpus differ,
 * so a word match is a table match.
 */
export function renameTables(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return text;
  const names = [...renames.keys()].map((n) => n.replace(/[$]/g, '\\$')).join('|');
  const re = new RegExp(
    `'(?:[^']|'')*'|--[^\\n]*|/\\*[\\s\\S]*?\\*/|\`(${names})\`|(?<![\\w.$]|[Aa][Ss]\\s+)(${names})(?![\\w$])`,
    'g',
  );
  return text.replace(re, (m: string, quoted?: string, bare?: string) => {
    const name = quoted ?? bare;
    return name === undefined ? m : renames.get(name)!;
  });
}
