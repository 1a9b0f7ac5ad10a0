/**
 * The `examples` connector behind the read-only `examples.marketplace.*` tables: option `table`
 * picks clicks / customers / orders / products (marketplace.ts); rows stream at
 * `rows-per-second` (the table's default rate) from the moment the scan opens, each stamped
 * with its event time, which is also the `timestamp` metadata (`$rowtime`). `seed` makes the
 * data reproducible; `number-of-rows` bounds the scan; `start-time` (epoch ms) fixes the event
 * time of row 0 and then generates without waiting (for tests and backfills).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError } from '../../common/errors.js';
import type { SqlValue } from '../../types/values.js';
import {
  END,
  type ConnectorContext,
  type ConnectorFactory,
  type ConnectorOptions,
  type ConnectorSchema,
  type SourceBatch,
  type SplitReader,
} from '../api.js';
import { closest, OptionReader } from '../options.js';
import { exampleRow, MARKETPLACE, type ExampleTable } from './marketplace.js';

class ExamplesReader implements SplitReader {
  private n = 0;
  private readonly openedAt = Date.now();

  constructor(
    private readonly table: ExampleTable,
    private readonly seed: number,
    private readonly rps: number,
    private readonly total: number,
    private readonly startTime: number | undefined,
    private readonly project: (row: SqlValue[], ts: number) => SqlValue[],
    private readonly signal: AbortSignal | undefined,
  ) {}

  private timeOf(n: number): number {
    return (this.startTime ?? this.openedAt) + Math.floor((n * 1000) / this.rps);
  }

  async next(maxRows = 1024): Promise<SourceBatch | typeof END> {
    if (this.n >= this.total) return END;
    let limit = Math.min(maxRows, this.total - this.n);
    if (this.startTime === undefined) {
      // Real time: row n is due at its event time.
      const due = Math.floor(((Date.now() - this.openedAt) * this.rps) / 1000) + 1 - this.n;
      if (due <= 0) {
        const wait = Math.max(1, this.timeOf(this.n) - Date.now());
        try {
          await sleep(Math.min(wait, 1000), undefined, { signal: this.signal });
        } catch {
          /* aborted: return an empty batch, the runtime stops */
        }
        return { rows: [] };
      }
      limit = Math.min(limit, due);
    }
    const rows: SqlValue[][] = [];
    const timestamps: number[] = [];
    for (let i = 0; i < limit; i++, this.n++) {
      const ts = this.timeOf(this.n);
      rows.push(this.project(exampleRow(this.table, this.seed, this.n), ts));
      timestamps.push(ts);
    }
    return { rows, timestamps };
  }

  async close(): Promise<void> {}
}

function tableOf(options: ConnectorOptions, table: string): ExampleTable {
  const name = options['table'];
  const t = name === undefined ? undefined : MARKETPLACE[name];
  if (!t) {
    const names = Object.keys(MARKETPLACE);
    const near = name === undefined ? undefined : closest(name, names);
    throw new ConfigError(
      `Unknown examples table '${name}' for table ${table}${near ? ` (did you mean '${near}'?)` : ''}; available: ${names.join(', ')}`,
      { table },
    );
  }
  return t;
}

export const examplesConnector: ConnectorFactory = {
  identifier: 'examples',
  options: [
    { key: 'table', required: true, description: 'clicks, customers, orders or products' },
    { key: 'seed', description: 'random seed (default 0)' },
    { key: 'rows-per-second', description: 'rate of the stream (table default)' },
    { key: 'number-of-rows', description: 'total rows; unbounded when unset' },
    { key: 'start-time', description: 'event time of the first row (epoch ms); generate without waiting' },
  ],
  metadataKeys: { timestamp: 'TIMESTAMP_LTZ(3) NOT NULL' },
  createSource(schema: ConnectorSchema, options: ConnectorOptions, ctx: ConnectorContext) {
    const name = schema.tableName;
    const t = tableOf(options, name);
    const r = new OptionReader(name, options);
    const seed = r.integer('seed', 0, 0, 0xffffffff);
    const rps = r.integer('rows-per-second', t.rowsPerSecond, 1);
    const total = r.has('number-of-rows') ? r.integer('number-of-rows', 0, 0) : Infinity;
    const startTime = r.has('start-time') ? r.integer('start-time', 0) : undefined;
    const idx = schema.columns.map((c) => {
      const i = t.columns.findIndex((x) => x.name === c.name);
      if (i < 0) {
        throw new ConfigError(
          `Column '${c.name}' does not exist in examples.marketplace.${t.name}; columns are ${t.columns.map((x) => x.name).join(', ')}`,
          { table: name },
        );
      }
      return i;
    });
    const meta = (schema.metadata ?? []).length;
    const project = (row: SqlValue[], ts: number): SqlValue[] => {
      const out = new Array<SqlValue>(idx.length + meta);
      for (let i = 0; i < idx.length; i++) out[i] = row[idx[i]!]!;
      for (let i = 0; i < meta; i++) out[idx.length + i] = ts;
      return out;
    };
    return {
      bounded: Number.isFinite(total),
      async splits() {
        return [
          {
            id: `examples-${t.name}`,
            open: async () => new ExamplesReader(t, seed, rps, total, startTime, project, ctx.signal),
          },
        ];
      },
    };
  },
};
