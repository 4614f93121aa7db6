/**
 * Replications folded into running totals as they arrive, in replication order, so a host holds
 * one merged result however many replications run (10,000 replications' histograms once filled
 * gigabytes). The fold is the same left fold, from zero, as summing them all at the end: the
 * report does not depend on the number of workers, nor on whether they were folded one by one.
 * Only what confidence intervals need is kept per replication: a few numbers per flow.
 */
import type { ReplicationResult } from '../engine/ReplicationResult.ts';
import { flowRoutes } from '../engine/engineRoutes.ts';
import { legRoutes } from '../engine/Pipelines.ts';
import type { Model } from '../scenario/model.ts';
import { FlowStatsMerger } from '../stats/FlowStats.ts';
import type { GatewayFigures } from '../net/Gateways.ts';
import { mergeGateways } from './gatewayReport.ts';
import { Histogram } from '../stats/Histogram.ts';
import { LlmAccumulator } from './llmReport.ts';
import { PipelineStatsMerger } from '../stats/PipelineStats.ts';

/** What one replication leaves of a flow for the intervals across replications. */
export interface FlowSample {
  sent: number;
  delivered: number;
  deliveredBytes: number;
  mean: number;
  min: number;
  max: number;
  /** the 99th percentile, ps (NaN when nothing was delivered or there is one replication: no interval) */
  p99: number;
}

const sumInto = (acc: Float64Array, x: ArrayLike<number>) => {
  for (let i = 0; i < acc.length; i++) acc[i] += x[i];
};
const maxInto = (acc: Float64Array, x: ArrayLike<number>) => {
  for (let i = 0; i < acc.length; i++) acc[i] = Math.max(acc[i], x[i]);
};

export class ReportAccumulator {
  replications = 0;
  events = 0;
  packetHops = 0;
  binPs: number | undefined;
  /** timeline bins per port (or per flow when there are no ports) */
  bins: number | undefined;
  readonly flows: FlowStatsMerger[];
  readonly samples: FlowSample[][];
  readonly ports: {
    busyPs: Float64Array;
    frames: Float64Array;
    drops: Float64Array;
    maxQueue: Float64Array;
    waitSum: Float64Array;
    waitCount: Float64Array;
    busyBins: Float64Array;
  };
  readonly compute: { busyPs: Float64Array; waitSum: Float64Array; jobs: Float64Array; batches: Float64Array };
  readonly hops: { waitSum: Float64Array; waitMax: Float64Array; frames: Float64Array };
  readonly computeByFlow: { waitSum: Float64Array; waitMax: Float64Array; serviceSum: Float64Array; jobs: Float64Array };
  /** converting gateways' figures, summed (undefined: none converts) */
  gateways: GatewayFigures[] | undefined;
  /** where each flow's request route starts among all routes' positions (ReplicationResult.hops) */
  readonly routeOffset: number[];
  readonly routes: number[][];
  /** LLM flows' TTFT, TPOT and KV-cache waits (undefined without LLM flows) */
  readonly llm: LlmAccumulator | undefined;
  /** pipeline flows: their figures pooled by flow index, and the route id of each flow's first leg */
  readonly pipelines = new Map<number, PipelineStatsMerger>();
  readonly legRoute: Int32Array;

  constructor(readonly model: Model) {
    this.llm = model.flows.some((f) => f.llm) ? new LlmAccumulator(model) : undefined;
    const P = model.ports.length;
    const N = model.nodes.length;
    const F = model.flows.length;
    this.routes = flowRoutes(model);
    this.legRoute = legRoutes(model);
    this.routeOffset = [];
    let offset = 0;
    for (let r = 0; r < this.routes.length; r++) {
      if (r % 2 === 0 && r / 2 < F) this.routeOffset.push(offset);
      offset += this.routes[r].length;
    }
    const f64 = (n: number) => new Float64Array(n);
    this.flows = model.flows.map(() => new FlowStatsMerger());
    this.samples = model.flows.map(() => []);
    this.ports = { busyPs: f64(P), frames: f64(P), drops: f64(P), maxQueue: f64(P), waitSum: f64(P), waitCount: f64(P), busyBins: f64(0) };
    this.compute = { busyPs: f64(N), waitSum: f64(N), jobs: f64(N), batches: f64(N) };
    this.hops = { waitSum: f64(offset), waitMax: f64(offset), frames: f64(offset) };
    this.computeByFlow = { waitSum: f64(F), waitMax: f64(F), serviceSum: f64(F), jobs: f64(F) };
  }

  /** Folds in the next replication; `r.replication` must be the count folded so far. */
  add(r: ReplicationResult): void {
    if (r.replication !== this.replications) throw new Error(`replication ${r.replication} folded out of order (expected ${this.replications})`);
    const { model } = this;
    if (this.replications === 0) {
      this.binPs = r.binPs;
      this.bins = model.ports.length > 0 ? r.ports.busyBins.length / model.ports.length : (r.flows[0]?.binBytes.length ?? 0);
      (this.ports as { busyBins: Float64Array }).busyBins = new Float64Array(r.ports.busyBins.length);
    }
    this.replications++;
    this.events += r.events;
    this.packetHops += r.packetHops;
    const p = this.ports;
    sumInto(p.busyPs, r.ports.busyPs);
    sumInto(p.frames, r.ports.frames);
    sumInto(p.drops, r.ports.drops);
    maxInto(p.maxQueue, r.ports.maxQueue);
    sumInto(p.waitSum, r.ports.waitSum);
    sumInto(p.waitCount, r.ports.waitCount);
    sumInto(p.busyBins, r.ports.busyBins);
    const c = this.compute;
    sumInto(c.busyPs, r.compute.busyPs);
    sumInto(c.waitSum, r.compute.waitSum);
    sumInto(c.jobs, r.compute.jobs);
    sumInto(c.batches, r.compute.batches);
    sumInto(this.hops.waitSum, r.hops.waitSum);
    maxInto(this.hops.waitMax, r.hops.waitMax);
    sumInto(this.hops.frames, r.hops.frames);
    const cf = this.computeByFlow;
    sumInto(cf.waitSum, r.computeByFlow.waitSum);
    maxInto(cf.waitMax, r.computeByFlow.waitMax);
    sumInto(cf.serviceSum, r.computeByFlow.serviceSum);
    sumInto(cf.jobs, r.computeByFlow.jobs);
    this.gateways = mergeGateways(this.gateways, r.gateways);
    if (r.llm) this.llm!.add(r.llm);
    for (const d of r.pipelines ?? []) {
      let m = this.pipelines.get(d.flow);
      if (!m) this.pipelines.set(d.flow, (m = new PipelineStatsMerger()));
      m.add(d);
    }
    r.flows.forEach((f, i) => {
      this.flows[i].add(f);
      const p99 = f.delivered > 0 && model.replications > 1 ? Histogram.from(f.hist).percentile(99) : Number.NaN;
      this.samples[i].push({ sent: f.sent, delivered: f.delivered, deliveredBytes: f.deliveredBytes, mean: f.mean, min: f.min, max: f.max, p99 });
    });
  }
}
