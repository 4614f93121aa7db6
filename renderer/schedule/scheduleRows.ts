/**
 * What the Schedules view draws and lists, from a synthesized schedule: each port's windows and
 * closed spans laid out over the hyperperiod, conflicts in words, and each scheduled flow
 * checked against a simulation of the scenario with the schedule applied (as `netloom
 * schedule --verify` checks it: nothing lost, never later than the guaranteed latency).
 */
import type { Conflict, PortSchedule, Report, Schedule } from '../../sim/api/index.ts';
import { maxOf, minOf } from '../../sim/api/index.ts';

export interface Span {
  startPs: number;
  endPs: number;
}

export interface WindowBar extends Span {
  flow: string;
}

/** Repeats [start, end) of a cycle over the hyperperiod, cutting what runs past its end back to its start. */
function repeat(startPs: number, endPs: number, cyclePs: number, hyperperiodPs: number): Span[] {
  const out: Span[] = [];
  const H = Math.max(hyperperiodPs, cyclePs);
  for (let k = 0; k * cyclePs < H; k++) {
    const s = startPs + k * cyclePs;
    const e = endPs + k * cyclePs;
    if (e <= H) out.push({ startPs: s, endPs: e });
    else {
      if (s < H) out.push({ startPs: s, endPs: H });
      out.push({ startPs: Math.max(0, s - H), endPs: e - H });
    }
  }
  return out;
}

/** The scheduled class's windows on a port over the hyperperiod, flow by flow. */
export function windowBars(p: PortSchedule, hyperperiodPs: number): WindowBar[] {
  return p.windows.flatMap((w) => repeat(w.openPs, w.closePs, p.cyclePs, hyperperiodPs).map((s) => ({ ...s, flow: w.flow })));
}

/** The part of the hyperperiod the windows occupy, with a little margin: what is worth zooming to. */
export function windowsExtent(s: Schedule): Span {
  const bars = s.ports.flatMap((p) => windowBars(p, s.hyperperiodPs));
  if (bars.length === 0) return { startPs: 0, endPs: s.hyperperiodPs };
  const a = minOf(bars.map((b) => b.startPs));
  const b = maxOf(bars.map((x) => x.endPs));
  const pad = (b - a) * 0.05;
  return { startPs: Math.max(0, a - pad), endPs: Math.min(s.hyperperiodPs, b + pad) };
}

/** When the gates of the other classes are closed on a port (the scheduled windows and their guard bands), over the hyperperiod. */
export function closedSpans(p: PortSchedule, hyperperiodPs: number, pcp: number): Span[] {
  const others = 0xff & ~(1 << pcp);
  const spans: Span[] = [];
  let t = p.basePs % p.cyclePs;
  for (const e of p.entries) {
    if ((e.mask & others) !== others) spans.push(...repeat(t, t + e.durationPs, p.cyclePs, hyperperiodPs));
    t += e.durationPs;
  }
  return spans;
}

export const CONFLICT_TITLES: Record<Conflict['kind'], string> = {
  'too-slow': 'Too slow even alone',
  overbooked: 'Port overbooked',
  pair: 'Two flows collide',
  group: 'Flows collide as a group',
  'gcl-too-long': 'Gate control list too long',
  'class-shared': 'Scheduled class shared',
  unsupported: 'Cannot be scheduled',
  hyperperiod: 'Periods do not fit together',
};

export interface FlowCheck {
  id: string;
  sent: number;
  lost: number;
  /** simulated maximum latency, picoseconds (rounded as the CLI rounds it) */
  maxPs: number | null;
  holds: boolean;
}

/** Each scheduled flow in a run of the scenario with the schedule applied: nothing lost, never later than guaranteed. */
export function checkSchedule(s: Schedule, report: Report): FlowCheck[] {
  return s.flows.map((f) => {
    const r = report.flows.find((x) => x.id === f.id);
    const maxPs = r?.latency ? Math.round(r.latency.max * 1e12) : null;
    return { id: f.id, sent: r?.sent ?? 0, lost: r?.lost ?? 0, maxPs, holds: !!r && r.lost === 0 && r.delivered > 0 && maxPs !== null && maxPs <= f.latencyPs };
  });
}

interface FlowSpec {
  id: string;
  pattern: { type: string };
  requirement?: { latency?: string };
  priority?: number;
  response?: unknown;
}

/** Flows the user can pick to schedule: one-way periodic flows (a request's response time is the compute node's, no gate's), those with a deadline first. */
export function scheduleCandidates(flows: readonly FlowSpec[]): { id: string; priority: number; deadline: string | null }[] {
  return flows
    .filter((f) => f.pattern?.type === 'periodic' && !f.response)
    .map((f) => ({ id: f.id, priority: f.priority ?? 0, deadline: f.requirement?.latency ?? null }))
    .sort((a, b) => Number(a.deadline === null) - Number(b.deadline === null));
}
