/**
 * Merges replications (in replication order, so the result does not depend on how they were
 * spread over workers) into one report with pooled figures and 95 % confidence intervals.
 */
import type { ReplicationResult } from '../engine/ReplicationResult.ts';
import { flowRoutes } from '../engine/Simulation.ts';
import type { Model } from '../scenario/model.ts';
import { interval95 } from '../stats/confidence.ts';
import { Histogram } from '../stats/Histogram.ts';
import { mergeFlowStats, type FlowStatsData } from '../stats/FlowStats.ts';
import { judge } from '../stats/verdict.ts';
import { type FlowReport, type LinkReport, type Report, REPORT_FORMAT } from './Report.ts';

const PS = 1e12; // picoseconds per second: divide, so round values (0.05 s) stay round

export function buildReport(model: Model, results: readonly ReplicationResult[], wallSeconds: number): Report {
  const reps = [...results].sort((a, b) => a.replication - b.replication);
  const windowS = (model.durationPs - model.warmupPs) / PS;
  const binPs = reps[0]?.binPs ?? model.durationPs;
  const bins = reps.length > 0 && model.ports.length > 0 ? reps[0].ports.busyBins.length / model.ports.length : (reps[0]?.flows[0]?.binBytes.length ?? 0);
  const flows = model.flows.map((f, i) => ({
    ...flowReport(model, i, reps.map((r) => r.flows[i]), windowS, binPs / PS),
    attribution: attribution(model, i, reps),
  }));
  const sum = (pick: (r: ReplicationResult) => ArrayLike<number>, k: number) => reps.reduce((a, r) => a + pick(r)[k], 0);
  const links: LinkReport[] = model.ports.map((p) => {
    const l = model.links[p.link];
    const frames = sum((r) => r.ports.frames, p.index);
    const waits = sum((r) => r.ports.waitCount, p.index);
    return {
      id: l.id,
      from: model.nodes[p.from].id,
      to: model.nodes[p.to].id,
      utilization: (sum((r) => r.ports.busyPs, p.index) / PS) / (windowS * reps.length),
      maxQueue: Math.max(0, ...reps.map((r) => r.ports.maxQueue[p.index])),
      drops: sum((r) => r.ports.drops, p.index),
      meanWait: waits > 0 ? (sum((r) => r.ports.waitSum, p.index) / PS) / waits : 0,
      frames,
      timeline: {
        utilization: Array.from({ length: bins }, (_, b) => sum((r) => r.ports.busyBins, p.index * bins + b) / (binPs * reps.length)),
      },
    };
  });
  const compute = model.nodes
    .filter((n) => n.compute)
    .map((n) => {
      const jobs = sum((r) => r.compute.jobs, n.index);
      const batches = sum((r) => r.compute.batches, n.index);
      return {
        id: n.id,
        utilization: (sum((r) => r.compute.busyPs, n.index) / PS) / (windowS * reps.length * n.compute!.servers),
        meanWait: jobs > 0 ? (sum((r) => r.compute.waitSum, n.index) / PS) / jobs : 0,
        jobs,
        meanBatch: batches > 0 ? jobs / batches : 0,
      };
    });
  const passed = flows.filter((f) => f.verdict === 'pass').length;
  const failed = flows.filter((f) => f.verdict === 'fail').length;
  return {
    format: REPORT_FORMAT,
    scenario: model.name,
    seed: model.seed,
    replications: reps.length,
    simulated: model.durationPs / PS,
    window: [model.warmupPs / PS, model.durationPs / PS],
    wallSeconds,
    events: reps.reduce((a, r) => a + r.events, 0),
    packetHops: reps.reduce((a, r) => a + r.packetHops, 0),
    timeline: { bins, binSeconds: binPs / PS },
    flows,
    links,
    compute,
    summary: { flows: flows.length, passed, failed, unchecked: flows.length - passed - failed },
  };
}

/** Percentiles at which the CDF is sampled: dense in the tail, where requirements live. */
const CDF_POINTS = [0.1, 1, 2.5, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 92.5, 95, 97.5, 99, 99.5, 99.9, 99.99, 100];

function attribution(model: Model, f: number, reps: readonly ReplicationResult[]): FlowReport['attribution'] {
  const routes = flowRoutes(model);
  let offset = 0;
  for (let r = 0; r < 2 * f; r++) offset += routes[r].length;
  const hops = [...routes[2 * f], ...routes[2 * f + 1]].map((port, k) => {
    const h = offset + k;
    const frames = reps.reduce((a, r) => a + r.hops.frames[h], 0);
    const p = model.ports[port];
    return {
      link: model.links[p.link].id,
      from: model.nodes[p.from].id,
      to: model.nodes[p.to].id,
      meanWait: frames > 0 ? reps.reduce((a, r) => a + r.hops.waitSum[h], 0) / frames / PS : 0,
      maxWait: Math.max(0, ...reps.map((r) => r.hops.waitMax[h])) / PS,
    };
  });
  const flow = model.flows[f];
  const jobs = reps.reduce((a, r) => a + r.computeByFlow.jobs[f], 0);
  const compute = flow.response
    ? {
        id: model.nodes[flow.to].id,
        meanWait: jobs > 0 ? reps.reduce((a, r) => a + r.computeByFlow.waitSum[f], 0) / jobs / PS : 0,
        maxWait: Math.max(0, ...reps.map((r) => r.computeByFlow.waitMax[f])) / PS,
        meanService: jobs > 0 ? reps.reduce((a, r) => a + r.computeByFlow.serviceSum[f], 0) / jobs / PS : 0,
      }
    : null;
  return { hops, compute };
}

function flowReport(model: Model, i: number, parts: FlowStatsData[], windowS: number, binS: number): Omit<FlowReport, 'attribution'> {
  const f = model.flows[i];
  const m = mergeFlowStats(parts);
  const h = m.histogram;
  const lost = m.sent - m.delivered;
  const loss = m.sent > 0 ? lost / m.sent : 0;
  const throughput = (m.deliveredBytes * 8) / (windowS * parts.length);
  const has = m.delivered > 0;
  const req = f.requirement;
  const pct = (p: number) => h.percentile(p) / PS;
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
        cdf: [[m.min / PS, 0] as [number, number], ...CDF_POINTS.map((p): [number, number] => [pct(p), p / 100])],
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
  });
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
    timeline: {
      throughput: Array.from(m.binBytes, (b) => (b * 8) / (binS * parts.length)),
      maxLatency: Array.from(m.binMax, (x) => (x > 0 ? x / PS : null)),
    },
  };
}

function ci(parts: FlowStatsData[]): { ci95?: { mean: [number, number]; p99: [number, number]; max: [number, number] } } {
  if (parts.length < 2 || parts.some((p) => p.delivered === 0)) return {};
  const scale = ([a, b]: [number, number]): [number, number] => [a / PS, b / PS];
  const mean = interval95(parts.map((p) => p.mean));
  const p99 = interval95(parts.map((p) => Histogram.from(p.hist).percentile(99)));
  const max = interval95(parts.map((p) => p.max));
  return mean && p99 && max ? { ci95: { mean: scale(mean), p99: scale(p99), max: scale(max) } } : {};
}
