/**
 * Streaming statistics of every flow in one replication (FlowStatsData per flow): counts, exact
 * min / max / sum of latency, Welford mean and variance, a log-bucket histogram for percentiles,
 * IPDV over consecutive deliveries, deadline misses, delivered bytes, and per timeline bin the
 * bytes delivered and the largest latency. No per-packet arrays.
 *
 * Layout: a plant has thousands of flows, and a delivery must not reach a dozen places in memory.
 * A flow's figures sit side by side in one array (one object per flow would keep each number in
 * a heap box of its own), and the timeline is kept bin by bin, so the deliveries of all flows
 * during one bin write one row (a flow's own row of 60 bins was a cache miss per delivery).
 */
import type { FlowStatsData } from './FlowStats.ts';
import { Histogram } from './Histogram.ts';

/** a flow's figures at f * STRIDE + field */
const STRIDE = 16;
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

export class FlowTable {
  private readonly figures: Float64Array;
  private readonly hists: Histogram[];
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
    this.hists = deadlines.map(() => new Histogram());
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
    this.hists[f].add(latencyPs);
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
      hist: this.hists[f].data(),
      binBytes,
      binMax,
    };
  }
}
