/**
 * The random choices of the SQL fuzz generator, drawn through fast-check's `fc.gen()` so a
 * failing script shrinks: every choice shrinks toward its first option / smallest number, and
 * the generator lists its options simplest first.
 */
import fc from 'fast-check';

/** Random choices for the generators. */
export interface Rand {
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One of `xs` (shrinks toward the first). */
  pick<T>(xs: readonly T[]): T;
  /** True with probability p (shrinks toward false). */
  chance(p: number): boolean;
}

/** A Rand over fast-check's generator value (inside `fc.asyncProperty(fc.gen(), …)`). */
export function randFromGen(g: fc.GeneratorValue): Rand {
  const int = (min: number, max: number): number => (max <= min ? min : g(fc.integer, { min, max }));
  return {
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!,
    chance: (p) => int(0, 999) >= 1000 - Math.round(p * 1000),
  };
}

/** A Rand over a seeded PRNG (mulberry32), for tools and tests that need no shrinking. */
export function seededRand(seed: number): Rand {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number =>
    max <= min ? min : min + Math.floor(next() * (max - min + 1));
  return { int, pick: (xs) => xs[int(0, xs.length - 1)]!, chance: (p) => next() < p };
}
