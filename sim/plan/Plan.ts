/** The plan format `netloom.plan/v1`: what `netloom plan --json` writes and the app shows. */
import type { Action } from './actions.ts';
import type { Catalog } from './catalog.ts';

export const PLAN_FORMAT = 'netloom.plan/v1';

export interface FlowMargin {
  flow: string;
  /** margin as-is, with the whole plan, and with the plan minus this action (null: no requirement) */
  before: number | null;
  after: number | null;
  without: number | null;
}

export interface PlannedAction {
  action: Action;
  label: string;
  cost: number;
  /** flows that fail with the rest of the plan but without this action */
  fixes: string[];
  margins: FlowMargin[];
}

export interface ParetoPoint {
  cost: number;
  worstMargin: number;
  failed: number;
  actions: string[];
  /** the same actions, to apply (`applyPlan`) */
  plan: Action[];
  verified: boolean;
}

export interface Phase {
  year: number;
  budget: number;
  cost: number;
  actions: string[];
  /** this phase's own actions, to apply on top of the earlier phases' */
  plan: Action[];
  /** after this phase, with everything before it: flows that pass, fail, and have no requirement */
  passed: number;
  failed: number;
  unchecked: number;
  worstMargin: number;
}

/** One flow's verdict in a verified run. */
export interface FlowVerdict {
  id: string;
  verdict: 'pass' | 'fail' | 'none';
  /** null: no requirement */
  margin: number | null;
}

/** A verified run (full length, with replications): the flows that pass, fail and have no requirement. */
export interface Verified {
  durationS: number;
  replications: number;
  passed: number;
  failed: number;
  unchecked: number;
  worstMargin: number;
  flows: FlowVerdict[];
}

/** Simulations one phase of the planner asked for: quick candidate runs and full-length verifications. */
export interface Simulations {
  evaluations: number;
  verifications: number;
}

/** The planner's phases, in order (the as-is run is counted under verify). */
export type PlanPhase = 'search' | 'verify' | 'trim' | 'repair' | 'front' | 'explain' | 'roadmap';

export type PhaseCounts = Partial<Record<PlanPhase, Simulations>>;

export interface Plan {
  format: typeof PLAN_FORMAT;
  scenario: string;
  /** the planned scenario's hash (sim/api/reportDocument.ts), set by the host that planned it: a report checks its plan is this scenario's */
  scenarioHash?: string;
  currency: string;
  found: boolean;
  reason?: string;
  asIs: { flows: number; failed: string[]; worstMargin: number; verdicts: FlowVerdict[] };
  actions: PlannedAction[];
  totalCost: number;
  verification: Verified | null;
  naive: { cost: number; actions: number; passes: boolean };
  pareto: ParetoPoint[];
  roadmap: Phase[];
  stats: {
    evaluations: number;
    verifications: number;
    wallSeconds: number;
    evaluationsPerSecond: number;
    verificationShare: number;
    /** quick evaluations and verifications by phase of the planner (search, trim, repair, …) */
    phases?: PhaseCounts;
    /** the quick runs' length at the end of the search, and why they were as long as they were at its start */
    quickRun?: { durationS: number; why: string };
  };
  catalog: Catalog;
}
