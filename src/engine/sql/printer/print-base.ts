/**
 * Printing helpers shared by the expression, query and statement printers: identifiers,
 * string literals, hints and properties.
 */
import type { Hint, Identifier, Property, QualifiedName } from '../ast/index.js';
import { RESERVED } from '../lexer/keywords.js';

const SIMPLE_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** A name as written; backticks when it was quoted or when it could not be read unquoted. */
export function printIdent(id: Identifier): string {
  if (!id.quoted && SIMPLE_NAME.test(id.value) && !RESERVED.has(id.value.toUpperCase())) return id.value;
  return '`' + id.value.replace(/`/g, '``') + '`';
}

export function printName(name: QualifiedName): string {
  return name.map(printIdent).join('.');
}

/** A SQL string literal with `''` escapes. */
export function printString(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}

export function printIdentList(ids: readonly Identifier[]): string {
  return '(' + ids.map(printIdent).join(', ') + ')';
}

export function printProperties(props: readonly Property[]): string {
  return '(' + props.map((p) => `${printString(p.key)} = ${printString(p.value)}`).join(', ') + ')';
}

/** A hint option written as an identifier when it reads as one, else as a string. */
function hintValue(v: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(v) &&
    !v.split('.').some((part) => RESERVED.has(part.toUpperCase()))
    ? v
    : printString(v);
}

/** `/*+ A(…), B *\/`, or '' when there are none. */
export function printHints(hints: readonly Hint[]): string {
  if (hints.length === 0) return '';
  const body = hints.map((h) => {
    const name = printIdent(h.name);
    if (h.kvOptions)
      return `${name}(${h.kvOptions.map((o) => `${printString(o.key)} = ${printString(o.value)}`).join(', ')})`;
    if (h.listOptions) return `${name}(${h.listOptions.map(hintValue).join(', ')})`;
    return name;
  });
  return `/*+ ${body.join(', ')} */`;
}
