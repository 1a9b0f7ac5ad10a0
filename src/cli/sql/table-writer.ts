/**
 * `--output table`: the result materialized (inserts and update-afters add a row, retractions
 * remove an equal one) and printed as an aligned table (cli-table3), SQL NULL as `<NULL>` as
 * Flink's SQL client shows it. On a TTY the table is
 * redrawn in place while an unbounded query runs; otherwise it is printed once at the end.
 */
import { createRequire } from 'node:module';
import type TableCtor from 'cli-table3';
import { formatType } from '../../types/format-type.js';
import { valueFormatter, type ValueFormatter } from '../../types/format-value.js';
import type { SqlValue } from '../../types/values.js';
import type { ResultChange, ResultColumn, ResultWriter, TextOut } from './result-writer.js';

const REDRAW_MS = 250;

// cli-table3 (and its string-width) load when the first table is drawn, not at `eddy sql`'s start.
const require = createRequire(import.meta.url);
let Table: typeof TableCtor | undefined;
/** On a TTY only the last rows fit; the count line says how many there are. */
const MAX_TTY_ROWS = 40;

export class TableWriter implements ResultWriter {
  private fmts: ValueFormatter[] = [];
  private header: string[] = [];
  private rows: string[][] = [];
  private drawnLines = 0;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly out: TextOut) {}

  begin(columns: readonly ResultColumn[], timeZone: string): void {
    this.fmts = columns.map((c) => valueFormatter(c.type, { timeZone }));
    this.header = columns.map((c) => `${c.name}\n${c.typeText ?? formatType(c.type)}`);
    this.rows = [];
    this.drawnLines = 0;
    if (this.out.isTTY) {
      this.timer = setInterval(() => this.redraw(), REDRAW_MS);
      this.timer.unref();
    }
  }

  changes(batch: readonly ResultChange[]): void {
    for (const ch of batch) {
      const text = this.fmts.map((f, i) => f((ch.row[i] ?? null) as SqlValue) ?? '<NULL>');
      if (ch.op === '+I' || ch.op === '+U') {
        this.rows.push(text);
      } else {
        const key = text.join('\u0000');
        for (let i = this.rows.length - 1; i >= 0; i--) {
          if (this.rows[i]!.join('\u0000') === key) {
            this.rows.splice(i, 1);
            break;
          }
        }
      }
    }
    this.dirty = true;
    // The first rows show at once (time to the first row); later changes redraw on the timer.
    if (this.timer !== undefined && this.drawnLines === 0 && this.rows.length > 0) this.redraw();
  }

  private render(limit: number | undefined): string {
    Table ??= require('cli-table3') as typeof TableCtor;
    const t = new Table({ head: this.header, style: { head: [], border: [] } });
    const shown = limit === undefined ? this.rows : this.rows.slice(-limit);
    for (const r of shown) t.push(r);
    // Keep the rule under the header only, as Flink's SQL client prints its tableau results.
    let rules = 0;
    const body = t
      .toString()
      .split('\n')
      .filter((l) => !l.startsWith('├') || rules++ === 0)
      .join('\n');
    const n = this.rows.length;
    const more = limit !== undefined && n > limit ? ` (showing the last ${limit})` : '';
    return `${body}\n${n} row${n === 1 ? '' : 's'} in set${more}\n`;
  }

  private redraw(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const text = this.render(MAX_TTY_ROWS);
    // Move the cursor up over the previous drawing and clear it, then draw again in place.
    const clear = this.drawnLines > 0 ? `\x1b[${this.drawnLines}A\x1b[0J` : '';
    this.out.write(clear + text);
    this.drawnLines = text.split('\n').length - 1;
  }

  end(failed = false): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.out.isTTY) {
      this.dirty = true;
      this.redraw();
    } else if (this.rows.length > 0) {
      // Rows that came before a failure are results the query did produce: they are shown.
      this.out.write(this.render(undefined));
    } else if (!failed) {
      this.out.write('Empty set\n');
    }
  }
}
