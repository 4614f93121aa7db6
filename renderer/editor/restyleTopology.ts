/**
 * The topology's classes and tooltips from the data (selection, a flow's path, issues,
 * utilization, the plan's changes), applied to the drawn elements in place: no re-render.
 */
import type { TopologyData } from './TopologyData.ts';
import { utilizationColor } from './utilizationColor.ts';

export function restyleTopology(d: TopologyData, nodeEls: ReadonlyMap<string, SVGGElement>, linkEls: ReadonlyMap<string, SVGGElement>): void {
  const sel = new Set(d.selection.nodes);
  const selLinks = new Set(d.selection.links);
  const hiNodes = new Set(d.highlight?.nodes ?? []);
  const hiLinks = new Set(d.highlight?.links ?? []);
  const hasHi = hiNodes.size > 0;
  const title = (el: Element, text: string | null) => {
    el.querySelector(':scope > title')?.remove();
    if (text === null) return;
    const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    t.textContent = text;
    el.append(t);
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
    el.classList.toggle('has-issue', d.issueNodes.has(id));
  }
  for (const [key, el] of linkEls) {
    el.classList.toggle('selected', selLinks.has(key));
    el.classList.toggle('on-path', hiLinks.has(key));
    el.classList.toggle('dimmed', hasHi && !hiLinks.has(key));
    el.classList.toggle('has-issue', d.issueLinks.has(key));
    const planned = d.plan?.links.get(key);
    el.classList.toggle('plan-changed', planned?.kind === 'changed');
    el.classList.toggle('plan-added', planned?.kind === 'added');
    const u = d.utilization?.get(key);
    const wire = el.querySelector<SVGLineElement>('.wire')!;
    wire.style.stroke = u === undefined ? '' : utilizationColor(u);
    title(el, `${key}${u === undefined ? '' : ` — busiest direction ${(u * 100).toFixed(1)} % utilized`}${planned ? ` — planned: ${planned.note}` : ''}`);
  }
}
