/**
 * What a collapsed group's node carries: the utilization of the busiest link inside or at its
 * edge (busiest direction), and the worst margin of the flows whose route passes through it.
 * Which links and flows touch which group depends on the view and the routes only (groupIndex,
 * made once per view): a new report folds its figures over that index, without walking every
 * route again (issue 10: 30–60 ms in one piece on the steel works when its report arrived).
 */
import { inSlices, type SliceOptions } from '../perf/inSlices.ts';
import type { CollapsedView } from './collapsedView.ts';

export interface GroupAggregate {
  utilization: number | null;
  /** worst (smallest) margin of the flows through the group; null when none has one */
  margin: number | null;
  flows: number;
}

/** The collapsed groups, and the links and flows that touch each of them. */
export interface GroupIndex {
  groups: string[];
  /** a link's key and the groups at its ends (one or two) */
  links: [string, string[]][];
  /** a flow and the groups its route passes through */
  flows: [string, string[]][];
}

export function groupIndex(
  view: CollapsedView,
  links: readonly { key: string; from: string; to: string }[],
  routes: ReadonlyMap<string, { nodes: readonly string[] }>,
): GroupIndex {
  const groups = view.nodes.filter((n) => n.collapsed).map((n) => n.id);
  const isGroup = new Set(groups);
  const groupOf = (id: string) => view.repOf.get(id) ?? (isGroup.has(id) ? id : undefined);
  const out: GroupIndex = { groups, links: [], flows: [] };
  for (const l of links) {
    const a = groupOf(l.from);
    const b = groupOf(l.to);
    const at = [...new Set([a, b])].filter((g): g is string => g !== undefined && isGroup.has(g));
    if (at.length > 0) out.links.push([l.key, at]);
  }
  for (const [flow, r] of routes) {
    const touched = new Set<string>();
    for (const n of r.nodes) {
      const g = groupOf(n);
      if (g !== undefined && isGroup.has(g)) touched.add(g);
    }
    if (touched.size > 0) out.flows.push([flow, [...touched]]);
  }
  return out;
}

type Aggregates = Map<string, GroupAggregate>;
type Utilization = ReadonlyMap<string, number> | null;
type Margins = ReadonlyMap<string, number | null> | null;

const empty = (index: GroupIndex): Aggregates => new Map(index.groups.map((g) => [g, { utilization: null, margin: null, flows: 0 }]));

function addLink(out: Aggregates, utilization: ReadonlyMap<string, number>, [key, at]: GroupIndex['links'][number]): void {
  const u = utilization.get(key);
  if (u === undefined) return;
  for (const g of at) {
    const a = out.get(g)!;
    a.utilization = Math.max(a.utilization ?? 0, u);
  }
}

function addFlow(out: Aggregates, margins: Margins, [flow, at]: GroupIndex['flows'][number]): void {
  const m = margins?.get(flow) ?? null;
  for (const g of at) {
    const a = out.get(g)!;
    a.flows++;
    if (m !== null) a.margin = a.margin === null ? m : Math.min(a.margin, m);
  }
}

/** The groups' figures from a report's link utilizations and flow margins (null: no report). */
export function aggregateGroups(index: GroupIndex, utilization: Utilization, margins: Margins): Aggregates {
  const out = empty(index);
  if (utilization) for (const l of index.links) addLink(out, utilization, l);
  for (const f of index.flows) addFlow(out, margins, f);
  return out;
}

/** figures made ahead, in slices: by index, then by the report's margins table (one per report, reportDerived.ts) */
const made = new WeakMap<GroupIndex, WeakMap<ReadonlyMap<string, number | null>, Aggregates>>();

/** aggregateGroups, or the figures aggregateGroupsInSlices made for this index and these margins. */
export function groupAggregates(index: GroupIndex, utilization: Utilization, margins: Margins): Aggregates {
  return (margins && made.get(index)?.get(margins)) ?? aggregateGroups(index, utilization, margins);
}

/**
 * aggregateGroups in slices of a few milliseconds, kept for groupAggregates to find: made when a run arrives, before the
 * topology draws it (the steel works' 16,800 flows folded in the render were 15–21 ms of a 141 ms task in a profile under load, issue 10).
 */
export async function aggregateGroupsInSlices(
  index: GroupIndex,
  utilization: Utilization,
  margins: ReadonlyMap<string, number | null>,
  o?: SliceOptions,
): Promise<void> {
  const out = empty(index);
  if (utilization) await inSlices(index.links, (l) => addLink(out, utilization, l), o);
  await inSlices(index.flows, (f) => addFlow(out, margins, f), o);
  if (!made.has(index)) made.set(index, new WeakMap());
  made.get(index)!.set(margins, out);
}

/** the index the topology draws, for a new report's figures to be made ahead over it */
let shown: GroupIndex | null = null;
export const showGroupIndex = (index: GroupIndex | null): void => void (shown = index);
export const shownGroupIndex = (): GroupIndex | null => shown;
