/**
 * What a collapsed group's node carries: the utilization of the busiest link inside or at its
 * edge (busiest direction), and the worst margin of the flows whose route passes through it.
 * Which links and flows touch which group depends on the view and the routes only (groupIndex,
 * made once per view): a new report folds its figures over that index, without walking every
 * route again (issue 10: 30–60 ms in one piece on the steel works when its report arrived).
 */
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

/** The groups' figures from a report's link utilizations and flow margins (null: no report). */
export function aggregateGroups(
  index: GroupIndex,
  utilization: ReadonlyMap<string, number> | null,
  margins: ReadonlyMap<string, number | null> | null,
): Map<string, GroupAggregate> {
  const out = new Map<string, GroupAggregate>();
  for (const g of index.groups) out.set(g, { utilization: null, margin: null, flows: 0 });
  if (utilization)
    for (const [key, at] of index.links) {
      const u = utilization.get(key);
      if (u === undefined) continue;
      for (const g of at) {
        const a = out.get(g)!;
        a.utilization = Math.max(a.utilization ?? 0, u);
      }
    }
  for (const [flow, at] of index.flows) {
    const m = margins?.get(flow) ?? null;
    for (const g of at) {
      const a = out.get(g)!;
      a.flows++;
      if (m !== null) a.margin = a.margin === null ? m : Math.min(a.margin, m);
    }
  }
  return out;
}
