/**
 * Collection functions, value construction and value access: CARDINALITY, ELEMENT, ITEM
 * (`array[i]`, 1-based, NULL when out of range; `map[key]`), FIELD (`row.field`), ARRAY / MAP /
 * ROW constructors, ARRAY_* and MAP_* functions, and the grouping functions' types.
 */
import { ExecutionError, NotSupportedError } from '../../../common/errors.js';
import { calciteTypeText } from './json-rules.js';
import {
  arrayType,
  bigintType,
  booleanType,
  findCommonType,
  findCommonValueType,
  formatType,
  intType,
  mapType,
  rowType,
  stringType,
  supportsImplicitCast,
  valueComparator,
  valueKey,
  withNullable,
  type LogicalType,
  type MapType,
  type SqlValue,
} from '../../../types/index.js';
import {
  anyNullable,
  converter,
  isChar,
  isInt,
  scalar,
  signatureError,
  simple,
  toNum,
  validationError,
  type BuiltinScalar,
  type Impl,
} from './define.js';

const elemOf = (t: LogicalType): LogicalType =>
  t.kind === 'ARRAY' || t.kind === 'MULTISET' ? t.element : { kind: 'NULL', nullable: true };

/** Calcite's SqlTypeFamily of a map key or index type, as SqlItemOperator compares them. */
function keyFamily(t: LogicalType): string {
  if (['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL'].includes(t.kind))
    return 'NUMERIC';
  if (t.kind === 'CHAR' || t.kind === 'VARCHAR') return 'CHARACTER';
  if (t.kind === 'BINARY' || t.kind === 'VARBINARY') return 'BINARY';
  if (t.kind === 'TIMESTAMP_LTZ') return 'TIMESTAMP';
  return t.kind;
}

/** Equality on array elements including NULL = NULL (ARRAY_CONTAINS, ARRAY_REMOVE, …). */
function elemEq(t: LogicalType): (a: SqlValue, b: SqlValue) => boolean {
  const cmp = valueComparator(t);
  return (a, b) => (a === null || b === null ? a === b : cmp(a, b) === 0);
}

function distinct(t: LogicalType, xs: readonly SqlValue[]): SqlValue[] {
  const key = valueKey(t);
  const seen = new Set<unknown>();
  const out: SqlValue[] = [];
  for (const x of xs) {
    const k = x === null ? '\u0000null' : key(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

function arrayFn(
  names: string[],
  sigs: string[][],
  result: (args: readonly LogicalType[]) => LogicalType | string,
  impl: (args: readonly LogicalType[], r: LogicalType) => Impl,
  nullStrict = true,
  flinkSignatures?: string,
): BuiltinScalar {
  return simple({ names, category: 'collection', sigs, result, impl, nullStrict, flinkSignatures });
}

/**
 * Flink's ArrayElementArgumentTypeStrategy: the needle must cast implicitly to the array's element
 * type (ARRAY_CONTAINS(ARRAY<INT>, TRUE) and ARRAY_APPEND(ARRAY<STRING>, 1) are refused).
 */
function withElementCheck(
  name: string,
  argName: string,
  result: (args: readonly LogicalType[]) => LogicalType | string,
): (args: readonly LogicalType[]) => LogicalType | string {
  return (args) => {
    const arr = args[0]!;
    // nullability does not matter: ARRAY_APPEND(ARRAY<STRING NOT NULL>, NULL) is ARRAY<STRING>
    const refused = `Invalid input arguments. Expected signatures are:\n${name}(${argName} <ARRAY>, ${argName === 'array' ? 'element' : 'needle'} <ARRAY ELEMENT>)`;
    if (arr.kind !== 'ARRAY' && arr.kind !== 'NULL') return refused;
    if (
      arr.kind === 'ARRAY' &&
      !supportsImplicitCast(withNullable(args[1]!, true), withNullable(elemOf(arr), true))
    ) {
      return refused;
    }
    return result(args);
  };
}

/**
 * The result type of ARRAY_UNION / ARRAY_CONCAT: the common type of the arrays, with Flink's
 * messages for a non-array argument and for arrays without a common type.
 */
function commonArrayType(
  name: string,
  args: readonly LogicalType[],
  signature: string,
): LogicalType | string {
  if (args.some((t) => t.kind !== 'ARRAY' && t.kind !== 'NULL')) {
    return `Invalid input arguments. Expected signatures are:\n${signature}`;
  }
  // findCommonValueType: findCommonType's DATE-with-exact-numeric pattern gives ARRAY<DATE> for
  // ARRAY<DATE> and ARRAY<INT>, but Flink then refuses the INT array's implicit cast to it.
  return (
    findCommonValueType(args.map((t) => withNullable(t, false))) ??
    `Invalid function call:\n${name}(${args.map(formatType).join(', ')})`
  );
}

/** The field `row[sel]` selects: by name, or by 1-based position; -1 when there is none. */
function rowFieldIndex(row: LogicalType, sel: unknown): number {
  if (row.kind !== 'ROW') return -1;
  if (typeof sel === 'string') return row.fields.findIndex((f) => f.name === sel);
  if (typeof sel === 'number' || typeof sel === 'bigint') return Number(sel) - 1;
  return -1;
}

/** Element kinds ARRAY_MAX / ARRAY_MIN order (CollectionFunctionsITCase refuses BOOLEAN, ROW, MAP, ARRAY). */
const ORDERED_ELEMENT_KINDS = new Set([
  'TINYINT',
  'SMALLINT',
  'INT',
  'BIGINT',
  'FLOAT',
  'DOUBLE',
  'DECIMAL',
  'CHAR',
  'VARCHAR',
  'BINARY',
  'VARBINARY',
  'DATE',
  'TIME',
  'TIMESTAMP',
  'TIMESTAMP_LTZ',
  'INTERVAL_YEAR_MONTH',
  'INTERVAL_DAY_TIME',
]);

function minMaxElementType(name: string, arr: LogicalType): LogicalType | string {
  if (arr.kind === 'ARRAY' && !ORDERED_ELEMENT_KINDS.has(elemOf(arr).kind)) {
    return `Invalid function call:\n${name}(${formatType(arr)})`;
  }
  return withNullable(elemOf(arr), true);
}

/**
 * Internal: [1 .. n] for n copies of a row (INTERSECT ALL / EXCEPT ALL, the role of Flink's
 * `$REPLICATE_ROWS$1` table function). The trailing `$` keeps it out of SHOW FUNCTIONS.
 */
const REPLICATE_ROWS = scalar({
  names: ['$REPLICATE_ROWS$1'],
  category: 'collection',
  infer: (args) =>
    args.length === 1 && isInt(args[0]!)
      ? arrayType(intType(false), args[0]!.nullable)
      : '$REPLICATE_ROWS$1 expects an integer count',
  implement: () => (n: number) => Array.from({ length: Math.max(0, n) }, (_, i) => i + 1),
});

export const COLLECTION_FUNCTIONS: BuiltinScalar[] = [
  REPLICATE_ROWS,
  simple({
    names: ['CARDINALITY'],
    category: 'collection',
    sigs: [['ARR'], ['MAP'], ['A']],
    result: (args) =>
      ['ARRAY', 'MAP', 'MULTISET', 'NULL'].includes(args[0]!.kind)
        ? intType(false)
        : `CARDINALITY expects an ARRAY, MAP or MULTISET, got ${formatType(args[0]!)}`,
    impl: (args) =>
      args[0]!.kind === 'ARRAY'
        ? (a: SqlValue[]) => a.length
        : (m: Map<SqlValue, SqlValue>) =>
            args[0]!.kind === 'MULTISET'
              ? [...m.values()].reduce<number>((s, n) => s + (n as number), 0)
              : m.size,
  }),
  simple({
    names: ['ELEMENT'],
    category: 'collection',
    sigs: [['ARR']],
    result: (args) => withNullable(elemOf(args[0]!), true),
    impl: () => (a: SqlValue[]) => {
      if (a.length === 0) return null;
      if (a.length > 1) throw new ExecutionError('ELEMENT: Array has more than one element.');
      return a[0]!;
    },
  }),
  scalar({
    names: ['ITEM'],
    category: 'value-access',
    infer(args, lits) {
      const [c, i] = args;
      if (args.length !== 2) return 'ITEM expects (collection, index)';
      if (c!.kind === 'ARRAY') {
        if (!isInt(i!)) return `array index must be an integer, got ${formatType(i!)}`;
        // a literal index is checked up front (Flink's ItemAtIndexArgumentTypeStrategy)
        const lit = lits[1];
        if ((typeof lit === 'number' || typeof lit === 'bigint') && Number(lit) < 1)
          return `Array element access needs an index starting at 1 but was ${String(lit)}.`;
        return withNullable(c!.element, true);
      }
      if (c!.kind === 'MAP') {
        // Calcite's SqlItemOperator checks the key against the family of the map's key type
        // (MapTypeValidationTest#testWrongKeyType: f2[12] of a MAP<STRING, INT> fails)
        if (i!.kind !== 'NULL' && keyFamily(i!) !== keyFamily(c!.key))
          return (
            `Cannot apply 'ITEM' to arguments of type 'ITEM(<${calciteTypeText(c!)}>, <${calciteTypeText(i!)}>)'. ` +
            `Supported form(s): <ARRAY>[<INTEGER>]\n<MAP>[<ANY>]\n<ROW>[<CHARACTER>|<INTEGER>]`
          );
        return withNullable(c!.value, true);
      }
      if (c!.kind === 'ROW') {
        // row['name'] (or row[n], 1-based) is a field access, typed as row.name is
        // (ConstructedAccessFunctionsITCase: f5['nested'] of a NOT NULL row is BIGINT NOT NULL)
        if (lits[1] === undefined || lits[1] === null)
          return `a ROW field is accessed by a field name or 1-based position literal, not by an expression of type ${formatType(i!)}`;
        const idx = rowFieldIndex(c!, lits[1]);
        const f = c!.fields[idx];
        if (!f) return `field ${String(lits[1])} not found in ${formatType(c!)}`;
        return withNullable(f.type, f.type.nullable || c!.nullable);
      }
      return `Cannot apply 'ITEM' to arguments of type '${formatType(c!)}'`;
    },
    implement(args) {
      const c = args[0]!;
      if (c.kind === 'ARRAY') return (a: SqlValue[], i: number | bigint) => a[toNum(i) - 1] ?? null;
      if (c.kind === 'MAP') {
        const conv = converter(args[1]!, c.key);
        const key = valueKey(c.key);
        const primitive = [
          'TINYINT',
          'SMALLINT',
          'INT',
          'BIGINT',
          'DECIMAL',
          'BOOLEAN',
          'CHAR',
          'VARCHAR',
          'DATE',
          'TIME',
        ].includes(c.key.kind);
        return (m: Map<SqlValue, SqlValue>, k: SqlValue) => {
          const kk = conv(k);
          if (primitive) return m.get(kk) ?? null;
          const want = key(kk);
          for (const [mk, v] of m) if (mk !== null && key(mk) === want) return v;
          return null;
        };
      }
      return (r: SqlValue[], sel: string | number | bigint) => r[rowFieldIndex(c, sel)] ?? null;
    },
  }),
  scalar({
    names: ['FIELD', 'DOT'],
    category: 'value-access',
    infer(args, lits) {
      const r = args[0];
      // STRUCTURED attributes are row positions too (FLIP-520 `obj.name`)
      if (!r || (r.kind !== 'ROW' && r.kind !== 'STRUCTURED'))
        return `field access needs a ROW, got ${r ? formatType(r) : 'nothing'}`;
      const sel = lits[1];
      const idx =
        typeof sel === 'string'
          ? r.fields.findIndex((f) => f.name === sel)
          : typeof sel === 'number'
            ? sel
            : typeof sel === 'bigint'
              ? Number(sel)
              : -1;
      const f = r.fields[idx];
      if (!f) return `field ${String(sel)} not found in ${formatType(r)}`;
      return withNullable(f.type, f.type.nullable || r.nullable);
    },
    implement(args) {
      const r = args[0]!;
      return (row: SqlValue[], sel: string | number | bigint) => {
        const idx =
          typeof sel === 'string'
            ? r.kind === 'ROW' || r.kind === 'STRUCTURED'
              ? r.fields.findIndex((f) => f.name === sel)
              : -1
            : Number(sel);
        return row[idx] ?? null;
      };
    },
  }),
  scalar({
    names: ['ARRAY', 'ARRAY_VALUE_CONSTRUCTOR'],
    category: 'value-construction',
    nullStrict: false,
    infer(args) {
      // Calcite's SqlMultisetValueConstructor (ArrayTypeValidationTest#testEmptyArraySql)
      if (args.length === 0) return 'Require at least 1 argument';
      const t = findCommonValueType(args);
      return t
        ? arrayType(t, false)
        : `Parameters must be of the same type: ${args.map(formatType).join(', ')}`;
    },
    implement(args, r) {
      const convs = args.map((a) => converter(a, elemOf(r)));
      return (...xs: SqlValue[]) => xs.map((x, i) => convs[i]!(x));
    },
  }),
  scalar({
    names: ['MAP', 'MAP_VALUE_CONSTRUCTOR'],
    category: 'value-construction',
    nullStrict: false,
    infer(args) {
      // Calcite's SqlMapValueConstructor messages (MapTypeValidationTest)
      if (args.length === 0) return 'Map requires at least 2 arguments';
      if (args.length % 2 !== 0) return 'Map requires an even number of arguments';
      const kt = findCommonValueType(args.filter((_, i) => i % 2 === 0));
      const vt = findCommonValueType(args.filter((_, i) => i % 2 === 1));
      return kt && vt ? mapType(kt, vt, false) : 'Parameters must be of the same type';
    },
    implement(args, r) {
      const m = r as MapType;
      const convs = args.map((a, i) => converter(a, i % 2 === 0 ? m.key : m.value));
      return (...xs: SqlValue[]) => {
        const out = new Map<SqlValue, SqlValue>();
        for (let i = 0; i < xs.length; i += 2) out.set(convs[i]!(xs[i]!), convs[i + 1]!(xs[i + 1]!));
        return out;
      };
    },
  }),
  scalar({
    names: ['ROW', 'ROW_CONSTRUCTOR'],
    category: 'value-construction',
    nullStrict: false,
    infer: (args) =>
      rowType(
        args.map((t, i) => ({ name: `EXPR$${i}`, type: t })),
        false,
      ),
    implement:
      () =>
      (...xs: SqlValue[]) =>
        xs,
  }),
  arrayFn(
    ['ARRAY_APPEND'],
    [['A', 'A']],
    withElementCheck('ARRAY_APPEND', 'array', (a) =>
      arrayType(findCommonType([elemOf(a[0]!), a[1]!]) ?? elemOf(a[0]!), false),
    ),
    () => (arr: SqlValue[], x: SqlValue) => (arr === null ? null : [...arr, x]),
    false,
  ),
  arrayFn(
    ['ARRAY_PREPEND'],
    [['A', 'A']],
    withElementCheck('ARRAY_PREPEND', 'array', (a) =>
      arrayType(findCommonType([elemOf(a[0]!), a[1]!]) ?? elemOf(a[0]!), false),
    ),
    () => (arr: SqlValue[], x: SqlValue) => (arr === null ? null : [x, ...arr]),
    false,
  ),
  scalar({
    names: ['ARRAY_CONTAINS'],
    category: 'collection',
    nullStrict: false,
    // nullable only when the array is: ARRAY_CONTAINS(ARRAY<INT NOT NULL> NOT NULL, CAST(NULL AS
    // INT)) is FALSE, BOOLEAN NOT NULL (CollectionFunctionsITCase)
    infer: (args) =>
      args.length === 2
        ? withElementCheck('ARRAY_CONTAINS', 'haystack', () => booleanType(args[0]!.nullable))(args)
        : signatureError('ARRAY_CONTAINS', args, 'ARRAY_CONTAINS(ARRAY, ANY)'),
    implement: (a) => {
      const eq = elemEq(elemOf(a[0]!));
      return (arr: SqlValue[] | null, x: SqlValue) => (arr === null ? null : arr.some((e) => eq(e, x)));
    },
  }),
  arrayFn(
    ['ARRAY_POSITION'],
    [['A', 'A']],
    withElementCheck('ARRAY_POSITION', 'haystack', () => intType(false)),
    (a) => {
      const eq = elemEq(elemOf(a[0]!));
      // a NULL needle gives NULL (CollectionFunctionsITCase: ARRAY_POSITION(f0, NULL) is NULL)
      return (arr: SqlValue[] | null, x: SqlValue) =>
        arr === null || x === null ? null : arr.findIndex((e) => eq(e, x)) + 1;
    },
    false,
  ),
  arrayFn(
    ['ARRAY_REMOVE'],
    [['A', 'A']],
    withElementCheck('ARRAY_REMOVE', 'haystack', (a) => withNullable(a[0]!, false)),
    (a) => {
      const eq = elemEq(elemOf(a[0]!));
      return (arr: SqlValue[] | null, x: SqlValue) => (arr === null ? null : arr.filter((e) => !eq(e, x)));
    },
    false,
  ),
  arrayFn(
    ['ARRAY_DISTINCT'],
    [['ARR']],
    (a) => withNullable(a[0]!, false),
    (a) => (arr: SqlValue[]) => distinct(elemOf(a[0]!), arr),
  ),
  arrayFn(
    ['ARRAY_REVERSE'],
    [['ARR']],
    (a) => withNullable(a[0]!, false),
    () => (arr: SqlValue[]) => [...arr].reverse(),
  ),
  arrayFn(
    ['ARRAY_SLICE'],
    [['ARR', 'I', 'I?']],
    (a) => withNullable(a[0]!, false),
    () => (arr: SqlValue[], s: number | bigint, e?: number | bigint) => {
      const n = arr.length;
      let start = toNum(s);
      let end = e === undefined ? n : toNum(e);
      start = start === 0 ? 1 : start < 0 ? n + start + 1 : start;
      end = end === 0 ? 1 : end < 0 ? n + end + 1 : end;
      start = Math.max(start, 1);
      end = Math.min(end, n);
      return start > end ? [] : arr.slice(start - 1, end);
    },
    true,
    'ARRAY_SLICE(<ARRAY>, <INTEGER>, <INTEGER>)\nARRAY_SLICE(<ARRAY>, <INTEGER>)',
  ),
  scalar({
    names: ['ARRAY_SORT'],
    category: 'collection',
    nullStrict: false,
    infer: (args) =>
      args.length >= 1 && args.length <= 3 && (args[0]!.kind === 'ARRAY' || args[0]!.kind === 'NULL')
        ? // ARRAY<COMPARABLE> only, as ARRAY_MAX (CollectionFunctionsITCase refuses ARRAY<ROW<…>>)
          args[0]!.kind === 'ARRAY' && !ORDERED_ELEMENT_KINDS.has(elemOf(args[0]!).kind)
          ? `Invalid function call:\nARRAY_SORT(${args.map(formatType).join(', ')})`
          : withNullable(args[0]!, anyNullable(args))
        : 'ARRAY_SORT expects (ARRAY [, BOOLEAN ascending [, BOOLEAN nulls_first]])',
    implement(args) {
      const cmp = valueComparator(elemOf(args[0]!));
      return (arr: SqlValue[] | null, asc?: boolean | null, nullsFirst?: boolean | null) => {
        if (arr === null || asc === null || nullsFirst === null) return null;
        const ascending = asc ?? true;
        const nf = nullsFirst ?? ascending;
        const nonNull = arr.filter((x) => x !== null).sort((x, y) => (ascending ? cmp(x, y) : cmp(y, x)));
        const nulls = arr.filter((x) => x === null);
        return nf ? [...nulls, ...nonNull] : [...nonNull, ...nulls];
      };
    },
  }),
  arrayFn(
    ['ARRAY_UNION'],
    [['A', 'A']],
    (a) => commonArrayType('ARRAY_UNION', a, 'ARRAY_UNION(<COMMON>, <COMMON>)'),
    (a, r) => {
      const c0 = converter(a[0]!, r);
      const c1 = converter(a[1]!, r);
      return (x: SqlValue[], y: SqlValue[]) =>
        distinct(elemOf(r), [...(c0(x) as SqlValue[]), ...(c1(y) as SqlValue[])]);
    },
  ),
  arrayFn(
    ['ARRAY_CONCAT'],
    [['A', '...A']],
    (a) => commonArrayType('ARRAY_CONCAT', a, 'ARRAY_CONCAT(<COMMON>, <COMMON>...)'),
    (a, r) => {
      const cs = a.map((t) => converter(t, r));
      return (...xs: SqlValue[][]) => xs.flatMap((x, i) => cs[i]!(x) as SqlValue[]);
    },
  ),
  arrayFn(
    ['ARRAY_EXCEPT'],
    [['A', 'A']],
    // the arrays need a common type (ARRAY<INT> and ARRAY<STRING> are refused); the result is the first's
    (a) => {
      const common = commonArrayType('ARRAY_EXCEPT', a, 'ARRAY_EXCEPT(<COMMON>, <COMMON>)');
      return typeof common === 'string'
        ? `Invalid input arguments. Expected signatures are:\nARRAY_EXCEPT(<COMMON>, <COMMON>)`
        : withNullable(a[0]!.kind === 'NULL' ? common : a[0]!, false);
    },
    (a) => {
      const t = elemOf(a[0]!);
      const key = valueKey(t);
      const conv = converter(elemOf(a[1]!), t);
      return (x: SqlValue[], y: SqlValue[]) => {
        const drop = new Set(y.map((v) => (v === null ? '\u0000null' : key(conv(v)))));
        return distinct(t, x).filter((v) => !drop.has(v === null ? '\u0000null' : key(v)));
      };
    },
  ),
  arrayFn(
    ['ARRAY_INTERSECT'],
    [['A', 'A']],
    // the arrays need a common type (ARRAY<INT> and ARRAY<STRING> are refused); the result is the first's
    (a) => {
      const common = commonArrayType('ARRAY_INTERSECT', a, 'ARRAY_INTERSECT(<COMMON>, <COMMON>)');
      return typeof common === 'string'
        ? `Invalid input arguments. Expected signatures are:\nARRAY_INTERSECT(<COMMON>, <COMMON>)`
        : withNullable(a[0]!.kind === 'NULL' ? common : a[0]!, false);
    },
    (a) => {
      const t = elemOf(a[0]!);
      const key = valueKey(t);
      const conv = converter(elemOf(a[1]!), t);
      return (x: SqlValue[], y: SqlValue[]) => {
        const keep = new Set(y.map((v) => (v === null ? '\u0000null' : key(conv(v)))));
        return distinct(t, x).filter((v) => keep.has(v === null ? '\u0000null' : key(v)));
      };
    },
  ),
  arrayFn(
    ['ARRAY_FLATTEN'],
    [['A']],
    // ARRAY<ARRAY<T>> → ARRAY<T>: NULL inner arrays are skipped, NULL elements kept
    (a) =>
      a[0]!.kind === 'ARRAY' && elemOf(a[0]!).kind === 'ARRAY'
        ? arrayType(elemOf(elemOf(a[0]!)), false)
        : a[0]!.kind === 'NULL'
          ? arrayType({ kind: 'NULL', nullable: true }, true)
          : "Invalid input arguments. Expected signatures are:\nARRAY_FLATTEN('<ARRAY<ARRAY<T>>>')",
    () => (arr: (SqlValue[] | null)[]) => arr.flatMap((x) => x ?? []),
  ),
  arrayFn(
    ['ARRAY_MAX'],
    [['ARR']],
    (a) => minMaxElementType('ARRAY_MAX', a[0]!),
    (a) => {
      const cmp = valueComparator(elemOf(a[0]!));
      return (arr: SqlValue[]) =>
        arr.reduce<SqlValue>((m, x) => (x !== null && (m === null || cmp(x, m) > 0) ? x : m), null);
    },
  ),
  arrayFn(
    ['ARRAY_MIN'],
    [['ARR']],
    (a) => minMaxElementType('ARRAY_MIN', a[0]!),
    (a) => {
      const cmp = valueComparator(elemOf(a[0]!));
      return (arr: SqlValue[]) =>
        arr.reduce<SqlValue>((m, x) => (x !== null && (m === null || cmp(x, m) < 0) ? x : m), null);
    },
  ),
  arrayFn(
    ['ARRAY_JOIN'],
    [['A', 'S', 'S?']],
    // only arrays of strings join (CollectionFunctionsITCase: ARRAY_JOIN of ARRAY<INT> is refused)
    (a) =>
      a[0]!.kind !== 'NULL' && (a[0]!.kind !== 'ARRAY' || !isChar(elemOf(a[0]!)))
        ? 'Invalid input arguments. Expected signatures are:\n' +
          'ARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>)\n' +
          'ARRAY_JOIN(ARRAY<STRING>, <CHARACTER_STRING>, <CHARACTER_STRING>)'
        : stringType(false),
    () => (arr: (string | null)[], d: string, nr?: string) =>
      arr
        .filter((x) => x !== null || nr !== undefined)
        .map((x) => x ?? nr!)
        .join(d),
  ),
  simple({
    names: ['MAP_KEYS'],
    category: 'collection',
    sigs: [['MAP']],
    result: (a) => mapArgument('MAP_KEYS', a[0]!) && arrayType((a[0] as MapType).key, false),
    impl: () => (m: Map<SqlValue, SqlValue>) => [...m.keys()],
  }),
  simple({
    names: ['MAP_VALUES'],
    category: 'collection',
    sigs: [['MAP']],
    result: (a) => mapArgument('MAP_VALUES', a[0]!) && arrayType((a[0] as MapType).value, false),
    impl: () => (m: Map<SqlValue, SqlValue>) => [...m.values()],
  }),
  simple({
    names: ['MAP_ENTRIES'],
    category: 'collection',
    sigs: [['MAP']],
    result: (a) =>
      mapArgument('MAP_ENTRIES', a[0]!) &&
      arrayType(
        rowType(
          [
            { name: 'key', type: (a[0] as MapType).key },
            { name: 'value', type: (a[0] as MapType).value },
          ],
          // the entry rows are typed nullable (MapFunctionITCase: ARRAY<ROW<`key` INT, `value` STRING>>)
          true,
        ),
        false,
      ),
    impl: () => (m: Map<SqlValue, SqlValue>) => [...m.entries()].map(([k, v]) => [k, v]),
  }),
  simple({
    names: ['MAP_FROM_ARRAYS'],
    category: 'collection',
    sigs: [['ARR', 'ARR']],
    result: (a) => mapType(elemOf(a[0]!), elemOf(a[1]!), false),
    impl: () => (ks: SqlValue[], vs: SqlValue[]) => {
      // MapFromArraysFunction's message (MapFunctionITCase)
      if (ks.length !== vs.length)
        throw new ExecutionError(
          'Invalid function MAP_FROM_ARRAYS call:\n' +
            `The length of the keys array ${ks.length} is not equal to the length of the values array ${vs.length}`,
        );
      return new Map(ks.map((k, i) => [k, vs[i]!]));
    },
  }),
  simple({
    names: ['MAP_UNION'],
    category: 'collection',
    sigs: [['MAP', '...MAP']],
    result: (a) =>
      findCommonType(a.map((t) => withNullable(t, false))) ?? 'MAP_UNION expects maps of a common type',
    // MapUnionFunction: folding left, each non-empty map's entries come first in its order,
    // followed by the earlier result's entries whose key it does not have (keys compared by
    // value; a NULL key of the earlier result is dropped when the new map has one)
    impl: (a, r) => {
      const cs = a.map((t) => converter(t, r));
      const eq = elemEq((r as MapType).key);
      return (...ms: Map<SqlValue, SqlValue>[]) => {
        let out = cs[0]!(ms[0]!) as Map<SqlValue, SqlValue>;
        for (let i = 1; i < ms.length; i++) {
          const m = cs[i]!(ms[i]!) as Map<SqlValue, SqlValue>;
          if (m.size === 0) continue;
          const next = new Map<SqlValue, SqlValue>(m);
          const keys = [...m.keys()];
          const hasNull = keys.includes(null);
          for (const [k, v] of out) {
            if (k === null ? hasNull : keys.some((k2) => k2 !== null && eq(k, k2))) continue;
            next.set(k, v);
          }
          out = next;
        }
        return out;
      };
    },
  }),
  ...['GROUPING', 'GROUPING_ID'].map((n) =>
    scalar({
      names: [n],
      category: 'grouping',
      infer: () => bigintType(false),
      implement: () => {
        throw new NotSupportedError(
          `${n} is computed by the planner from the grouping sets, not called as a function`,
        );
      },
    }),
  ),
  // GROUP_ID() tells duplicate grouping sets apart: 0 for the first occurrence of a set, which is
  // every set unless a query repeats one (the planner then expands the repeats itself)
  scalar({
    names: ['GROUP_ID'],
    category: 'grouping',
    infer: (args) => (args.length === 0 ? bigintType(false) : 'GROUP_ID takes no arguments'),
    implement: () => () => 0n,
  }),
];

/**
 * An untyped NULL matches a MAP parameter in Flink's type inference only to be refused: the
 * MAP root has no default type to cast it to (RootArgumentTypeStrategy), so the call is invalid.
 */
function mapArgument(name: string, t: LogicalType): true {
  if (t.kind !== 'MAP')
    throw validationError(`Invalid input arguments. Expected signatures are:\n${name}(input <MAP>)`);
  return true;
}
