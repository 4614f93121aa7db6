/**
 * A mergeable log-bucket histogram of non-negative values (latencies in picoseconds).
 *
 * Buckets split every power of two into 1024 equal parts (the exponent and the top 10
 * mantissa bits of the float64), so a bucket spans at most 2^-10 ≈ 0.098 % of its lower
 * edge. Each bucket also keeps the smallest and largest value it saw and how many times it
 * saw each. A percentile is the nearest-rank value (p-th = sorted[ceil(p·n) − 1]) located in
 * its bucket: exact when its rank falls on the bucket's smallest or largest value, otherwise
 * interpolated between them, so within 0.1 % of the true sample. Values below 1 count as zeros.
 * No per-sample storage; memory grows with the span of values (about 40 kB per octave), and a
 * histogram starts with a window of 16 buckets (640 B): a plant has one per flow.
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

/** per bucket, side by side: its count, min, max, and how many values equal its min, its max */
const STRIDE = 5;
const COUNT = 0;
const MIN = 1;
const MAX = 2;
const AT_MIN = 3;
const AT_MAX = 4;
/** buckets of a new histogram's window, and the margin kept around a new value when it grows */
const FIRST_WINDOW = 16;
const MARGIN = 8;

/** numbers per bucket, for histograms kept outside a Histogram (FlowTable keeps all its flows' cells in one array) */
export const CELLS_PER_BUCKET = STRIDE;

/**
 * The window [lo, lo + len) of a histogram grown to include bucket b: a new histogram's (len 0)
 * is small (most flows' latencies span a few buckets: tens of thousands of flows each keep a
 * window), and it at least doubles when it grows, so growth costs O(1) amortized.
 */
export function grownWindow(lo: number, len: number, b: number): [lo: number, len: number] {
  if (len === 0) return [b - FIRST_WINDOW / 2, FIRST_WINDOW];
  let newLo = Math.min(lo, b - MARGIN);
  let newHi = Math.max(lo + len, b + MARGIN + 1);
  const minLen = len * 2;
  if (newHi - newLo < minLen) {
    if (b < lo) newLo = newHi - minLen;
    else newHi = newLo + minLen;
  }
  return [newLo, newHi - newLo];
}

/** Adds v (at least 1) to the bucket whose cells start at c[k]. */
export function addToCell(c: Float64Array, k: number, v: number): void {
  if (c[k] === 0) {
    c[k + MIN] = c[k + MAX] = v;
    c[k + AT_MIN] = c[k + AT_MAX] = 1;
  } else {
    if (v < c[k + MIN]) {
      c[k + MIN] = v;
      c[k + AT_MIN] = 1;
    } else if (v === c[k + MIN]) c[k + AT_MIN]++;
    if (v > c[k + MAX]) {
      c[k + MAX] = v;
      c[k + AT_MAX] = 1;
    } else if (v === c[k + MAX]) c[k + AT_MAX]++;
  }
  c[k]++;
}

/** The plain data of the window [lo, lo + len) whose cells start at c[at]. */
export function columns(c: Float64Array, at: number, lo: number, len: number, zeros: number): HistogramData {
  const column = (field: number) => {
    const out = new Float64Array(len);
    for (let i = 0; i < len; i++) out[i] = c[at + i * STRIDE + field];
    return out;
  };
  return { lo, counts: column(COUNT), mins: column(MIN), maxs: column(MAX), atMin: column(AT_MIN), atMax: column(AT_MAX), zeros };
}

/** The r-th smallest value (1 … count) of the bucket whose cells start at c[k]. */
function valueAt(c: Float64Array, k: number, r: number): number {
  const n = c[k];
  const lo = c[k + MIN];
  const hi = c[k + MAX];
  const nLo = c[k + AT_MIN];
  const nHi = c[k + AT_MAX];
  if (r <= nLo || lo === hi) return lo;
  if (r > n - nHi) return hi;
  // strictly between min and max: spread the middle values evenly
  return lo + ((hi - lo) * (r - nLo)) / (n - nLo - nHi + 1);
}

export class Histogram {
  private lo = 0;
  /** buckets lo, lo + 1, …: STRIDE numbers each, so that one value touches one cache line, not five */
  private cells = new Float64Array(0);
  private len = 0;
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
    if (i < 0 || i >= this.len) i = this.ensure(b);
    addToCell(this.cells, i * STRIDE, v);
  }

  /** Grows the dense window to include bucket b (see `grownWindow`); returns b's index in it. */
  private ensure(b: number): number {
    const [lo, len] = grownWindow(this.lo, this.len, b);
    this.cells = grown(this.cells, len * STRIDE, this.len === 0 ? 0 : (this.lo - lo) * STRIDE);
    this.lo = lo;
    this.len = len;
    return b - lo;
  }

  /** Nearest-rank percentile, p in (0, 100]. NaN when empty. */
  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.min(this.count, Math.max(1, Math.ceil((p / 100) * this.count - 1e-9)));
    if (rank <= this.zeros) return 0;
    let seen = this.zeros;
    const c = this.cells;
    for (let k = 0; k < this.len * STRIDE; k += STRIDE) {
      const n = c[k];
      if (n === 0) continue;
      if (seen + n >= rank) {
        const r = rank - seen;
        const lo = c[k + MIN];
        const hi = c[k + MAX];
        const nLo = c[k + AT_MIN];
        const nHi = c[k + AT_MAX];
        if (r <= nLo || lo === hi) return lo;
        if (r > n - nHi) return hi;
        // strictly between min and max: spread the middle values evenly
        return lo + ((hi - lo) * (r - nLo)) / (n - nLo - nHi + 1);
      }
      seen += n;
    }
    return NaN;
  }

  /**
   * Nearest-rank percentiles of `ps`, given in ascending order, each in (0, 100], answered in one scan
   * of the buckets (a report asks 29 of each flow): the same values as `percentile` one by one. NaN when empty.
   */
  percentiles(ps: readonly number[]): number[] {
    const out: number[] = new Array(ps.length).fill(NaN);
    if (this.count === 0) return out;
    let q = 0;
    for (; q < ps.length && this.rank(ps[q]) <= this.zeros; q++) out[q] = 0;
    let seen = this.zeros;
    const c = this.cells;
    for (let k = 0; k < this.len * STRIDE && q < ps.length; k += STRIDE) {
      const n = c[k];
      if (n === 0) continue;
      for (let rank = this.rank(ps[q]); seen + n >= rank; rank = this.rank(ps[q])) {
        out[q] = valueAt(c, k, rank - seen);
        if (++q === ps.length) break;
      }
      seen += n;
    }
    return out;
  }

  /** The nearest rank (1 … count) of percentile p. */
  private rank(p: number): number {
    return Math.min(this.count, Math.max(1, Math.ceil((p / 100) * this.count - 1e-9)));
  }

  merge(other: Histogram | HistogramData): void {
    const o = other instanceof Histogram ? other.data() : other;
    this.zeros += o.zeros;
    for (let j = 0; j < o.counts.length; j++) {
      const n = o.counts[j];
      if (n === 0) continue;
      const b = o.lo + j;
      let i = b - this.lo;
      if (i < 0 || i >= this.len) i = this.ensure(b);
      const c = this.cells;
      const k = i * STRIDE;
      if (c[k] === 0) {
        c[k + MIN] = o.mins[j];
        c[k + MAX] = o.maxs[j];
        c[k + AT_MIN] = o.atMin[j];
        c[k + AT_MAX] = o.atMax[j];
      } else {
        if (o.mins[j] < c[k + MIN]) {
          c[k + MIN] = o.mins[j];
          c[k + AT_MIN] = o.atMin[j];
        } else if (o.mins[j] === c[k + MIN]) c[k + AT_MIN] += o.atMin[j];
        if (o.maxs[j] > c[k + MAX]) {
          c[k + MAX] = o.maxs[j];
          c[k + AT_MAX] = o.atMax[j];
        } else if (o.maxs[j] === c[k + MAX]) c[k + AT_MAX] += o.atMax[j];
      }
      c[k] += n;
      this.count += n;
    }
    this.count += o.zeros;
  }

  /** The buckets as one array per field (a copy). */
  data(): HistogramData {
    return columns(this.cells, 0, this.lo, this.len, this.zeros);
  }

  static from(d: HistogramData): Histogram {
    const h = new Histogram();
    h.merge(d);
    return h;
  }

  /**
   * The buckets with at least one value, in ascending order (a read of the buckets, for a report that
   * draws the distribution itself): each bucket's edges (it holds the values in [lower, upper)), its
   * count, and the least and greatest value in it. Values below 1 are the bucket [0, 1).
   */
  occupied(): OccupiedBucket[] {
    const out: OccupiedBucket[] = [];
    if (this.zeros > 0) out.push({ lower: 0, upper: 1, count: this.zeros, min: 0, max: 0 });
    const c = this.cells;
    for (let i = 0; i < this.len; i++) {
      const k = i * STRIDE;
      if (c[k] > 0) out.push({ lower: lowerEdgeOf(this.lo + i), upper: lowerEdgeOf(this.lo + i + 1), count: c[k], min: c[k + MIN], max: c[k + MAX] });
    }
    return out;
  }
}

/** A bucket with values: see Histogram.occupied. */
export interface OccupiedBucket {
  lower: number;
  upper: number;
  count: number;
  min: number;
  max: number;
}

/** The least value of bucket b (the inverse of bucketOf on bucket edges): exponent and top mantissa bits b, the rest zero. */
export function lowerEdgeOf(b: number): number {
  u32[0] = 0;
  u32[1] = (b << (20 - SUB_BITS)) >>> 0;
  return f64[0];
}
