/**
 * `--output table`: the result materialized (inserts and update-afters add a row, retractions
 * remove an equal one) and printed as an aligned table (drawTable below), SQL NULL as `<NULL>` as
 * Flink's SQL client shows it. On a TTY the table is
 * redrawn in place while an unbounded query runs; otherwise it is printed once at the end.
 */
import stringWidth from 'string-width';
import { formatType } from '../../types/format-type.js';
import { valueFormatter, type ValueFormatter } from '../../types/format-value.js';
import type { SqlValue } from '../../types/values.js';
import type { ResultChange, ResultColumn, ResultWriter, TextOut } from './result-writer.js';

const REDRAW_MS = 250;

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
    const shown = limit === undefined ? this.rows : this.rows.slice(-limit);
    const n = this.rows.length;
    const more = limit !== undefined && n > limit ? ` (showing the last ${limit})` : '';
    return `${drawTable(this.header, shown)}\n${n} row${n === 1 ? '' : 's'} in set${more}\n`;
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

/**
 * An aligned box table as Flink's SQL client prints its tableau results: a rule under the
 * header only; cells may hold several lines; widths in terminal columns (string-width: wide
 * CJK characters count two). Drawn here in one pass over the rows, because cli-table3 (used
 * before) overflows the stack past ~120k rows and is quadratic long before that.
 */
export function drawTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h) => cellWidth(h));
  for (const r of rows)
    for (let c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c]!, cellWidth(r[c] ?? ''));
  const rule = (l: string, m: string, r: string): string =>
    l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out: string[] = [rule('┌', '┬', '┐')];
  const line = (cells: readonly string[]): void => {
    const split = widths.map((_, c) => (cells[c] ?? '').split('\n'));
    const height = Math.max(...split.map((l) => l.length));
    for (let k = 0; k < height; k++) {
      let text = '│';
      for (let c = 0; c < widths.length; c++) {
        const t = split[c]![k] ?? '';
        text += ` ${t}${' '.repeat(widths[c]! - stringWidth(t))} │`;
      }
      out.push(text);
    }
  };
  line(header);
  out.push(rule('├', '┼', '┤'));
  for (const r of rows) line(r);
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** The width of a cell's widest line, in terminal columns. */
function cellWidth(cell: string): number {
  let w = 0;
  for (const l of cell.split('\n')) w = Math.max(w, stringWidth(l));
  return w;
}
