/**
 * A table function call's arguments by parameter name: positional ones take the parameters in
 * order, named ones (`name => value`) their parameter wherever they stand.
 */
import type { Expr, FunctionCall } from '../ast/index.js';
import { validationError } from './errors.js';

export interface BindOptions {
  /** The spelling of a written name that `params` use (names match regardless of case). */
  readonly spell: (name: string) => string;
  /** Refuse a parameter named twice (otherwise the last one is taken). */
  readonly refuseTwice: boolean;
}

/** The arguments of `c`, a call of `fn` with parameters `params`, by parameter. */
export function bindArguments(
  fn: string,
  c: FunctionCall,
  params: readonly string[],
  options: BindOptions,
): Map<string, Expr> {
  const args = new Map<string, Expr>();
  c.args.forEach((a, i) => {
    if (a.kind === 'NamedArgument') {
      const n = options.spell(a.name.value);
      if (!params.includes(n))
        throw validationError(
          `${fn} has no parameter named '${a.name.value}'; parameters are ${params.join(', ')}`,
          a.span,
        );
      if (options.refuseTwice && args.has(n))
        throw validationError(`Argument '${n}' of ${fn} is given twice`, a.span);
      args.set(n, a.value);
    } else {
      if (i >= params.length) throw validationError(`Too many arguments for ${fn}`, a.span);
      args.set(params[i]!, a);
    }
  });
  return args;
}
