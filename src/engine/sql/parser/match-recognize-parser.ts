/**
 * MATCH_RECOGNIZE (Flink's "Pattern Recognition" page).
 */
import type {
  AfterMatchSkip,
  IntervalLiteral,
  MatchMeasure,
  MatchRecognize,
  PatternTerm,
  TableRef,
} from '../ast/index.js';
import type { QueryParser } from './query-parser.js';

/** Parse `MATCH_RECOGNIZE ( … )` applied to `input`; the alias is left to the caller. */
export function parseMatchRecognize(p: QueryParser, input: TableRef, start: number): MatchRecognize {
  p.expectWord('MATCH_RECOGNIZE');
  p.expectSym('(');
  const partitionBy = p.acceptClause('PARTITION', 'BY') ? p.exprList() : [];
  const orderBy = p.acceptClause('ORDER', 'BY') ? p.orderItems() : [];
  const measures: MatchMeasure[] = [];
  if (p.acceptWord('MEASURES')) {
    do {
      const ms = p.peek().start;
      const expr = p.expr();
      p.expectWord('AS');
      const name = p.identifier('a measure name');
      measures.push({ kind: 'MatchMeasure', span: p.spanFrom(ms), expr, name });
    } while (p.acceptSym(','));
  }
  let rowsPerMatch: MatchRecognize['rowsPerMatch'];
  if (p.acceptWords('ONE', 'ROW', 'PER', 'MATCH')) rowsPerMatch = 'ONE ROW PER MATCH';
  else if (p.acceptWords('ALL', 'ROWS', 'PER', 'MATCH')) rowsPerMatch = 'ALL ROWS PER MATCH';
  let afterMatch: AfterMatchSkip | undefined;
  if (p.acceptWords('AFTER', 'MATCH', 'SKIP')) {
    if (p.acceptWords('PAST', 'LAST', 'ROW')) afterMatch = { type: 'PAST LAST ROW' };
    else {
      p.expectWord('TO');
      if (p.acceptWords('NEXT', 'ROW')) afterMatch = { type: 'TO NEXT ROW' };
      else if (p.acceptWord('FIRST'))
        afterMatch = { type: 'TO FIRST', variable: p.identifier('a pattern variable') };
      else if (p.acceptWord('LAST'))
        afterMatch = { type: 'TO LAST', variable: p.identifier('a pattern variable') };
      else afterMatch = { type: 'TO', variable: p.identifier('a pattern variable') };
    }
  }
  p.expectWord('PATTERN');
  p.expectSym('(');
  const pattern = alternation(p);
  p.expectSym(')');
  let within: IntervalLiteral | undefined;
  if (p.acceptWord('WITHIN')) {
    const wt = p.peek();
    const e = p.expr();
    if (e.kind !== 'IntervalLiteral') p.fail(["an interval literal such as INTERVAL '1' HOUR"], wt);
    within = e;
  }
  p.expectWord('DEFINE');
  const define: MatchMeasure[] = [];
  do {
    const ds = p.peek().start;
    const name = p.identifier('a pattern variable');
    p.expectWord('AS');
    const expr = p.expr();
    define.push({ kind: 'MatchMeasure', span: p.spanFrom(ds), expr, name });
  } while (p.acceptSym(','));
  p.expectSym(')');
  return {
    kind: 'MatchRecognize',
    span: p.spanFrom(start),
    input,
    partitionBy,
    orderBy,
    measures,
    ...(rowsPerMatch ? { rowsPerMatch } : {}),
    ...(afterMatch ? { afterMatch } : {}),
    pattern,
    ...(within ? { within } : {}),
    define,
  };
}

function alternation(p: QueryParser): PatternTerm {
  p.enter();
  try {
    return alternationAt(p);
  } finally {
    p.depth--;
  }
}

function alternationAt(p: QueryParser): PatternTerm {
  const start = p.peek().start;
  const first = concat(p);
  if (!p.isSym('|')) return first;
  const alternatives = [first];
  while (p.acceptSym('|')) alternatives.push(concat(p));
  return { kind: 'PatternAlternation', span: p.spanFrom(start), alternatives };
}

function concat(p: QueryParser): PatternTerm {
  const start = p.peek().start;
  const items: PatternTerm[] = [];
  while (p.isSym('(') || p.isIdentifierToken()) items.push(quantified(p));
  if (items.length === 0) p.fail(['a pattern variable', "'('"]);
  if (items.length === 1) return items[0]!;
  return { kind: 'PatternConcat', span: p.spanFrom(start), items };
}

function quantified(p: QueryParser): PatternTerm {
  const start = p.peek().start;
  let term: PatternTerm;
  if (p.acceptSym('(')) {
    const inner = alternation(p);
    p.expectSym(')');
    term = { kind: 'PatternGroup', span: p.spanFrom(start), pattern: inner };
  } else {
    const name = p.identifier('a pattern variable');
    term = { kind: 'PatternVar', span: p.spanFrom(start), name };
  }
  let min: number;
  let max: number | undefined;
  let written: '*' | '+' | '?' | '{}';
  if (p.acceptSym('*')) [min, max, written] = [0, undefined, '*'];
  else if (p.acceptSym('+')) [min, max, written] = [1, undefined, '+'];
  else if (p.acceptSym('?')) [min, max, written] = [0, 1, '?'];
  else if (p.acceptSym('{')) {
    written = '{}';
    min = p.isSym(',') ? 0 : p.integer('a repetition count');
    max = min;
    if (p.acceptSym(',')) max = p.isSym('}') ? undefined : p.integer('a repetition count');
    p.expectSym('}');
  } else return term;
  const reluctant = p.acceptSym('?');
  return {
    kind: 'PatternQuantified',
    span: p.spanFrom(start),
    term,
    min,
    ...(max !== undefined ? { max } : {}),
    written,
    reluctant,
  };
}
