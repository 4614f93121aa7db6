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
 *
 * A flow's figures and its timeline column are kept at a slot numbered in the order flows first
 * deliver, not at the flow's number: in a plant whose cells step together the deliveries at one
 * instant go cell after cell (flows 0, 1, 84, 85, 168… at 50,000 devices), so numbered by flow
 * each delivery reached a page of its own; numbered by first delivery they read on from one
 * another (bench/memoryFloor.ts). Sends come in flow order and are counted apart, by flow.
 */
import type { FlowStatsData } from './FlowStats.ts';
import { addToCell, bucketOf, CELLS_PER_BUCKET, columns, grownWindow } from './Histogram.ts';
import { grown } from '../core/grown.ts';

/** the figures of the flow in slot s at s * STRIDE + field */
const STRIDE = 16;
const DELIVERED = 0;
const BYTES = 1;
const MIN = 2;
const MAX = 3;
const SUM = 4;
const MEAN = 5;
const M2 = 6;
const IPDV_SUM = 7;
const IPDV_PAIRS = 8;
const MISSES = 9;
/** the latency of the flow's last delivery (−1: none yet) */
const LAST = 10;
const DEADLINE = 11;
/** its histogram: the window's first bucket and length, where its cells start, values below 1 */
const H_LO = 12;
const H_LEN = 13;
const H_AT = 14;
const H_ZEROS = 15;

export class FlowTable {
  /** messages sent that count, by flow */
  private readonly sentCount: Float64Array;
  /** each flow's slot (−1: it has delivered nothing yet), and the slots taken */
  private readonly slotOf: Int32Array;
  private slots = 0;
  /** by flow, the latency above which a delivery misses its deadline (copied to its slot's figures) */
  private readonly deadlines: Float64Array;
  /** the figures of each slot; the last slot is a flow that delivered nothing, never written */
  private readonly figures: Float64Array;
  /** the histograms' cells: each flow's window in a region of its own; a window that grows moves to a new region */
  private cells: Float64Array;
  private cellsUsed = 0;
  /** per bin, per slot: bytes delivered at 2(b·flows + s), largest latency at 2(b·flows + s) + 1 */
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
    this.sentCount = new Float64Array(n);
    this.slotOf = new Int32Array(n).fill(-1);
    this.figures = new Float64Array((n + 1) * STRIDE);
    for (let k = 0; k <= n * STRIDE; k += STRIDE) {
      this.figures[k + MIN] = Infinity;
      this.figures[k + MAX] = -Infinity;
      this.figures[k + LAST] = -1;
    }
    this.deadlines = Float64Array.from(deadlines);
    this.cells = new Float64Array(n * grownWindow(0, 0, 0)[1] * CELLS_PER_BUCKET);
    this.timeline = new Float64Array(2 * bins * n);
  }

  /** Flow f sent a message that counts. */
  sent(f: number): void {
    this.sentCount[f]++;
  }

  /** Flow f delivered `bytes` now, `latencyPs` after they were sent. */
  record(f: number, latencyPs: number, bytes: number, now: number): void {
    let slot = this.slotOf[f];
    if (slot < 0) slot = this.take(f);
    const bin = Math.floor(now / this.binPs);
    if (bin < this.bins) {
      const t = this.timeline;
      const k = 2 * (bin * this.flows + slot);
      t[k] += bytes;
      if (latencyPs > t[k + 1]) t[k + 1] = latencyPs;
    }
    const s = this.figures;
    const k = slot * STRIDE;
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

  /** Gives flow f the next slot (at its first delivery) and returns it. */
  private take(f: number): number {
    const slot = this.slots++;
    this.slotOf[f] = slot;
    this.figures[slot * STRIDE + DEADLINE] = this.deadlines[f];
    return slot;
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
    const slot = this.slotOf[f];
    // a flow that delivered nothing reads the last slot's figures, never written, and an empty timeline
    const k = (slot < 0 ? this.flows : slot) * STRIDE;
    const binBytes = new Float64Array(this.bins);
    const binMax = new Float64Array(this.bins);
    if (slot >= 0)
      for (let b = 0; b < this.bins; b++) {
        binBytes[b] = this.timeline[2 * (b * this.flows + slot)];
        binMax[b] = this.timeline[2 * (b * this.flows + slot) + 1];
      }
    return {
      sent: this.sentCount[f],
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
