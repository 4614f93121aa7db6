/**
 * Which cells of a large plant show their devices: those within `radius` of the camera's eye,
 * at most `max` of them, those nearest the point it looks at first (what is on screen, rather
 * than what is under or behind the camera). Everything else stays a block, so what a frame draws
 * is bounded by `max` cells whatever the plant's size.
 */
type P = { x: number; y: number; z: number };

export function nearestCells(centres: readonly { x: number; z: number }[], eye: P, target: P, radius: number, max: number): number[] {
  const r2 = radius * radius;
  const near: { i: number; d2: number }[] = [];
  centres.forEach((c, i) => {
    if ((c.x - eye.x) ** 2 + eye.y ** 2 + (c.z - eye.z) ** 2 >= r2) return;
    near.push({ i, d2: (c.x - target.x) ** 2 + (c.z - target.z) ** 2 });
  });
  near.sort((a, b) => a.d2 - b.d2 || a.i - b.i);
  return near.slice(0, max).map((n) => n.i);
}
