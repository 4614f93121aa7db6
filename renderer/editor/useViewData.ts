/** Derived data both views share: positions, rates, path highlight, utilization per link, issue markers. */
import { useMemo } from 'react';
import { isQuantity, parseQuantity, type Report } from '../../sim/api/index.ts';
import { displayPositions } from '../model/displayPositions.ts';
import { linkKey } from '../model/scenarioTypes.ts';
import { useApp } from '../state/appStore.ts';

export function useViewData() {
  const scenario = useApp((s) => s.doc?.scenario ?? null);
  const selection = useApp((s) => s.selection);
  const analysis = useApp((s) => s.analysis);
  const last = useApp((s) => s.lastReport);
  const positions = useMemo(() => (scenario ? displayPositions(scenario) : new Map()), [scenario]);
  const rates = useMemo(() => {
    const m = new Map<string, number>();
    for (const l of scenario?.links ?? []) {
      const r = typeof l.rate === 'string' && isQuantity(l.rate, 'rate') ? parseQuantity(l.rate, 'rate') : 1e9;
      m.set(linkKey(l), r);
    }
    return m;
  }, [scenario?.links]);
  const highlight = useMemo(() => {
    if (!selection.flow || !analysis) return null;
    const r = analysis.routes.get(selection.flow);
    return r ? { nodes: r.nodes, links: r.links } : null;
  }, [selection.flow, analysis]);
  const utilization = useMemo(() => (last ? linkUtilization(last.report) : null), [last]);
  const issues = useMemo(() => {
    const nodes = new Set<string>();
    const links = new Set<string>();
    if (scenario && analysis) {
      for (const i of analysis.issues) {
        const m = /^(nodes|links)\[(\d+)\]/.exec(i.path);
        if (!m) continue;
        const k = Number(m[2]);
        if (m[1] === 'nodes' && scenario.nodes[k]) nodes.add(scenario.nodes[k].id);
        if (m[1] === 'links' && scenario.links[k]) links.add(linkKey(scenario.links[k]));
      }
    }
    return { nodes, links };
  }, [scenario, analysis]);
  return { scenario, selection, positions, rates, highlight, utilization, issues, analysis, last };
}

/** Busiest direction of each link. */
export function linkUtilization(r: Report): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of r.links) m.set(l.id, Math.max(m.get(l.id) ?? 0, l.utilization));
  return m;
}
