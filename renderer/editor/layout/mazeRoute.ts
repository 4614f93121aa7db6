/**
 * An orthogonal route between two points that enters no obstacle box (Lee's maze routing on a grid, with a
 * cost per bend so the route turns as little as it can): the connector from an opened group, placed where
 * there was room, back to the node it hangs from (layoutInPlace.ts). The grid's lines pass through `from`
 * and `to` must lie on them too (their offsets are multiples of `cell`). A point within half a cell of a box
 * is blocked, so no segment between two free grid points can enter one. Null if there is no way through.
 */
import type { Box, Pt } from './linksThroughNodes.ts';

const BEND = 4;
const DIRS = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
] as const;

export function mazeRoute(from: Pt, to: Pt, obstacles: readonly Box[], cell: number, margin = 4 * cell): Pt[] | null {
  const x0 = Math.min(from.x, to.x, ...obstacles.map((b) => b.x - b.w / 2)) - margin;
  const y0 = Math.min(from.y, to.y, ...obstacles.map((b) => b.y - b.h / 2)) - margin;
  const ox = from.x - Math.ceil((from.x - x0) / cell) * cell;
  const oy = from.y - Math.ceil((from.y - y0) / cell) * cell;
  const cols = Math.ceil((Math.max(from.x, to.x, ...obstacles.map((b) => b.x + b.w / 2)) + margin - ox) / cell) + 1;
  const rows = Math.ceil((Math.max(from.y, to.y, ...obstacles.map((b) => b.y + b.h / 2)) + margin - oy) / cell) + 1;
  const blocked = new Uint8Array(cols * rows);
  for (const b of obstacles) {
    const [c0, c1] = [Math.ceil((b.x - b.w / 2 - cell / 2 - ox) / cell), Math.floor((b.x + b.w / 2 + cell / 2 - ox) / cell)];
    const [r0, r1] = [Math.ceil((b.y - b.h / 2 - cell / 2 - oy) / cell), Math.floor((b.y + b.h / 2 + cell / 2 - oy) / cell)];
    for (let r = Math.max(0, r0); r <= Math.min(rows - 1, r1); r++) for (let c = Math.max(0, c0); c <= Math.min(cols - 1, c1); c++) blocked[r * cols + c] = 1;
  }
  const at = (p: Pt) => Math.round((p.y - oy) / cell) * cols + Math.round((p.x - ox) / cell);
  const [start, goal] = [at(from), at(to)];
  if (blocked[start] || blocked[goal]) return null;
  // Dijkstra over (grid point, direction arrived in)
  const cost = new Float64Array(cols * rows * 4).fill(Number.POSITIVE_INFINITY);
  const back = new Int32Array(cols * rows * 4).fill(-1);
  const heap = new MinHeap();
  for (let d = 0; d < 4; d++) (cost[start * 4 + d] = 0), heap.push(start * 4 + d, 0);
  let end = -1;
  while (heap.size > 0) {
    const [s, c] = heap.pop();
    if (c > cost[s]) continue;
    const [i, d] = [s >> 2, s & 3];
    if (i === goal) {
      end = s;
      break;
    }
    const [col, row] = [i % cols, Math.floor(i / cols)];
    for (let e = 0; e < 4; e++) {
      const [nc, nr] = [col + DIRS[e][0], row + DIRS[e][1]];
      if (nc < 0 || nr < 0 || nc >= cols || nr >= rows || blocked[nr * cols + nc] || (e + 2) % 4 === d) continue;
      const t = (nr * cols + nc) * 4 + e;
      const nextCost = c + 1 + (e === d || i === start ? 0 : BEND);
      if (nextCost < cost[t]) (cost[t] = nextCost), (back[t] = s), heap.push(t, nextCost);
    }
  }
  if (end < 0) return null;
  const cells: number[] = [];
  for (let s = end; s >= 0; s = back[s]) cells.push(s >> 2);
  const points = cells.reverse().map((i) => ({ x: ox + (i % cols) * cell, y: oy + Math.floor(i / cols) * cell }));
  return points.filter((p, k) => k === 0 || k === points.length - 1 || !collinear(points[k - 1], p, points[k + 1]));
}

const collinear = (a: Pt, b: Pt, c: Pt) => (a.x === b.x && b.x === c.x) || (a.y === b.y && b.y === c.y);

/** A binary heap of (item, key), least key first. */
class MinHeap {
  private readonly items: number[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, key: number): void {
    let i = this.items.length;
    this.items.push(item);
    this.keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p] <= key) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.items[0], this.keys[0]];
    const lastItem = this.items.pop()!;
    const lastKey = this.keys.pop()!;
    if (this.items.length > 0) {
      this.items[0] = lastItem;
      this.keys[0] = lastKey;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < this.keys.length && this.keys[l] < this.keys[m]) m = l;
        if (r < this.keys.length && this.keys[r] < this.keys[m]) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b], this.items[a]];
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
  }
}
