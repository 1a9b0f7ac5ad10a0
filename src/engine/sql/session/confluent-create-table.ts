/**
 * SHOW CREATE TABLE of a Kafka table as Confluent Cloud prints it: types in their serializable
 * form (`VARCHAR(2147483647)`), no system columns (`$rowtime` and its watermark are implicit),
 * `) DISTRIBUTED BY HASH(…) INTO n BUCKETS`, then `WITH (…)` with the options sorted and
 * `'connector' = 'confluent'`. Options that only say where the cluster is (bootstrap servers,
 * registry URL, rack) or that the DDL already says (`topic` = the table's name, `key.fields` =
 * the distribution) are left out, so the text runs as it is in another environment.
 *
 * @example
 * // CREATE TABLE `default`.`cluster_0`.`t_raw` (
 * //   `key` VARBINARY(2147483647),
 * //   `val` VARBINARY(2147483647)
 * // ) DISTRIBUTED BY HASH(`key`) INTO 2 BUCKETS
 * // WITH (
 * //   'changelog.mode' = 'append',
 * //   'connector' = 'confluent',
 * //   …
 * // )
 */
import { quoteIdentifier, type LogicalType } from '../../../types/index.js';
import type { CatalogTable } from '../catalog/catalog-api.js';
import { isSystemColumn } from '../validator/system-columns.js';
import { serializableType } from '../validator/type-text.js';
import { displayOptionValue } from './sensitive-options.js';

/** Options that locate the cluster or repeat the DDL: not printed. */
const PLUMBING = new Set([
  'properties.bootstrap.servers',
  'registry.url',
  'properties.client.rack',
  'key.fields',
]);

/** Whether a table is a Kafka topic (printed the Confluent way). */
export function isKafkaTable(t: CatalogTable): boolean {
  const c = t.options['connector'];
  return c === 'kafka' || c === 'confluent';
}

/** The DDL text. `colTypes` are the columns' types (computed ones derived). */
export function confluentCreateTableText(
  path: readonly string[],
  t: CatalogTable,
  colTypes: readonly LogicalType[],
): string {
  const q = quoteIdentifier;
  const hidden = new Set(t.columns.filter(isSystemColumn).map((c) => c.name));
  const lines: string[] = t.columns.flatMap((c, i) => {
    if (hidden.has(c.name)) return [];
    const comment = c.comment !== undefined ? ` COMMENT '${c.comment.replace(/'/g, "''")}'` : '';
    if (c.kind === 'computed') return [`  ${q(c.name)} AS ${c.expr}${comment}`];
    const type = serializableType(c.kind === 'physical' ? c.type : stripTimeAttribute(colTypes[i]!));
    if (c.kind === 'metadata')
      return [
        `  ${q(c.name)} ${type} METADATA${c.key !== undefined && c.key !== c.name ? ` FROM '${c.key}'` : ''}${c.virtual ? ' VIRTUAL' : ''}${comment}`,
      ];
    return [`  ${q(c.name)} ${type}${comment}`];
  });
  if (t.watermark && !hidden.has(t.watermark.column))
    lines.push(`  WATERMARK FOR ${q(t.watermark.column)} AS ${t.watermark.expr}`);
  if (t.primaryKey)
    lines.push(
      `  CONSTRAINT ${q(t.primaryKey.name ?? `PK_${t.primaryKey.columns.join('_')}`)} PRIMARY KEY (${t.primaryKey.columns.map(q).join(', ')}) NOT ENFORCED`,
    );
  let text = `CREATE TABLE ${path.map(q).join('.')} (\n${lines.join(',\n')}\n)`;
  const d = t.distribution;
  if (d && d.columns.length > 0)
    text += ` DISTRIBUTED BY HASH(${d.columns.map(q).join(', ')})${d.buckets ? ` INTO ${d.buckets} BUCKETS` : ''}`;
  else if (d?.buckets) text += ` DISTRIBUTED INTO ${d.buckets} BUCKETS`;
  if (t.comment) text += `\nCOMMENT '${t.comment.replace(/'/g, "''")}'`;
  const options = confluentTableOptions(t, path[path.length - 1]!);
  text += `\nWITH (\n${options.map(([k, v]) => `  '${k.replace(/'/g, "''")}' = '${v.replace(/'/g, "''")}'`).join(',\n')}\n)\n`;
  return text;
}

/**
 * A Kafka table's options as Confluent Cloud shows them (SHOW CREATE TABLE's WITH clause and
 * INFORMATION_SCHEMA.TABLE_OPTIONS alike): sorted by key, `'connector' = 'confluent'`, without
 * the plumbing, secrets masked.
 */
export function confluentTableOptions(t: CatalogTable, tableName: string): [key: string, value: string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(t.options)) {
    if (PLUMBING.has(k) || (k === 'topic' && v === tableName)) continue;
    out.push([k, k === 'connector' ? 'confluent' : displayOptionValue(k, v)]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function stripTimeAttribute(t: LogicalType): LogicalType {
  const { timeAttribute: _drop, ...rest } = t as LogicalType & { timeAttribute?: string };
  void _drop;
  return rest as LogicalType;
}
