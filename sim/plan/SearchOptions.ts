/** What the upgrade search takes, tells its host while it runs, and returns. */
import type { Action } from './actions.ts';
import type { EvalOptions, Outcome } from './evaluation.ts';
import type { PhaseCounts, PlanPhase } from './Plan.ts';

export interface SearchOptions {
  /** short runs used to compare candidates */
  quick: EvalOptions;
  /** the verification a plan must pass */
  verify: EvalOptions;
  /** candidates simulated per round (the best by estimate, plus every free one) */
  beam: number;
  maxRounds: number;
  /** expensive actions tried for destroy-and-repair */
  repairs?: number;
  onProgress?: (message: string, status: PlanProgress) => void;
  /** checked before every batch of simulations: when aborted, the search stops with an error */
  signal?: { readonly aborted: boolean };
  /** the trace files the scenario names */
  files?: Readonly<Record<string, string>>;
  /** the search's shortcuts, each on unless set false (to compare: the same plan, fewer simulations) */
  shortcuts?: Shortcuts;
}

export interface Shortcuts {
  /** repair never simulates a plan that cannot end cheaper than the best verified plan */
  bound?: boolean;
  /** trim tries dropping every free action at once before dropping them one at a time */
  freeTogether?: boolean;
  /** quick runs shortened by work simulate only the failing flows and those sharing a port with them */
  focus?: boolean;
}

/** Where the planner is, for a progress display. */
export interface PlanProgress {
  phase: PlanPhase;
  message: string;
  /** the greedy round, counting from 1 */
  round?: number;
  /** the plan under consideration */
  actions?: number;
  failing?: number;
  cost?: number;
}

/** Thrown by `plan()` when its signal is aborted. */
export class PlanCancelled extends Error {
  constructor() {
    super('planning cancelled');
    this.name = 'PlanCancelled';
  }
}

export interface Evaluated {
  plan: Action[];
  cost: number;
  outcome: Outcome;
  verified: boolean;
}

export interface SearchResult {
  asIs: Outcome;
  plan: Action[] | undefined;
  final: Outcome | undefined;
  /** the order in which actions entered the plan (the roadmap follows it) */
  order: Action[];
  evaluated: Evaluated[];
  evaluations: number;
  verifications: number;
  /** the quick evaluations and verifications each phase of the search asked for */
  phases: PhaseCounts;
  /** the verification the search already ran of `plan`, if it did (the same runs give the same outcome) */
  verified: (plan: readonly Action[]) => Outcome | undefined;
  /** the quick runs' length at the end (the search lengthens them when they miss failures) */
  quickDurationS: number;
  /** why no plan was found, when none was */
  reason?: string;
}
