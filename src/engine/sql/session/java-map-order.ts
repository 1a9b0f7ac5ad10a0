/**
 * Functions whose Flink implementation builds a `java.util.HashMap`, so their maps iterate (and
 * print, and give MAP_KEYS / MAP_ENTRIES) in HashMap order rather than insertion order. Each
 * wraps the library's implementation and reorders its result with `javaHashMapOrder`.
 *
 * STR_TO_MAP: SqlFunctionUtils.strToMap does `text.split(listDelimiter)` then
 * `new HashMap<>(keyValuePairs.length)` and puts each pair in order.
 */
import { javaHashMapOrder } from '../../../types/format-value.js';
import type { SqlValue } from '../../../types/index.js';
import type { FunctionRegistry, ScalarFunctionDef } from '../../runtime/expr/function-api.js';

/** The length of Java's `text.split(regex)`: trailing empty strings removed. */
export function javaSplitLength(text: string, regex: string): number {
  let parts: string[];
  try {
    parts = text.split(new RegExp(regex, 'u'));
  } catch {
    parts = text.split(regex);
  }
  // Java drops a leading empty string only for a zero-width match at 0 (JS keeps none either).
  let n = parts.length;
  while (n > 0 && parts[n - 1] === '') n--;
  return n;
}

function strToMap(base: ScalarFunctionDef): ScalarFunctionDef {
  return {
    ...base,
    implement(argTypes, resultType, ctx) {
      const f = base.implement(argTypes, resultType, ctx);
      return (...args: unknown[]) => {
        const m = f(...args);
        if (!(m instanceof Map) || m.size < 2) return m;
        const text = args[0] as string;
        const delimiter = args.length >= 2 && typeof args[1] === 'string' ? args[1] : ',';
        return javaHashMapOrder(m as Map<SqlValue, unknown>, javaSplitLength(text, delimiter));
      };
    },
  };
}

/** A registry layer over `base` with the HashMap-ordered variants of its functions. */
export function javaMapOrderLayer(base: FunctionRegistry): FunctionRegistry {
  const s = base.scalar('STR_TO_MAP');
  const overrides = new Map<string, ScalarFunctionDef>(s ? [['STR_TO_MAP', strToMap(s)]] : []);
  return {
    scalar: (n) => overrides.get(n) ?? base.scalar(n),
    aggregate: (n) => base.aggregate(n),
    names: () => base.names(),
  };
}
