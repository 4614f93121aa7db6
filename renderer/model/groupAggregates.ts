/**
 * What a collapsed group's node carries: the utilization of the busiest link inside or at its
 * edge (busiest direction), and the worst margin of the flows whose route passes through it.
 */
import type { CollapsedView } from './collapsedView.ts';

export interface GroupAggregate {
  utilization: number | null;
  /** worst (smallest) margin of the flows through the group; null when none has one */
  margin: number | null;
  flows: number;
}

export function groupAggregates(
  view: CollapsedView,
  links: readonly { key: string; from: string; to: string }[],
  utilization: ReadonlyMap<string, number> | null,
  routes: ReadonlyMap<string, { nodes: readonly string[] }>,
  margins: ReadonlyMap<string, number | null> | null,
): Map<string, GroupAggregate> {
  const out = new Map<string, GroupAggregate>();
  for (const n of view.nodes) if (n.collapsed) out.set(n.id, { utilization: null, margin: null, flows: 0 });
  const groupOf = (id: string) => view.repOf.get(id) ?? (out.has(id) ? id : undefined);
  if (utilization)
    for (const l of links) {
      const u = utilization.get(l.key);
      if (u === undefined) continue;
      for (const g of new Set([groupOf(l.from), groupOf(l.to)])) {
        const a = g === undefined ? undefined : out.get(g);
        if (a) a.utilization = Math.max(a.utilization ?? 0, u);
      }
    }
  for (const [flow, r] of routes) {
    const touched = new Set<string>();
    for (const n of r.nodes) {
      const g = groupOf(n);
      if (g !== undefined) touched.add(g);
    }
    const m = margins?.get(flow) ?? null;
    for (const g of touched) {
      const a = out.get(g)!;
      a.flows++;
      if (m !== null) a.margin = a.margin === null ? m : Math.min(a.margin, m);
    }
  }
  return out;
}
