/**
 * Streaming statistics of one flow in one replication: counts, exact min / max / sum of
 * latency, Welford mean and variance, a log-bucket histogram for percentiles, IPDV over
 * consecutive deliveries, deadline misses and delivered bytes. Mergeable, no per-packet arrays.
 */
import { Histogram, type HistogramData } from './Histogram.ts';

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
}

export class FlowStats {
  sent = 0;
  delivered = 0;
  deliveredBytes = 0;
  min = Infinity;
  max = -Infinity;
  sum = 0;
  mean = 0;
  m2 = 0;
  ipdvSum = 0;
  ipdvPairs = 0;
  deadlineMisses = 0;
  private last = -1;
  readonly hist = new Histogram();

  /** @param deadlinePs latency above which a delivery counts as a deadline miss (Infinity: none) */
  constructor(private readonly deadlinePs = Infinity) {}

  record(latencyPs: number, bytes: number): void {
    const n = ++this.delivered;
    this.deliveredBytes += bytes;
    if (latencyPs < this.min) this.min = latencyPs;
    if (latencyPs > this.max) this.max = latencyPs;
    this.sum += latencyPs;
    const d = latencyPs - this.mean;
    this.mean += d / n;
    this.m2 += d * (latencyPs - this.mean);
    if (this.last >= 0) {
      this.ipdvSum += Math.abs(latencyPs - this.last);
      this.ipdvPairs++;
    }
    this.last = latencyPs;
    if (latencyPs > this.deadlinePs) this.deadlineMisses++;
    this.hist.add(latencyPs);
  }

  data(): FlowStatsData {
    const { sent, delivered, deliveredBytes, min, max, sum, mean, m2, ipdvSum, ipdvPairs, deadlineMisses } = this;
    return { sent, delivered, deliveredBytes, min, max, sum, mean, m2, ipdvSum, ipdvPairs, deadlineMisses, hist: this.hist.data() };
  }
}

/** Pools several replications' statistics of one flow (Chan et al. for the variance). */
export function mergeFlowStats(parts: readonly FlowStatsData[]): FlowStatsData & { histogram: Histogram } {
  const hist = new Histogram();
  const out = { sent: 0, delivered: 0, deliveredBytes: 0, min: Infinity, max: -Infinity, sum: 0, mean: 0, m2: 0, ipdvSum: 0, ipdvPairs: 0, deadlineMisses: 0 };
  for (const p of parts) {
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
    hist.merge(p.hist);
  }
  return { ...out, hist: hist.data(), histogram: hist };
}
