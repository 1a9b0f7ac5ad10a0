/**
 * Flink's `datagen` connector: rows of per-field generators (field-generators.ts) at
 * `rows-per-second` (default 10000), `number-of-rows` in total (unbounded without it), and
 * bounded as soon as one field is a `sequence` (the source ends when the shortest sequence or
 * `number-of-rows` ends, whichever comes first).
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
import { Random } from '../nexmark/random.js';
import { OptionReader } from '../options.js';
import { fieldGenerator, type FieldGenerator } from './field-generators.js';

const FIELD_KEYS = ['kind', 'min', 'max', 'max-past', 'length', 'var-len', 'start', 'end', 'null-rate'];

/** Every `fields.<x>.<key>` must name a column (or a nested path of one). */
function checkFieldOptions(schema: ConnectorSchema, options: ConnectorOptions): void {
  const names = schema.columns.map((c) => c.name);
  for (const key of Object.keys(options)) {
    if (!key.startsWith('fields.')) continue;
    const rest = key.slice('fields.'.length);
    const ok = names.some((n) => rest.startsWith(n + '.')) && FIELD_KEYS.some((k) => rest.endsWith('.' + k));
    if (!ok) {
      throw new ConfigError(
        `Unsupported options found for 'datagen' in table ${schema.tableName}: '${key}'. ` +
          `Field options are fields.<column>.{${FIELD_KEYS.join(', ')}} for columns ${names.join(', ')}`,
        { table: schema.tableName },
      );
    }
  }
}

class DatagenReader implements SplitReader {
  private produced = 0;
  private readonly start = Date.now();

  constructor(
    private readonly gens: FieldGenerator[],
    private readonly total: number,
    private readonly rps: number,
    private readonly signal: AbortSignal | undefined,
  ) {}

  async next(maxRows = 1024): Promise<SourceBatch | typeof END> {
    if (this.produced >= this.total) return END;
    let allowed = maxRows;
    if (Number.isFinite(this.rps)) {
      for (;;) {
        const elapsed = Date.now() - this.start;
        const due = Math.floor((elapsed * this.rps) / 1000) + 1 - this.produced;
        if (due > 0) {
          allowed = Math.min(allowed, due);
          break;
        }
        const wait = Math.max(1, Math.ceil(((this.produced + 1) * 1000) / this.rps - elapsed));
        try {
          await sleep(Math.min(wait, 1000), undefined, { signal: this.signal });
        } catch {
          return { rows: [] };
        }
      }
    }
    const n = Math.min(allowed, this.total - this.produced);
    const rows = new Array<SqlValue[]>(n);
    const g = this.gens;
    for (let i = 0; i < n; i++) {
      const row = new Array<SqlValue>(g.length);
      for (let j = 0; j < g.length; j++) row[j] = g[j]!.next();
      rows[i] = row;
    }
    this.produced += n;
    return { rows };
  }

  async close(): Promise<void> {}
}

export const datagenConnector: ConnectorFactory = {
  identifier: 'datagen',
  options: [
    { key: 'rows-per-second', description: 'rows generated per second (default 10000)' },
    { key: 'number-of-rows', description: 'total rows; unbounded when unset' },
    { key: 'scan.parallelism', description: 'accepted; one split' },
    ...FIELD_KEYS.map((k) => ({ key: `fields.#.${k}` })),
  ],
  createSource(schema: ConnectorSchema, options: ConnectorOptions, ctx: ConnectorContext) {
    const table = schema.tableName;
    checkFieldOptions(schema, options);
    const r = new OptionReader(table, options);
    const rps = r.integer('rows-per-second', 10000, 1);
    const rows = r.has('number-of-rows') ? r.integer('number-of-rows', 0, 0) : Infinity;
    const gctx = {
      table,
      options,
      reader: r,
      rnd: new Random((Math.random() * 2 ** 32) >>> 0),
      now: () => Date.now(),
      used: new Set<string>(),
    };
    const gens = schema.columns.map((c) => fieldGenerator(gctx, c.name, c.type));
    const unused = Object.keys(options).filter((k) => k.startsWith('fields.') && !gctx.used.has(k));
    if (unused.length > 0) {
      // Flink's FactoryUtil: an option no generator reads (start on a random field, length on a number).
      throw new ConfigError(
        `Unsupported options found for 'datagen' in table ${table}.\n\nUnsupported options:\n\n${unused.sort().join('\n')}`,
        { table },
      );
    }
    let total = rows;
    for (const g of gens) {
      if (g.count !== undefined) total = Math.min(total, Number(g.count));
    }
    return {
      bounded: Number.isFinite(total),
      async splits() {
        return [{ id: 'datagen-0', open: async () => new DatagenReader(gens, total, rps, ctx.signal) }];
      },
    };
  },
};
