/**
 * Offset → line/column conversion for spans and diagnostics (1-based lines and columns,
 * columns counted in UTF-16 code units like editors' "column" in most web tooling).
 *
 * @example
 * const lines = new LineMap('a\nbc');
 * lines.position(3); // { line: 2, column: 2, offset: 3 }
 */
import type { Span } from '../../../common/errors.js';

export type Position = Span['start'];

// Spans and positions are built by constructors whose prototype is Object.prototype: the objects
// are exactly what the literals `{ line, column, offset }` / `{ start, end }` would be (same
// prototype, same own properties in the same order), but they have no literal allocation site.
// V8 switches a literal site that keeps producing long-lived objects to old-space allocation
// after a few parses, and that throws away every compiled parser function that inlined it.
interface PositionFields {
  line: number;
  column: number;
  offset: number;
}
function PositionObject(this: PositionFields, line: number, column: number, offset: number): void {
  this.line = line;
  this.column = column;
  this.offset = offset;
}
PositionObject.prototype = Object.prototype;
const newPosition = PositionObject as unknown as new (
  line: number,
  column: number,
  offset: number,
) => Position;

function SpanObject(this: { start: Position; end: Position }, start: Position, end: Position): void {
  this.start = start;
  this.end = end;
}
SpanObject.prototype = Object.prototype;
const newSpan = SpanObject as unknown as new (start: Position, end: Position) => Span;

export class LineMap {
  private readonly starts: number[] = [0];

  /** The line (0-based) of the last lookup: parsers ask for nearby offsets, mostly forward. */
  private hint = 0;

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The line/column of an offset. */
  position(offset: number): Position {
    const starts = this.starts;
    let lo = this.hint;
    if (starts[lo]! > offset || (lo + 1 < starts.length && starts[lo + 1]! <= offset)) {
      lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      this.hint = lo;
    }
    return new newPosition(lo + 1, offset - starts[lo]! + 1, offset);
  }

  // The last start and end positions handed out: nested nodes often start or end at the same
  // token, and sharing those (read-only) objects keeps a large AST a third smaller.
  private lastStart: Position = new newPosition(1, 1, 0);
  private lastEnd: Position = this.lastStart;

  /** A span from two offsets (end exclusive). */
  span(start: number, end: number): Span {
    let s = this.lastStart;
    if (s.offset !== start) s = this.lastStart = this.position(start);
    let e = this.lastEnd;
    if (e.offset !== end) e = this.lastEnd = this.position(end);
    return new newSpan(s, e);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const s = this.starts[line - 1] ?? this.text.length;
    const e = this.starts[line] ?? this.text.length + 1;
    return this.text.slice(s, e - 1).replace(/\r$/, '');
  }
}
