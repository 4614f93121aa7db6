/**
 * The check of a large scenario (validation, routes, delays, the work of a run: sim/api's
 * modelFacts) on a Web Worker of its own: at 10,000 devices the core's loader takes seconds, which
 * on the app's thread froze the window after opening and after every edit. As BoundsRunner: one
 * check at a time, a request made meanwhile replaces any other waiting one (the last edit wins),
 * and a worker that fails is said as the analysis's issue and replaced for the next check.
 */
import type { ScenarioJson } from '../../sim/api/index.ts';
import { faultOf, type WorkerPool } from '../../sim/worker/index.ts';
import { analysisOf, failedAnalysis, type ScenarioAnalysis } from '../model/analyzeScenario.ts';
import { type DocFiles, explainFileIssues } from '../model/DocFiles.ts';
import { browserPool } from './browserPool.ts';
import { LatestWins } from './LatestWins.ts';

/** The loader sends no progress: far beyond the ~25 s of compiling 50,000 devices on a loaded machine. */
export const CHECK_DEADLINE_MS = 120_000;

export class CheckRunner {
  constructor(
    private readonly pool: WorkerPool = browserPool({ size: 1, warm: 1 }),
    private readonly deadlineMs = CHECK_DEADLINE_MS,
  ) {}

  private readonly latest = new LatestWins<[ScenarioJson, DocFiles], ScenarioAnalysis | null>(([s, f]) => this.once(s, f), null);

  /** The analysis of `scenario`, or null when a later request superseded it before it started. */
  check(scenario: ScenarioJson, files: DocFiles): Promise<ScenarioAnalysis | null> {
    return this.latest.request([scenario, files]);
  }

  private async once(scenario: ScenarioJson, files: DocFiles): Promise<ScenarioAnalysis> {
    const t0 = performance.now();
    try {
      const out = await this.pool.call('the check of the scenario', { scenario, files: files.read }, (api) => api.facts(), this.deadlineMs);
      const ms = performance.now() - t0;
      return out.ok ? analysisOf(out.value, null, ms, scenario, files) : failedAnalysis(explainFileIssues(out.issues, scenario, files), ms, scenario, files);
    } catch (e) {
      const fault = faultOf(e);
      const message = `internal error while checking the scenario: ${fault.kind === 'threw' ? fault.detail : fault.message}`;
      return failedAnalysis([{ path: '', message }], performance.now() - t0, scenario, files);
    }
  }
}
