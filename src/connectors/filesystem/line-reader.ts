/**
 * Reads a text file as lines, chunk by chunk (never the whole file at once), keeping 1-based
 * line numbers for error messages. `\n` and `\r\n` end lines; a last line without a newline
 * counts; an empty last line after the final newline does not.
 */
import { open, type FileHandle } from 'node:fs/promises';

export interface Line {
  text: string;
  /** 1-based number of the line's first physical line. */
  lineNo: number;
}

const CHUNK = 1 << 16;

export class LineReader {
  private fh: FileHandle | undefined;
  private pending = '';
  private lineNo = 0;
  private eof = false;
  private readonly decoder = new TextDecoder('utf-8');
  private lines: string[] = [];
  private idx = 0;

  constructor(readonly path: string) {}

  private closed = false;

  async open(): Promise<void> {
    const fh = await open(this.path, 'r');
    // Closed while the open was in flight (a statement cancelled or ended by a LIMIT): the
    // handle would otherwise be left to the garbage collector.
    if (this.closed) {
      await fh.close();
      return;
    }
    this.fh = fh;
  }

  /** The next physical line, or undefined at the end of the file. */
  async next(): Promise<Line | undefined> {
    while (this.idx >= this.lines.length) {
      if (this.eof) return undefined;
      await this.fill();
    }
    const text = this.lines[this.idx++]!;
    this.lineNo++;
    return { text, lineNo: this.lineNo };
  }

  /** Up to `max` lines that are already decoded, reading one more chunk when none are. */
  async nextMany(max: number): Promise<Line[]> {
    const out: Line[] = [];
    while (out.length < max) {
      if (this.idx >= this.lines.length) {
        if (this.eof || out.length > 0) break;
        await this.fill();
        continue;
      }
      const text = this.lines[this.idx++]!;
      this.lineNo++;
      out.push({ text, lineNo: this.lineNo });
    }
    return out;
  }

  private async fill(): Promise<void> {
    if (!this.fh) await this.open();
    if (!this.fh) {
      this.eof = true;
      this.lines = [];
      this.idx = 0;
      return;
    }
    const buf = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await this.fh.read(buf, 0, CHUNK, null);
    let text: string;
    if (bytesRead === 0) {
      this.eof = true;
      text = this.pending + this.decoder.decode();
      this.pending = '';
      this.lines = text.length > 0 ? [stripCr(text)] : [];
      this.idx = 0;
      return;
    }
    text = this.pending + this.decoder.decode(buf.subarray(0, bytesRead), { stream: true });
    const parts = text.split('\n');
    this.pending = parts.pop()!;
    for (let i = 0; i < parts.length; i++) parts[i] = stripCr(parts[i]!);
    this.lines = parts;
    this.idx = 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    const fh = this.fh;
    this.fh = undefined;
    this.eof = true;
    if (fh) await fh.close();
  }
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}
