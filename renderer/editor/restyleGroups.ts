/**
 * A collapsed group's node shows what it hides: how many devices, the utilization of its
 * busiest link (the body's outline) and the worst margin of the flows through it (the summary
 * line's colour). Its tooltip says all three in words.
 */
import type { GroupAggregate } from '../model/groupAggregates.ts';
import type { CollapsedView } from '../model/collapsedView.ts';
import { marginColor, utilizationColor } from './utilizationColor.ts';

export function restyleGroups(view: CollapsedView, aggregates: ReadonlyMap<string, GroupAggregate>, nodeEls: ReadonlyMap<string, SVGGElement>): void {
  for (const n of view.nodes) {
    if (!n.collapsed) continue;
    const el = nodeEls.get(n.id);
    if (!el) continue;
    const a = aggregates.get(n.id);
    const u = a?.utilization ?? null;
    const m = a?.margin ?? null;
    const parts = [`${n.collapsed.members.length} devices`];
    if (u !== null) parts.push(`${(u * 100).toFixed(0)} %`);
    if (m !== null) parts.push(`margin ${(m * 100).toFixed(0)} %`);
    const summary = el.querySelector<SVGTextElement>('.group-summary')!;
    summary.textContent = parts.join(' · ');
    summary.style.fill = m === null ? '' : marginColor(m);
    el.querySelector<SVGRectElement>('.body')!.style.stroke = u === null ? '' : utilizationColor(u);
    el.classList.toggle('failing', m !== null && m < 0);
    el.dataset.utilization = u === null ? '' : String(u);
    el.dataset.margin = m === null ? '' : String(m);
    el.querySelector(':scope > title')?.remove();
    const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    t.textContent =
      `${n.collapsed.label}: ${n.collapsed.members.length} devices, collapsed (+ to open)` +
      (u === null ? '' : ` — busiest link ${(u * 100).toFixed(1)} % utilized`) +
      (m === null ? '' : ` — worst margin ${(m * 100).toFixed(1)} % over ${a?.flows ?? 0} flows`);
    el.append(t);
  }
}
