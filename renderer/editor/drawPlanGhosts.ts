/**
 * What a plan would add, drawn over the topology as dashed "ghosts" until the plan is accepted (not selectable): at
 * their floor positions on the floor plan, next to what they join on the laid-out topology. A ghost link to a node
 * hidden in a closed group goes to the group.
 */
import type { Selection } from 'd3-selection';
import { deviceInfo } from '../model/deviceTypes.ts';
import type { PlanOverlay } from '../planner/planOverlay.ts';
import type { Pt } from './layout/linksThroughNodes.ts';
import { placeGhosts } from './placeGhosts.ts';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export interface GhostPlacing {
  scale: number;
  size: { w: number; h: number };
  /** the topology is laid out (ELK's pixels): ghosts go next to what they join (placeGhosts.ts), not at their floor positions */
  laidOut: boolean;
  /** a node hidden in a closed group → the group's drawn node */
  repOf: ReadonlyMap<string, string>;
}

export function drawPlanGhosts(layer: Layer, plan: PlanOverlay | null, pos: ReadonlyMap<string, Pt>, { scale, size, laidOut, repOf }: GhostPlacing): void {
  layer.selectAll('*').remove();
  if (!plan) return;
  const at = new Map(pos);
  for (const [id, p] of repOf) if (!at.has(id) && pos.has(p)) at.set(id, pos.get(p)!);
  const floor = (g: (typeof plan.ghosts.nodes)[number]) => ({ x: g.position[0] * scale, y: g.position[1] * scale });
  const placed = laidOut ? placeGhosts(plan.ghosts.nodes, plan.ghosts.links, pos, repOf, scale) : null;
  for (const g of plan.ghosts.nodes) at.set(g.id, placed?.get(g.id) ?? floor(g));
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
