/**
 * Queueing estimates of the mean, for where worst-case bounds are loose: each port as an M/G/1
 * queue with Poisson arrivals at the flows' mean rates, non-preemptive priority by Cobham's
 * formula (Kleinrock, Queueing Systems II, eq. 3.30) or Pollaczek–Khinchine for FIFO, and each
 * compute node as M/G/c by the Allen–Cunneen approximation. These are ESTIMATES, not bounds:
 * real arrivals are periodic or bursty, not Poisson.
 */
import { fragments } from './fragments.ts';
import { distMean, wireBytes, type Dist, type FlowModel, type Model } from '../scenario/index.ts';
import type { Stream } from './Stream.ts';
import { fieldbusMean, publishMean } from './gatewayMeans.ts';

const PS = 1e-12;

export interface MeanEstimates {
  /** per port: utilization and mean wait per class (null when the class is overloaded) */
  ports: { utilization: number; wait: Map<number, number | null> }[];
  /** per stream: mean latency estimate from its emission, null when a queue on the way is overloaded */
  streams: (number | null)[];
  /** per compute node index: mean wait + service estimate */
  compute: Map<number, number | null>;
}

/** Messages per second a flow emits on average. */
export function meanRate(f: FlowModel): number {
  const p = f.pattern;
  switch (p.type) {
    case 'periodic':
      return 1 / (p.periodPs * PS);
    case 'cbr':
      return 1 / (p.intervalPs * PS);
    case 'poisson':
      return 1 / (p.meanIntervalPs * PS);
    case 'burst':
      return p.count / (p.periodPs * PS);
    case 'onoff': {
      const on = distMean(p.on);
      const off = distMean(p.off);
      return on + off > 0 ? on / (on + off) / (p.intervalPs * PS) : 0;
    }
    case 'trace': {
      const n = Array.from(p.timesPs).filter((t) => t >= f.startPs && t < f.stopPs).length;
      return f.stopPs > f.startPs ? n / ((f.stopPs - f.startPs) * PS) : 0;
    }
  }
}

export function distVariance(d: Dist): number {
  switch (d.dist) {
    case 'constant':
      return 0;
    case 'exponential':
      return d.mean * d.mean;
    case 'uniform':
      return (d.max - d.min) ** 2 / 12;
    case 'normal':
    case 'lognormal':
      return d.std * d.std;
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      const m = d.values.reduce((a, v, i) => a + v * w[i], 0) / total;
      return d.values.reduce((a, v, i) => a + (v - m) ** 2 * w[i], 0) / total;
    }
  }
}

interface Load {
  cls: number;
  rate: number; // frames per second
  es: number; // E[S], seconds
  es2: number; // E[S²]
}

export function meanEstimates(model: Model, streams: readonly Stream[]): MeanEstimates {
  const loads: Load[][] = model.ports.map(() => []);
  const perHop = streams.map((s) => {
    const f = model.flows[s.flow];
    const p = f.pattern;
    const size =
      s.kind === 'response' ? distMean(f.response!.size) : p.type === 'burst' ? ((p.count - 1) * distMean(f.size) + p.lastSize) / p.count : distMean(f.size);
    const variance = s.kind === 'response' ? distVariance(f.response!.size) : distVariance(f.size);
    const frames = fragments(size, s.mtu);
    const k = frames.reduce((a, fr) => a + fr.count, 0);
    return s.hops.map((hop) => {
      const l = model.links[model.ports[hop.port].link];
      const t = (bytes: number) => (8 * bytes) / l.rateBps;
      const es = frames.reduce((a, fr) => a + fr.count * t(wireBytes(l.framing, fr.size, f.tagged)), 0) / k;
      const es2 = frames.reduce((a, fr) => a + fr.count * t(wireBytes(l.framing, fr.size, f.tagged)) ** 2, 0) / k + (k === 1 ? t(1) ** 2 * variance : 0);
      const node = model.nodes[model.ports[hop.port].from];
      const load = { cls: node.scheduler === 'fifo' ? 0 : f.priority, rate: meanRate(f) * k, es, es2 };
      loads[hop.port].push(load);
      const lastBit = t(wireBytes(l.framing, size <= s.mtu ? size : frames[frames.length - 1].size, f.tagged) - l.framing.ifg);
      return { load, k, lastBit };
    });
  });
  const ports = loads.map((ls) => {
    const utilization = ls.reduce((a, x) => a + x.rate * x.es, 0);
    const w0 = ls.reduce((a, x) => a + (x.rate * x.es2) / 2, 0);
    const wait = new Map<number, number | null>();
    for (const c of new Set(ls.map((x) => x.cls))) {
      const above = ls.filter((x) => x.cls > c).reduce((a, x) => a + x.rate * x.es, 0);
      const own = ls.filter((x) => x.cls === c).reduce((a, x) => a + x.rate * x.es, 0);
      const d = (1 - above) * (1 - above - own);
      wait.set(c, 1 - above - own > 1e-9 ? w0 / d : null); // at a load of 1 (or more) the mean wait has no limit
    }
    return { utilization, wait };
  });
  const streamMean = streams.map((s, i) => {
    let sum = 0;
    let serialize = 0; // the fragments of a message queue behind each other at the slowest port
    for (const [h, hop] of s.hops.entries()) {
      const { load, k, lastBit } = perHop[i][h];
      const polled = fieldbusMean(model, hop.port);
      const w = polled === undefined ? ports[hop.port].wait.get(load.cls) : polled - lastBit;
      if (w === null || w === undefined) return null;
      sum += w + lastBit + hop.constant + publishMean(model, hop.port, h === s.hops.length - 1);
      serialize = Math.max(serialize, (k - 1) * load.es);
    }
    return sum + serialize;
  });
  const compute = new Map<number, number | null>();
  for (const node of model.nodes) {
    if (!node.compute) continue;
    const reqs = model.flows.filter((f) => f.response && f.to === node.index);
    if (reqs.length === 0) continue;
    const lambda = reqs.reduce((a, f) => a + meanRate(f), 0);
    const c = node.compute;
    const es = reqs.reduce((a, f) => a + meanRate(f) * distMean(f.service ?? c.service), 0) / lambda;
    const vs = reqs.reduce((a, f) => a + meanRate(f) * distVariance(f.service ?? c.service), 0) / lambda;
    // batches: fill for up to the timeout; a batch of b takes E[S] + (b − 1) perItem
    const b = c.batchMax > 1 ? Math.min(c.batchMax, 1 + lambda * c.batchTimeoutPs * PS) : 1;
    const fill = c.batchMax > 1 ? Math.min(c.batchTimeoutPs * PS, (b - 1) / (2 * lambda)) : 0;
    const sb = es + (b - 1) * c.perItemPs * PS;
    compute.set(node.index, fill + sb + allenCunneen(lambda / b, sb, es > 0 ? vs / (es * es) : 0, c.servers));
  }
  for (const [node, v] of compute) if (!Number.isFinite(v as number)) compute.set(node, null);
  return { ports, streams: streamMean, compute };
}

/** Mean wait in an M/G/c queue (Allen–Cunneen): Erlang C over (c μ − λ), scaled by (1 + Cs²)/2. */
function allenCunneen(lambda: number, es: number, cs2: number, c: number): number {
  const a = lambda * es;
  if (a >= c) return Infinity;
  if (a === 0) return 0;
  let erlangB = 1;
  for (let k = 1; k <= c; k++) erlangB = (a * erlangB) / (k + a * erlangB);
  const erlangC = erlangB / (1 - (a / c) * (1 - erlangB));
  return ((erlangC / (c / es - lambda)) * (1 + cs2)) / 2;
}
