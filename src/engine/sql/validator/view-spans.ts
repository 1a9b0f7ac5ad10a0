/**
 * A view's query is parsed from the view's own text, so its spans are positions in that text,
 * not in the script that uses the view. Errors found in it — while validating it here, or later
 * by the planner or at run time through the spans its expressions keep — must point at the
 * view's reference in the script instead (the expression text in run-time messages is taken
 * from the view's text while translating, so it stays exact).
 */
import { SqlError, type Span } from '../../../common/errors.js';
import type { Rel } from './context.js';
import { validationError } from './errors.js';

const isSpan = (v: unknown): v is Span =>
  typeof v === 'object' &&
  v !== null &&
  'start' in v &&
  'end' in v &&
  typeof (v as Span).start?.line === 'number';

/** A copy of `value` (plain objects and arrays only) with every `span` replaced by `span`. */
function respan<T>(value: T, span: Span, seen: Map<object, unknown>): T {
  if (typeof value !== 'object' || value === null) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const x of value) out.push(respan(x, span, seen));
    return out as T;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value))
    out[k] = k === 'span' && isSpan(v) ? span : respan(v, span, seen);
  return out as T;
}

/**
 * Translates a view's query with `translate`, with positions moved to `ref` (the view's
 * reference), also in `sideSpans`: entries the translation appends to it (the calls of
 * non-deterministic functions the session checks later).
 */
export function translateView(
  name: string,
  ref: Span,
  translate: () => Rel,
  sideSpans: { span: Span }[] = [],
): Rel {
  const before = sideSpans.length;
  let rel: Rel;
  try {
    rel = translate();
  } catch (err) {
    if (!(err instanceof SqlError)) throw err;
    const d = err.diagnostics[0];
    throw validationError(`View '${name}' is invalid: ${d?.message ?? err.message}`, ref, d?.hint);
  }
  for (let i = before; i < sideSpans.length; i++) sideSpans[i] = { ...sideSpans[i]!, span: ref };
  return respan(rel, ref, new Map());
}
