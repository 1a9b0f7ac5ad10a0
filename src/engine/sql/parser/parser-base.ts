/**
 * Token navigation, error reporting and name parsing shared by every part of the parser.
 */
import type { Span } from '../../../common/errors.js';
import type { Identifier, Property, QualifiedName } from '../ast/node.js';
import { RESERVED, STRUCTURAL } from '../lexer/keywords.js';
import type { LineMap } from '../lexer/positions.js';
import type { Token } from '../lexer/token.js';
import { makeDiagnostic, ParseFailure } from './diagnostics.js';
import { suggestKeyword } from './suggest.js';

/** An AST node under construction: optional fields are set one by one, in declared order. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Hot AST nodes come from one constructor whose prototype is Object.prototype: the objects equal
// the literals they replace (same prototype, same own properties in the same order) but have no
// literal allocation site. V8 switches a literal site that keeps producing long-lived objects to
// old-space allocation after a few parses and then throws away every compiled function that
// inlined the site, which cost the warm parses of a large script a full recompile.
interface NodeFields {
  kind: string;
  span: Span;
}
function NodeObject(this: NodeFields, kind: string, span: Span): void {
  this.kind = kind;
  this.span = span;
}
NodeObject.prototype = Object.prototype;
const newNode = NodeObject as unknown as new (kind: string, span: Span) => NodeFields;

/**
 * Start an AST node with its kind and span; the caller sets the other fields in declared order,
 * optional ones only when present (see Mutable).
 */
export function draft<T extends { kind: string }>(kind: T['kind'], span: Span): Mutable<T> {
  return new newNode(kind, span) as unknown as Mutable<T>;
}

/** Describe a token for "… but found X". */
export function describeToken(t: Token): string {
  switch (t.type) {
    case 'eof':
      return 'end of input';
    case 'word':
      return RESERVED.has(t.upper) ? `reserved keyword '${t.text}'` : `'${t.text}'`;
    case 'quoted':
      return `identifier ${t.text}`;
    case 'string':
      return `string ${t.text.length > 30 ? t.text.slice(0, 27) + "...'" : t.text}`;
    case 'number':
      return `number ${t.text}`;
    case 'error':
      return t.value;
    default:
      return `'${t.text}'`;
  }
}

/** Deepest nesting of expressions/queries accepted (far beyond real SQL, far below the stack). */
const MAX_DEPTH = 200;

export abstract class ParserBase {
  /** Index of the next token (public for the helper modules of this parser). */
  pos = 0;
  /** Token index of the last alias written without AS (for "did you mean" hints). */
  implicitAliasAt = -1;
  /** Nesting depth of expressions and queries, bounded so deep input cannot overflow the stack. */
  depth = 0;

  /** Enter one nesting level; fails cleanly past MAX_DEPTH. The caller decrements `depth`. */
  enter(): void {
    if (++this.depth > MAX_DEPTH) {
      const t = this.peek();
      this.failAt(t.start, t.end, `the statement is nested too deeply (more than ${MAX_DEPTH} levels)`);
    }
  }

  /** Index of the last token (always 'eof'). */
  private readonly last: number;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly lines: LineMap,
  ) {
    this.last = tokens.length - 1;
  }

  peek(k = 0): Token {
    const i = this.pos + k;
    return i < this.last ? this.tokens[i]! : this.tokens[this.last]!;
  }

  next(): Token {
    const t = this.peek();
    if (t.type !== 'eof') this.pos++;
    return t;
  }

  /** End offset of the last consumed token. */
  get prevEnd(): number {
    return this.pos > 0 ? this.tokens[this.pos - 1]!.end : 0;
  }

  /** The span from `start` (an offset) to the end of the last consumed token. */
  spanFrom(start: number): Span {
    return this.lines.span(start, Math.max(start, this.prevEnd));
  }

  /** True when the k-th next token is the (unquoted) word `w` (upper case). */
  isWord(w: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'word' && t.upper === w;
  }

  /** True when the next tokens are the given words in order. */
  isWords(...ws: string[]): boolean {
    for (let k = 0; k < ws.length; k++) if (!this.isWord(ws[k]!, k)) return false;
    return true;
  }

  isSym(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'symbol' && t.text === s;
  }

  acceptWord(w: string): boolean {
    if (!this.isWord(w)) return false;
    this.pos++;
    return true;
  }

  /** Consume the words if they all come next; otherwise consume nothing. */
  acceptWords(...ws: string[]): boolean {
    for (let k = 0; k < ws.length; k++) if (!this.isWord(ws[k]!, k)) return false;
    this.pos += ws.length;
    return true;
  }

  /**
   * A clause opened by a reserved word (`GROUP BY`, `ORDER BY`, `PARTITION BY`): Flink's parser
   * commits to the clause on its first word, so `… FROM t GROUP` fails where BY is missing.
   */
  acceptClause(first: string, second: string): boolean {
    if (!this.isWord(first)) return false;
    this.pos++;
    this.expectWord(second);
    return true;
  }

  acceptSym(s: string): boolean {
    if (!this.isSym(s)) return false;
    this.pos++;
    return true;
  }

  expectWord(...ws: string[]): Token {
    let first: Token | undefined;
    for (const w of ws) {
      if (!this.isWord(w)) this.fail([w]);
      const t = this.next();
      first ??= t;
    }
    return first!;
  }

  expectSym(s: string): Token {
    if (!this.isSym(s)) this.fail([`'${s}'`]);
    return this.next();
  }

  /** If the next word is one of `options`, consume it and return it (upper case). */
  acceptOneOf<W extends string>(...options: W[]): W | undefined {
    const t = this.peek();
    if (t.type !== 'word') return undefined;
    const i = options.indexOf(t.upper as W);
    if (i < 0) return undefined;
    this.pos++;
    return options[i];
  }

  expectOneOf<W extends string>(...options: W[]): W {
    const w = this.acceptOneOf(...options);
    if (w === undefined) this.fail(options);
    return w;
  }

  /**
   * Throw a parse error at `token`: "expected A, B or C but found X". A reserved word found
   * where a name could go gets a hint to quote it.
   */
  fail(expected: readonly string[] | string, token: Token = this.peek(), hint?: string): never {
    const exp = typeof expected === 'string' ? [expected] : expected;
    if (token.type === 'error') {
      throw new ParseFailure(
        makeDiagnostic(this.lines, token.start, token.end, token.value, [], token.value),
      );
    }
    const found = token.type === 'symbol' && token.text === ';' ? 'end of input' : describeToken(token);
    const list =
      exp.length <= 1
        ? (exp[0] ?? 'something else')
        : `${exp.slice(0, -1).join(', ')} or ${exp[exp.length - 1]}`;
    let h = hint;
    if (!h && token.type === 'word' && RESERVED.has(token.upper) && !STRUCTURAL.has(token.upper)) {
      h = `'${token.text}' is a reserved keyword; to use it as a name, quote it with backticks: \`${token.text}\``;
    }
    if (!h && token.type === 'word' && !RESERVED.has(token.upper)) {
      const kw = suggestKeyword(token.text, exp);
      if (kw) h = `did you mean ${kw}?`;
    }
    // `FROM t WHRE a = 1`: the misspelled keyword was taken as an alias just before.
    const prev = this.tokens[this.implicitAliasAt];
    if (!h && prev && this.implicitAliasAt === this.tokens.indexOf(token) - 1) {
      const kw = suggestKeyword(prev.text, []);
      if (kw) h = `'${prev.text}' was read as an alias; did you mean ${kw}?`;
    }
    // Flink (JavaCC) reports <EOF> at the last character of the input, not after it. A statement's
    // closing ';' is Flink's end of input (a script is cut at ';'): the character before it.
    const endsStatement = token.type === 'symbol' && token.text === ';' && token.start > 0;
    const at = (token.type === 'eof' || endsStatement) && token.start > 0 ? token.start - 1 : token.start;
    // Calcite's own words too ('Encountered "x" at line 1, column 23'), so a search for
    // Flink's message finds Eddy's.
    const pos = this.lines.span(at, at).start;
    const image = token.type === 'eof' || endsStatement ? '<EOF>' : token.text;
    throw new ParseFailure(
      makeDiagnostic(
        this.lines,
        at,
        token.type === 'eof' || endsStatement ? at : token.end,
        `expected ${list} but found ${found} (Encountered "${image}" at line ${pos.line}, column ${pos.column})`,
        exp,
        found,
        h,
      ),
    );
  }

  /** Throw an error about a span with a custom description (e.g. a bad number). */
  failAt(start: number, end: number, description: string, hint?: string): never {
    throw new ParseFailure(
      makeDiagnostic(this.lines, start, end, description, [], this.text.slice(start, end), hint),
    );
  }

  /** True when the token can be a name: a quoted identifier or a non-reserved word. */
  isIdentifierToken(t: Token = this.peek()): boolean {
    return t.type === 'quoted' || (t.type === 'word' && !RESERVED.has(t.upper));
  }

  identifier(what = 'an identifier'): Identifier {
    const t = this.peek();
    if (!this.isIdentifierToken(t)) this.fail([what]);
    this.pos++;
    const id = draft<Identifier>('Identifier', this.lines.span(t.start, t.end));
    id.value = t.value;
    id.quoted = t.type === 'quoted';
    return id;
  }

  /** `a`, `a.b`, `a.b.c`. */
  qualifiedName(what = 'a name'): QualifiedName {
    const parts = [this.identifier(what)];
    while (this.isSym('.') && (this.isIdentifierToken(this.peek(1)) || this.peek(1).type === 'word')) {
      this.pos++;
      // A reserved word after the dot fails here, with the hint to quote it.
      parts.push(this.identifier(what));
    }
    return parts;
  }

  /** `(a, b, c)`. */
  identifierList(what = 'a column name'): Identifier[] {
    this.expectSym('(');
    const out = [this.identifier(what)];
    while (this.acceptSym(',')) out.push(this.identifier(what));
    this.expectSym(')');
    return out;
  }

  /** A string literal; adjacent literals separated by whitespace are joined (SQL standard). */
  stringValue(what = 'a string literal'): string {
    if (this.peek().type !== 'string') this.fail([what]);
    let v = this.next().value;
    while (this.peek().type === 'string' && this.peek().spaceBefore) v += this.next().value;
    return v;
  }

  /** A non-negative integer literal. */
  integer(what = 'an integer'): number {
    const t = this.peek();
    if (t.type !== 'number' || !/^\d+$/.test(t.text)) this.fail([what]);
    this.pos++;
    const n = Number(t.text);
    if (!Number.isSafeInteger(n)) this.failAt(t.start, t.end, `integer ${t.text} is too large`);
    return n;
  }

  /** `('k' = 'v', …)`. */
  propertyList(): Property[] {
    this.expectSym('(');
    const out: Property[] = [];
    if (this.acceptSym(')')) return out;
    do {
      const start = this.peek().start;
      const key = this.stringValue("a property key (a string literal such as 'connector')");
      this.expectSym('=');
      const value = this.stringValue('a property value (a string literal)');
      out.push({ kind: 'Property', span: this.spanFrom(start), key, value });
    } while (this.acceptSym(','));
    this.expectSym(')');
    return out;
  }
}
