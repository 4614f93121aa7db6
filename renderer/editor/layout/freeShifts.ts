/**
 * Where an opened group's interior can go without touching the rest of the drawing: the shifts (dx ≥ 0, dy,
 * multiples of `step`) at which none of its rooms (a node with its name) overlaps a room of the rest, no route
 * of the rest enters one of its rooms and none of its routes enters a room of the rest — nearest first
 * (by dx + |dy|, rightwards first, away from the core). The rest is bucketed on a coarse grid, so each shift
 * costs about the interior's size. Past the drawing's right edge every shift is free: the search ends there.
 */
import { type Box, type Pt, segmentEntersBox } from './linksThroughNodes.ts';

export type Segment = readonly [Pt, Pt];

const BUCKET = 128;

export interface Shift {
  dx: number;
  dy: number;
}

export function* freeShifts(
  rooms: (s: Shift) => readonly Box[],
  segments: readonly Segment[],
  keptRooms: readonly Box[],
  keptSegments: readonly Segment[],
  step: number,
): Generator<Shift> {
  const roomGrid = new Buckets<Box>();
  for (const r of keptRooms) roomGrid.add(r.x - r.w / 2, r.y - r.h / 2, r.x + r.w / 2, r.y + r.h / 2, r);
  const segGrid = new Buckets<Segment>();
  for (const s of keptSegments) segGrid.add(Math.min(s[0].x, s[1].x), Math.min(s[0].y, s[1].y), Math.max(s[0].x, s[1].x), Math.max(s[0].y, s[1].y), s);
  const right = Math.max(0, ...keptRooms.map((b) => b.x + b.w / 2), ...keptSegments.flatMap((s) => [s[0].x, s[1].x]));
  // shifted, the rooms include the empty place of the root (at no shift it is the root's own)
  const left = Math.min(...rooms({ dx: step, dy: 0 }).map((b) => b.x - b.w / 2 - step), ...segments.flatMap((s) => [s[0].x, s[1].x]));
  const rings = Math.ceil(Math.max(0, right - left) / step) + 1;
  for (let d = 0; d <= rings; d++)
    for (let i = d; i >= 0; i--)
      for (const dy of d - i === 0 ? [0] : [(d - i) * step, -(d - i) * step]) {
        const shift = { dx: i * step, dy };
        if (clear(shift)) yield shift;
      }

  function clear({ dx, dy }: Shift): boolean {
    for (const r of rooms({ dx, dy })) {
      const [x0, y0, x1, y1] = [r.x - r.w / 2, r.y - r.h / 2, r.x + r.w / 2, r.y + r.h / 2];
      for (const k of roomGrid.near(x0, y0, x1, y1)) if (Math.abs(r.x - k.x) * 2 < r.w + k.w && Math.abs(r.y - k.y) * 2 < r.h + k.h) return false;
      for (const [a, b] of segGrid.near(x0, y0, x1, y1)) if (segmentEntersBox(a, b, r, 0)) return false;
    }
    for (const s of segments) {
      const [a, b] = [
        { x: s[0].x + dx, y: s[0].y + dy },
        { x: s[1].x + dx, y: s[1].y + dy },
      ];
      for (const k of roomGrid.near(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)))
        if (segmentEntersBox(a, b, k, 0)) return false;
    }
    return true;
  }
}

/** Items by the BUCKET-sized squares their bounding boxes cover. */
class Buckets<T> {
  private readonly cells = new Map<number, T[]>();
  add(x0: number, y0: number, x1: number, y1: number, item: T): void {
    for (const k of this.keys(x0, y0, x1, y1)) {
      const list = this.cells.get(k);
      if (list) list.push(item);
      else this.cells.set(k, [item]);
    }
  }
  *near(x0: number, y0: number, x1: number, y1: number): Generator<T> {
    const seen = new Set<T>();
    for (const k of this.keys(x0, y0, x1, y1))
      for (const item of this.cells.get(k) ?? [])
        if (!seen.has(item)) {
          seen.add(item);
          yield item;
        }
  }
  private *keys(x0: number, y0: number, x1: number, y1: number): Generator<number> {
    for (let i = Math.floor(x0 / BUCKET); i <= Math.floor(x1 / BUCKET); i++)
      for (let j = Math.floor(y0 / BUCKET); j <= Math.floor(y1 / BUCKET); j++) yield i * 100_003 + j;
  }
}
