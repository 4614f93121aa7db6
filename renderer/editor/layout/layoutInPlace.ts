/**
 * A group opened or closed without moving anything else (issue 10: a group "expands in place").
 * Opening: ELK lays out only the group's interior, rooted at the node that joins it to the rest — the group's
 * gateway (its switch), which takes the collapsed node's place, or the open switch that headed the group. The
 * interior goes where it is drawn relative to its root if there is room; else at the nearest shift that has
 * room (freeShifts.ts: none of its nodes, names or routes meets a node, name or route of the rest), and its
 * links into the root then run through the root's vacant place in the interior and along one connector,
 * routed around every node (mazeRoute.ts), back to the root. Every other node and route is the previous layout's.
 * Closing: the group's node takes its gateway's place and keeps its routes.
 * Anything else (two groups at once, a group joined to the rest by two of its nodes, a link added) is null:
 * the whole graph is laid out again.
 */
import type { ElkPoint } from 'elkjs/lib/elk-api.js';
import { type ElkLike, elkLayout, type LayoutGraph, type TopologyLayout } from './elkLayout.ts';
import { freeShifts, type Shift } from './freeShifts.ts';
import type { Box } from './linksThroughNodes.ts';
import { mazeRoute } from './mazeRoute.ts';
import { orientTowards } from './orientToCentre.ts';

export interface Laid {
  graph: LayoutGraph;
  layout: TopologyLayout;
}

type GNode = LayoutGraph['nodes'][number];
type GLink = LayoutGraph['links'][number];

/** the room kept between the interior and the rest (ELK's own edge–node spacing), and the step it moves by */
const GAP = 12;
const STEP = 24;
/** the connector's grid (half a step, so the grid passes through every shifted root) and how many free spots to try routing to */
const CELL = 12;
const TRIES = 20;

export async function layoutInPlace(prev: Laid, next: LayoutGraph, elk: ElkLike): Promise<TopologyLayout | null> {
  const before = new Set(prev.graph.nodes.map((n) => n.id));
  const after = new Set(next.nodes.map((n) => n.id));
  const added = next.nodes.filter((n) => !before.has(n.id));
  const removed = prev.graph.nodes.filter((n) => !after.has(n.id)).map((n) => n.id);
  if (added.length > 0 && removed.length <= 1) return opened(prev, next, added, removed[0] ?? null, elk);
  if (removed.length > 0 && added.length <= 1) return closed(prev, next, added[0]?.id ?? null, new Set(removed));
  return null;
}

function closed(prev: Laid, next: LayoutGraph, group: string | null, removed: ReadonlySet<string>): TopologyLayout | null {
  const was = new Map<string, string>(); // a node of `next` → the node of `prev` whose place it takes
  if (group) {
    const after = new Set(next.nodes.map((n) => n.id));
    const gateways = new Set(prev.graph.links.flatMap((l) => ends(l).filter((e) => removed.has(e) && after.has(other(l, e)))));
    if (gateways.size !== 1) return null;
    was.set(group, [...gateways][0]);
  }
  const at = new Map<string, ElkPoint>();
  for (const n of next.nodes) {
    const p = prev.layout.at.get(was.get(n.id) ?? n.id);
    if (!p) return null;
    at.set(n.id, p);
  }
  const routes = keptRoutes(prev, next.links, was);
  return routes && { at, routes };
}

async function opened(prev: Laid, next: LayoutGraph, added: readonly GNode[], group: string | null, elk: ElkLike): Promise<TopologyLayout | null> {
  const inside = new Set(added.map((n) => n.id));
  const crossing = next.links.filter((l) => inside.has(l.from) !== inside.has(l.to));
  // the root: the one added node linked to the rest (it takes the group's place), or the one kept node linked to the added ones
  const roots = new Set(crossing.map((l) => (group ? (inside.has(l.from) ? l.from : l.to) : inside.has(l.from) ? l.to : l.from)));
  if (roots.size !== 1) return null;
  const root = [...roots][0];
  const rootAt = prev.layout.at.get(group ?? root);
  if (!rootAt) return null;
  if (!group) inside.add(root);
  const was = new Map(group ? [[root, group]] : []);
  const outer = next.links.filter((l) => !inside.has(l.from) || !inside.has(l.to));
  const routes = keptRoutes(prev, outer, was);
  if (!routes) return null;
  const kept = next.nodes.filter((n) => !inside.has(n.id));
  const at = new Map<string, ElkPoint>();
  for (const n of kept) {
    const p = prev.layout.at.get(n.id);
    if (!p) return null;
    at.set(n.id, p);
  }
  const innerLinks = next.links.filter((l) => inside.has(l.from) && inside.has(l.to));
  const nodes = next.nodes.filter((n) => inside.has(n.id));
  const sub = await elkLayout({ nodes, links: orientTowards(root, [...inside], innerLinks) }, elk);
  const o = sub.at.get(root)!;
  const place = (p: ElkPoint, s: Shift) => ({ x: p.x - o.x + rootAt.x + s.dx, y: p.y - o.y + rootAt.y + s.dy });
  const rootNode = nodes.find((n) => n.id === root)!;
  const others = nodes.filter((n) => n.id !== root);
  // at no shift the root's room is its own; shifted, the room where it would be stays empty for the connector
  const rooms = (s: Shift) => [...others, ...(s.dx || s.dy ? [rootNode] : [])].map((n) => room(n, place(sub.at.get(n.id)!, s)));
  const inner = innerLinks.map((l) => ({ l, points: (sub.routes.get(l.key) ?? []).map((p) => place(p, { dx: 0, dy: 0 })) }));
  const keptRooms = kept.filter((n) => n.id !== root).map((n) => room(n, at.get(n.id)!));
  // the connector keeps clear of glyphs (names it may cross: they are not wired to anything)
  const glyph = (n: GNode, p: ElkPoint): Box => ({ id: n.id, x: p.x, y: p.y, w: n.width, h: n.height });
  const keptGlyphs = next.nodes.filter((n) => !inside.has(n.id) || n.id === root).map((n) => glyph(n, at.get(n.id) ?? rootAt));
  const segments = inner.flatMap(({ points }) => points.slice(1).map((b, i) => [points[i], b] as const));
  const keptSegments = [...routes.values()].flatMap((r) => r.slice(1).map((b, i) => [r[i], b] as const));
  let tries = 0;
  for (const s of freeShifts(rooms, segments, keptRooms, keptSegments, STEP)) {
    if (++tries > TRIES) break;
    const vacant = place(o, s);
    const from = { x: rootAt.x + (Math.floor((rootNode.width / 2 + CELL / 2) / CELL) + 1) * CELL, y: rootAt.y };
    const connector = s.dx || s.dy ? mazeRoute(from, vacant, [...keptGlyphs, ...others.map((n) => glyph(n, place(sub.at.get(n.id)!, s)))], CELL) : [];
    if (!connector) continue;
    at.set(root, rootAt);
    for (const n of others) at.set(n.id, place(sub.at.get(n.id)!, s));
    const east = { x: rootAt.x + rootNode.width / 2, y: rootAt.y };
    // a link into the root runs into the empty place the root has in the interior, then along the connector back to the root
    const home = connector.length > 0 ? [...connector.reverse(), east] : [];
    for (const { l, points } of inner) {
      const moved = points.map((p) => ({ x: p.x + s.dx, y: p.y + s.dy }));
      routes.set(l.key, simplify(l.to === root && home.length > 0 ? [...moved, { x: vacant.x, y: moved.at(-1)!.y }, ...home] : moved));
    }
    return { at, routes };
  }
  return null;
}

/** The previous routes of links that were drawn before (a node standing in for another as `was` says), or null if one is missing. */
function keptRoutes(prev: Laid, links: readonly GLink[], was: ReadonlyMap<string, string>): Map<string, ElkPoint[]> | null {
  const prevLinks = new Map(prev.graph.links.map((l) => [l.key, l]));
  const routes = new Map<string, ElkPoint[]>();
  for (const l of links) {
    const p = prevLinks.get(l.key);
    const [a, b] = [was.get(l.from) ?? l.from, was.get(l.to) ?? l.to];
    const route = prev.layout.routes.get(l.key);
    if (!p || !route || !((p.from === a && p.to === b) || (p.from === b && p.to === a))) return null;
    routes.set(l.key, route);
  }
  return routes;
}

/** Without repeated points or a point in the middle of a straight run. */
function simplify(points: readonly ElkPoint[]): ElkPoint[] {
  const out: ElkPoint[] = [];
  for (const p of points) {
    const [a, b] = [out.at(-2), out.at(-1)];
    if (b && b.x === p.x && b.y === p.y) continue;
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/** A node's glyph with its name under it and half the gap around: the room it takes. */
function room(n: GNode, p: ElkPoint): Box {
  const w = Math.max(n.width, n.label.width) + GAP;
  const h = n.height + n.label.height + GAP;
  return { id: n.id, x: p.x, y: p.y - n.height / 2 - GAP / 2 + h / 2, w, h };
}

const ends = (l: GLink) => [l.from, l.to];
const other = (l: GLink, e: string) => (l.from === e ? l.to : l.from);
