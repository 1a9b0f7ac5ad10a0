/**
 * INET_ATON / INET_NTOA: IPv4 text ⇄ its 32-bit number, as MySQL (and Flink's InetAtonFunction /
 * InetNtoaFunction) read them: short forms `a.b` = a.0.0.b and `a.b.c` = a.b.0.c, a single
 * number is the address itself, leading zeros are decimal, anything else is NULL.
 */
import { bigintType, stringType } from '../../../types/index.js';
import { simple, type BuiltinScalar } from './define.js';

const MAX_ADDRESS = 0xffffffff;

/** The address `text` denotes, or null. */
export function inetAton(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((p) => !/^[0-9]+$/.test(p))) return null;
  const nums = parts.map((p) => Number(p));
  if (nums.length === 1) return nums[0]! <= MAX_ADDRESS ? BigInt(nums[0]!) : null;
  if (nums.some((n) => n > 255)) return null;
  // the last part is the last octet; the ones before it fill from the top
  const octets = [...nums.slice(0, -1), ...Array<number>(4 - nums.length).fill(0), nums[nums.length - 1]!];
  return BigInt(octets.reduce((acc, o) => acc * 256 + o, 0));
}

/** Dotted text of an address; null outside 0 .. 2^32 - 1. */
export function inetNtoa(n: bigint): string | null {
  if (n < 0n || n > BigInt(MAX_ADDRESS)) return null;
  const v = Number(n);
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

/** Bits of each integer type: a negative TINYINT/SMALLINT/INT is read unsigned at its width. */
const UNSIGNED_WIDTH: Record<string, bigint> = { TINYINT: 8n, SMALLINT: 16n, INT: 32n };

export const INET_FUNCTIONS: BuiltinScalar[] = [
  simple({
    names: ['INET_ATON'],
    category: 'string',
    sigs: [['S']],
    result: bigintType(true),
    impl: () => inetAton,
  }),
  simple({
    names: ['INET_NTOA'],
    category: 'string',
    sigs: [['I']],
    result: stringType(true),
    impl: (args) => {
      const width = UNSIGNED_WIDTH[args[0]!.kind];
      return (n: number | bigint) => {
        let v = BigInt(n);
        if (width !== undefined && v < 0n) v += 1n << width;
        return inetNtoa(v);
      };
    },
  }),
];
