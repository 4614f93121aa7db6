import { ziggurat } from './ziggurat.ts';

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
  /** sfc32 state a, b, c, d in an Int32Array: plain machine integers, no boxed numbers */
  private readonly s = new Int32Array(4);

  constructor(seed: number, replication: number, name: string) {
    const st = { s: (Math.imul(seed | 0, 0x2545f491) ^ Math.imul(replication + 1, 0x9e3779b1) ^ fnv1a(name)) | 0 };
    this.s[0] = splitmix32(st);
    this.s[1] = splitmix32(st);
    this.s[2] = splitmix32(st);
    this.s[3] = splitmix32(st) | 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const s = this.s;
    const a = s[0];
    const b = s[1];
    const c = s[2];
    const d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Exponential with mean 1 (ziggurat: no logarithm on the common path). */
  exponential(): number {
    return ziggurat(this.u32, this.uniform);
  }

  private readonly u32 = (): number => this.nextUint32();
  private readonly uniform = (): number => this.next();
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
