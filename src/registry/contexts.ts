/**
 * Schema Registry contexts as Confluent's QualifiedSubject: a subject `:.ctx:name` lives in
 * context `.ctx`; a plain subject in the default context `.`. Each context has its own id space
 * (the same id may name different schemas in two contexts); an unqualified reference from a
 * schema in a context means a subject of that context.
 */

export const DEFAULT_CONTEXT = '.';
const CONTEXT_PREFIX = ':.';
const CONTEXT_WILDCARD = ':*:';

export interface QualifiedSubject {
  /** `.` or `.name` */
  context: string;
  /** The subject inside its context (may be empty: `:.ctx:` names the context itself). */
  name: string;
}

/** Split a subject as QualifiedSubject does (`:.ctx:name`, `:.ctx` = the context alone). */
export function parseQualified(subject: string): QualifiedSubject {
  if (!subject.startsWith(CONTEXT_PREFIX)) return { context: DEFAULT_CONTEXT, name: subject };
  const ix = subject.indexOf(':', CONTEXT_PREFIX.length);
  if (ix < 0) return { context: subject.slice(1), name: '' };
  return { context: subject.slice(1, ix), name: subject.slice(ix + 1) };
}

/** The qualified spelling: plain in the default context, `:.ctx:name` elsewhere. */
export function qualify(context: string, name: string): string {
  return context === DEFAULT_CONTEXT ? name : `:${context}:${name}`;
}

/** QualifiedSubject.normalize: `:.:name` is `name`. */
export function normalizeSubject(subject: string): string {
  const q = parseQualified(subject);
  return qualify(q.context, q.name);
}

export function contextOf(subject: string): string {
  return parseQualified(subject).context;
}

/**
 * QualifiedSubject.qualifySubjectWithParent: a reference's unqualified subject is in the
 * referring schema's context.
 */
export function qualifyReference(parentSubject: string, refSubject: string): string {
  const ref = parseQualified(refSubject);
  if (ref.context !== DEFAULT_CONTEXT) return qualify(ref.context, ref.name);
  const parent = contextOf(parentSubject);
  return parent === DEFAULT_CONTEXT ? refSubject : qualify(parent, refSubject);
}

/**
 * Whether a subject is listed for a `subjectPrefix` as Confluent's range scans select it:
 * undefined = every context; `:*:p` = any context, name starting with p; otherwise the prefix's
 * own context (plain = the default one) and a name starting with its name part.
 */
export function matchesSubjectPrefix(subject: string, prefix: string | undefined): boolean {
  if (prefix === undefined) return true;
  const s = parseQualified(subject);
  if (prefix.startsWith(CONTEXT_WILDCARD)) return s.name.startsWith(prefix.slice(CONTEXT_WILDCARD.length));
  const p = parseQualified(prefix);
  return s.context === p.context && s.name.startsWith(p.name);
}

/** Confluent's listing order: by context, then by subject within it. */
export function compareSubjects(a: string, b: string): number {
  const qa = parseQualified(a);
  const qb = parseQualified(b);
  if (qa.context !== qb.context) return qa.context < qb.context ? -1 : 1;
  return qa.name < qb.name ? -1 : qa.name > qb.name ? 1 : 0;
}
