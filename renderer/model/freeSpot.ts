/** The nearest point to `near` at least `gap` metres from every placed device (a spiral search), so new devices never stack. */
import type { Position } from '../../sim/api/index.ts';

export function freeSpot(placed: Iterable<Position>, near: Position, gap = 2.5): Position {
  const pts = [...placed];
  const free = (x: number, y: number) => pts.every((p) => Math.hypot(p[0] - x, p[1] - y) >= gap);
  for (let k = 0; k < 2000; k++) {
    const r = gap * 0.6 * Math.sqrt(k);
    const a = k * 2.39996; // golden angle
    const x = near[0] + r * Math.cos(a);
    const y = near[1] + r * Math.sin(a);
    if (free(x, y)) return [Math.round(x * 10) / 10, Math.round(y * 10) / 10, 0];
  }
  return near;
}
