/**
 * Tables derived from a finished report, computed once per report and kept beside it (a WeakMap, so they go with it):
 * every view that draws the same report shares them instead of recomputing them in its render (issue 10: drawing a
 * 10,000-device plant's results froze the window; these ran again in each view and each re-render).
 */
import type { Report } from '../../sim/api/index.ts';

const utilizations = new WeakMap<Report, Map<string, number>>();
const margins = new WeakMap<Report, Map<string, number | null>>();
const verdicts = new WeakMap<Report, Map<string, Report['flows'][number]['verdict']>>();

/** Busiest direction of each link. */
export function linkUtilization(r: Report): Map<string, number> {
  let m = utilizations.get(r);
  if (!m) {
    m = new Map();
    for (const l of r.links) m.set(l.id, Math.max(m.get(l.id) ?? 0, l.utilization));
    utilizations.set(r, m);
  }
  return m;
}

/** Each flow's margin (null: no requirement). */
export function flowMargins(r: Report): Map<string, number | null> {
  let m = margins.get(r);
  if (!m) {
    m = new Map(r.flows.map((f) => [f.id, f.margin]));
    margins.set(r, m);
  }
  return m;
}

/** Each flow's verdict. */
export function flowVerdicts(r: Report): Map<string, Report['flows'][number]['verdict']> {
  let m = verdicts.get(r);
  if (!m) {
    m = new Map(r.flows.map((f) => [f.id, f.verdict]));
    verdicts.set(r, m);
  }
  return m;
}
