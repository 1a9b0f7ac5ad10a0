/**
 * OBJECT_OF and OBJECT_UPDATE (FLIP-520, Flink 2.2: FLINK-37913 / FLINK-37914): build and update
 * inline STRUCTURED values. Type inference and messages follow ObjectOfInputTypeStrategy /
 * ObjectOfTypeStrategy / ObjectUpdateInputTypeStrategy / ObjectUpdateTypeStrategy; the runtime
 * follows ObjectOfFunction / ObjectUpdateFunction (values are JS arrays, as ROW).
 */
import {
  field,
  formatType,
  javaHashMapOrder,
  structuredClassNameError,
  structuredType,
  type LogicalType,
  type SqlValue,
  type StructuredType,
} from '../../../types/index.js';
import { scalar, validationError, type BuiltinScalar } from './define.js';

const isCharString = (t: LogicalType): boolean => t.kind === 'CHAR' || t.kind === 'VARCHAR';

/** Flink's TypeInferenceUtil#validateArgumentCount message for an odd-count strategy. */
function countError(name: string, args: readonly LogicalType[], min: number): string | undefined {
  const n = args.length;
  if (n >= min && n % 2 === 1) return undefined;
  const why =
    n < min
      ? `Invalid number of arguments. At least ${min} arguments expected but ${n} passed.`
      : `Invalid number of arguments. ${n} arguments passed.`;
  return `Invalid function call:\n${name}(${args.map(formatType).join(', ')})\n${why}`;
}

/**
 * The field names of the key arguments (positions 1, 3, …), or Flink's message: each key a
 * character string literal, not NULL, not repeated. `nonNull` is the word the strategy uses
 * ('non-nullable' in OBJECT_OF, 'non-null' in OBJECT_UPDATE).
 */
function keyNames(
  args: readonly LogicalType[],
  literals: readonly unknown[],
  nonNull: string,
): string[] | string {
  const names: string[] = [];
  for (let i = 1; i < args.length; i += 2) {
    if (!isCharString(args[i]!))
      return `The field key at position ${i + 1} must be a ${nonNull} character string, but was ${formatType(args[i]!)}.`;
    const v = literals[i];
    if (typeof v !== 'string')
      return `The field key at position ${i + 1} must be a ${nonNull} character string literal.`;
    // a CHAR literal is padded; the key is the literal's text
    if (names.includes(v)) return `The field name '${v}' at position ${i + 1} is repeated.`;
    names.push(v);
  }
  return names;
}

const objectOf = scalar({
  names: ['OBJECT_OF'],
  category: 'value-construction',
  nullStrict: false,
  infer(args, literals) {
    const count = countError('OBJECT_OF', args, 1);
    if (count !== undefined) return count;
    const cls = args[0]!;
    if (!isCharString(cls))
      return `The first argument must be a non-nullable character string representing the class name, but was ${formatType(cls)}.`;
    const className = literals[0];
    if (typeof className !== 'string')
      return 'The first argument must be a non-nullable character string literal representing the class name.';
    const names = keyNames(args, literals, 'non-nullable');
    if (typeof names === 'string') return names;
    // DataTypes.STRUCTURED(className, …) → StructuredType#checkClassName
    const bad = structuredClassNameError(className);
    if (bad !== undefined) return bad;
    // each attribute takes its value's type as is (42 → INT NOT NULL, 'Bob' → CHAR(3) NOT NULL);
    // DataTypes.STRUCTURED is nullable
    return structuredType(
      className,
      names.map((n, j) => field(n, args[2 * j + 2]!)),
    );
  },
  implement(args) {
    const n = (args.length - 1) / 2;
    return (...vals: SqlValue[]) => {
      const out = new Array<SqlValue>(n);
      for (let j = 0; j < n; j++) out[j] = vals[2 * j + 2] ?? null;
      return out;
    };
  },
});

const objectUpdate = scalar({
  names: ['OBJECT_UPDATE'],
  category: 'value-construction',
  nullStrict: false,
  infer(args, literals) {
    const count = countError('OBJECT_UPDATE', args, 3);
    if (count !== undefined) return count;
    const obj = args[0]!;
    if (obj.kind !== 'STRUCTURED')
      return `The first argument must be a structured type, but was ${formatType(obj)}.`;
    const names = keyNames(args, literals, 'non-null');
    if (typeof names === 'string') return names;
    const attrs = obj.fields.map((f) => f.name);
    for (let j = 0; j < names.length; j++) {
      if (!attrs.includes(names[j]!)) {
        // Available attributes: the keySet of a Collectors.toMap HashMap, in its iteration order
        return (
          `The field name '${names[j]}' at position ${2 * j + 2} is not part of the structured type attributes. ` +
          `Available attributes: [${[...javaHashMapOrder(new Map(attrs.map((a) => [a, a]))).keys()].join(', ')}].`
        );
      }
    }
    return updatedType(obj, names, args);
  },
  implement(args, _result) {
    const obj = args[0] as StructuredType;
    const positions: number[] = [];
    for (let i = 1; i < args.length; i += 2) positions.push(-1);
    // positions are resolved from the key literals at the first call (they are constants)
    return (row: SqlValue, ...pairs: SqlValue[]) => {
      if (row === null) return null;
      const out = (row as SqlValue[]).slice();
      for (let j = 0; j < positions.length; j++) {
        let p = positions[j]!;
        if (p < 0) p = positions[j] = obj.fields.findIndex((f) => f.name === (pairs[2 * j] as string));
        out[p] = pairs[2 * j + 1] ?? null;
      }
      return out;
    };
  },
});

/**
 * ObjectUpdateTypeStrategy: each updated attribute takes its new value's type. Attributes keep
 * their declaration order (FLINK-40444: Flink 2.2 / 2.3 rebuilt them in HashMap order, which
 * mismatches the values ObjectUpdateFunction writes at the declared positions).
 */
function updatedType(
  obj: StructuredType,
  names: readonly string[],
  args: readonly LogicalType[],
): StructuredType {
  const fields = obj.fields.map((f) => {
    const j = names.indexOf(f.name);
    return j < 0 ? f : field(f.name, args[2 * j + 2]!);
  });
  return structuredType(obj.className, fields);
}

/** The structured-type functions registered next to the others. */
export const STRUCTURED_FUNCTIONS: BuiltinScalar[] = [objectOf, objectUpdate];

/**
 * A comparison operator aware of STRUCTURED operands: structured types are EQUALS-comparable
 * (StructuredType's default StructuredComparison.EQUALS), so `=` / `<>` compare two values of the
 * same class attribute by attribute, two different classes fail with "Incompatible structured
 * types" (StructuredFunctionsITCase), and ordering operators are refused as Calcite refuses a
 * non-comparable type. Anything else goes to `base`.
 */
export function structuredAwareComparison(base: BuiltinScalar): BuiltinScalar {
  const op = base.name;
  const ordering = op !== '=' && op !== '<>';
  return {
    ...base,
    inferType(args, literals) {
      const [a, b] = args;
      if (args.length === 2 && a !== undefined && b !== undefined) {
        if (a.kind === 'STRUCTURED' && b.kind === 'STRUCTURED' && a.className !== b.className)
          throw validationError(
            `Incompatible structured types: ${formatType(a)} and ${formatType(b)} (class '${a.className}' is not '${b.className}')`,
          );
        if (ordering && (a.kind === 'STRUCTURED' || b.kind === 'STRUCTURED'))
          throw validationError(
            `Cannot apply '${op}' to arguments of type '<${formatType(a)}> ${op} <${formatType(b)}>'. ` +
              `A structured type supports only equality ('=', '<>').`,
          );
      }
      return base.inferType(args, literals);
    },
  };
}
