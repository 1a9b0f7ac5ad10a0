/**
 * `--output jsonl`: per query `{"columns":[{"name":…,"type":…}]}` (types as DESCRIBE prints
 * them), then `{"op":"+I","row":[…]}` per change, each value as Flink's CAST(… AS STRING) text
 * (formatValue) and SQL NULL as JSON null.
 */
import { formatType } from '../../types/format-type.js';
import { valueFormatter, type ValueFormatter } from '../../types/format-value.js';
import type { SqlValue } from '../../types/values.js';
import type { ResultChange, ResultColumn, ResultWriter, TextOut } from './result-writer.js';

export class JsonlWriter implements ResultWriter {
  private fmts: ValueFormatter[] = [];

  constructor(private readonly out: TextOut) {}

  begin(columns: readonly ResultColumn[], timeZone: string): void {
    this.fmts = columns.map((c) => valueFormatter(c.type, { timeZone }));
    const cols = columns.map((c) => ({ name: c.name, type: c.typeText ?? formatType(c.type) }));
    this.out.write(JSON.stringify({ columns: cols }) + '\n');
  }

  changes(batch: readonly ResultChange[]): void {
    let text = '';
    const f = this.fmts;
    for (const ch of batch) {
      const vals = new Array<string | null>(f.length);
      for (let i = 0; i < f.length; i++) vals[i] = f[i]!((ch.row[i] ?? null) as SqlValue);
      text += `{"op":"${ch.op}","row":${JSON.stringify(vals)}}\n`;
    }
    if (text.length > 0) this.out.write(text);
  }

  end(): void {}
}
