/** How the planner sees a simulated report: which flows fail, by how much, one score to minimise. */
import type { FlowReport, Report } from '../api/Report.ts';
import { minOf } from '../core/extrema.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

export interface EvalOptions {
  durationS: number;
  replications: number;
}

/** A scenario's simulated report, or the reason it could not be simulated. */
export type Evaluation = Report | { error: string };

/** The host's simulator: runs each scenario (in parallel where it can) and returns its report or the reason it could not. */
export type Evaluate = (scenarios: readonly ScenarioJson[], options: EvalOptions) => Promise<Evaluation[]>;

/**
 * What the planner keeps of a report: every flow's verdict and margin, and the attribution of
 * the failing ones (the candidates read it). A search keeps one per evaluated plan, so it must
 * stay small: a 5,000-device plant's full report is ~40 MB.
 */
export interface Findings {
  flows: Pick<FlowReport, 'id' | 'verdict' | 'margin'>[];
  failing: Pick<FlowReport, 'id' | 'verdict' | 'margin' | 'attribution'>[];
}

export interface Outcome {
  ok: boolean;
  failed: string[];
  /** smallest margin over flows with a requirement (1 when none has one) */
  worstMargin: number;
  /** failing flows plus their summed deficits (log(1 + how far below 0 each margin is)): 0 when everything passes */
  score: number;
  margins: Record<string, number | null>;
  findings?: Findings;
  error?: string;
}

export function outcomeOf(r: Evaluation): Outcome {
  if ('error' in r) return { ok: false, failed: [], worstMargin: -Infinity, score: Infinity, margins: {}, error: r.error };
  const failing = r.flows.filter((f) => f.verdict === 'fail');
  const failed = failing.map((f) => f.id);
  const checked = r.flows.filter((f) => f.margin !== null);
  const worstMargin = checked.length > 0 ? minOf(checked.map((f) => f.margin!)) : 1;
  // log-compressed, so a far-off flow moving closer still counts, but cannot outweigh fixing others
  const deficit = r.flows.reduce((a, f) => a + (f.verdict === 'fail' ? Math.log1p(Math.max(0, -(f.margin ?? 0))) : 0), 0);
  return {
    ok: failed.length === 0,
    failed,
    worstMargin,
    score: failed.length + deficit,
    margins: Object.fromEntries(r.flows.map((f) => [f.id, f.margin])),
    findings: {
      flows: r.flows.map((f) => ({ id: f.id, verdict: f.verdict, margin: f.margin })),
      failing: failing.map((f) => ({ id: f.id, verdict: f.verdict, margin: f.margin, attribution: f.attribution })),
    },
  };
}
