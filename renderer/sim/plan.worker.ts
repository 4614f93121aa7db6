/**
 * The planner's search in a worker of its own. At 10,000 devices its candidate generation, gate synthesis
 * and plan application held the window for 28 s at a stretch (bench/app/flow.ts); here they hold nothing
 * the window needs. Its simulations run in a pool of workers it starts itself (nested workers, which die
 * with it: cancelling a plan terminates this worker). The window gets progress and the outcome: the plan
 * and its upgraded scenario.
 */
import { expose } from 'comlink';
import { type Catalog, type EvalOptions, type Evaluate, type Plan, type PlanProgress, plan, type ScenarioJson, upgradedScenario } from '../../sim/api/index.ts';
import { browserPool } from './browserPool.ts';

export interface PlanJob {
  base: ScenarioJson;
  catalog: Catalog;
  runs: { quick: EvalOptions; verify: EvalOptions };
  files: Readonly<Record<string, string>>;
  budget: Parameters<typeof plan>[3]['budget'];
  workers: number;
}

/** The window's side (a comlink proxy): each call is one message, answered by nobody. */
export interface PlanEvents {
  progress(message: string, progress: PlanProgress): void;
  batch(done: number, total: number, verify: boolean): void;
}

const api = {
  async plan(job: PlanJob, events: PlanEvents): Promise<{ result: Plan; upgraded: ScenarioJson | null }> {
    const pool = browserPool({ size: job.workers });
    try {
      const simulate = pool.evaluator({ files: job.files, onEvaluated: (done, total, options) => void events.batch(done, total, options === job.runs.verify) });
      const evaluate: Evaluate = (scenarios, options) => {
        void events.batch(0, scenarios.length, options === job.runs.verify);
        return simulate(scenarios, options);
      };
      const result = await plan(job.base, job.catalog, evaluate, {
        ...job.runs,
        files: job.files,
        budget: job.budget,
        signal: pool.signal,
        onProgress: (message, progress) => void events.progress(message, progress),
      });
      const actions = result.actions.map((a) => a.action);
      const upgraded = result.found && actions.length > 0 ? upgradedScenario(job.base, actions, job.catalog, job.runs.verify.replications, job.files) : null;
      return { result, upgraded };
    } finally {
      void pool.close();
    }
  },
};

export type PlanWorkerApi = typeof api;

expose(api);
