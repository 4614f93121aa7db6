/** What a plan would add, drawn over the topology as dashed "ghosts" until the plan is accepted (not selectable). */
import type { Selection } from 'd3-selection';
import { deviceInfo } from '../model/deviceTypes.ts';
import type { PlanOverlay } from '../planner/planOverlay.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export function drawPlanGhosts(
  layer: Layer,
  plan: PlanOverlay | null,
  pos: ReadonlyMap<string, { x: number; y: number }>,
  scale: number,
  size: { w: number; h: number },
): void {
  layer.selectAll('*').remove();
  if (!plan) return;
  const at = new Map(pos);
  for (const g of plan.ghosts.nodes) at.set(g.id, { x: g.position[0] * scale, y: g.position[1] * scale });
  for (const l of plan.ghosts.links) {
    const a = at.get(l.from);
    const b = at.get(l.to);
    if (!a || !b) continue;
    const line = layer.append('line').attr('class', 'ghost-link').attr('data-key', l.key).attr('x1', a.x).attr('y1', a.y).attr('x2', b.x).attr('y2', b.y);
    line.append('title').text(`Planned: ${l.key} — ${l.note} (added when you accept the plan)`);
  }
  for (const n of plan.ghosts.nodes) {
    const p = at.get(n.id)!;
    const g = layer.append('g').attr('class', 'ghost-node').attr('data-id', n.id).attr('transform', `translate(${p.x},${p.y})`);
    g.append('rect')
      .attr('x', -size.w / 2)
      .attr('y', -size.h / 2)
      .attr('width', size.w)
      .attr('height', size.h)
      .attr('rx', 6);
    g.append('text').attr('class', 'glyph').attr('dy', '0.35em').text(deviceInfo(n.type).glyph);
    g.append('text')
      .attr('class', 'label')
      .attr('y', size.h / 2 + 13)
      .text(`+ ${n.id}`);
    g.append('title').text(`Planned: ${n.id} — ${n.note} (added when you accept the plan)`);
  }
}
