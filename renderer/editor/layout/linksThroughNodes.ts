/**
 * Which drawn links pass through a device they do not touch: a segment of the link's polyline that enters
 * the box of another node (Liang–Barsky clipping against the box shrunk by `inset`, so a link that only
 * runs along a box's edge does not count). Quadratic; for tests and checks of a drawing, not per frame.
 */
export interface Pt {
  x: number;
  y: number;
}
export interface Box {
  id: string;
  x: number;
  y: number;
  /** full width and height, centred on (x, y) */
  w: number;
  h: number;
}

export function linksThroughNodes(links: readonly { key: string; from: string; to: string; points: readonly Pt[] }[], boxes: readonly Box[], inset = 1) {
  const hits: { link: string; node: string }[] = [];
  for (const l of links)
    for (const b of boxes) {
      if (b.id === l.from || b.id === l.to) continue;
      for (let i = 1; i < l.points.length; i++)
        if (segmentEntersBox(l.points[i - 1], l.points[i], b, inset)) {
          hits.push({ link: l.key, node: b.id });
          break;
        }
    }
  return hits;
}

export function segmentEntersBox(a: Pt, b: Pt, box: Box, inset = 1): boolean {
  const [x0, x1] = [box.x - box.w / 2 + inset, box.x + box.w / 2 - inset];
  const [y0, y1] = [box.y - box.h / 2 + inset, box.y + box.h / 2 - inset];
  let [t0, t1] = [0, 1];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}
