/**
 * The plant's floor: a grid over the plant's extent (rounded up to 10 m, plus a margin) on a
 * plane of the floor's colour. A large plant has no plane: the scene's background takes the
 * floor's colour instead (on software WebGL a plane filling the window cost a quarter of a
 * close-up frame). Its parts are named `grid` and `floor` (the benchmark hides them by name).
 */
import * as THREE from 'three';

export const floorColor = (dark: boolean) => (dark ? 0x19212a : 0xdfe5ec);

export function buildFloor(group: THREE.Group, b: THREE.Box3, dark: boolean, large: boolean): void {
  for (const c of [...group.children]) {
    group.remove(c);
    if (c instanceof THREE.Mesh || c instanceof THREE.LineSegments) {
      c.geometry.dispose();
      (c.material as THREE.Material).dispose();
    }
  }
  const size = Math.max(20, Math.ceil(Math.max(b.max.x - b.min.x, b.max.z - b.min.z) / 10) * 10 + 20);
  const cx = (b.min.x + b.max.x) / 2;
  const cz = (b.min.z + b.max.z) / 2;
  const grid = new THREE.GridHelper(size, Math.min(100, size / 2), dark ? 0x33414f : 0xaab5c2, dark ? 0x243039 : 0xc3ccd6);
  grid.position.set(cx, 0.01, cz);
  grid.name = 'grid';
  group.add(grid);
  if (large) return;
  const floor = new THREE.Mesh(new THREE.PlaneGeometry(size, size), new THREE.MeshBasicMaterial({ color: floorColor(dark) }));
  floor.rotation.x = -Math.PI / 2;
  floor.position.set(cx, 0, cz);
  floor.name = 'floor';
  group.add(floor);
}
