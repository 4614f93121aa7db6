/**
 * A flow's statistics from one replication (kept by FlowTable) as plain data, and their pooling
 * over replications.
 */
import { Histogram, type HistogramData } from './Histogram.ts';

/** One flow's statistics from one replication: see FlowTable. */
export interface FlowStatsData {
  sent: number;
  delivered: number;
  deliveredBytes: number;
  min: number;
  max: number;
  sum: number;
  mean: number;
  m2: number;
  ipdvSum: number;
  ipdvPairs: number;
  deadlineMisses: number;
  hist: HistogramData;
  /** bytes delivered and largest latency per timeline bin (by delivery time) */
  binBytes: Float64Array;
  binMax: Float64Array;
}

/**
 * Pools replications' statistics of one flow as they come, in replication order (Chan et al. for
 * the variance): the same left fold, so the same figures, whether given at once or one by one.
 */
export class FlowStatsMerger {
  private readonly hist = new Histogram();
  private binBytes: Float64Array | undefined;
  private binMax: Float64Array | undefined;
  private readonly out = {
    sent: 0,
    delivered: 0,
    deliveredBytes: 0,
    min: Infinity,
    max: -Infinity,
    sum: 0,
    mean: 0,
    m2: 0,
    ipdvSum: 0,
    ipdvPairs: 0,
    deadlineMisses: 0,
  };

  add(p: FlowStatsData): void {
    const out = this.out;
    out.sent += p.sent;
    out.deliveredBytes += p.deliveredBytes;
    out.min = Math.min(out.min, p.min);
    out.max = Math.max(out.max, p.max);
    out.sum += p.sum;
    out.ipdvSum += p.ipdvSum;
    out.ipdvPairs += p.ipdvPairs;
    out.deadlineMisses += p.deadlineMisses;
    if (p.delivered > 0) {
      const n = out.delivered + p.delivered;
      const d = p.mean - out.mean;
      out.mean += (d * p.delivered) / n;
      out.m2 += p.m2 + (d * d * out.delivered * p.delivered) / n;
      out.delivered = n;
    }
    this.hist.merge(p.hist);
    const bins = p.binBytes.length;
    const binBytes = (this.binBytes ??= new Float64Array(bins));
    const binMax = (this.binMax ??= new Float64Array(bins));
    for (let b = 0; b < bins; b++) {
      binBytes[b] += p.binBytes[b];
      binMax[b] = Math.max(binMax[b], p.binMax[b]);
    }
  }

  /** The pooled figures; the histogram itself, not a copy of its columns (a report reads its percentiles only). */
  result(): Omit<FlowStatsData, 'hist'> & { histogram: Histogram } {
    return {
      ...this.out,
      histogram: this.hist,
      binBytes: this.binBytes ?? new Float64Array(0),
      binMax: this.binMax ?? new Float64Array(0),
    };
  }
}

/** Pools several replications' statistics of one flow. */
export function mergeFlowStats(parts: readonly FlowStatsData[]): Omit<FlowStatsData, 'hist'> & { histogram: Histogram } {
  const m = new FlowStatsMerger();
  for (const p of parts) m.add(p);
  return m.result();
}
