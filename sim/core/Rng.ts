/**
 * Seeded random numbers, forked into named streams (OMNeT++'s per-module RNGs): adding a
 * component does not shift anyone else's draws. Generator: sfc32 (Chris Doty-Humphrey's Small
 * Fast Counter, PractRand-clean), seeded from (seed, replication, stream name) by splitmix32.
 */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class RngStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, replication: number, name: string) {
    const st = { s: (Math.imul(seed | 0, 0x2545f491) ^ Math.imul(replication + 1, 0x9e3779b1) ^ fnv1a(name)) | 0 };
    this.a = splitmix32(st);
    this.b = splitmix32(st);
    this.c = splitmix32(st);
    this.d = splitmix32(st) | 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }
}

/** One seed for a whole run; `stream(name)` gives the named, independent stream. */
export class Rng {
  constructor(
    readonly seed: number,
    readonly replication = 0,
  ) {}

  stream(name: string): RngStream {
    return new RngStream(this.seed, this.replication, name);
  }
}
