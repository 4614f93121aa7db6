/**
 * Statistics of one pipeline flow (issue 12 §1): per path taken, the items and their end-to-end
 * latency; per leg, the network time of the items that crossed it. Items count when emitted in
 * the measured window, as a flow's deliveries do. Per-stage waits and service are the compute
 * nodes' (per job class). Plain data per replication, pooled in replication order.
 */
import { Histogram, type HistogramData } from './Histogram.ts';

/** One pipeline flow's figures from one replication; times in picoseconds. */
export interface PipelineStatsData {
  /** the flow's index */
  flow: number;
  /** per path of the flow's PipelineModel.paths */
  paths: { items: number; sum: number; max: number; hist: HistogramData }[];
  /** per leg of the flow's PipelineModel.legs: total network time and crossings */
  legs: { sum: number; count: number }[];
  /** per stage: items whose service started in the window, their total wait and service */
  stages: { jobs: number; waitSum: number; serviceSum: number }[];
}

/** A pipeline flow's running figures in one replication. */
export class PipelineStats {
  readonly items: Float64Array;
  readonly sum: Float64Array;
  readonly max: Float64Array;
  readonly hists: Histogram[];
  readonly legSum: Float64Array;
  readonly legCount: Float64Array;

  constructor(
    readonly flow: number,
    paths: number,
    legs: number,
  ) {
    this.items = new Float64Array(paths);
    this.sum = new Float64Array(paths);
    this.max = new Float64Array(paths);
    this.hists = Array.from({ length: paths }, () => new Histogram());
    this.legSum = new Float64Array(legs);
    this.legCount = new Float64Array(legs);
  }

  /** An item that took path `p` reached the destination `latency` ps after its emission. */
  delivered(p: number, latency: number): void {
    this.items[p]++;
    this.sum[p] += latency;
    if (latency > this.max[p]) this.max[p] = latency;
    this.hists[p].add(latency);
  }

  leg(l: number, ps: number): void {
    this.legSum[l] += ps;
    this.legCount[l]++;
  }

  data(stages: PipelineStatsData['stages']): PipelineStatsData {
    return {
      flow: this.flow,
      paths: this.hists.map((h, p) => ({ items: this.items[p], sum: this.sum[p], max: this.max[p], hist: h.data() })),
      legs: Array.from(this.legSum, (sum, l) => ({ sum, count: this.legCount[l] })),
      stages,
    };
  }
}

/** Pools replications' figures of one pipeline flow, in replication order. */
export class PipelineStatsMerger {
  private out: (Omit<PipelineStatsData, 'paths'> & { paths: { items: number; sum: number; max: number; hist: Histogram }[] }) | undefined;

  add(d: PipelineStatsData): void {
    if (!this.out) {
      this.out = {
        flow: d.flow,
        paths: d.paths.map(() => ({ items: 0, sum: 0, max: 0, hist: new Histogram() })),
        legs: d.legs.map(() => ({ sum: 0, count: 0 })),
        stages: d.stages.map(() => ({ jobs: 0, waitSum: 0, serviceSum: 0 })),
      };
    }
    const o = this.out;
    d.paths.forEach((p, k) => {
      const t = o.paths[k];
      t.items += p.items;
      t.sum += p.sum;
      t.max = Math.max(t.max, p.max);
      t.hist.merge(p.hist);
    });
    d.legs.forEach((l, k) => {
      o.legs[k].sum += l.sum;
      o.legs[k].count += l.count;
    });
    d.stages.forEach((s, k) => {
      const t = o.stages[k];
      t.jobs += s.jobs;
      t.waitSum += s.waitSum;
      t.serviceSum += s.serviceSum;
    });
  }

  result(): PipelineStatsMerger['out'] {
    return this.out;
  }
}
