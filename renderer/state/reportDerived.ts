/**
 * Tables derived from a finished report, computed once per report and kept beside it (a WeakMap, so they go with it):
 * every view that draws the same report shares them instead of recomputing them in its render (issue 10: drawing a
 * 10,000-device plant's results froze the window; these ran again in each view and each re-render). A run makes
 * them in slices (deriveInSlices) before its report reaches the views, which then find them made.
 */
import type { Report } from '../../sim/api/index.ts';
import { inSlices, nextTask, type SliceOptions } from '../perf/inSlices.ts';
import { ranks, sortInSlices } from '../perf/sortInSlices.ts';

type Verdict = Report['flows'][number]['verdict'];

const utilizations = new WeakMap<Report, Map<string, number>>();
const margins = new WeakMap<Report, Map<string, number | null>>();
const verdicts = new WeakMap<Report, Map<string, Verdict>>();
const idRanks = new WeakMap<Report, Uint32Array>();

/** localeCompare's order of two flows' ids (by their index), without building a collator at each comparison */
const byId = new Intl.Collator().compare;
const byFlowId = (f: Report['flows']) => (a: number, b: number) => byId(f[a].id, f[b].id);

const addLink = (m: Map<string, number>, l: Report['links'][number]) => m.set(l.id, Math.max(m.get(l.id) ?? 0, l.utilization));

/** Busiest direction of each link. */
export function linkUtilization(r: Report): Map<string, number> {
  let m = utilizations.get(r);
  if (!m) {
    m = new Map();
    for (const l of r.links) addLink(m, l);
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
export function flowVerdicts(r: Report): Map<string, Verdict> {
  let m = verdicts.get(r);
  if (!m) {
    m = new Map(r.flows.map((f) => [f.id, f.verdict]));
    verdicts.set(r, m);
  }
  return m;
}

/** Each flow's place (by its index in `r.flows`) when the flows are ordered by id: the tables' tie-break, a number to compare. */
export function flowIdRanks(r: Report): Uint32Array {
  let rank = idRanks.get(r);
  if (!rank) {
    rank = ranks(Uint32Array.from(r.flows.keys()).sort(byFlowId(r.flows)));
    idRanks.set(r, rank);
  }
  return rank;
}

/** Makes the four tables in slices of a few milliseconds, the window painting between them (the steel works' in one piece: up to 76 ms). */
export async function deriveInSlices(r: Report, o?: SliceOptions): Promise<void> {
  await (o?.yieldNow ?? nextTask)(); // not in the task that took in the report's last part (its copy is one already)
  const u = new Map<string, number>();
  await inSlices(r.links, (l) => addLink(u, l), o);
  const m = new Map<string, number | null>();
  const v = new Map<string, Verdict>();
  const flows = r.flows;
  await inSlices(flows, (f) => (m.set(f.id, f.margin), v.set(f.id, f.verdict)), o);
  const rank = ranks(await sortInSlices(flows.length, byFlowId(flows), o));
  if (!utilizations.has(r)) utilizations.set(r, u);
  if (!idRanks.has(r)) idRanks.set(r, rank);
  if (!margins.has(r)) margins.set(r, m);
  if (!verdicts.has(r)) verdicts.set(r, v);
}
