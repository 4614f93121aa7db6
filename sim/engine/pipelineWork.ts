/**
 * A pipeline flow's expected work per emitted message, for estimateWork: the packets and hops of
 * each leg weighted by the share of items that cross it (escalation probabilities, or a confidence
 * distribution's CDF at its threshold), with each leg's mean size, and the services at its stages.
 */
import { type Dist, distMean } from '../scenario/fields.ts';
import type { PipelineModel } from '../scenario/pipelineModel.ts';
import { fragments } from '../scenario/wireLoad.ts';

/** P(X < x) of a confidence distribution (constant, uniform or empirical on [0, 1]) */
function below(d: Dist, x: number): number {
  if (d.dist === 'constant') return d.value < x ? 1 : 0;
  if (d.dist === 'uniform') return d.max > d.min ? Math.min(1, Math.max(0, (x - d.min) / (d.max - d.min))) : d.min < x ? 1 : 0;
  if (d.dist === 'empirical') {
    const w = d.weights ?? d.values.map(() => 1);
    const total = w.reduce((a, b) => a + b, 0);
    return d.values.reduce((a, v, i) => a + (v < x ? w[i] : 0), 0) / total;
  }
  return 0.5;
}

export function pipelineWork(p: PipelineModel, size: number, mtuOf: (route: number[]) => number): { packets: number; packetHops: number; services: number } {
  const reach = p.stages.map(() => 0);
  const bytesIn = p.stages.map(() => 0); // Σ share × size of the items reaching each stage
  let packets = 0;
  let packetHops = 0;
  const cross = (leg: number, share: number, bytes: number) => {
    const l = p.legs[leg];
    const n = l.route.length > 0 ? share * fragments(bytes, mtuOf(l.route)).count : 0;
    packets += n;
    packetHops += n * l.route.length;
    if (l.to >= 0) {
      reach[l.to] += share;
      bytesIn[l.to] += share * bytes;
    }
  };
  cross(0, 1, size);
  p.stages.forEach((s, k) => {
    if (reach[k] === 0) return;
    const out = s.size ? distMean(s.size) : bytesIn[k] / reach[k];
    const e = s.escalate;
    const escalated = e === undefined ? 0 : 'probability' in e ? e.probability : below(e.confidence, e.below);
    cross(s.next, reach[k] * (1 - escalated), out);
    if (e) cross(s.escalateLeg, reach[k] * escalated, out);
  });
  return { packets, packetHops, services: reach.reduce((a, b) => a + b, 0) };
}
