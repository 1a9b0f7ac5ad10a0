/**
 * RFC 4180-style CSV record splitting with Flink's csv options: field delimiter, quote character
 * (`csv.quote-character`, or none with `csv.disable-quote-character`), escape character
 * (`csv.escape-character`, none by default). A quoted field keeps delimiters and newlines;
 * a doubled quote inside quotes is one quote.
 */

export interface CsvSyntax {
  delimiter: string;
  /** undefined = quoting disabled. */
  quote: string | undefined;
  /** undefined = no escape character. */
  escape: string | undefined;
}

/** One parsed field: its text and whether it was quoted (a quoted empty string is not null). */
export interface CsvField {
  text: string;
  quoted: boolean;
}

/** Thrown for a record that cannot be split (an unterminated quote). */
export class CsvSyntaxError extends Error {}

/** Splits one record into fields. */
export function splitCsvRecord(line: string, s: CsvSyntax): CsvField[] {
  const out: CsvField[] = [];
  const n = line.length;
  let i = 0;
  for (;;) {
    let text = '';
    let quoted = false;
    if (s.quote !== undefined && line[i] === s.quote) {
      quoted = true;
      i++;
      let closed = false;
      while (i < n) {
        const c = line[i]!;
        if (s.escape !== undefined && c === s.escape && i + 1 < n) {
          text += line[i + 1];
          i += 2;
        } else if (c === s.quote) {
          if (line[i + 1] === s.quote) {
            text += c;
            i += 2;
          } else {
            i++;
            closed = true;
            break;
          }
        } else {
          text += c;
          i++;
        }
      }
      if (!closed) throw new CsvSyntaxError('unexpected end of record inside a quoted field');
      // Text between the closing quote and the delimiter is kept, as Jackson's lenient reader does.
      while (i < n && line[i] !== s.delimiter) text += line[i++];
    } else {
      while (i < n && line[i] !== s.delimiter) {
        const c = line[i]!;
        if (s.escape !== undefined && c === s.escape && i + 1 < n) {
          text += line[i + 1];
          i += 2;
        } else {
          text += c;
          i++;
        }
      }
    }
    out.push({ text, quoted });
    if (i >= n) break;
    i++; // the delimiter
    if (i === n) {
      out.push({ text: '', quoted: false });
      break;
    }
  }
  return out;
}

/** True when `text` ends inside an open quoted field (the record continues on the next line). */
export function hasOpenQuote(text: string, s: CsvSyntax): boolean {
  if (s.quote === undefined) return false;
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (s.escape !== undefined && c === s.escape) i++;
      else if (c === s.quote) {
        if (text[i + 1] === s.quote) i++;
        else inQuotes = false;
      }
    } else if (c === s.quote && atFieldStart) {
      inQuotes = true;
    }
    atFieldStart = !inQuotes && c === s.delimiter;
  }
  return inQuotes;
}

/**
 * Quotes a text value for writing as Jackson's CsvEncoder does by default (its "loose" check):
 * the value is quoted when any character is below the encoder's minimum safe character, one more
 * than the largest of the column separator, the quote character and `\n` (so with `,` and `"`
 * any of ` !"#$%&'()*+,` or a control character), or is the escape character, and every
 * value longer than 24 characters. Doubled quotes inside. Numbers and booleans are written raw and never come here.
 */
export function quoteCsvField(text: string, s: CsvSyntax): string {
  if (s.quote === undefined) return text;
  const q = s.quote;
  const minSafe = Math.max(s.delimiter.charCodeAt(0), q.charCodeAt(0), 10) + 1;
  const esc = s.escape;
  // Without STRICT_CHECK_FOR_QUOTING Jackson checks only values up to 24 characters
  // (MAX_QUOTE_CHECK) and quotes every longer one.
  let needs = text.length > 24;
  for (let i = 0; !needs && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < minSafe || text[i] === esc) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  return q + text.split(q).join(q + q) + q;
}
