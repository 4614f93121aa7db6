/**
 * The plan overlay for the scenario on screen, while the user asks for it (both views and the
 * requirements table read it): the plan's changes, or those of the Pareto point or roadmap year being
 * previewed.
 */
import { useMemo } from 'react';
import { displayPositions } from '../model/displayPositions.ts';
import { scenarioChanges } from '../model/scenarioChanges.ts';
import { useApp } from '../state/appStore.ts';
import { variantScenario } from '../state/planVariants.ts';
import { type PlanOverlay, planOverlay } from './planOverlay.ts';

export function usePlanOverlay(): PlanOverlay | null {
  const on = useApp((s) => s.planOverlay);
  const result = useApp((s) => (s.plan.status === 'done' ? s.plan.result : null));
  const preview = useApp((s) => s.planPreview);
  const scenario = useApp((s) => s.doc?.scenario ?? null);
  const shown = useMemo(() => {
    if (!result) return null;
    if (!preview) return { upgraded: result.upgraded, changes: result.changes };
    const upgraded = variantScenario(result, preview);
    return { upgraded, changes: scenarioChanges(result.base, upgraded) };
  }, [result, preview]);
  return useMemo(() => {
    if (!on || !result || !shown || !scenario) return null;
    const positions = displayPositions(scenario);
    // ghosts only over the scenario that was planned: over an edited one they could sit anywhere
    return planOverlay(scenario, shown.changes, scenario === result.base ? shown.upgraded : null, (id) => positions.get(id));
  }, [on, result, shown, scenario]);
}
