/**
 * The topology picture, as inline SVG. Nodes sit where the scenario puts them (`position`, the
 * floor plan's x and y) when every one has a position; otherwise in layers of a breadth-first walk
 * of the links from the best-connected switch (the core, then its access switches, then the
 * devices). A large plant is drawn by group: nodes whose hierarchical ids share a prefix
 * ("press/cell03/…") become one box, links between two groups one line. Links are coloured by the
 * utilization of their busier direction when a report is given.
 */
import type { Report } from '../../api/Report.ts';
import type { ScenarioJson } from '../../scenario/schema.ts';
import { esc, px } from './html.ts';

/** above this many nodes the picture is drawn by group */
export const MAX_DRAWN = 150;

interface Vertex {
  id: string;
  type: string;
  /** nodes the vertex stands for (1 for a node, more for a group) */
  members: number;
  pos?: [number, number];
}

const COLOURS: Record<string, string> = {
  switch: '#2f5fb3',
  router: '#2f5fb3',
  ap: '#2f5fb3',
  bs: '#2f5fb3',
  plc: '#c77700',
  compute: '#7b3fb3',
  server: '#7b3fb3',
  group: '#566176',
};
const colour = (type: string) => COLOURS[type] ?? '#1b7f3b';

/** The prefix of `id` at `depth` segments ("press/cell03" at 2), or the id itself when it is shorter. */
const prefix = (id: string, depth: number) => id.split('/').slice(0, depth).join('/');

/** Vertices and edges at a depth of grouping: every node whose id is longer than `depth` segments joins its group. */
function collapse(s: ScenarioJson, depth: number): { vertices: Map<string, Vertex>; of: Map<string, string> } {
  const vertices = new Map<string, Vertex>();
  const of = new Map<string, string>();
  for (const n of s.nodes) {
    const grouped = depth > 0 && n.id.split('/').length > depth;
    const key = grouped ? prefix(n.id, depth) : n.id;
    of.set(n.id, key);
    const v = vertices.get(key);
    if (v) {
      v.members++;
      v.type = 'group';
    } else vertices.set(key, { id: key, type: grouped ? 'group' : n.type, members: 1 });
  }
  return { vertices, of };
}

/** The finest grouping that draws at most MAX_DRAWN boxes: none for a small plant, at worst the first segment of the ids. */
function grouping(s: ScenarioJson): { vertices: Map<string, Vertex>; of: Map<string, string>; depth: number } {
  if (s.nodes.length <= MAX_DRAWN) return { ...collapse(s, 0), depth: 0 };
  const deepest = Math.max(...s.nodes.map((n) => n.id.split('/').length));
  for (let depth = deepest - 1; depth > 1; depth--) {
    const c = collapse(s, depth);
    if (c.vertices.size <= MAX_DRAWN) return { ...c, depth };
  }
  return { ...collapse(s, 1), depth: 1 };
}

/** Layers of a breadth-first walk from the best-connected switch, each component after the last. */
function layered(vertices: Map<string, Vertex>, adjacent: Map<string, Set<string>>): Map<string, [number, number]> {
  const degree = (id: string) => adjacent.get(id)?.size ?? 0;
  // the root: the switch at the centre (least eccentricity: the core, not its busiest access switch); by degree past 300 boxes
  const far = new Map<string, number>();
  if (vertices.size <= 300)
    for (const v of vertices.values()) {
      if (v.type !== 'switch') continue;
      const seen = new Map([[v.id, 0]]);
      for (const id of seen.keys()) for (const m of adjacent.get(id) ?? []) if (!seen.has(m)) seen.set(m, (seen.get(id) ?? 0) + 1);
      far.set(v.id, Math.max(...seen.values()) - seen.size / 1e6); // the larger component first
    }
  const order = [...vertices.values()].sort(
    (a, b) =>
      Number(b.type === 'switch') - Number(a.type === 'switch') ||
      (far.get(a.id) ?? 0) - (far.get(b.id) ?? 0) ||
      degree(b.id) - degree(a.id) ||
      a.id.localeCompare(b.id),
  );
  const layerOf = new Map<string, number>();
  const layers: string[][] = [];
  let base = 0;
  for (const root of order) {
    if (layerOf.has(root.id)) continue;
    let frontier = [root.id];
    layerOf.set(root.id, base);
    let depth = base;
    while (frontier.length > 0) {
      (layers[depth] ??= []).push(...frontier);
      const next: string[] = [];
      for (const id of frontier)
        for (const m of [...(adjacent.get(id) ?? [])].sort())
          if (!layerOf.has(m)) {
            layerOf.set(m, depth + 1);
            next.push(m);
          }
      frontier = next;
      depth++;
    }
    base = layers.length;
  }
  const pos = new Map<string, [number, number]>();
  layers.forEach((ids, y) => ids.forEach((id, x) => pos.set(id, [(x + 0.5) / ids.length, y])));
  return pos;
}

export interface TopologyPicture {
  svg: string;
  /** the nodes were drawn by group (their ids' first `depth` segments) */
  depth: number;
  boxes: number;
}

export function topologySvg(s: ScenarioJson, report?: Report | null): TopologyPicture {
  const { vertices, of, depth } = grouping(s);
  const edges = new Map<string, { a: string; b: string; links: string[] }>();
  const adjacent = new Map<string, Set<string>>();
  s.links.forEach((l) => {
    const a = of.get(l.from);
    const b = of.get(l.to);
    if (!a || !b || a === b) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const e = edges.get(key) ?? { a, b, links: [] };
    e.links.push(l.id ?? `${l.from}-${l.to}`);
    edges.set(key, e);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      if (!adjacent.has(x)) adjacent.set(x, new Set());
      adjacent.get(x)?.add(y);
    }
  });
  const positioned = depth === 0 && s.nodes.every((n) => n.position);
  const W = 1000;
  let coords: Map<string, [number, number]>;
  let H: number;
  if (positioned) {
    const xs = s.nodes.map((n) => n.position?.[0] ?? 0);
    const ys = s.nodes.map((n) => n.position?.[1] ?? 0);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.min((W - 120) / Math.max(x1 - x0, 1e-9), 600 / Math.max(y1 - y0, 1e-9));
    H = Math.max(160, (y1 - y0) * k + 80);
    coords = new Map(s.nodes.map((n) => [n.id, [60 + ((n.position?.[0] ?? 0) - x0) * k, 40 + ((n.position?.[1] ?? 0) - y0) * k]]));
  } else {
    const unit = layered(vertices, adjacent);
    const rows = Math.max(...[...unit.values()].map(([, y]) => y)) + 1;
    H = rows * 90 + 40;
    coords = new Map([...unit].map(([id, [x, y]]) => [id, [30 + x * (W - 60), 40 + y * 90]]));
  }
  const busy = new Map<string, number>();
  for (const l of report?.links ?? []) busy.set(l.id, Math.max(busy.get(l.id) ?? 0, l.utilization));
  const lineColour = (u: number | undefined) => (u === undefined ? '#9aa3b5' : u >= 0.8 ? '#b3261e' : u >= 0.5 ? '#c77700' : '#1b7f3b');
  const lines = [...edges.values()].map((e) => {
    const [ax, ay] = coords.get(e.a) ?? [0, 0];
    const [bx, by] = coords.get(e.b) ?? [0, 0];
    const u = report ? Math.max(...e.links.map((id) => busy.get(id) ?? 0)) : undefined;
    const title =
      `${e.a} — ${e.b}${e.links.length > 1 ? ` (${e.links.length} links)` : ''}` + (u === undefined ? '' : `, busiest direction ${(u * 100).toFixed(1)} %`);
    const stroke = `stroke="${lineColour(u)}" stroke-width="${e.links.length > 1 ? 2.5 : 1.2}"`;
    return `<line x1="${px(ax)}" y1="${px(ay)}" x2="${px(bx)}" y2="${px(by)}" ${stroke}><title>${esc(title)}</title></line>`;
  });
  const crowded = vertices.size > 40;
  const dots = [...vertices.values()].map((v) => {
    const [x, y] = coords.get(v.id) ?? [0, 0];
    const r = v.type === 'group' ? 7 : 5;
    const label =
      crowded && v.type !== 'switch' && v.type !== 'group'
        ? ''
        : `<text x="${px(x)}" y="${px(y + r + 11)}" text-anchor="middle">${esc(v.id.length <= 16 ? v.id : (v.id.split('/').pop() ?? v.id))}</text>`;
    const shape =
      v.type === 'group'
        ? `<rect x="${px(x - r)}" y="${px(y - r)}" width="${2 * r}" height="${2 * r}" rx="2" fill="${colour(v.type)}"/>`
        : `<circle cx="${px(x)}" cy="${px(y)}" r="${r}" fill="${colour(v.type)}"/>`;
    const title = v.type === 'group' ? `${v.id}/… (${v.members} nodes)` : `${v.id} (${v.type})`;
    return `<g><title>${esc(title)}</title>${shape}${crowded && v.type === 'group' ? '' : label}</g>`;
  });
  const svg = `<svg viewBox="0 0 ${W} ${px(H)}" role="img" aria-label="topology">\n${lines.join('\n')}\n${dots.join('\n')}\n</svg>`;
  return { svg, depth, boxes: vertices.size };
}
