/**
 * The planner's search in a worker of its own. At 10,000 devices its candidate generation, gate synthesis
 * and plan application held the window for 28 s at a stretch (bench/app/flow.ts); here they hold nothing
 * the window needs. Its simulations run in a pool of workers it starts itself (nested workers, which die
 * with it: cancelling a plan terminates this worker). The window gets progress and the outcome: the plan
 * and its upgraded scenario.
 */
import { expose } from 'comlink';
import {
  type Catalog,
  type MessagePart,
  messageParts,
  PartsAssembler,
  planRunLengths,
  type EvalOptions,
  type Evaluate,
  type Issue,
  loadScenario,
  type Plan,
  type PlanProgress,
  plan,
  ScenarioError,
  type ScenarioJson,
  upgradedScenario,
} from '../../sim/api/index.ts';
import { browserPool } from './browserPool.ts';

export interface PlanJob {
  base: ScenarioJson;
  catalog: Catalog;
  files: Readonly<Record<string, string>>;
  budget: Parameters<typeof plan>[3]['budget'];
  workers: number;
}

export interface PlanRuns {
  quick: EvalOptions;
  verify: EvalOptions;
}

/** The plan and its upgraded scenario, or the scenario's issues when it does not compile. */
export type PlanOutcome = { ok: true; result: Plan; upgraded: ScenarioJson | null; runs: PlanRuns } | { ok: false; issues: Issue[] };

/** The window's side (a comlink proxy): each call is one message, answered by nobody. */
export interface PlanEvents {
  /** the run lengths, picked from the compiled scenario before the first simulation */
  runs(runs: PlanRuns): void;
  progress(message: string, progress: PlanProgress): void;
  batch(done: number, total: number, verify: boolean): void;
}

/** What plan() answers: the outcome whole, or how many parts of it the worker keeps for part() (sim/api/messageParts.ts). */
export interface PartsOf<T> {
  /** the value whole, or how many parts the worker keeps for part() */
  whole?: T;
  parts?: number;
}

const received = new PartsAssembler();
let kept: MessagePart[] = [];

const api = {
  /** one part of a large job (messageParts) */
  receive(part: MessagePart): void {
    received.add(part);
  },
  /** part i of the outcome plan() kept; the last one asked releases them */
  part(i: number): MessagePart {
    const p = kept[i];
    if (i === kept.length - 1) kept = [];
    return p;
  },
  /**
   * Plans `job`, or the job received in parts when null. A large outcome (a plan's per-flow verdicts and margins, the
   * upgraded scenario) is kept here and fetched in parts.
   */
  async plan(job: PlanJob | null, events: PlanEvents): Promise<PartsOf<PlanOutcome>> {
    const outcome = await planOf(job ?? (received.take() as PlanJob), events);
    const parts = messageParts(outcome);
    if (!parts) return { whole: outcome };
    kept = parts;
    return { parts: parts.length };
  },
};

async function planOf(job: PlanJob, events: PlanEvents): Promise<PlanOutcome> {
  // the scenario is compiled here only to pick the run lengths: at 10,000 devices that held the window for 0.6 s and more
  let runs: PlanRuns;
  try {
    const model = loadScenario(job.base, job.files);
    runs = planRunLengths(model, model.replications);
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, issues: e.issues };
    throw e;
  }
  void events.runs(runs);
  const pool = browserPool({ size: job.workers });
  try {
    const simulate = pool.evaluator({ files: job.files, onEvaluated: (done, total, options) => void events.batch(done, total, options === runs.verify) });
    const evaluate: Evaluate = (scenarios, options) => {
      void events.batch(0, scenarios.length, options === runs.verify);
      return simulate(scenarios, options);
    };
    const result = await plan(job.base, job.catalog, evaluate, {
      ...runs,
      files: job.files,
      budget: job.budget,
      signal: pool.signal,
      onProgress: (message, progress) => void events.progress(message, progress),
    });
    const actions = result.actions.map((a) => a.action);
    const upgraded = result.found && actions.length > 0 ? upgradedScenario(job.base, actions, job.catalog, runs.verify.replications, job.files) : null;
    return { ok: true, result, upgraded, runs };
  } finally {
    void pool.close();
  }
}

export type PlanWorkerApi = typeof api;

expose(api);
