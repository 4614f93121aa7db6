/** Cost vs. worst-margin Pareto front of every plan the search evaluated. */
import type { Evaluated } from './SearchOptions.ts';

export function paretoFront(all: readonly Evaluated[]): Evaluated[] {
  const usable = all.filter((e) => Number.isFinite(e.outcome.worstMargin));
  // the verified evaluation of a plan wins over its quick one
  const byPlan = new Map<string, Evaluated>();
  for (const e of usable) {
    const k = JSON.stringify(e.plan.map((a) => JSON.stringify(a)).sort());
    const prev = byPlan.get(k);
    if (!prev || (e.verified && !prev.verified)) byPlan.set(k, e);
  }
  const sorted = [...byPlan.values()].sort((a, b) => a.cost - b.cost || b.outcome.worstMargin - a.outcome.worstMargin);
  const front: Evaluated[] = [];
  let bestMargin = -Infinity;
  for (const e of sorted) {
    if (e.outcome.worstMargin > bestMargin + 1e-12) {
      front.push(e);
      bestMargin = e.outcome.worstMargin;
    }
  }
  return front;
}
