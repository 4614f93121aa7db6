/**
 * Streaming statistics of every flow in one replication (FlowStatsData per flow): counts, exact
 * min / max / sum of latency, Welford mean and variance, a log-bucket histogram for percentiles,
 * IPDV over consecutive deliveries, deadline misses, delivered bytes, and per timeline bin the
 * bytes delivered and the largest latency. No per-packet arrays.
 *
 * Layout: a plant has thousands of flows, and a delivery must not reach a dozen places in memory.
 * A flow's figures sit side by side in one array (one object per flow would keep each number in
 * a heap box of its own), the cells of all flows' histograms share one array (a Histogram per
 * flow was three objects to reach), and the timeline is kept bin by bin, so the deliveries of all
 * flows during one bin write one row (a flow's own row of 60 bins was a cache miss per delivery).
 */
import type { FlowStatsData } from './FlowStats.ts';
import { addToCell, bucketOf, CELLS_PER_BUCKET, columns, grownWindow } from './Histogram.ts';
import { grown } from '../core/grown.ts';

/** a flow's figures at f * STRIDE + field */
const STRIDE = 17;
const SENT = 0;
const DELIVERED = 1;
const BYTES = 2;
const MIN = 3;
const MAX = 4;
const SUM = 5;
const MEAN = 6;
const M2 = 7;
const IPDV_SUM = 8;
const IPDV_PAIRS = 9;
const MISSES = 10;
/** the latency of the flow's last delivery (−1: none yet) */
const LAST = 11;
const DEADLINE = 12;
/** its histogram: the window's first bucket and length, where its cells start, values below 1 */
const H_LO = 13;
const H_LEN = 14;
const H_AT = 15;
const H_ZEROS = 16;

export class FlowTable {
  private readonly figures: Float64Array;
  /** the histograms' cells: each flow's window in a region of its own; a window that grows moves to a new region */
  private cells: Float64Array;
  private cellsUsed = 0;
  /** per bin, per flow: bytes delivered at 2(b·flows + f), largest latency at 2(b·flows + f) + 1 */
  private readonly timeline: Float64Array;
  private readonly flows: number;

  /**
   * @param deadlines per flow, the latency above which a delivery counts as a deadline miss (Infinity: none)
   * @param binPs width of a timeline bin; deliveries after the last of `bins` are not binned
   */
  constructor(
    deadlines: readonly number[],
    private readonly binPs: number,
    private readonly bins: number,
  ) {
    const n = (this.flows = deadlines.length);
    this.figures = new Float64Array(n * STRIDE);
    for (let f = 0; f < n; f++) {
      const k = f * STRIDE;
      this.figures[k + MIN] = Infinity;
      this.figures[k + MAX] = -Infinity;
      this.figures[k + LAST] = -1;
      this.figures[k + DEADLINE] = deadlines[f];
    }
    this.cells = new Float64Array(n * grownWindow(0, 0, 0)[1] * CELLS_PER_BUCKET);
    this.timeline = new Float64Array(2 * bins * n);
  }

  /** Flow f sent a message that counts. */
  sent(f: number): void {
    this.figures[f * STRIDE + SENT]++;
  }

  /** Flow f delivered `bytes` now, `latencyPs` after they were sent. */
  record(f: number, latencyPs: number, bytes: number, now: number): void {
    const bin = Math.floor(now / this.binPs);
    if (bin < this.bins) {
      const t = this.timeline;
      const k = 2 * (bin * this.flows + f);
      t[k] += bytes;
      if (latencyPs > t[k + 1]) t[k + 1] = latencyPs;
    }
    const s = this.figures;
    const k = f * STRIDE;
    const n = ++s[k + DELIVERED];
    s[k + BYTES] += bytes;
    if (latencyPs < s[k + MIN]) s[k + MIN] = latencyPs;
    if (latencyPs > s[k + MAX]) s[k + MAX] = latencyPs;
    s[k + SUM] += latencyPs;
    const d = latencyPs - s[k + MEAN];
    s[k + MEAN] += d / n;
    s[k + M2] += d * (latencyPs - s[k + MEAN]);
    const last = s[k + LAST];
    if (last >= 0) {
      s[k + IPDV_SUM] += Math.abs(latencyPs - last);
      s[k + IPDV_PAIRS]++;
    }
    s[k + LAST] = latencyPs;
    if (latencyPs > s[k + DEADLINE]) s[k + MISSES]++;
    if (latencyPs < 1) {
      s[k + H_ZEROS]++;
      return;
    }
    const b = bucketOf(latencyPs);
    let i = b - s[k + H_LO];
    if (i < 0 || i >= s[k + H_LEN]) i = this.widen(k, b);
    addToCell(this.cells, s[k + H_AT] + i * CELLS_PER_BUCKET, latencyPs);
  }

  /** Moves the histogram of the flow whose figures start at k to a new region, its window grown to bucket b; returns b's index in it. */
  private widen(k: number, b: number): number {
    const s = this.figures;
    const oldLo = s[k + H_LO];
    const oldLen = s[k + H_LEN];
    const [lo, len] = grownWindow(oldLo, oldLen, b);
    const at = this.cellsUsed;
    this.cellsUsed += len * CELLS_PER_BUCKET;
    if (this.cellsUsed > this.cells.length) this.cells = grown(this.cells, Math.max(this.cellsUsed, 2 * this.cells.length));
    const from = s[k + H_AT];
    if (oldLen > 0) this.cells.copyWithin(at + (oldLo - lo) * CELLS_PER_BUCKET, from, from + oldLen * CELLS_PER_BUCKET);
    s[k + H_LO] = lo;
    s[k + H_LEN] = len;
    s[k + H_AT] = at;
    return b - lo;
  }

  /** Flow f's statistics as plain data. */
  data(f: number): FlowStatsData {
    const s = this.figures;
    const k = f * STRIDE;
    const binBytes = new Float64Array(this.bins);
    const binMax = new Float64Array(this.bins);
    for (let b = 0; b < this.bins; b++) {
      binBytes[b] = this.timeline[2 * (b * this.flows + f)];
      binMax[b] = this.timeline[2 * (b * this.flows + f) + 1];
    }
    return {
      sent: s[k + SENT],
      delivered: s[k + DELIVERED],
      deliveredBytes: s[k + BYTES],
      min: s[k + MIN],
      max: s[k + MAX],
      sum: s[k + SUM],
      mean: s[k + MEAN],
      m2: s[k + M2],
      ipdvSum: s[k + IPDV_SUM],
      ipdvPairs: s[k + IPDV_PAIRS],
      deadlineMisses: s[k + MISSES],
      hist: columns(this.cells, s[k + H_AT], s[k + H_LO], s[k + H_LEN], s[k + H_ZEROS]),
      binBytes,
      binMax,
    };
  }
}
