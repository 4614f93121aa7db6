/**
 * Where a plan's new devices (ghosts) are drawn on the laid-out topology: next to the node their new links
 * join (a node hidden in a closed group: the group's node), in the first free spot of a ring search that
 * starts to its right (away from the core, as the layout grows) — clear of every drawn node and name and of
 * the ghosts placed before. The planner's floor positions mean nothing in ELK's pixels; a ghost joined to
 * nothing drawn keeps its floor position.
 */
import type { GhostLink, GhostNode } from '../planner/planOverlay.ts';
import type { Pt } from './layout/linksThroughNodes.ts';

/** the room a node takes (glyph and name under it) and the spacing between rooms */
const ROOM = { w: 96, h: 56 };
const RINGS = 12;

export function placeGhosts(
  nodes: readonly GhostNode[],
  links: readonly GhostLink[],
  pos: ReadonlyMap<string, Pt>,
  repOf: ReadonlyMap<string, string>,
  scale: number,
): Map<string, Pt> {
  const taken = [...pos.values()];
  const out = new Map<string, Pt>();
  const drawn = (id: string) => pos.get(id) ?? pos.get(repOf.get(id) ?? '');
  for (const g of nodes) {
    const next = links.flatMap((l) => (l.from === g.id ? [l.to] : l.to === g.id ? [l.from] : []));
    const anchor = next.map((id) => drawn(id) ?? out.get(id)).find((p) => p !== undefined);
    const p = anchor ? freeNear(anchor, taken) : { x: g.position[0] * scale, y: g.position[1] * scale };
    out.set(g.id, p);
    taken.push(p);
  }
  return out;
}

/** the spots around an anchor, in rooms: nearest ring first, right before left, level before above or below */
const SPOTS = Array.from({ length: (2 * RINGS + 1) ** 2 }, (_, k) => [(k % (2 * RINGS + 1)) - RINGS, Math.floor(k / (2 * RINGS + 1)) - RINGS])
  .filter(([dx, dy]) => dx !== 0 || dy !== 0)
  .sort(([ax, ay], [bx, by]) => Math.max(Math.abs(ax), Math.abs(ay)) - Math.max(Math.abs(bx), Math.abs(by)) || bx - ax || Math.abs(ay) - Math.abs(by));

function freeNear(anchor: Pt, taken: readonly Pt[]): Pt {
  const free = (p: Pt) => taken.every((q) => Math.abs(p.x - q.x) >= ROOM.w || Math.abs(p.y - q.y) >= ROOM.h);
  for (const [dx, dy] of SPOTS) {
    const p = { x: anchor.x + dx * ROOM.w, y: anchor.y + dy * ROOM.h };
    if (free(p)) return p;
  }
  return { x: anchor.x + ROOM.w, y: anchor.y };
}
