/**
 * A mergeable log-bucket histogram of non-negative values (latencies in picoseconds).
 *
 * Buckets split every power of two into 1024 equal parts (the exponent and the top 10
 * mantissa bits of the float64), so a bucket spans at most 2^-10 ≈ 0.098 % of its lower
 * edge. Each bucket also keeps the smallest and largest value it saw and how many times it
 * saw each. A percentile is the nearest-rank value (p-th = sorted[ceil(p·n) − 1]) located in
 * its bucket: exact when its rank falls on the bucket's smallest or largest value, otherwise
 * interpolated between them, so within 0.1 % of the true sample. Values below 1 count as zeros.
 * No per-sample storage; memory grows with the span of values (about 20 kB per octave).
 */
import { grown } from '../core/grown.ts';

const SUB_BITS = 10;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent and top mantissa bits

export function bucketOf(v: number): number {
  f64[0] = v;
  return u32[1] >>> (20 - SUB_BITS);
}

/** The plain-data form of a histogram, for transfer between workers. */
export interface HistogramData {
  lo: number;
  counts: Float64Array;
  mins: Float64Array;
  maxs: Float64Array;
  /** how many values in the bucket equal its min, its max */
  atMin: Float64Array;
  atMax: Float64Array;
  zeros: number;
}

export class Histogram {
  private lo = 0;
  private counts = new Float64Array(0);
  private mins = new Float64Array(0);
  private maxs = new Float64Array(0);
  private atMin = new Float64Array(0);
  private atMax = new Float64Array(0);
  zeros = 0;
  count = 0;

  add(v: number): void {
    this.count++;
    if (v < 1) {
      this.zeros++;
      return;
    }
    const b = bucketOf(v);
    let i = b - this.lo;
    if (i < 0 || i >= this.counts.length) i = this.ensure(b);
    if (this.counts[i] === 0) {
      this.mins[i] = this.maxs[i] = v;
      this.atMin[i] = this.atMax[i] = 1;
    } else {
      if (v < this.mins[i]) {
        this.mins[i] = v;
        this.atMin[i] = 1;
      } else if (v === this.mins[i]) this.atMin[i]++;
      if (v > this.maxs[i]) {
        this.maxs[i] = v;
        this.atMax[i] = 1;
      } else if (v === this.maxs[i]) this.atMax[i]++;
    }
    this.counts[i]++;
  }

  /** Grows the dense window to include bucket b; returns b's index in it. */
  private ensure(b: number): number {
    if (this.counts.length === 0) {
      this.lo = b - 64;
      this.resize(this.lo, 256);
      return b - this.lo;
    }
    let newLo = Math.min(this.lo, b - 64);
    let newHi = Math.max(this.lo + this.counts.length, b + 65);
    const minLen = this.counts.length * 2; // at least double, so growth costs O(1) amortized
    if (newHi - newLo < minLen) {
      if (b < this.lo) newLo = newHi - minLen;
      else newHi = newLo + minLen;
    }
    const len = newHi - newLo;
    this.resize(newLo, len);
    return b - this.lo;
  }

  private resize(newLo: number, len: number): void {
    const shift = this.lo - newLo;
    this.counts = grown(this.counts, len, shift);
    this.mins = grown(this.mins, len, shift);
    this.maxs = grown(this.maxs, len, shift);
    this.atMin = grown(this.atMin, len, shift);
    this.atMax = grown(this.atMax, len, shift);
    this.lo = newLo;
  }

  /** Nearest-rank percentile, p in (0, 100]. NaN when empty. */
  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.min(this.count, Math.max(1, Math.ceil((p / 100) * this.count - 1e-9)));
    if (rank <= this.zeros) return 0;
    let seen = this.zeros;
    const c = this.counts;
    for (let i = 0; i < c.length; i++) {
      if (c[i] === 0) continue;
      if (seen + c[i] >= rank) {
        const r = rank - seen;
        const lo = this.mins[i];
        const hi = this.maxs[i];
        const nLo = this.atMin[i];
        const nHi = this.atMax[i];
        if (r <= nLo || lo === hi) return lo;
        if (r > c[i] - nHi) return hi;
        // strictly between min and max: spread the middle values evenly
        return lo + ((hi - lo) * (r - nLo)) / (c[i] - nLo - nHi + 1);
      }
      seen += c[i];
    }
    return NaN;
  }

  merge(other: Histogram | HistogramData): void {
    const o = other instanceof Histogram ? other.data() : other;
    this.zeros += o.zeros;
    for (let j = 0; j < o.counts.length; j++) {
      const n = o.counts[j];
      if (n === 0) continue;
      const b = o.lo + j;
      let i = b - this.lo;
      if (i < 0 || i >= this.counts.length) i = this.ensure(b);
      if (this.counts[i] === 0) {
        this.mins[i] = o.mins[j];
        this.maxs[i] = o.maxs[j];
        this.atMin[i] = o.atMin[j];
        this.atMax[i] = o.atMax[j];
      } else {
        if (o.mins[j] < this.mins[i]) {
          this.mins[i] = o.mins[j];
          this.atMin[i] = o.atMin[j];
        } else if (o.mins[j] === this.mins[i]) this.atMin[i] += o.atMin[j];
        if (o.maxs[j] > this.maxs[i]) {
          this.maxs[i] = o.maxs[j];
          this.atMax[i] = o.atMax[j];
        } else if (o.maxs[j] === this.maxs[i]) this.atMax[i] += o.atMax[j];
      }
      this.counts[i] += n;
      this.count += n;
    }
    this.count += o.zeros;
  }

  data(): HistogramData {
    const { lo, counts, mins, maxs, atMin, atMax, zeros } = this;
    return { lo, counts, mins, maxs, atMin, atMax, zeros };
  }

  static from(d: HistogramData): Histogram {
    const h = new Histogram();
    h.merge(d);
    return h;
  }

  /** Buckets with at least one value: [lower edge, upper edge, count], in ascending order. */
  buckets(): [number, number, number][] {
    const out: [number, number, number][] = [];
    if (this.zeros > 0) out.push([0, 1, this.zeros]);
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] > 0) out.push([this.mins[i], this.maxs[i], this.counts[i]]);
    return out;
  }
}
