/**
 * Arithmetic functions (ABS, POWER, SQRT, LN, LOG*, EXP, CEIL, FLOOR, trigonometry, DEGREES,
 * RADIANS, SIGN, ROUND, TRUNCATE, PI, E, RAND, RAND_INTEGER, UUID, BIN, HEX, UNHEX) and the hash
 * functions (MD5, SHA1, SHA2, SHA224…SHA512). ROUND / TRUNCATE go through the decimal value like
 * Java's BigDecimal (ROUND(2.675, 2) = 2.68).
 */
// java.lang.Math's (HotSpot intrinsic) results are the correctly rounded ones almost always
import * as xm from './exact-math.js';
import { createHash, randomUUID } from 'node:crypto';
import { ExecutionError } from '../../../common/errors.js';
import {
  bytesType,
  decimalRoundType,
  decimalToNumber,
  divPow10Down,
  divPow10HalfUp,
  doubleType,
  fitsPrecision,
  formatDouble,
  intType,
  parseDecimal,
  pow10,
  stringType,
  withNullable,
  type LogicalType,
} from '../../../types/index.js';
import { anyNullable, scalar, simple, toNum, type BuiltinScalar, type Impl } from './define.js';
import { calciteTypeText } from './json-rules.js';

const DBL = doubleType(false);
const STR = stringType(false);
const num = toNum;
/** Any numeric argument as a double. */
function asDouble(t: LogicalType): (v: unknown) => number {
  if (t.kind === 'DECIMAL') {
    const s = t.scale;
    return (v) => decimalToNumber(v as bigint, s);
  }
  return (v) => (typeof v === 'bigint' ? Number(v) : (v as number));
}

function doubleFn(names: string[], arity: number, f: (...x: number[]) => number): BuiltinScalar {
  return simple({
    names,
    // Calcite's / FlinkSqlOperatorTable's math functions: OperandTypes.NUMERIC families
    legacyArity: true,
    category: 'arithmetic',
    sigs: [Array(arity).fill('N')],
    result: DBL,
    impl: (args) => {
      const cs = args.map(asDouble);
      if (arity === 1) {
        const c = cs[0]!;
        return (x: unknown) => f(c(x));
      }
      return (...xs: unknown[]) => f(...xs.map((x, i) => cs[i]!(x)));
    },
  });
}

/**
 * The digits argument of ROUND / TRUNCATE, clamped: beyond ±400 digits every value of every
 * numeric type rounds the same way (to 0, or unchanged), and 10^n must stay a small bigint.
 */
const digitsOf = (n: number | bigint | undefined): number =>
  n === undefined ? 0 : Math.max(-400, Math.min(400, num(n)));

/** Rounds a decimal value (unscaled, scale) to `n` digits with HALF_UP or DOWN. */
function roundUnscaled(v: bigint, scale: number, n: number, down: boolean): bigint {
  if (n >= scale) return v;
  const cut = scale - n;
  const r = down ? divPow10Down(v, cut) : divPow10HalfUp(v, cut);
  return n >= 0 ? r : r * pow10(-n);
}

function roundLike(name: 'ROUND' | 'TRUNCATE'): BuiltinScalar {
  const down = name === 'TRUNCATE';
  return scalar({
    names: [name],
    category: 'arithmetic',
    infer(args, lits) {
      const t = args[0];
      const numeric = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'DECIMAL', 'FLOAT', 'DOUBLE', 'NULL'];
      const integer = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'NULL'];
      // OperandTypes.or(NUMERIC_INTEGER, NUMERIC) (FlinkSqlOperatorTable): the scale is an integer
      if (
        !t ||
        args.length > 2 ||
        !numeric.includes(t.kind) ||
        (args[1] && !integer.includes(args[1].kind))
      ) {
        return (
          `Cannot apply '${name}' to arguments of type '${name}(${args.map((a) => `<${calciteTypeText(a)}>`).join(', ')})'. ` +
          `Supported form(s): '${name}(<NUMERIC>, <INTEGER>)'\n'${name}(<NUMERIC>)'`
        );
      }
      if (t.kind === 'DECIMAL') {
        const n = args.length > 1 ? lits[1] : 0;
        if (args.length > 1 && (n === undefined || n === null)) return withNullable(t, anyNullable(args));
        return withNullable(
          decimalRoundType(t.precision, t.scale, digitsOf(n as number | bigint)),
          anyNullable(args),
        );
      }
      return withNullable(t.kind === 'NULL' ? intType() : t, anyNullable(args));
    },
    implement(args, r): Impl {
      const t = args[0]!;
      switch (t.kind) {
        case 'DECIMAL': {
          const s = t.scale;
          const rs = r.kind === 'DECIMAL' ? r.scale : s;
          const rp = r.kind === 'DECIMAL' ? r.precision : 38;
          return (v: bigint, n?: number | bigint) => {
            const digits = digitsOf(n);
            const rounded = roundUnscaled(v, s, digits, down); // at scale min(s, digits) (or 0 when n < 0)
            const at = digits >= s ? s : Math.max(0, digits);
            const out = rs >= at ? rounded * pow10(rs - at) : divPow10Down(rounded, at - rs);
            return fitsPrecision(out, rp) ? out : null;
          };
        }
        case 'FLOAT':
        case 'DOUBLE': {
          const f32 = t.kind === 'FLOAT';
          return (v: number, n?: number | bigint) => {
            // SqlFunctionUtils.sround / struncate go through BigDecimal.valueOf(double), whose
            // NumberFormatException for NaN and infinities fails the query
            if (!Number.isFinite(v))
              throw new ExecutionError(
                `${down ? 'TRUNCATE' : 'ROUND'}: Character ${Number.isNaN(v) ? 'N' : 'I'} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`,
              );
            // struncate(double) truncates DecimalDataUtils.castFrom(v, 38, 18), NULL (so a
            // NullPointerException) when the integral part has more than 20 digits
            if (down && parseDecimal(formatDouble(v), 38, 18) === null)
              throw new ExecutionError(`TRUNCATE: ${formatDouble(v)} does not fit DECIMAL(38, 18)`);
            const digits = digitsOf(n);
            // BigDecimal.valueOf(double) starts from Double.toString's digits
            const sc = Math.max(0, digits) + 20;
            const dec = parseDecimal(formatDouble(v), 400, sc);
            if (dec === null || dec === undefined) return v;
            const r = decimalToNumber(roundUnscaled(dec, sc, digits, down), Math.max(0, digits));
            return f32 ? Math.fround(r) : r;
          };
        }
        case 'BIGINT':
          return (v: bigint, n?: number | bigint) => {
            const digits = digitsOf(n);
            return digits >= 0 ? v : BigInt.asIntN(64, roundUnscaled(v, 0, digits, down));
          };
        default:
          return (v: number, n?: number | bigint) => {
            const digits = digitsOf(n);
            if (digits >= 0) return v;
            const r = Number(roundUnscaled(BigInt(v), 0, digits, down));
            return t.kind === 'INT' ? r | 0 : t.kind === 'SMALLINT' ? (r << 16) >> 16 : (r << 24) >> 24;
          };
      }
    },
  });
}

function floorCeil(names: string[], ceil: boolean): BuiltinScalar {
  return simple({
    names,
    category: 'arithmetic',
    sigs: [['N']],
    result: (args) => {
      const t = args[0]!;
      if (t.kind === 'DECIMAL') return { kind: 'DECIMAL', nullable: false, precision: t.precision, scale: 0 };
      return withNullable(t.kind === 'NULL' ? doubleType() : t, false);
    },
    impl(args) {
      const t = args[0]!;
      if (t.kind === 'DECIMAL') {
        const d = pow10(t.scale);
        return (v: bigint) => {
          const q = v / d;
          const r = v % d;
          if (r === 0n) return q;
          return ceil ? (v > 0n ? q + 1n : q) : v < 0n ? q - 1n : q;
        };
      }
      if (t.kind === 'FLOAT' || t.kind === 'DOUBLE') return ceil ? Math.ceil : Math.floor;
      return (v: unknown) => v;
    },
  });
}

/** Hex digests are CHAR(n) as in Flink's FlinkSqlOperatorTable (MD5 is CHAR(32), SHA512 CHAR(128)). */
const HEX_DIGEST_LENGTH: Record<string, number> = {
  md5: 32,
  sha1: 40,
  sha224: 56,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

const hashFn = (names: string[], algo: string): BuiltinScalar =>
  simple({
    names,
    legacyArity: true, // FlinkSqlOperatorTable: OperandTypes.family(SqlTypeFamily.STRING)
    category: 'hash',
    sigs: [['SB']],
    result: { kind: 'CHAR', nullable: false, length: HEX_DIGEST_LENGTH[algo]! } as LogicalType,
    impl: () => (v: string | Uint8Array) =>
      createHash(algo)
        .update(typeof v === 'string' ? Buffer.from(v, 'utf8') : v)
        .digest('hex'),
  });

/**
 * Random#nextInt(bound)'s precondition, and an int bound: a BIGINT beyond the int range would
 * never leave nextInt's rejection loop (Flink's generated code takes an int there).
 */
function checkBound(bound: number): void {
  if (bound <= 0) throw new ExecutionError(`RAND_INTEGER: bound must be positive, got ${bound}`);
  if (bound > 2147483647) throw new ExecutionError(`RAND_INTEGER: bound must be an INT, got ${bound}`);
}

/** java.util.Random's LCG, so RAND(seed) / RAND_INTEGER(seed, n) give Java's sequences. */
class JavaRandom {
  private s: bigint;
  constructor(seed: bigint) {
    this.s = (seed ^ 0x5deece66dn) & ((1n << 48n) - 1n);
  }
  private next(bits: number): number {
    this.s = (this.s * 0x5deece66dn + 0xbn) & ((1n << 48n) - 1n);
    return Number(BigInt.asIntN(32, this.s >> BigInt(48 - bits)));
  }
  nextDouble(): number {
    return (this.next(26) * 2 ** 27 + this.next(27)) / 2 ** 53;
  }
  /** Random#nextInt(bound). */
  nextInt(bound: number): number {
    checkBound(bound);
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    for (let u = r; u - (r = u % bound) + m > 2147483647; u = this.next(31));
    return r;
  }
}

/**
 * SHIFTLEFT / SHIFTRIGHT (MathFunctionsITCase: shiftleft(BIGINT 123456, 2) = 493824 BIGINT): Java's
 * `<<` / `>>` on the first argument's type (int shifts count mod 32, long mod 64), the result cast
 * back to that type.
 */
function shiftFn(name: string, left: boolean): BuiltinScalar {
  return simple({
    names: [name],
    category: 'arithmetic',
    sigs: [['I', 'I']],
    result: (args) => withNullable(args[0]!, false),
    impl: (args) => {
      const kind = args[0]!.kind;
      if (kind === 'BIGINT') {
        return (v: bigint, n: unknown) => {
          const k = BigInt(toNum(n) & 63);
          return BigInt.asIntN(64, left ? v << k : v >> k);
        };
      }
      const narrow =
        kind === 'TINYINT'
          ? (x: number) => (x << 24) >> 24
          : kind === 'SMALLINT'
            ? (x: number) => (x << 16) >> 16
            : (x: number) => x;
      return (v: number, n: unknown) => narrow(left ? v << toNum(n) : v >> toNum(n));
    },
  });
}

const U64 = 1n << 64n;

/**
 * CONV(num, fromBase, toBase) as Flink's BaseConversionUtils (after Hive's UDFConv): the digits go
 * through an unsigned 64-bit value, a negative toBase prints it signed. NULL for a base outside
 * 2..36 (or negative fromBase) and for text without a digit; overflow gives 2^64 - 1 as MySQL.
 */
export function conv(num: string, fromBase: number, toBase: number): string | null {
  if (num.length === 0 || fromBase < 2 || fromBase > 36 || Math.abs(toBase) < 2 || Math.abs(toBase) > 36) {
    return null;
  }
  let negative = num.startsWith('-');
  let u = 0n;
  let digits = 0;
  for (const ch of num.slice(negative ? 1 : 0)) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= fromBase) break;
    digits++;
    u = u * BigInt(fromBase) + BigInt(d);
    if (u >= U64) {
      u = U64 - 1n;
      break;
    }
  }
  if (digits === 0) return null;
  const signedNegative = u >= 1n << 63n;
  if (negative && toBase > 0) u = signedNegative ? U64 - 1n : (U64 - u) % U64;
  if (toBase < 0 && u >= 1n << 63n) {
    u = U64 - u;
    negative = true;
  }
  const text = u.toString(Math.abs(toBase)).toUpperCase();
  return negative && toBase < 0 ? `-${text}` : text;
}

export const MATH_FUNCTIONS: BuiltinScalar[] = [
  simple({
    names: ['CONV'],
    category: 'arithmetic',
    sigs: [
      ['I', 'I', 'I'],
      ['S', 'I', 'I'],
    ],
    result: stringType(true),
    impl: (args) => {
      // an integer goes through its decimal text, as String.valueOf(long)
      const text = args[0]!.kind === 'CHAR' || args[0]!.kind === 'VARCHAR';
      return (n: string | number | bigint, from: number | bigint, to: number | bigint) =>
        conv(text ? (n as string) : String(n), toNum(from), toNum(to));
    },
  }),
  shiftFn('SHIFTLEFT', true),
  shiftFn('SHIFTRIGHT', false),
  simple({
    names: ['ABS'],
    legacyArity: true,
    category: 'arithmetic',
    sigs: [['N']],
    result: (args) => withNullable(args[0]!, false),
    impl: (args) => {
      switch (args[0]!.kind) {
        case 'BIGINT':
          return (v: bigint) => BigInt.asIntN(64, v < 0n ? -v : v);
        case 'DECIMAL':
          return (v: bigint) => (v < 0n ? -v : v);
        case 'INT':
          return (v: number) => Math.abs(v) | 0;
        case 'SMALLINT':
          return (v: number) => (Math.abs(v) << 16) >> 16;
        case 'TINYINT':
          return (v: number) => (Math.abs(v) << 24) >> 24;
        default:
          return Math.abs;
      }
    },
  }),
  doubleFn(['POWER', 'POW'], 2, xm.pow),
  doubleFn(['SQRT'], 1, Math.sqrt),
  doubleFn(['LN'], 1, xm.ln),
  doubleFn(['LOG10'], 1, xm.log10),
  // Flink computes LOG2 as ln(x) / ln(2): LOG2(10) is 3.3219280948873626, not Math.log2's ...362
  doubleFn(['LOG2'], 1, (x: number) => xm.ln(x) / Math.LN2),
  simple({
    names: ['LOG'],
    legacyArity: true,
    category: 'arithmetic',
    sigs: [['N', 'N?']],
    result: DBL,
    impl: (args) => {
      const cs = args.map(asDouble);
      return args.length === 1
        ? (x: unknown) => xm.ln(cs[0]!(x))
        : (b: unknown, x: unknown) => xm.ln(cs[1]!(x)) / xm.ln(cs[0]!(b));
    },
  }),
  doubleFn(['EXP'], 1, xm.exp),
  doubleFn(['SIN'], 1, xm.sin),
  doubleFn(['COS'], 1, xm.cos),
  doubleFn(['TAN'], 1, xm.tan),
  doubleFn(['COT'], 1, (x) => 1 / xm.tan(x)),
  doubleFn(['ASIN'], 1, Math.asin),
  doubleFn(['ACOS'], 1, Math.acos),
  doubleFn(['ATAN'], 1, Math.atan),
  doubleFn(['ATAN2'], 2, Math.atan2),
  doubleFn(['SINH'], 1, Math.sinh),
  doubleFn(['COSH'], 1, Math.cosh),
  doubleFn(['TANH'], 1, Math.tanh),
  // Java's Math.toDegrees / toRadians multiply by one rounded constant
  doubleFn(['DEGREES'], 1, (x) => x * 57.29577951308232),
  doubleFn(['RADIANS'], 1, (x) => x * 0.017453292519943295),
  simple({
    names: ['SIGN'],
    legacyArity: true,
    category: 'arithmetic',
    sigs: [['N']],
    result: (args) => withNullable(args[0]!, false),
    impl: (args) =>
      args[0]!.kind === 'BIGINT'
        ? (v: bigint) => (v > 0n ? 1n : v < 0n ? -1n : 0n)
        : args[0]!.kind === 'DECIMAL'
          ? ((s: number) => (v: bigint) => (v > 0n ? pow10(s) : v < 0n ? -pow10(s) : 0n))(
              (args[0] as { scale: number }).scale,
            )
          : (v: number) => Math.sign(v),
  }),
  roundLike('ROUND'),
  roundLike('TRUNCATE'),
  floorCeil(['FLOOR'], false),
  floorCeil(['CEIL', 'CEILING'], true),
  simple({ names: ['PI'], category: 'arithmetic', sigs: [[]], result: DBL, impl: () => () => Math.PI }),
  simple({ names: ['E'], category: 'arithmetic', sigs: [[]], result: DBL, impl: () => () => Math.E }),
  simple({
    names: ['RAND'],
    legacyArity: true,
    category: 'arithmetic',
    deterministic: false,
    sigs: [['I?']],
    result: DBL,
    nullStrict: false,
    impl: () => {
      let gen: JavaRandom | undefined;
      return (seed?: number | bigint | null) => {
        if (seed === undefined) return Math.random();
        // RAND(NULL) is NULL (ScalarFunctionsTest: rand(cast(null as int)) + 1 gives NULL)
        if (seed === null) return null;
        gen ??= new JavaRandom(BigInt(seed));
        return gen.nextDouble();
      };
    },
  }),
  simple({
    names: ['RAND_INTEGER'],
    legacyArity: true,
    category: 'arithmetic',
    deterministic: false,
    sigs: [['I', 'I?']],
    result: intType(false),
    impl: (args) => {
      let gen: JavaRandom | undefined;
      if (args.length === 1)
        return (bound: number | bigint) => {
          checkBound(num(bound));
          return Math.floor(Math.random() * num(bound));
        };
      return (seed: number | bigint, bound: number | bigint) => {
        gen ??= new JavaRandom(BigInt(seed));
        return gen.nextInt(num(bound));
      };
    },
  }),
  simple({
    names: ['UUID'],
    category: 'arithmetic',
    deterministic: false,
    sigs: [[]],
    // CHAR(36) NOT NULL, as Flink types it
    result: { kind: 'CHAR', nullable: false, length: 36 } as LogicalType,
    impl: () => () => randomUUID(),
  }),
  simple({
    names: ['BIN'],
    legacyArity: true,
    // FlinkSqlOperatorTable.BIN: OperandTypes.family(SqlTypeFamily.INTEGER)
    calciteForms: "'BIN(<INTEGER>)'",
    category: 'arithmetic',
    sigs: [['I']],
    result: STR,
    impl: () => (v: number | bigint) => BigInt.asUintN(64, BigInt(v)).toString(2),
  }),
  simple({
    names: ['HEX'],
    legacyArity: true,
    category: 'arithmetic',
    sigs: [['I'], ['S'], ['B']],
    result: STR,
    impl: (args) =>
      args[0]!.kind === 'VARCHAR' || args[0]!.kind === 'CHAR'
        ? (s: string) => Buffer.from(s, 'utf8').toString('hex').toUpperCase()
        : args[0]!.kind === 'BINARY' || args[0]!.kind === 'VARBINARY'
          ? (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase()
          : (v: number | bigint) => BigInt.asUintN(64, BigInt(v)).toString(16).toUpperCase(),
  }),
  simple({
    names: ['UNHEX'],
    category: 'arithmetic',
    sigs: [['S']],
    result: bytesType(false),
    mayReturnNull: true,
    impl: () => (s: string) => {
      const h = s.length % 2 === 1 ? '0' + s : s;
      return /^[0-9a-fA-F]*$/.test(h) ? new Uint8Array(Buffer.from(h, 'hex')) : null;
    },
  }),
  hashFn(['MD5'], 'md5'),
  hashFn(['SHA1'], 'sha1'),
  hashFn(['SHA224'], 'sha224'),
  hashFn(['SHA256'], 'sha256'),
  hashFn(['SHA384'], 'sha384'),
  hashFn(['SHA512'], 'sha512'),
  simple({
    names: ['SHA2'],
    legacyArity: true,
    category: 'hash',
    sigs: [['SB', 'I']],
    // VARCHAR(128), nullable only with its arguments (an unsupported bit length still gives NULL)
    result: { kind: 'VARCHAR', nullable: false, length: 128 } as LogicalType,
    impl: () => (v: string | Uint8Array, bits: number | bigint) => {
      const b = num(bits);
      const algo =
        b === 224 ? 'sha224' : b === 256 ? 'sha256' : b === 384 ? 'sha384' : b === 512 ? 'sha512' : null;
      if (algo === null) return null;
      return createHash(algo)
        .update(typeof v === 'string' ? Buffer.from(v, 'utf8') : v)
        .digest('hex');
    },
  }),
];
