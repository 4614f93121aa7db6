/**
 * mulberry32 (Tommy Ettinger): a 32-bit generator used by the ns-3 reference program of
 * `../shared/anchors/ns3` for its Poisson source. Here only to reproduce another simulator's
 * arrivals bit for bit; NetLoom's own streams use `Rng`.
 */
export class Mulberry32 {
  private readonly state = new Int32Array(1);

  constructor(seed: number) {
    this.state[0] = seed | 0;
  }

  /** Uniform in [0, 1) with 32 bits: next() / 2^32. */
  next(): number {
    const a = (this.state[0] = (this.state[0] + 0x6d2b79f5) | 0);
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  }
}
