/**
 * "Did you mean …?" for misspelled keywords (`SELEC`, `FORM`, `GROPU`), by Damerau-Levenshtein
 * distance against the keywords a statement is built from.
 *
 * @example
 * suggestKeyword('FORM', []); // 'FROM'
 */

const COMMON = `SELECT FROM WHERE GROUP ORDER BY HAVING LIMIT OFFSET FETCH JOIN LEFT RIGHT INNER OUTER FULL
CROSS ON USING UNION INTERSECT EXCEPT INSERT INTO OVERWRITE VALUES CREATE TABLE VIEW ALTER DROP WITH
DISTINCT SHOW DESCRIBE EXPLAIN RESET WATERMARK PRIMARY ENFORCED BETWEEN LIKE CASE WHEN THEN ELSE
CAST OVER PARTITION WINDOW LATERAL UNNEST EXECUTE STATEMENT BEGIN METADATA VIRTUAL COMMENT
DISTRIBUTED BUCKETS TEMPORARY EXISTS INTERVAL CATALOG DATABASE TABLES`
  .split(/\s+/)
  .filter(Boolean);

/** Optimal string alignment distance (adjacent transpositions count as one edit). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The keyword `word` most likely misspells (expected ones first), or undefined. */
export function suggestKeyword(word: string, expected: readonly string[]): string | undefined {
  const w = word.toUpperCase();
  if (w.length < 3) return undefined;
  const candidates = [...expected.filter((e) => /^[A-Z_]+$/.test(e)), ...COMMON];
  if (candidates.includes(w)) return undefined;
  const limit = w.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    const dd = distance(w, c);
    if (dd < bestD) {
      best = c;
      bestD = dd;
    }
  }
  return best;
}
