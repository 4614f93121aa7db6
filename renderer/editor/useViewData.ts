/** Derived data both views share: the drawable scenario, positions, rates, path highlight, utilization per link, issue markers. */
import { useDeferredValue, useMemo } from 'react';
import { isQuantity, linkId, parseQuantity } from '../../sim/api/index.ts';
import { displayPositions } from '../model/displayPositions.ts';
import { drawableScenario } from '../model/drawableScenario.ts';
import { useApp } from '../state/appStore.ts';
import { linkUtilization } from '../state/reportDerived.ts';

export function useViewData() {
  const raw = useApp((s) => s.doc?.scenario ?? null);
  // the views draw what is drawable of a scenario that may have problems (the inspector lists them)
  const scenario = useMemo(() => (raw ? drawableScenario(raw) : null), [raw]);
  const selection = useApp((s) => s.selection);
  const analysis = useApp((s) => s.analysis);
  // a new report redraws the views in a deferred, interruptible render: the window keeps painting while a large plant's
  // links and groups take on their results (issue 10), instead of one long task right after the report arrives
  const last = useDeferredValue(useApp((s) => s.lastReport));
  const positions = useMemo(() => (scenario ? displayPositions(scenario) : new Map()), [scenario]);
  const rates = useMemo(() => {
    const m = new Map<string, number>();
    for (const l of scenario?.links ?? []) {
      const r = typeof l.rate === 'string' && isQuantity(l.rate, 'rate') ? parseQuantity(l.rate, 'rate') : 1e9;
      m.set(linkId(l), r);
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
    if (raw && analysis) {
      for (const i of analysis.issues) {
        const m = /^(nodes|links)\[(\d+)\]/.exec(i.path);
        if (!m) continue;
        const k = Number(m[2]);
        const node = m[1] === 'nodes' ? (raw.nodes[k] as { id?: unknown } | null) : null;
        const link = m[1] === 'links' ? raw.links[k] : null;
        if (typeof node?.id === 'string') nodes.add(node.id);
        if (link && typeof link === 'object') links.add(linkId(link));
      }
    }
    return { nodes, links };
  }, [raw, analysis]);
  return { scenario, selection, positions, rates, highlight, utilization, issues, analysis, last };
}
