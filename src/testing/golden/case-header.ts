/**
 * The header of a golden case: the `-- key: value` comment lines at the top of `<name>.sql`.
 * Only the header decides how a case is compared and whether it must fail, never its name.
 *
 * @example
 * parseCaseHeader('-- pk: id\n-- order: per-key\nSELECT ...').pk // ['id']
 */

/** What order the comparison respects; `final` compares only the table the changelog materialises. */
export type OrderMode = 'strict' | 'per-key' | 'any' | 'final';

/** How a value of an expected row is matched against the actual one. */
export type MatchMode = 'exact' | 'contains';

/** An expected failure: the message substring and, when given, its `line:column`. */
export interface ExpectedFailure {
  readonly substring: string;
  readonly line?: number;
  readonly column?: number;
}

export interface CaseHeader {
  /** Key columns: upsert/retract output is compared key by key. */
  readonly pk: readonly string[];
  readonly order: OrderMode;
  readonly match: MatchMode;
  readonly fail?: ExpectedFailure;
  /** Parallelism sequence for runs across a restore (reserved for the state issue). */
  readonly parallelism: readonly number[];
  /** Free text describing where the expected result comes from. */
  readonly source?: string;
}

/** Keys a header may use; anything else is an authoring error, reported with its line. */
const KNOWN_KEYS = new Set(['pk', 'order', 'match', 'fail', 'parallelism', 'source']);

/**
 * Parses the leading `-- key: value` lines (blank lines and other comments between them are
 * allowed; the header ends at the first line that is not a comment). Throws on a malformed header.
 */
export function parseCaseHeader(sql: string, where = 'case'): CaseHeader {
  let pk: string[] = [];
  let order: OrderMode | undefined;
  let match: MatchMode = 'exact';
  let fail: ExpectedFailure | undefined;
  let parallelism: number[] = [];
  let source: string | undefined;
  const lines = sql.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (!line.startsWith('--')) break;
    const m = /^--\s*([a-z-]+):\s*(.*)$/.exec(line);
    if (!m || !KNOWN_KEYS.has(m[1]!)) continue; // an ordinary comment
    const [, key, raw] = m as unknown as [string, string, string];
    const value = raw.trim();
    const bad = (what: string): never => {
      throw new Error(`${where}:${i + 1}: bad header '${key}': ${what}`);
    };
    switch (key) {
      case 'pk':
        pk = value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        if (pk.length === 0) bad('expected column names separated by commas');
        break;
      case 'order':
        if (value !== 'strict' && value !== 'per-key' && value !== 'any' && value !== 'final')
          bad('expected strict, per-key, any or final');
        order = value as OrderMode;
        break;
      case 'match':
        if (value !== 'exact' && value !== 'contains') bad('expected exact or contains');
        match = value as MatchMode;
        break;
      case 'fail': {
        const pos = /^(\d+):(\d+)\s+(.+)$/.exec(value);
        if (pos) fail = { line: Number(pos[1]), column: Number(pos[2]), substring: pos[3]!.trim() };
        else if (value !== '') fail = { substring: value };
        else bad('expected "<line>:<column> <message substring>"');
        break;
      }
      case 'parallelism':
        parallelism = value.split(',').map((s) => Number(s.trim()));
        if (parallelism.some((n) => !Number.isInteger(n) || n < 1)) bad('expected positive integers');
        break;
      case 'source':
        source = value;
        break;
    }
  }
  if (order === 'per-key' && pk.length === 0)
    throw new Error(`${where}: 'order: per-key' needs a 'pk' header`);
  return { pk, order: order ?? (pk.length > 0 ? 'per-key' : 'strict'), match, fail, parallelism, source };
}
