/**
 * Dragging nodes in the topology: the whole selection moves (a collapsed group with the devices inside it
 * that the scenario places), only the moved nodes and their links are touched per frame — lifted to an
 * overlay so a large plant is not re-rasterized — and the store learns the new positions on release. A
 * moved node's links are drawn straight: it is placed by hand now, no longer by the layout.
 */
import { drag } from 'd3-drag';
import type { Position } from '../../sim/api/index.ts';
import { isPoint } from '../model/drawableScenario.ts';
import type { RecentSamples } from '../perf/RecentSamples.ts';
import type { LinkDatum } from './drawLinks.ts';
import type { Pt } from './layout/linksThroughNodes.ts';
import type { TopologyData } from './TopologyData.ts';

export interface DragHost {
  readonly data: TopologyData | null;
  readonly pos: Map<string, Pt>;
  readonly linksOf: Map<string, LinkDatum[]>;
  readonly dragFrames: RecentSamples;
  readonly scale: number;
  /** redraws a node at its `pos` */
  placeNode(id: string): void;
  /** redraws a link straight between its nodes' `pos` */
  straighten(l: LinkDatum): void;
  lift(ids: string[]): void;
  drop(): void;
  setDragging(on: boolean): void;
  /** nothing the store would keep moved (a laid-out group): back where the layout has it */
  unmove(): void;
  onMove(moves: Map<string, Position>): void;
}

export function nodeDrag<D extends { id: string }>(host: DragHost) {
  let moving: string[] = [];
  let moved = false;
  let last: [number, number] = [0, 0];
  let first: [number, number] = [0, 0];
  return drag<SVGGElement, D>()
    .filter((e: MouseEvent) => !e.button && !e.shiftKey)
    .on('start', (e, d) => {
      const sel = host.data?.selection.nodes ?? [];
      moving = sel.includes(d.id) ? sel : [d.id];
      moved = false;
      last = [e.x, e.y];
      first = [e.x, e.y];
    })
    .on('drag', (e) => {
      const t0 = performance.now();
      const dx = e.x - last[0];
      const dy = e.y - last[1];
      last = [e.x, e.y];
      if (!moved && Math.hypot(dx, dy) < 0.5) return;
      if (!moved) {
        host.setDragging(true);
        host.lift(moving);
      }
      moved = true;
      const touched = new Set<LinkDatum>();
      for (const id of moving) {
        const p = host.pos.get(id);
        if (!p) continue;
        p.x += dx;
        p.y += dy;
        host.placeNode(id);
        for (const l of host.linksOf.get(id) ?? []) touched.add(l);
      }
      for (const l of touched) host.straighten(l);
      host.dragFrames.push(performance.now() - t0);
    })
    .on('end', () => {
      host.setDragging(false);
      if (!moved) return;
      host.drop();
      const moves = movesOf(host, moving, [(last[0] - first[0]) / host.scale, (last[1] - first[1]) / host.scale]);
      if (moves.size === 0) host.unmove();
      else host.onMove(moves);
    });
}

function movesOf(host: DragHost, moving: string[], [dx, dy]: [number, number]): Map<string, Position> {
  const moves = new Map<string, Position>();
  const placed = new Map((host.data?.scenario.nodes ?? []).flatMap((n) => (isPoint(n.position) ? [[n.id, n.position] as const] : [])));
  for (const id of moving) {
    const p = host.pos.get(id);
    if (!p) continue;
    const z = host.data?.positions.get(id)?.[2] ?? 0;
    if (!id.startsWith('group:')) moves.set(id, [p.x / host.scale, p.y / host.scale, z]);
    // a collapsed group's devices placed by the scenario move with it (the others are laid out)
    for (const m of host.data?.view.nodes.find((n) => n.id === id)?.collapsed?.members ?? []) {
      const q = placed.get(m);
      if (q) moves.set(m, [q[0] + dx, q[1] + dy, q[2]]);
    }
  }
  return moves;
}
