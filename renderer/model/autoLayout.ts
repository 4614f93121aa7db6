/**
 * Automatic floor layout for imported or large scenarios: a spanning tree from the busiest
 * switch of each connected part; a node's end devices sit in a grid under it, its downstream
 * switches in a row below that. Linear in the size of the network (2,000 devices: a few ms).
 * Positions are in metres, like the scenario's `position`.
 */
import { FORWARDING_TYPES, maxOf, minOf, type Position } from '../../sim/api/index.ts';

export interface LayoutInput {
  nodes: readonly { id: string; type: string }[];
  links: readonly { from: string; to: string }[];
}

const COLS = 8;
const DX = 2.5; // metres between devices in a grid
const DY = 2.5;
const GAP = 4; // between subtrees

interface Box {
  id: string;
  leaves: string[];
  subtrees: Box[];
  width: number;
  height: number;
}

export function autoLayout({ nodes, links }: LayoutInput): Map<string, Position> {
  const adj = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const l of links) {
    // a link naming a node that is not there (a file with problems) is not followed: the validator lists it
    const a = adj.get(l.from);
    const b = adj.get(l.to);
    if (!a || !b) continue;
    a.push(l.to);
    b.push(l.from);
  }
  const hub = new Set(nodes.filter((n) => FORWARDING_TYPES.has(n.type)).map((n) => n.id));
  const seen = new Set<string>();
  const roots: Box[] = [];
  const loners: string[] = [];
  // roots: the most central switch of each part (smallest eccentricity among switches), then by degree
  const ecc = hubEccentricity(hub, adj);
  const order = [...nodes].sort(
    (a, b) => Number(hub.has(b.id)) - Number(hub.has(a.id)) || (ecc.get(a.id) ?? 0) - (ecc.get(b.id) ?? 0) || adj.get(b.id)!.length - adj.get(a.id)!.length,
  );
  for (const n of order) {
    if (seen.has(n.id)) continue;
    if (adj.get(n.id)!.length === 0) {
      seen.add(n.id);
      loners.push(n.id);
      continue;
    }
    roots.push(tree(n.id, adj, hub, seen));
  }
  const out = new Map<string, Position>();
  let x = 0;
  for (const r of roots) {
    place(r, x, 0, out);
    x += r.width + GAP * 2;
  }
  const bottom = Math.max(0, maxOf(roots.map((r) => r.height))) + GAP;
  loners.forEach((id, i) => out.set(id, [(i % COLS) * DX, bottom + Math.floor(i / COLS) * DY, 0]));
  // centre the plant on the origin
  const xs = [...out.values()].map((p) => p[0]);
  const ys = [...out.values()].map((p) => p[1]);
  const cx = (minOf(xs) + maxOf(xs)) / 2;
  const cy = (minOf(ys) + maxOf(ys)) / 2;
  for (const [id, p] of out) out.set(id, [round(p[0] - cx), round(p[1] - cy), 0]);
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** For each switch, its largest hop distance to the other switches it reaches through switches. */
function hubEccentricity(hub: Set<string>, adj: Map<string, string[]>): Map<string, number> {
  const out = new Map<string, number>();
  if (hub.size > 3000) return out; // quadratic; huge plants fall back to degree order
  for (const h of hub) {
    const dist = new Map([[h, 0]]);
    const queue = [h];
    let far = 0;
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i];
      for (const m of adj.get(id)!) {
        if (!hub.has(m) || dist.has(m)) continue;
        const d = dist.get(id)! + 1;
        dist.set(m, d);
        far = Math.max(far, d);
        queue.push(m);
      }
    }
    out.set(h, far);
  }
  return out;
}

/** BFS spanning tree (iterative, so deep chains do not overflow the stack). */
function tree(rootId: string, adj: Map<string, string[]>, hub: Set<string>, seen: Set<string>): Box {
  const boxes = new Map<string, Box>();
  const mk = (id: string): Box => {
    const b: Box = { id, leaves: [], subtrees: [], width: 0, height: 0 };
    boxes.set(id, b);
    return b;
  };
  const root = mk(rootId);
  seen.add(rootId);
  const queue = [rootId];
  const parent = new Map<string, string>();
  const visitOrder: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    visitOrder.push(id);
    const next = [...adj.get(id)!].sort((a, b) => Number(hub.has(b)) - Number(hub.has(a)));
    for (const m of next) {
      if (seen.has(m)) continue;
      seen.add(m);
      parent.set(m, id);
      queue.push(m);
    }
  }
  // a child with children of its own is a subtree; otherwise it is a leaf in its parent's grid
  const hasChildren = new Set(parent.values());
  for (const id of visitOrder) {
    if (id === rootId) continue;
    const p = boxes.get(parent.get(id)!)!;
    if (hasChildren.has(id) || hub.has(id)) p.subtrees.push(mk(id));
    else p.leaves.push(id);
  }
  for (const id of visitOrder.reverse()) measure(boxes.get(id)!);
  return root;
}

function measure(b: Box | undefined): void {
  if (!b) return;
  const cols = Math.min(COLS, b.leaves.length);
  const rows = Math.ceil(b.leaves.length / COLS);
  const gridW = Math.max(0, cols - 1) * DX;
  const subW = b.subtrees.reduce((a, s) => a + s.width, 0) + Math.max(0, b.subtrees.length - 1) * GAP;
  b.width = Math.max(gridW, subW, DX);
  const subH = Math.max(0, maxOf(b.subtrees.map((s) => s.height)));
  b.height = DY * 1.5 + rows * DY + (b.subtrees.length ? GAP + subH : 0);
}

function place(b: Box, left: number, top: number, out: Map<string, Position>): void {
  const cx = left + b.width / 2;
  out.set(b.id, [cx, top, 0]);
  const cols = Math.min(COLS, b.leaves.length);
  const gridLeft = cx - (Math.max(0, cols - 1) * DX) / 2;
  b.leaves.forEach((id, i) => out.set(id, [gridLeft + (i % COLS) * DX, top + DY * 1.5 + Math.floor(i / COLS) * DY, 0]));
  const rows = Math.ceil(b.leaves.length / COLS);
  const subTop = top + DY * 1.5 + rows * DY + GAP;
  const subW = b.subtrees.reduce((a, s) => a + s.width, 0) + Math.max(0, b.subtrees.length - 1) * GAP;
  let x = cx - subW / 2;
  for (const s of b.subtrees) {
    place(s, x, subTop, out);
    x += s.width + GAP;
  }
}
