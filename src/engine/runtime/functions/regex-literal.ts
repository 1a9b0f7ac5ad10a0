/**
 * A literal that every match of a Java regular expression contains, found from the pattern's
 * syntax: when the input lacks it the pattern cannot match, so REGEXP_EXTRACT answers NULL after
 * one `indexOf` instead of running the regex (Nexmark q21 extracts `channel_id=` this way).
 *
 * Deliberately conservative: only a run of plain ASCII characters in the pattern's top-level
 * sequence counts (not inside groups, classes or quantified atoms), and any construct whose
 * meaning could change what is required (top-level alternation, inline flags or any `(?`,
 * `\Q…\E` quoting, escapes with arguments, Unicode) gives null, i.e. no prefilter.
 */

/** Characters with a meaning of their own outside a character class (Java). */
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
/** One-letter escapes that stand for a class or an assertion (no argument follows). */
const CLASS_ESCAPES = new Set([
  'd',
  'D',
  's',
  'S',
  'w',
  'W',
  'b',
  'B',
  'A',
  'z',
  'Z',
  'G',
  'h',
  'H',
  'v',
  'V',
  'R',
  'X',
]);

/** The longest literal every match of `pattern` contains, or null when none is known. */
export function requiredLiteral(pattern: string): string | null {
  if (pattern.includes('(?') || pattern.includes('\\Q')) return null;
  let best = '';
  let cur = '';
  /** True when the last atom read is the last character of `cur` (a quantifier may follow). */
  let lastInCur = false;
  const flush = (): void => {
    if (cur.length > best.length) best = cur;
    cur = '';
    lastInCur = false;
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    const code = c.charCodeAt(0);
    if (c === '*' || c === '?' || c === '{' || c === '+') {
      // A quantifier on the previous atom: an optional or repeated character ends the run
      // (without it unless it is required at least once, as with `+`).
      if (lastInCur && c !== '+') cur = cur.slice(0, -1);
      flush();
      if (c === '{') {
        const end = pattern.indexOf('}', i);
        if (end < 0) return null;
        i = end + 1;
      } else i++;
      // lazy `?` or possessive `+` suffix
      if (pattern[i] === '?' || pattern[i] === '+') i++;
      continue;
    }
    if (c === '\\') {
      const n = pattern[i + 1];
      if (n === undefined) return null;
      if (/[A-Za-z0-9]/.test(n)) {
        if (!CLASS_ESCAPES.has(n)) return null; // \x41, \u…, \p{…}, \k<…>, back-references…
        flush();
        lastInCur = false;
        i += 2;
        continue;
      }
      if (n.charCodeAt(0) < 0x20 || n.charCodeAt(0) > 0x7e) return null;
      cur += n; // an escaped punctuation character stands for itself
      lastInCur = true;
      i += 2;
      continue;
    }
    if (c === '|' || c === ')' || c === ']' || c === '}') return null;
    if (c === '(') {
      const end = skipGroup(pattern, i);
      if (end < 0) return null;
      flush();
      i = end;
      continue;
    }
    if (c === '[') {
      const end = skipClass(pattern, i);
      if (end < 0) return null;
      flush();
      i = end;
      continue;
    }
    if (SPECIAL.has(c) || code < 0x20 || code > 0x7e) {
      // an anchor, `.`, or a character outside printable ASCII (not taken, to stay simple)
      flush();
      i++;
      continue;
    }
    cur += c;
    lastInCur = true;
    i++;
  }
  flush();
  return best === '' ? null : best;
}

/** Index after the group opening at `start` (balanced, escapes and classes skipped); -1 if none. */
function skipGroup(p: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < p.length) {
    const c = p[i]!;
    if (c === '\\') i += 2;
    else if (c === '[') {
      i = skipClass(p, i);
      if (i < 0) return -1;
    } else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
      i++;
    }
  }
  return -1;
}

/** Index after the character class opening at `start` (Java classes nest); -1 if unclear. */
function skipClass(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  // `[]…]` and `[^]…]`: whether `]` is literal here differs between dialects; give up.
  if (p[i] === ']') return -1;
  let depth = 1;
  while (i < p.length) {
    const c = p[i]!;
    if (c === '\\') i += 2;
    else {
      if (c === '[') depth++;
      else if (c === ']' && --depth === 0) return i + 1;
      i++;
    }
  }
  return -1;
}
