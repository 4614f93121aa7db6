/** The zoom that shows every point of a drawing in a view of `width` × `height` pixels (at most 2×), centred. */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { maxOf, minOf } from '../../sim/api/index.ts';

/** a margin in screen pixels: collapsed groups keep their size on screen however far the view zooms out */
const PAD = 70;

export function fitTransform(points: Iterable<{ x: number; y: number }>, width: number, height: number): ZoomTransform {
  const all = [...points];
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [x0, x1, y0, y1] = [minOf(xs), maxOf(xs), minOf(ys), maxOf(ys)];
  const [w, h] = [Math.max(width / 2, width - 2 * PAD), Math.max(height / 2, height - 2 * PAD)];
  const k = Math.min(2, 0.95 * Math.min(w / Math.max(1, x1 - x0), h / Math.max(1, y1 - y0)));
  return zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k);
}
