/**
 * Re-checks the scenario after every edit with the core's loader (issues, routes, delays).
 * Small scenarios right away on this thread; large ones after a short pause so typing stays
 * fluid, in a worker (CheckRunner) so that the window never waits for their compile.
 */
import type { ScenarioJson } from '../../sim/api/index.ts';
import { analyzeScenario, type ScenarioAnalysis } from '../model/analyzeScenario.ts';
import type { DocFiles } from '../model/DocFiles.ts';
import { CheckRunner } from '../sim/CheckRunner.ts';
import { appStore } from './appStore.ts';

/** Past this many nodes a scenario is checked, and run, by workers that compile it themselves (the document is flat: groups are expanded on open). */
const LARGE_NODES = 300;

export const isLarge = (s: ScenarioJson): boolean => s.nodes.length > LARGE_NODES;

const runner = new CheckRunner();
/** the large scenario being checked, so that opening, the scheduler and Run share one check */
let pending: { scenario: ScenarioJson; files: DocFiles; analysis: Promise<ScenarioAnalysis | null> } | null = null;

/** The analysis of exactly this scenario and files: the one on screen when it is theirs, else checked now (null: superseded by a later check). */
export async function analysisOf(scenario: ScenarioJson, files: DocFiles): Promise<ScenarioAnalysis | null> {
  const a = appStore.get().analysis;
  if (a && a.of.scenario === scenario && a.of.files === files) return a;
  if (!isLarge(scenario)) return analyzeScenario(scenario, files);
  if (pending?.scenario !== scenario || pending.files !== files) pending = { scenario, files, analysis: runner.check(scenario, files) };
  return pending.analysis;
}

export function startAnalysis(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: unknown = null;
  const unsubscribe = appStore.subscribe(() => {
    const doc = appStore.get().doc;
    if (!doc || doc.scenario === last) return;
    last = doc.scenario;
    clearTimeout(timer);
    const large = isLarge(doc.scenario);
    timer = setTimeout(
      () => {
        const cur = appStore.get().doc;
        if (!cur) return;
        if (!large) return appStore.set({ analysis: analyzeScenario(cur.scenario, cur.files) });
        void analysisOf(cur.scenario, cur.files).then((analysis) => {
          if (analysis && appStore.get().doc?.scenario === analysis.of.scenario) appStore.set({ analysis });
        });
      },
      large ? 250 : 0,
    );
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
