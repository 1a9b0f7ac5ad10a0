/**
 * Flink's inline structured type (FLIP-520): class-name rules shared by the type parser, the SQL
 * validator and OBJECT_OF. A class name need not exist (Flink 2.x falls back to Row), but it must
 * be a JVM name: StructuredType#checkClassName uses javax.lang.model.SourceVersion#isName.
 *
 * @example
 * structuredClassNameError('com.example.User'); // undefined
 * structuredClassNameError('com.example.class'); // "Invalid class name 'com.example.class'. …"
 */
import {
  field,
  structuredType,
  type LogicalType,
  type RowField,
  type StructuredType,
} from './logical-type.js';

/** Java's reserved words and literals (SourceVersion#isKeyword, latest source version). */
const JAVA_KEYWORDS = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double else enum ' +
    'extends final finally float for goto if implements import instanceof int interface long native new ' +
    'package private protected public return short static strictfp super switch synchronized this throw ' +
    'throws transient try void volatile while _ true false null'
  ).split(' '),
);

/** Character.isJavaIdentifierStart / isJavaIdentifierPart, by Unicode category. */
const IDENT = /^[\p{L}\p{Nl}\p{Sc}\p{Pc}][\p{L}\p{Nl}\p{Sc}\p{Pc}\p{Mn}\p{Mc}\p{Nd}\p{Cf}]*$/u;

/** SourceVersion#isName: dot-separated Java identifiers, none of them a keyword. */
export function isJavaName(name: string): boolean {
  return name.split('.').every((part) => IDENT.test(part) && !JAVA_KEYWORDS.has(part));
}

/** Flink's message for a class name that is not a JVM name, or undefined when it is one. */
export function structuredClassNameError(className: string): string | undefined {
  if (isJavaName(className)) return undefined;
  return `Invalid class name '${className}'. The class name must comply with JVM identifier rules.`;
}

/** Builds a structured type from (name, type) pairs. */
export function structuredOf(
  className: string,
  attributes: readonly (readonly [string, LogicalType])[],
  nullable = true,
): StructuredType {
  const fields: RowField[] = attributes.map(([n, t]) => field(n, t));
  return structuredType(className, fields, nullable);
}
