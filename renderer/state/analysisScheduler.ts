/**
 * Re-checks the scenario after every edit with the core's loader (issues, routes, delays).
 * Small scenarios right away; large ones after a short pause so typing stays fluid.
 */
import { analyzeScenario } from '../model/analyzeScenario.ts';
import { appStore } from './appStore.ts';

export function startAnalysis(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: unknown = null;
  const unsubscribe = appStore.subscribe(() => {
    const doc = appStore.get().doc;
    if (!doc || doc.scenario === last) return;
    last = doc.scenario;
    clearTimeout(timer);
    const delay = doc.scenario.nodes.length > 300 ? 250 : 0;
    timer = setTimeout(() => {
      const cur = appStore.get().doc;
      if (cur) appStore.set({ analysis: analyzeScenario(cur.scenario, cur.files) });
    }, delay);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
