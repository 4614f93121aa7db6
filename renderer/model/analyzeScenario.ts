/**
 * Validates the scenario with the core's own loader (same issues, same messages as the CLI)
 * and, when it compiles, reads off what the views need (sim/api's modelFacts): each flow's
 * route (nodes and link keys, response included), each link's propagation delay, and the work
 * a run will be. Here on the app's thread for a small scenario; a large one is checked in a
 * worker (renderer/sim/CheckRunner.ts), which sends the same facts back without the model.
 */
import { type FlowRoute, type Issue, type Model, type ModelFacts, modelFacts, ScenarioError, type ScenarioJson } from '../../sim/api/index.ts';
import { type DocFiles, loadWithFiles } from './DocFiles.ts';

export type { FlowRoute };

export interface ScenarioAnalysis {
  issues: Issue[];
  ok: boolean;
  routes: Map<string, FlowRoute>;
  /** link key → one-way propagation delay in seconds */
  delays: Map<string, number>;
  /** the work a run will be (null when the scenario does not compile) */
  work: Pick<ModelFacts, 'estimate' | 'replications'> | null;
  ms: number;
  /** the compiled model (null when checked in a worker), so a run of the same scenario need not compile it again on the main thread */
  model: Model | null;
  of: { scenario: ScenarioJson; files: DocFiles };
}

/** The analysis of a scenario that does not compile. */
export function failedAnalysis(issues: Issue[], ms: number, scenario: ScenarioJson, files: DocFiles): ScenarioAnalysis {
  return { issues, ok: false, routes: new Map(), delays: new Map(), work: null, ms, model: null, of: { scenario, files } };
}

/** The analysis of a scenario that compiled, from its facts. */
export function analysisOf(facts: ModelFacts, model: Model | null, ms: number, scenario: ScenarioJson, files: DocFiles): ScenarioAnalysis {
  const { routes, delays, estimate, replications } = facts;
  return { issues: [], ok: true, routes: new Map(routes), delays: new Map(delays), work: { estimate, replications }, ms, model, of: { scenario, files } };
}

/** `files`: the document's trace files (a missing one's issue says why it is missing). */
export function analyzeScenario(s: ScenarioJson, files: DocFiles): ScenarioAnalysis {
  const t0 = performance.now();
  let model: Model;
  try {
    model = loadWithFiles(s, files);
  } catch (e) {
    const issues =
      e instanceof ScenarioError
        ? e.issues
        : [{ path: '', message: `internal error while checking the scenario: ${e instanceof Error ? e.message : String(e)}` }];
    return failedAnalysis(issues, performance.now() - t0, s, files);
  }
  return analysisOf(modelFacts(model), model, performance.now() - t0, s, files);
}

/** Issues at a path or below it (`links[3]` matches `links[3].rate`). */
export function issuesAt(issues: readonly Issue[], path: string): Issue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(path + '.') || i.path.startsWith(path + '['));
}
