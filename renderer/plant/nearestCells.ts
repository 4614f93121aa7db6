/**
 * Which cells of a large plant show their devices: those within `radius` of the camera, at most
 * `max` of them, nearest first. Everything else stays a block, so what a frame draws is bounded
 * by `max` cells whatever the plant's size.
 */
export function nearestCells(centres: readonly { x: number; z: number }[], eye: { x: number; y: number; z: number }, radius: number, max: number): number[] {
  const r2 = radius * radius;
  const near: { i: number; d2: number }[] = [];
  centres.forEach((c, i) => {
    const d2 = (c.x - eye.x) ** 2 + eye.y ** 2 + (c.z - eye.z) ** 2;
    if (d2 < r2) near.push({ i, d2 });
  });
  near.sort((a, b) => a.d2 - b.d2 || a.i - b.i);
  return near.slice(0, max).map((n) => n.i);
}
