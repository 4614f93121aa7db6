import type { PlannedAction } from '../../sim/api/index.ts';

/** The flows this action fixes first, then those it moves most (after vs without it). */
export function marginOrder(a: PlannedAction): PlannedAction['margins'] {
  const fixes = new Set(a.fixes);
  const moved = (m: PlannedAction['margins'][number]) => Math.abs(Math.max(-10, m.after ?? 0) - Math.max(-10, m.without ?? 0));
  return [...a.margins].sort((x, y) => Number(fixes.has(y.flow)) - Number(fixes.has(x.flow)) || moved(y) - moved(x) || x.flow.localeCompare(y.flow));
}
