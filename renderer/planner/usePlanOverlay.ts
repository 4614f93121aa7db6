/** The plan overlay for the scenario on screen, while the user asks for it (both views and the requirements table read it). */
import { useMemo } from 'react';
import { displayPositions } from '../model/displayPositions.ts';
import { useApp } from '../state/appStore.ts';
import { type PlanOverlay, planOverlay } from './planOverlay.ts';

export function usePlanOverlay(): PlanOverlay | null {
  const on = useApp((s) => s.planOverlay);
  const result = useApp((s) => (s.plan.status === 'done' ? s.plan.result : null));
  const scenario = useApp((s) => s.doc?.scenario ?? null);
  return useMemo(() => {
    if (!on || !result || !scenario) return null;
    const positions = displayPositions(scenario);
    // ghosts only over the scenario that was planned: over an edited one they could sit anywhere
    return planOverlay(scenario, result.changes, scenario === result.base ? result.upgraded : null, (id) => positions.get(id));
  }, [on, result, scenario]);
}
