/**
 * Reading one flow's worst-case bound against its simulation: whether the bound holds (the
 * simulated maximum must never exceed it — if it does, the analysis has a bug), and what the
 * bound is made of — each port's share on the route that sets it, and the compute node's.
 */
import type { BoundsReport, FlowBound, HopBound } from '../../../sim/api/index.ts';

/** Floating-point slack when comparing a bound with a measured maximum (both in seconds): 1 ps. */
const TOLERANCE_S = 1e-12;

export type BoundCheck = 'holds' | 'below' | 'unbounded' | 'not-simulated';

export function checkBound(bound: number | null, simulatedMax: number | null | undefined): BoundCheck {
  if (bound === null) return 'unbounded';
  if (simulatedMax === null || simulatedMax === undefined) return 'not-simulated';
  return simulatedMax - bound > TOLERANCE_S ? 'below' : 'holds';
}

export function flowBound(report: BoundsReport | null | undefined, id: string): FlowBound | null {
  return report?.flows.find((f) => f.id === id) ?? null;
}

/**
 * The hops of the route that sets the bound. Without redundancy: every hop (request, then the
 * response). With 802.1CB the report lists each route in turn, each starting at the talker: the
 * one `redundancy.route` names.
 */
export function boundingHops(f: FlowBound): HopBound[] {
  if (!f.redundancy) return f.hops;
  const routes: HopBound[][] = [];
  for (const h of f.hops) {
    if (h.direction === 'response') continue;
    if (h.from === f.from || routes.length === 0) routes.push([]);
    routes[routes.length - 1].push(h);
  }
  return routes[f.redundancy.route] ?? routes[0] ?? [];
}

export interface Share {
  key: string;
  label: string;
  seconds: number;
  kind: 'port' | 'compute';
  hop: HopBound | null;
}

/** What the bound is made of, in route order: each port's share (propagation and forwarding included) and the compute node's wait and service. */
export function boundShares(f: FlowBound): Share[] {
  if (f.delay === null) return [];
  const hops = boundingHops(f);
  const shares: Share[] = hops
    .filter((h) => h.contribution !== null && h.direction !== 'response')
    .map((h) => ({ key: `${h.direction}:${h.port}`, label: `${h.from}→${h.to}`, seconds: h.contribution!, kind: 'port', hop: h }));
  if (f.compute?.delay != null)
    shares.push({ key: `compute:${f.compute.node}`, label: `${f.compute.node} (compute)`, seconds: f.compute.delay, kind: 'compute', hop: null });
  for (const h of hops)
    if (h.direction === 'response' && h.contribution !== null)
      shares.push({ key: `response:${h.port}`, label: `${h.from}→${h.to}`, seconds: h.contribution, kind: 'port', hop: h });
  return shares;
}

/** Why a flow has the bound it has, in one line: the method and the port with the largest share. */
export function boundSummary(f: FlowBound): string {
  if (f.delay === null) return f.reason ?? 'no deterministic bound';
  const shares = boundShares(f);
  const top = shares.reduce<Share | null>((a, s) => (!a || s.seconds > a.seconds ? s : a), null);
  const part = top && f.delay > 0 ? `; ${top.label} takes ${Math.round((top.seconds / f.delay) * 100)} %` : '';
  return `${f.method ?? 'bound'}${part}`;
}
