/**
 * What query translation needs from the session: catalogs and the current catalog/database,
 * configuration, the function registry, ids for plan nodes, and parsing of stored SQL text
 * (views, computed columns, watermarks).
 */
import type { PlanNode, PlanField } from '../../runtime/plan/plan.js';
import type { CatalogRegistry } from '../catalog/catalog-api.js';
import type { Query } from '../ast/index.js';
import type { ExprContext } from './expr-translator.js';
import type { ScopeColumn } from './scope.js';

/** A translated relation: its plan and the columns its consumers see. */
export interface Rel {
  readonly node: PlanNode;
  readonly columns: readonly ScopeColumn[];
  /**
   * Set when the relation is a window table function not yet materialised: the aggregate
   * consuming it fuses with it (SESSION is only valid that way).
   */
  readonly window?: WindowRel;
}

/** A window TVF awaiting its aggregation. */
export interface WindowRel {
  readonly spec: import('../../runtime/operators/window-assign.js').WindowSpec;
  /** The TVF's input (before window columns). */
  readonly input: Rel;
  readonly timeIndex: number;
  /** Set for a TIMESTAMP_LTZ time attribute: windows align to this zone's wall clock. */
  readonly shiftTimeZone?: string;
  /** SESSION: the input columns of `TABLE t PARTITION BY …` (sessions are kept per their values). */
  readonly partitionKeys?: readonly number[];
  /** From Flink's group-window syntax (GROUP BY SESSION(ts, gap), keys): sessions per grouping key. */
  readonly groupWindow?: boolean;
}

/** Session-level lookups for translation. */
export interface TranslateContext {
  readonly expr: ExprContext;
  readonly catalogs: CatalogRegistry;
  readonly currentCatalog: string;
  readonly currentDatabase: string;
  readonly config: Readonly<Record<string, string>>;
  nextId(): number;
  /** CTEs visible here, innermost last. */
  readonly ctes: Map<string, { query: Query; columns?: readonly string[]; source: string }>[];
}

/** Plan fields from scope columns. */
export function fieldsOf(columns: readonly ScopeColumn[]): PlanField[] {
  return columns.map((c) => ({ name: c.name, type: c.type }));
}
