/**
 * What the validator and the expression compiler need from the built-in function library
 * (src/engine/runtime/functions, owned by the types engineer): a lookup by upper-case name of
 * scalar functions/operators and aggregate functions, each with type inference and a plain JS
 * implementation. Adapters in function-registry.ts map the library onto this interface.
 */
import type { LogicalType } from '../../../types/index.js';
import type { AggregateImpl } from '../operators/aggregate-api.js';

/** Context given to implementations once per statement. */
export interface ImplementContext {
  /** Session time zone (`sql.local-time-zone`), `UTC` by default. */
  readonly timeZone: string;
  /** The SQL text of the call, for run-time error messages. */
  readonly exprText: string;
}

/** A scalar function or operator. */
export interface ScalarFunctionDef {
  readonly name: string;
  /** False for NOW, RAND, UUID …: refused in update-producing queries. */
  readonly deterministic: boolean;
  /** True when any NULL argument gives NULL (the compiler then skips the call). */
  readonly nullStrict: boolean;
  /**
   * The result type for the argument types, or throws an Error whose message says what is wrong
   * (the validator adds the position). `literals[i]` is the value of argument i when it is a literal.
   */
  inferType(argTypes: readonly LogicalType[], literals: readonly unknown[]): LogicalType;
  /** A function over JS values, built once per statement. */
  implement(
    argTypes: readonly LogicalType[],
    resultType: LogicalType,
    ctx: ImplementContext,
  ): (...args: unknown[]) => unknown;
}

/** An aggregate function. */
export interface AggregateFunctionDef {
  readonly name: string;
  inferType(argTypes: readonly LogicalType[]): LogicalType;
  /**
   * An implementation for these types. `options.needsRetraction` is false when the input is
   * insert-only (Flink then uses the cheaper non-retracting variant, e.g. MAX without a map).
   */
  create(
    argTypes: readonly LogicalType[],
    resultType: LogicalType,
    options?: { readonly needsRetraction: boolean },
  ): AggregateImpl;
}

/** The lookup. Names are upper case. */
export interface FunctionRegistry {
  scalar(name: string): ScalarFunctionDef | undefined;
  aggregate(name: string): AggregateFunctionDef | undefined;
  /** Every function name, for SHOW FUNCTIONS and did-you-mean hints. */
  names(): string[];
}
