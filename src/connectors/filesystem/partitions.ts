/**
 * Hive-style partition directories of the filesystem connector (Flink's PartitionPathUtils):
 * a row of a table `PARTITIONED BY (dt, h)` lives under `<path>/dt=2024-01-01/h=10/`. Names and
 * values are escaped with `%XX` for the characters Flink escapes; NULL (and the empty string)
 * (and a blank value) is written as `partition.default-name` (`__DEFAULT_PARTITION__`).
 */
import { ConfigError } from '../../common/errors.js';
import { castFromString } from '../../types/cast.js';
import { valueFormatter } from '../../types/format-value.js';
import type { SqlValue } from '../../types/values.js';
import type { ConnectorColumn, ConnectorSchema } from '../api.js';

export const DEFAULT_PARTITION_NAME = '__DEFAULT_PARTITION__';

/** Characters Flink's PartitionPathUtils escapes (control characters and these). */
const ESCAPED = new Set('"#%\'*/:=?\\\x7f{[]^'.split(''));

export function escapePathName(s: string): string {
  let out = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    out += code < 0x20 || ESCAPED.has(c) ? '%' + code.toString(16).toUpperCase().padStart(2, '0') : c;
  }
  return out;
}

export function unescapePathName(s: string): string {
  return s.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** How a table splits its columns between files and partition directories. */
export interface PartitionLayout {
  /** Columns stored in the files, in declaration order. */
  readonly fileColumns: ConnectorColumn[];
  /** For each declared column: its index in the file row, or -1 − (index in partition keys). */
  readonly sources: number[];
  readonly keys: readonly ConnectorColumn[];
}

export function partitionLayout(schema: ConnectorSchema): PartitionLayout {
  const keys = schema.partitionKeys ?? [];
  const keyCols = keys.map((k) => {
    const c = schema.columns.find((x) => x.name === k);
    if (!c) {
      throw new ConfigError(`Partition column '${k}' of table ${schema.tableName} is not a physical column`, {
        table: schema.tableName,
      });
    }
    return c;
  });
  const fileColumns: ConnectorColumn[] = [];
  const sources = schema.columns.map((c) => {
    const k = keys.indexOf(c.name);
    if (k >= 0) return -1 - k;
    fileColumns.push(c);
    return fileColumns.length - 1;
  });
  return { fileColumns, sources, keys: keyCols };
}

/**
 * The partition values of a file from its path relative to the table's root
 * (`dt=2024-01-01/h=10/part-0`); missing keys are NULL.
 */
export function partitionValues(
  relPath: string,
  layout: PartitionLayout,
  defaultName: string,
  table: string,
): SqlValue[] {
  const found = new Map<string, string>();
  for (const seg of relPath.split('/').slice(0, -1)) {
    const eq = seg.indexOf('=');
    if (eq > 0) found.set(unescapePathName(seg.slice(0, eq)), unescapePathName(seg.slice(eq + 1)));
  }
  return layout.keys.map((k) => {
    const text = found.get(k.name);
    if (text === undefined || text === defaultName) return null;
    try {
      return castFromString(k.type, text);
    } catch (e) {
      throw new ConfigError(
        `Invalid value '${text}' of partition column '${k.name}' in ${relPath} (table ${table}): ${(e as Error).message}`,
        { table },
      );
    }
  });
}

/** Combines a file row with the partition values into the declared column order. */
export function assembleRow(
  fileRow: readonly unknown[],
  parts: readonly SqlValue[],
  sources: readonly number[],
): unknown[] {
  const out = new Array<unknown>(sources.length);
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    out[i] = s >= 0 ? fileRow[s] : parts[-1 - s];
  }
  return out;
}

/** The directory (relative) of a row for writing: `k1=v1/k2=v2`. */
export function partitionDirOf(
  row: readonly unknown[],
  schema: ConnectorSchema,
  defaultName: string,
): string {
  const keys = schema.partitionKeys ?? [];
  return keys
    .map((k) => {
      const i = schema.columns.findIndex((c) => c.name === k);
      const col = schema.columns[i]!;
      const v = row[i] as SqlValue;
      const text = v === null || v === undefined ? null : valueFormatter(col.type, { printing: false })(v);
      // RowDataPartitionComputer: NULL and blank (isNullOrWhitespaceOnly) values go to the default name.
      const blank = text === null || text.trim() === '';
      return `${escapePathName(k)}=${blank ? defaultName : escapePathName(text)}`;
    })
    .join('/');
}
