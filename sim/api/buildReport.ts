/**
 * Merges replications (in replication order, so the result does not depend on how they were
 * spread over workers) into one report with pooled figures and 95 % confidence intervals; hosts
 * that receive replications one by one fold them into a ReportAccumulator and call reportOf.
 */
import type { ReplicationResult } from '../engine/ReplicationResult.ts';
import { chartedFlows } from '../io/report/chartedFlows.ts';
import type { Model } from '../scenario/model.ts';
import { interval95 } from '../stats/confidence.ts';
import type { FlowStatsMerger } from '../stats/FlowStats.ts';
import type { Histogram } from '../stats/Histogram.ts';
import type { LlmAccumulator } from './llmReport.ts';
import { type FlowSample, ReportAccumulator } from './ReportAccumulator.ts';
import { gatewayReport } from './gatewayReport.ts';
import { judge } from '../stats/verdict.ts';
import { type FlowReport, type LatencyHistogram, type LinkReport, type PipelineReport, type Report, REPORT_FORMAT } from './Report.ts';
import { legHops, pipelineReport } from './pipelineReport.ts';
import { hopWaits } from './hopWaits.ts';

const PS = 1e12; // picoseconds per second: divide, so round values (0.05 s) stay round

/** What a report keeps beyond the format's figures (none by default: `run`'s report stays as it is). */
export interface ReportOptions {
  /** the latency histograms (FlowReport.histogram) of this many flows: those a report charts (chartedFlows) */
  histograms?: number;
}

export function buildReport(model: Model, results: readonly ReplicationResult[], wallSeconds: number, options: ReportOptions = {}): Report {
  const acc = new ReportAccumulator(model);
  for (const r of [...results].sort((a, b) => a.replication - b.replication)) acc.add(r);
  return reportOf(acc, wallSeconds, options);
}

/** The report of the replications folded into `acc`. */
export function reportOf(acc: ReportAccumulator, wallSeconds: number, options: ReportOptions = {}): Report {
  const { model } = acc;
  const reps = acc.replications;
  const windowS = (model.durationPs - model.warmupPs) / PS;
  const binPs = acc.binPs ?? model.durationPs;
  const bins = acc.bins ?? 0;
  const flows = model.flows.map((f, i) =>
    flowReport(
      model,
      i,
      acc.flows[i].result(),
      acc.samples[i],
      windowS,
      binPs / PS,
      attribution(acc, i),
      acc.llm,
      pipelineReport(model, f, acc.pipelines.get(i)?.result()),
    ),
  );
  if (options.histograms) {
    const index = new Map(flows.map((f, i) => [f, i]));
    for (const f of chartedFlows(flows, options.histograms)) f.histogram = latencyHistogram(acc.flows[index.get(f)!].result().histogram);
  }
  const p = acc.ports;
  const links: LinkReport[] = model.ports.map((port) => {
    const l = model.links[port.link];
    const k = port.index;
    return {
      id: l.id,
      from: model.nodes[port.from].id,
      to: model.nodes[port.to].id,
      utilization: p.busyPs[k] / PS / (windowS * reps),
      maxQueue: p.maxQueue[k],
      drops: p.drops[k],
      meanWait: p.waitCount[k] > 0 ? p.waitSum[k] / PS / p.waitCount[k] : 0,
      frames: p.frames[k],
      timeline: { utilization: scaled(p.busyBins, k * bins, bins, 1, binPs * reps) },
    };
  });
  const c = acc.compute;
  const compute = model.nodes
    .filter((n) => n.compute)
    .map((n) => {
      const k = n.index;
      return {
        id: n.id,
        utilization: c.busyPs[k] / PS / (windowS * reps * n.compute!.servers),
        meanWait: c.jobs[k] > 0 ? c.waitSum[k] / PS / c.jobs[k] : 0,
        jobs: c.jobs[k],
        meanBatch: c.batches[k] > 0 ? c.jobs[k] / c.batches[k] : 0,
      };
    });
  const passed = flows.filter((f) => f.verdict === 'pass').length;
  const failed = flows.filter((f) => f.verdict === 'fail').length;
  return {
    format: REPORT_FORMAT,
    scenario: model.name,
    seed: model.seed,
    replications: reps,
    simulated: model.durationPs / PS,
    window: [model.warmupPs / PS, model.durationPs / PS],
    wallSeconds,
    events: acc.events,
    packetHops: acc.packetHops,
    timeline: { bins, binSeconds: binPs / PS },
    flows,
    links,
    compute,
    summary: { flows: flows.length, passed, failed, unchecked: flows.length - passed - failed },
    ...(acc.gateways ? { gateways: gatewayReport(model, acc.gateways) } : {}),
    ...(acc.llm ? { llmEngines: acc.llm.engineReports(model, windowS, reps) } : {}),
  };
}

/** Percentiles at which the CDF is sampled: dense in the tail, where requirements live. */
const CDF_POINTS = [0.1, 1, 2.5, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 92.5, 95, 97.5, 99, 99.5, 99.9, 99.99, 100];

function attribution(acc: ReportAccumulator, f: number): FlowReport['attribution'] {
  const { model, routes } = acc;
  const flow = model.flows[f];
  if (flow.pipeline) return { hops: legHops(acc, flow, acc.legRoute[f]), compute: null };
  const hops = hopWaits(acc, [...routes[2 * f], ...routes[2 * f + 1]], acc.routeOffset[f]);
  const cf = acc.computeByFlow;
  const jobs = cf.jobs[f];
  const compute = flow.response
    ? {
        id: model.nodes[flow.to].id,
        meanWait: jobs > 0 ? cf.waitSum[f] / jobs / PS : 0,
        maxWait: cf.waitMax[f] / PS,
        meanService: jobs > 0 ? cf.serviceSum[f] / jobs / PS : 0,
      }
    : null;
  return { hops, compute };
}

function flowReport(
  model: Model,
  i: number,
  m: ReturnType<FlowStatsMerger['result']>,
  parts: readonly FlowSample[],
  windowS: number,
  binS: number,
  attribution: FlowReport['attribution'],
  llm: LlmAccumulator | undefined,
  pipeline?: PipelineReport,
): FlowReport {
  const f = model.flows[i];
  const h = m.histogram;
  const lost = m.sent - m.delivered;
  const loss = m.sent > 0 ? lost / m.sent : 0;
  const throughput = (m.deliveredBytes * 8) / (windowS * parts.length);
  const has = m.delivered > 0;
  const req = f.requirement;
  // the CDF's points in one scan of the histogram; p50, p90, p99 and p99.9 are among them
  const cdf = has ? h.percentiles(CDF_POINTS).map((x) => x / PS) : [];
  const pct = (p: number) => {
    const at = CDF_POINTS.indexOf(p);
    return at >= 0 ? cdf[at] : h.percentile(p) / PS;
  };
  const latency = has
    ? {
        min: m.min / PS,
        mean: m.mean / PS,
        p50: pct(50),
        p90: pct(90),
        p99: pct(99),
        p999: pct(99.9),
        max: m.max / PS,
        sum: m.sum / PS,
        std: Math.sqrt(m.m2 / m.delivered) / PS,
        ...ci(parts),
        cdf: [[m.min / PS, 0] as [number, number], ...CDF_POINTS.map((p, k): [number, number] => [cdf[k], p / 100])],
      }
    : null;
  const deadlineMiss = req?.latency !== undefined && has ? m.deadlineMisses / m.delivered : null;
  // nothing sent in the window: nothing to judge
  const v = judge(m.sent > 0 ? req : undefined, {
    latencyAtPercentile: has ? (req && req.percentile < 100 ? pct(req.percentile) : m.max / PS) : NaN,
    pdv: has ? (m.max - m.min) / PS : NaN,
    loss,
    throughput,
    deadlineMiss: deadlineMiss ?? 0,
    ...(f.llm ? llm!.at(i, req?.percentile ?? 100) : {}),
    escalated: pipeline?.escalated ?? undefined,
  });
  const llmPart = f.llm ? llm!.report(i) : undefined;
  const tci = interval95(parts.map((p) => (p.deliveredBytes * 8) / windowS));
  const lci = interval95(parts.map((p) => (p.sent > 0 ? (p.sent - p.delivered) / p.sent : 0)));
  const pdvCi = parts.every((p) => p.delivered > 0) ? interval95(parts.map((p) => (p.max - p.min) / PS)) : undefined;
  return {
    id: f.id,
    from: model.nodes[f.from].id,
    to: model.nodes[f.response?.to ?? f.to].id,
    ...(f.response ? { via: model.nodes[f.to].id } : {}),
    sent: m.sent,
    delivered: m.delivered,
    lost,
    loss,
    ...(lci ? { lossCi95: lci } : {}),
    latency,
    jitter: has
      ? {
          pdv: (m.max - m.min) / PS,
          ipdv: m.ipdvPairs > 0 ? m.ipdvSum / m.ipdvPairs / PS : 0,
          std: Math.sqrt(m.m2 / m.delivered) / PS,
          ...(pdvCi ? { ci95: { pdv: pdvCi } } : {}),
        }
      : null,
    throughput,
    ...(tci ? { throughputCi95: tci } : {}),
    deadlineMiss,
    verdict: v.verdict,
    margin: v.margin,
    worst: v.worst,
    criteria: v.criteria,
    timeline: { throughput: scaled(m.binBytes, 0, m.binBytes.length, 8, binS * parts.length), maxLatency: latencies(m.binMax) },
    attribution,
    ...(llmPart ? { llm: llmPart } : {}),
    ...(pipeline ? { pipeline } : {}),
  };
}

/**
 * A timeline's `n` bins from `at`, each x · k / d (d: a divisor, so that the figures are those of (x · k) / d to the last
 * bit): a loop, not Array.from with a function per bin, which a report of thousands of timelines called a million times.
 */
function scaled(xs: ArrayLike<number>, at: number, n: number, k: number, d = 1): number[] {
  const out: number[] = [];
  for (let b = 0; b < n; b++) out.push((xs[at + b] * k) / d);
  return out;
}

/** The histogram's buckets with deliveries, in seconds. */
function latencyHistogram(h: Histogram): LatencyHistogram {
  const out: LatencyHistogram = { lower: [], upper: [], count: [], min: [], max: [] };
  for (const b of h.occupied()) {
    out.lower.push(b.lower / PS);
    out.upper.push(b.upper / PS);
    out.count.push(b.count);
    out.min.push(b.min / PS);
    out.max.push(b.max / PS);
  }
  return out;
}

/** Each bin's largest latency in seconds, null for a bin without one. */
function latencies(xs: ArrayLike<number>): (number | null)[] {
  const out: (number | null)[] = [];
  for (let b = 0; b < xs.length; b++) out.push(xs[b] > 0 ? xs[b] / PS : null);
  return out;
}

function ci(parts: readonly FlowSample[]): { ci95?: { mean: [number, number]; p99: [number, number]; max: [number, number] } } {
  if (parts.length < 2 || parts.some((p) => p.delivered === 0)) return {};
  const scale = ([a, b]: [number, number]): [number, number] => [a / PS, b / PS];
  const mean = interval95(parts.map((p) => p.mean));
  const p99 = interval95(parts.map((p) => p.p99));
  const max = interval95(parts.map((p) => p.max));
  return mean && p99 && max ? { ci95: { mean: scale(mean), p99: scale(p99), max: scale(max) } } : {};
}
