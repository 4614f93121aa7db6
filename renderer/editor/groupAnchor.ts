/**
 * Keeping a group in place on screen while it opens or closes: where it was on screen when its toggle was
 * clicked, and once the new layout is drawn the drawing point to bring back there — its node, its heading
 * member, or its members' centre. None when a node outside the group kept its place (the layout opened the
 * group in place, layout/layoutInPlace.ts): then the view moves only as far as it must to show the opened
 * group's members (revealShift), which may have found room away from its switch.
 */
import type { CollapsedView } from '../model/collapsedView.ts';
import type { PlantGroup } from '../model/plantHierarchy.ts';
import type { Pt } from './layout/linksThroughNodes.ts';

export interface GroupAnchor {
  view: CollapsedView;
  id: string;
  group: PlantGroup;
  screen: [number, number];
  /** a node outside the group, and where it was drawn */
  other: [string, Pt] | null;
}

export function holdGroup(pos: ReadonlyMap<string, Pt>, view: CollapsedView, id: string, group: PlantGroup, screen: [number, number]): GroupAnchor {
  const inside = new Set([id, group.id, ...group.members]);
  const other = [...pos].find(([n]) => !inside.has(n)) ?? null;
  return { view, id, group, screen, other };
}

export function anchorPoint(a: GroupAnchor, pos: ReadonlyMap<string, Pt>): Pt | null {
  const still = a.other && pos.get(a.other[0]);
  if (still && a.other && still.x === a.other[1].x && still.y === a.other[1].y) return null;
  const p = pos.get(a.id) ?? pos.get(a.group.id); // a member that headed its group: the group's node once closed
  if (p) return p;
  const at = a.group.members.flatMap((m) => pos.get(m) ?? []);
  if (at.length === 0) return null;
  return { x: at.reduce((s, q) => s + q.x, 0) / at.length, y: at.reduce((s, q) => s + q.y, 0) / at.length };
}

/**
 * The least move of the view (screen pixels) that brings every point, with `margin` around it, into a
 * width × height viewport; when they do not fit, their top left comes to the view's.
 */
export function revealShift(points: readonly [number, number][], margin: number, width: number, height: number): [number, number] {
  if (points.length === 0) return [0, 0];
  const axis = (vs: number[], size: number) => {
    const [lo, hi] = [Math.min(...vs) - margin, Math.max(...vs) + margin];
    return hi - lo > size || lo < 0 ? -lo : Math.min(0, size - hi);
  };
  return [
    axis(
      points.map((p) => p[0]),
      width,
    ),
    axis(
      points.map((p) => p[1]),
      height,
    ),
  ];
}
