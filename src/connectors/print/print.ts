/**
 * Flink's `print` sink: one line per change, `<print-identifier>> +I[1, a]` (no prefix without an
 * identifier), values as Flink's CAST(... AS STRING) text and NULL as `null` (Row#toString),
 * on stdout, or stderr with `standard-error` = 'true'.
 */
import { valueFormatter, type ValueFormatter } from '../../types/format-value.js';
import type { SqlValue } from '../../types/values.js';
import { CHANGE_KIND_TEXT, type ChangeBatch, type ConnectorFactory, type SinkWriter } from '../api.js';
import { OptionReader } from '../options.js';

export const printConnector: ConnectorFactory = {
  identifier: 'print',
  options: [
    { key: 'print-identifier', description: 'prefix of each printed line' },
    { key: 'standard-error', description: 'print to stderr instead of stdout (default false)' },
    { key: 'sink.parallelism', description: 'accepted for compatibility' },
  ],
  createSink(schema, options, ctx) {
    const r = new OptionReader(schema.tableName, options);
    const toErr = r.boolean('standard-error', false);
    const id = r.string('print-identifier');
    const prefix = id === undefined ? '' : `${id}> `;
    const fmts: ValueFormatter[] = schema.columns.map((c) =>
      valueFormatter(c.type, { timeZone: ctx.timeZone }),
    );
    const out = (toErr ? ctx.stderr : ctx.stdout) ?? (toErr ? process.stderr : process.stdout);
    return {
      changelogMode: 'all',
      async open(): Promise<SinkWriter> {
        return {
          async write(batch: ChangeBatch): Promise<void> {
            let text = '';
            for (let i = 0; i < batch.rows.length; i++) {
              const row = batch.rows[i]!;
              const parts = new Array<string>(fmts.length);
              for (let j = 0; j < fmts.length; j++)
                parts[j] = fmts[j]!((row[j] ?? null) as SqlValue) ?? 'null';
              text += `${prefix}${CHANGE_KIND_TEXT[batch.kinds === null ? 0 : batch.kinds[i]!]}[${parts.join(', ')}]\n`;
            }
            if (text.length > 0) out.write(text);
          },
          flush: async () => {},
          close: async () => {},
        };
      },
    };
  },
};
