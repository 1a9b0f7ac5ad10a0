/**
 * A small, fast, seedable PRNG (sfc32, seeded through splitmix32) for the generators. Java's
 * SplittableRandom is not reproduced bit for bit: Nexmark's generator is unseeded anyway, and
 * what matters is the distribution of each field, which the callers reproduce.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const mix = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next32();
  }

  /** A uniform unsigned 32-bit integer. */
  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits, like Java's nextDouble. */
  nextDouble(): number {
    return ((this.next32() >>> 5) * 67108864 + (this.next32() >>> 6)) / 9007199254740992;
  }

  /** Uniform integer in [0, bound) for bound ≤ 2^32 (Java's nextInt(bound)). */
  nextInt(bound: number): number {
    return Math.floor((this.next32() / 4294967296) * bound);
  }

  /** Uniform integer in [0, bound) for any safe bound (Nexmark's LongGenerator.nextLong). */
  nextLong(bound: number): number {
    if (bound <= 4294967296) return this.nextInt(bound);
    return Math.floor(this.nextDouble() * bound);
  }

  /** Uniform integer in [min, max], both inclusive, for safe integers. */
  between(min: number, max: number): number {
    return min + this.nextLong(max - min + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.nextDouble() < p;
  }
}
