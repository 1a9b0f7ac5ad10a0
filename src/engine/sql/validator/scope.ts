/**
 * Name resolution: the columns visible to an expression, each with the table alias that
 * qualifies it. Identifiers are case-sensitive (Flink). Errors name what was not found, where,
 * and the closest existing name.
 */
import type { LogicalType, RowType, StructuredType } from '../../../types/index.js';
import { ref, call, type RexExpr } from '../../runtime/plan/expr.js';
import type { ColumnRef, Identifier } from '../ast/index.js';
import { didYouMean, validationError } from './errors.js';

/** A visible column: position in the input row, name, type, and the alias of its table. */
export interface ScopeColumn {
  readonly name: string;
  readonly type: LogicalType;
  readonly qualifier?: string;
  /** A system column (`$rowtime`): resolvable by name, left out of `SELECT *`. */
  readonly hidden?: boolean;
  /**
   * Set on window_start / window_end / window_time of a window aggregation's output (and
   * projections of them): a later GROUP BY on them is a window aggregation too (cascading).
   */
  readonly windowProp?: { readonly role: 0 | 1 | 2; readonly window: import('./context.js').WindowRel };
}

/** The columns of one relational input. */
export class Scope {
  constructor(readonly columns: readonly ScopeColumn[]) {}

  /** Table aliases present. */
  get qualifiers(): string[] {
    return [...new Set(this.columns.map((c) => c.qualifier).filter((q): q is string => q !== undefined))];
  }

  /** Resolves a column reference (possibly `t.col`, `col.field`, `t.col.field`). */
  resolve(node: ColumnRef): RexExpr {
    const names = node.names;
    const first = names[0]!;
    // t.col… when the first name is a table alias and not a column.
    if (
      names.length >= 2 &&
      this.qualifiers.includes(first.value) &&
      !this.columns.some((c) => c.name === first.value)
    ) {
      const col = names[1]!;
      const idx = this.columns.findIndex((c) => c.qualifier === first.value && c.name === col.value);
      if (idx < 0) {
        const cands = this.columns.filter((c) => c.qualifier === first.value).map((c) => c.name);
        throw validationError(
          `Column '${col.value}' not found in table '${first.value}'${didYouMean(col.value, cands)}`,
          col.span,
        );
      }
      return this.fields(ref(idx, this.columns[idx]!.type), names.slice(2));
    }
    const matches = this.columns.map((c, i) => (c.name === first.value ? i : -1)).filter((i) => i >= 0);
    if (matches.length === 0) throw this.notFound(first, names.length >= 2);
    if (matches.length > 1) throw validationError(`Column '${first.value}' is ambiguous`, first.span);
    const idx = matches[0]!;
    return this.fields(ref(idx, this.columns[idx]!.type), names.slice(1));
  }

  private notFound(name: Identifier, compound: boolean): Error {
    const q = this.qualifiers;
    const cands = this.columns.map((c) => c.name);
    const where = q.length === 1 ? `table '${q[0]}'` : 'any table';
    if (compound && !q.includes(name.value)) {
      return validationError(`Table '${name.value}' not found${didYouMean(name.value, q)}`, name.span);
    }
    return validationError(
      `Column '${name.value}' not found in ${where}${didYouMean(name.value, cands)}`,
      name.span,
    );
  }

  /** `expr.f1.f2` on ROW types. */
  private fields(base: RexExpr, path: readonly Identifier[]): RexExpr {
    let e = base;
    for (const f of path) {
      if (e.type.kind !== 'ROW' && e.type.kind !== 'STRUCTURED') {
        throw validationError(
          `Column '${f.value}' not found: the expression is of type ${e.type.kind}, not ROW`,
          f.span,
        );
      }
      // a STRUCTURED value is a row of its attributes (Flink's RowData)
      const row = e.type as RowType | StructuredType;
      const i = row.fields.findIndex((x) => x.name === f.value);
      if (i < 0) {
        throw validationError(
          `Field '${f.value}' not found in ROW type${didYouMean(
            f.value,
            row.fields.map((x) => x.name),
          )}`,
          f.span,
        );
      }
      const ft = row.fields[i]!.type;
      e = call(
        'FIELD',
        [e, { k: 'lit', value: i, type: { kind: 'INT', nullable: false } }],
        row.nullable ? { ...ft, nullable: true } : ft,
      );
    }
    return e;
  }
}
