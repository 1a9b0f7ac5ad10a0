/**
 * "Did you mean" hints: the candidate nearest to a misspelt name (SQL names, connector options,
 * config file keys).
 *
 * @example
 * closestName('num.partition', ['num.partitions', 'listeners']) // 'num.partitions'
 */

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n]!;
}

/**
 * The closest candidate other than `name` itself: case-insensitive distance ≤ max(2, len/3).
 * With `prefixes`, a candidate that starts with a name of 4 or more letters counts as one edit
 * away (a truncated name such as 'print-id' is as good a hint as a one-letter typo).
 */
export function closestName(
  name: string,
  candidates: Iterable<string>,
  options: { prefixes?: boolean } = {},
): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  const w = name.toLowerCase();
  for (const c of candidates) {
    if (c === name) continue;
    const l = c.toLowerCase();
    const d = options.prefixes === true && w.length >= 4 && l.startsWith(w) ? 1 : editDistance(w, l);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** `; did you mean 'x'?`, or the empty string when no candidate is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const c = closestName(name, candidates);
  return c === undefined ? '' : `; did you mean '${c}'?`;
}
