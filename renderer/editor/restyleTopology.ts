/**
 * The topology's classes and tooltips from the data (selection, a flow's path, issues,
 * utilization, the plan's changes), applied to the drawn elements in place: no re-render.
 * What is inside a collapsed group shows on the group's node and links (collapsedView.ts).
 */
import type { TopologyData } from './TopologyData.ts';
import { utilizationColor } from './utilizationColor.ts';

export function restyleTopology(d: TopologyData, nodeEls: ReadonlyMap<string, SVGGElement>, linkEls: ReadonlyMap<string, SVGGElement>): void {
  const { repOf, viewKeyOf } = d.view;
  const nodesSeen = (ids: Iterable<string>) => new Set([...ids].map((n) => repOf.get(n) ?? n));
  const linksSeen = (keys: Iterable<string>) => new Set([...keys].flatMap((k) => viewKeyOf.get(k) ?? []));
  const sel = nodesSeen(d.selection.nodes);
  const selLinks = linksSeen(d.selection.links);
  const hiNodes = nodesSeen(d.highlight?.nodes ?? []);
  const hiLinks = linksSeen(d.highlight?.links ?? []);
  const issueNodes = nodesSeen(d.issueNodes);
  const issueLinks = linksSeen(d.issueLinks);
  const utilization = d.utilization && viewUtilization(d.utilization, viewKeyOf);
  const hasHi = hiNodes.size > 0;
  const title = (el: Element, text: string | null) => {
    const t = el.querySelector(':scope > title');
    if (text === null) return t?.remove();
    if (t) {
      if (t.textContent !== text) t.textContent = text; // a tooltip that did not change is left alone: no node made, no style invalidated
      return;
    }
    const made = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    made.textContent = text;
    el.append(made);
  };
  for (const [id, el] of nodeEls) {
    const planned = d.plan?.nodes.get(id);
    el.classList.toggle('plan-changed', planned?.kind === 'changed');
    el.classList.toggle('plan-added', planned?.kind === 'added');
    title(el, planned ? `${id} — planned: ${planned.note}` : null);
    el.classList.toggle('selected', sel.has(id));
    el.classList.toggle('on-path', hiNodes.has(id));
    el.classList.toggle('dimmed', hasHi && !hiNodes.has(id));
    el.classList.toggle('connect-from', d.connectFrom === id);
    el.classList.toggle('has-issue', issueNodes.has(id));
  }
  for (const [key, el] of linkEls) {
    el.classList.toggle('selected', selLinks.has(key));
    el.classList.toggle('on-path', hiLinks.has(key));
    el.classList.toggle('dimmed', hasHi && !hiLinks.has(key));
    el.classList.toggle('has-issue', issueLinks.has(key));
    const planned = d.plan?.links.get(key);
    el.classList.toggle('plan-changed', planned?.kind === 'changed');
    el.classList.toggle('plan-added', planned?.kind === 'added');
    const u = utilization?.get(key);
    const wire = el.querySelector<SVGPolylineElement>('.wire')!;
    wire.style.stroke = u === undefined ? '' : utilizationColor(u);
    title(el, `${key}${u === undefined ? '' : ` — busiest direction ${(u * 100).toFixed(1)} % utilized`}${planned ? ` — planned: ${planned.note}` : ''}`);
  }
}

/** Utilization of each drawn link: the busiest of the scenario links it stands for. */
function viewUtilization(u: ReadonlyMap<string, number>, viewKeyOf: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of u) {
    const key = viewKeyOf.get(k);
    if (key !== undefined) out.set(key, Math.max(out.get(key) ?? 0, v));
  }
  return out;
}
