/**
 * Tokens of Flink SQL. Words are not classified as keywords here: keywords are not reserved
 * everywhere, so the parser decides from context (and from `keywords.ts`).
 *
 * @example
 * // tokenize('SELECT `a b`') → [{ type: 'word', text: 'SELECT', upper: 'SELECT', … },
 * //                             { type: 'quoted', value: 'a b', … }, { type: 'eof', … }]
 */
export type TokenType =
  /** An unquoted identifier or keyword. `value` keeps the case; `upper` is for keyword tests. */
  | 'word'
  /** A backtick-quoted identifier; `value` is decoded (doubled backticks → one). */
  | 'quoted'
  /** `'…'` or `U&'…'` (decoded into `value`). */
  | 'string'
  /** `X'…'`: `value` is the hex digits. */
  | 'binary'
  | 'number'
  /** Punctuation and operators: `(`, `)`, `,`, `;`, `.`, `=>`, `<>`, `||`, … */
  | 'symbol'
  /** The `/*+` opening a hint comment, and its closing `*\/`. */
  | 'hintStart'
  | 'hintEnd'
  /** Text the lexer could not read (unterminated string, stray character); `value` says why. */
  | 'error'
  | 'eof';

export interface Token {
  readonly type: TokenType;
  /** The source text of the token. */
  readonly text: string;
  /** Decoded value (see TokenType). */
  readonly value: string;
  /** Upper-cased text for words, the text otherwise. */
  readonly upper: string;
  /** Offsets into the source, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** True when whitespace or a comment separates this token from the previous one. */
  readonly spaceBefore: boolean;
}
