/**
 * Flink's SPLIT_INDEX(str, delimiter, index) for a query that takes several fields of one value
 * with one constant delimiter (Nexmark q22: `SPLIT_INDEX(url, '/', 3)`, `… 4)`, `… 5)`): the
 * separators are found once per value, in one left-to-right pass that stops after the last one
 * any call site needs, and each field is one slice.
 *
 * Flink's semantics (SqlFunctionUtils.splitIndex → commons-lang
 * StringUtils.splitByWholeSeparatorPreserveAllTokens): the value is cut at every non-overlapping
 * occurrence of the delimiter, left to right, keeping empty fields (between adjacent separators,
 * before a leading one, after a trailing one); field `index` (0-based) or NULL when there are
 * fewer fields or the index is negative; an empty value has no fields at all (NULL for every
 * index, where JS's `''.split(d)` would give one empty field). An empty delimiter splits at
 * whitespace in commons-lang: {@link SplitScan} is for non-empty delimiters only.
 */

/** The separators of the last value scanned, for the fields up to a largest index. */
export class SplitScan {
  private s = '';
  /** Separators found in `s` (at most `maxIndex + 1`: the scan stops after the last needed). */
  private count = 0;
  private readonly at: Int32Array;
  private readonly dl: number;

  /** `delimiter` non-empty; `maxIndex` the largest field index any caller asks for. */
  constructor(
    private readonly delimiter: string,
    private readonly maxIndex: number,
  ) {
    if (delimiter === '') throw new Error('SplitScan needs a non-empty delimiter');
    this.at = new Int32Array(maxIndex + 1);
    this.dl = delimiter.length;
  }

  /** Finds the separators of `s` needed for fields 0..maxIndex; returns `s`. */
  scan(s: string): string {
    this.s = s;
    const at = this.at;
    const last = this.maxIndex;
    const d = this.delimiter;
    const dl = this.dl;
    let c = 0;
    // indexOf from the previous separator: one call per separator (a charCodeAt loop measured
    // the same on URLs, and indexOf is far cheaper on long fields)
    for (let p = s.indexOf(d); p >= 0; p = s.indexOf(d, p + dl)) {
      at[c] = p;
      if (c++ === last) break;
    }
    this.count = c;
    return s;
  }

  /** Field `k` (0 ≤ k ≤ maxIndex) of the value last scanned, or null. */
  field(k: number): string | null {
    const s = this.s;
    const c = this.count;
    // field k follows separator k - 1 (or starts the value) and ends at separator k (or the end)
    if (k > c || s.length === 0) return null;
    const start = k === 0 ? 0 : this.at[k - 1]! + this.dl;
    return k < c ? s.slice(start, this.at[k]) : s.slice(start);
  }
}

/**
 * Flink's SPLIT_INDEX for one call with a string delimiter (the reference the fast path is
 * tested against; also usable as the general implementation).
 */
export function splitIndex(s: string, delimiter: string, index: number): string | null {
  if (index < 0 || s.length === 0) return null;
  if (delimiter === '') return whitespaceField(s, index);
  const parts = s.split(delimiter);
  return index < parts.length ? parts[index]! : null;
}

/** Java's Character.isWhitespace (space separators except no-break ones, and the controls). */
function isJavaWhitespace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f)) return true;
  if (c < 0x1680) return false;
  if (c === 0xa0 || c === 0x2007 || c === 0x202f) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * commons-lang splitWorker(str, null, -1, preserveAllTokens = true): fields between whitespace
 * characters, every one kept (empty ones too, and one after a trailing separator).
 */
function whitespaceField(s: string, index: number): string | null {
  let field = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (isJavaWhitespace(s.charCodeAt(i))) {
      if (field === index) return s.slice(start, i);
      field++;
      start = i + 1;
    }
  }
  return field === index ? s.slice(start) : null;
}
