/**
 * Where the topology draws each node and link. A node the scenario places (its `position`: put there by
 * hand, dragged, or written in the file) is drawn there, over the layout: nothing a user placed moves. The
 * others take ELK's place (elkLayout.ts) and the links between two of them ELK's orthogonal route; a link
 * to a placed node is straight, unless the node is placed where the layout puts it (Auto layout wrote
 * ELK's positions). Without a layout (none yet, or too many nodes) it is the floor plan.
 */
import type { CollapsedView } from '../../model/collapsedView.ts';
import { isPoint } from '../../model/drawableScenario.ts';
import type { TopologyLayout } from './elkLayout.ts';
import type { Pt } from './linksThroughNodes.ts';

export interface PlacedView {
  pos: Map<string, Pt>;
  routes: Map<string, Pt[]>;
}

/** The drawn nodes the scenario places: a node with a `position`, a `group:` node whose members all have one. */
export function pinnedNodes(view: CollapsedView, nodes: readonly { id: string; position?: unknown }[]): Set<string> {
  const placed = new Set(nodes.filter((n) => isPoint(n.position)).map((n) => n.id));
  const out = new Set<string>();
  for (const n of view.nodes) {
    const members = n.id.startsWith('group:') ? (n.collapsed?.members ?? []) : [n.id];
    if (members.length > 0 && members.every((m) => placed.has(m))) out.add(n.id);
  }
  return out;
}

/** how far (px) a placed node may be from its place in the layout and still count as laid out (positions are written to the cm: 0.3 px at most) */
const SAME_PLACE = 0.5;

/** Whether some node the scenario places is where the layout puts it (else the layout changes nothing of a view whose nodes are all placed). */
export function placedAsLaidOut(view: CollapsedView, layout: TopologyLayout, scale: number): boolean {
  return view.nodes.some((n) => {
    const p = layout.at.get(n.id);
    return p !== undefined && Math.hypot(p.x - n.at[0] * scale, p.y - n.at[1] * scale) <= SAME_PLACE;
  });
}

export function placeView(view: CollapsedView, pinned: ReadonlySet<string>, layout: TopologyLayout | null, scale: number): PlacedView {
  const pos = new Map<string, Pt>();
  const laidOut = new Set<string>();
  for (const n of view.nodes) {
    const p = layout?.at.get(n.id);
    const floor = { x: n.at[0] * scale, y: n.at[1] * scale };
    const inPlace = p && (!pinned.has(n.id) || Math.hypot(p.x - floor.x, p.y - floor.y) <= SAME_PLACE);
    if (inPlace) laidOut.add(n.id);
    pos.set(n.id, p && !pinned.has(n.id) ? { x: p.x, y: p.y } : floor);
  }
  const routes = new Map<string, Pt[]>();
  for (const l of view.links) {
    const a = pos.get(l.from);
    const b = pos.get(l.to);
    if (!a || !b) continue;
    const r = laidOut.has(l.from) && laidOut.has(l.to) ? layout?.routes.get(l.key) : undefined;
    routes.set(l.key, r ? r.map((p) => ({ x: p.x, y: p.y })) : [a, b]);
  }
  return { pos, routes };
}

/** The point halfway along a polyline (where a link's label goes). */
export function midpoint(points: readonly Pt[]): Pt {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let half = lengths.reduce((s, d) => s + d, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (half <= lengths[i] && lengths[i] > 0) {
      const t = half / lengths[i];
      return { x: points[i].x + t * (points[i + 1].x - points[i].x), y: points[i].y + t * (points[i + 1].y - points[i].y) };
    }
    half -= lengths[i];
  }
  return points[0];
}
