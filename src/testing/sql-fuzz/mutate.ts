/**
 * Mutations of valid scripts, token by token with the engine's own lexer: a token dropped,
 * duplicated, swapped with its neighbour or replaced by a random identifier or keyword; junk
 * inserted; the script truncated at a token or at a character.
 */
import { tokenize } from '../../engine/sql/lexer/lexer.js';
import type { Rand } from './rand.js';

const JUNK = [
  '(',
  ')',
  ',',
  ';',
  "'",
  '`',
  'SELECT',
  'FROM',
  'NOT',
  'AS',
  'NULL',
  'CAST',
  '.',
  '[',
  ']',
  'END',
  'CASE',
  '=>',
  '*',
  '-',
  'ARRAY',
  'ROW',
  'INTERVAL',
  'GROUP BY',
  'WHERE',
  '0',
  "'x'",
  'TABLE',
  '/*+ OPTIONS() */',
  'DISTINCT',
  'OVER',
  '?',
];
const IDENTS = [
  'prcie',
  'c0',
  'c9',
  'ts',
  'window_start',
  't0',
  't9',
  '`value`',
  'value',
  'timestamp',
  '$rowtime',
  'EXPR$0',
  'x0',
  'nope',
  'UPPER',
  'SUM',
  'l',
  'r',
];

/** The script with 1–4 random mutations. */
export function mutateScript(r: Rand, sql: string): string {
  const toks = tokenize(sql).filter((t) => t.type !== 'eof');
  if (toks.length === 0) return sql;
  const texts = toks.map((t) => t.text);
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) {
    const at = r.int(0, Math.max(0, texts.length - 1));
    switch (r.int(0, 6)) {
      case 0:
        texts.splice(at, 1);
        break;
      case 1:
        texts.splice(at, 0, texts[at] ?? 'x');
        break;
      case 2:
        if (at + 1 < texts.length) [texts[at], texts[at + 1]] = [texts[at + 1]!, texts[at]!];
        break;
      case 3:
        texts[at] = r.pick(IDENTS);
        break;
      case 4:
        texts.splice(at, 0, r.pick(JUNK));
        break;
      case 5:
        texts.length = at;
        break;
      default: {
        // A character-level cut inside the text (maybe inside a string or a comment).
        const joined = texts.join(' ');
        return joined.slice(0, r.int(0, joined.length));
      }
    }
  }
  return texts.join(' ');
}
