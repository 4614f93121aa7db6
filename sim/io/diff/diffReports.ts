/**
 * Two runs' reports flow by flow: each flow's verdict and margin before → after, with its p99 and
 * largest latency and its loss, and how it moved — newly failing, fixed, worse, better or the same
 * (a margin that moved less than `tolerance` is the same). Flows in one report only are listed as
 * added or removed. Rows come failing first: newly failing, still failing, fixed, then by how far the
 * margin fell.
 */
import type { FlowReport, Report } from '../../api/Report.ts';

/** What one run said of a flow. */
export interface FlowFigures {
  verdict: FlowReport['verdict'];
  /** (requirement − measured) / requirement at the worst criterion; null without a requirement (or when it is −∞ in JSON) */
  margin: number | null;
  worst: FlowReport['worst'];
  /** seconds; null when nothing was delivered */
  p99: number | null;
  max: number | null;
  loss: number;
}

export type FlowMove = 'newly-failing' | 'fixed' | 'worse' | 'better' | 'same' | 'added' | 'removed';

export interface FlowDelta {
  id: string;
  before: FlowFigures | null;
  after: FlowFigures | null;
  move: FlowMove;
  /** after − before, when both have a margin */
  marginChange: number | null;
}

export interface RunFacts {
  scenario: string;
  seed: number;
  replications: number;
  simulated: number;
}

export interface ReportDiff {
  before: RunFacts;
  after: RunFacts;
  /** every flow of either report, in the order above */
  flows: FlowDelta[];
  summary: Record<FlowMove, number> & { flows: number; failingBefore: number; failingAfter: number };
}

/** a margin change smaller than this (a fraction: 0.01 = one percentage point of the requirement) is "same" */
export const MARGIN_TOLERANCE = 0.01;

const figures = (f: FlowReport): FlowFigures => ({
  verdict: f.verdict,
  margin: typeof f.margin === 'number' && Number.isFinite(f.margin) ? f.margin : f.verdict === 'fail' ? Number.NEGATIVE_INFINITY : null,
  worst: f.worst ?? null,
  p99: f.latency?.p99 ?? null,
  max: f.latency?.max ?? null,
  loss: f.loss,
});

function moveOf(b: FlowFigures | null, a: FlowFigures | null, change: number | null, tolerance: number): FlowMove {
  if (!b) return 'added';
  if (!a) return 'removed';
  if (b.verdict !== 'fail' && a.verdict === 'fail') return 'newly-failing';
  if (b.verdict === 'fail' && a.verdict === 'pass') return 'fixed';
  if (change !== null && !Number.isNaN(change) && Math.abs(change) >= tolerance) return change < 0 ? 'worse' : 'better';
  return 'same';
}

const RANK: Record<FlowMove, number> = { 'newly-failing': 0, worse: 2, fixed: 3, better: 4, added: 5, removed: 6, same: 7 };
/** still failing, whatever its move, comes right after the newly failing */
const rank = (d: FlowDelta) => (d.move !== 'newly-failing' && d.after?.verdict === 'fail' ? 1 : RANK[d.move]);
const fall = (d: FlowDelta) => (d.marginChange === null || Number.isNaN(d.marginChange) ? 0 : d.marginChange);

export function diffReports(before: Report, after: Report, tolerance = MARGIN_TOLERANCE): ReportDiff {
  const a = new Map(after.flows.map((f) => [f.id, f]));
  const b = new Map(before.flows.map((f) => [f.id, f]));
  const ids = [...b.keys(), ...after.flows.map((f) => f.id).filter((id) => !b.has(id))];
  const flows = ids.map((id): FlowDelta => {
    const x = b.has(id) ? figures(b.get(id)!) : null;
    const y = a.has(id) ? figures(a.get(id)!) : null;
    const marginChange = x?.margin != null && y?.margin != null ? y.margin - x.margin : null;
    return { id, before: x, after: y, move: moveOf(x, y, marginChange, tolerance), marginChange };
  });
  flows.sort((x, y) => rank(x) - rank(y) || fall(x) - fall(y) || (x.after?.margin ?? Infinity) - (y.after?.margin ?? Infinity) || (x.id < y.id ? -1 : 1));
  const count = (m: FlowMove) => flows.filter((d) => d.move === m).length;
  const facts = (r: Report): RunFacts => ({ scenario: r.scenario, seed: r.seed, replications: r.replications, simulated: r.simulated });
  return {
    before: facts(before),
    after: facts(after),
    flows,
    summary: {
      flows: flows.length,
      'newly-failing': count('newly-failing'),
      fixed: count('fixed'),
      worse: count('worse'),
      better: count('better'),
      same: count('same'),
      added: count('added'),
      removed: count('removed'),
      failingBefore: before.flows.filter((f) => f.verdict === 'fail').length,
      failingAfter: after.flows.filter((f) => f.verdict === 'fail').length,
    },
  };
}
